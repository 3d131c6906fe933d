// First paint of the kit's elements, each next to a floor measured in the same run, at
// normal speed and with the CPU slowed 4x (CDP `Emulation.setCPUThrottlingRate`):
//
// - saved work: a fresh page (a new document; the record was saved by an earlier page of the
//   same browser profile), the element defined, then timed from `append` (connected) until its
//   saved state is rendered and one frame has passed. Floor: in a fresh page without the kit,
//   a raw `indexedDB.open` + `get` of the same record, then one frame.
// - `state =`: 150 people in a fresh page, until laid out. Baseline: the same 150 labelled
//   dots written as a plain SVG string (built from the same records) and laid out.
// - ten years, `range="all"`: the whole element (chart, forms and sections, with the wait
//   for the next frame taken out) until laid out. Baseline: one polyline of the same points.
//
// Every sample is its own fresh page; element and floor samples alternate. Prints medians,
// the spread (min to max) and the ratio of the medians, beside the target. Then the kit code
// (gzip) four pages really fetch through the CMS loader.
//
//   npm run build && node bench/first-paint.mjs [--runs 9] [--only circle-12,...] [--no-throttle] [--no-bytes] [--root other/checkout]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { ROOT } from '../scripts/bench-page.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('--runs', '9'));
const only = arg('--only', '')
  .split(',')
  .filter(Boolean);
const rates = process.argv.includes('--no-throttle') ? [1] : [1, 4];
// `--root` serves another checkout's build (an earlier commit, for before and after figures)
const root = arg('--root', ROOT);

// ------------------------------------------------------------------------------------------
// The data, generated in the page (deterministic) so each case is one small function.
const DATA = String.raw`
const relationships = ['partner', 'family', 'friend', 'colleague', 'professional', 'other'];
const names = ['Ana', 'Bartholomew', 'Chen Wei', 'Dolores', 'Eli', 'Fatima', 'Gwen', 'Hiro', 'Ifeoma', 'José Luis'];
const people = (n) => Array.from({ length: n }, (_, i) => ({
  id: 'p' + i, name: names[i % names.length] + ' ' + i, relationship: relationships[i % relationships.length], ring: (i % 3) + 1,
  ...(i % 4 === 0 ? { angle: (i * 37) % 360 } : {}),
  ...(i % 5 === 0 ? { support: 'a-lot' } : i % 5 === 1 ? { support: 'some' } : {}),
  ...(i % 9 === 0 ? { conflict: 'some' } : {}),
}));
const DAY = 86400000;
const end = Date.UTC(2026, 2, 10);
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const timeline = (days, nEvents) => {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const entries = [];
  let mood = 5;
  for (let d = days - 1; d >= 0; d--) {
    mood = Math.max(0, Math.min(10, Math.round(mood + (rnd() - 0.5) * 3)));
    entries.push({ id: 'e' + d, date: iso(end - d * DAY), mood });
  }
  const events = Array.from({ length: nEvents }, (_, i) => {
    const impact = Math.floor(rnd() * 9) - 4;
    return { id: 'v' + i, date: iso(end - Math.floor(rnd() * days) * DAY), title: 'Event ' + i, impact, kind: impact < 0 ? 'conflict' : 'connection' };
  });
  return { entries, events, measures: [] };
};
const picker = () => ({
  ratings: { grief: 'a-lot', 'role-transition': 'a-little' },
  selected: [{ area: 'grief', primary: true, details: { personName: 'Ana', when: 'last spring' }, goals: [{ id: 'g1', text: 'Talk about her with my sister' }] }],
});
const symptoms = () => ({
  responses: [{ id: 'r1', instrument: 'phq9', date: '2026-03-01', items: [1, 2, 1, 0, 1, 2, 0, 1, 0], difficulty: 1, completedAt: '2026-03-01T10:00:00.000Z' }],
});
const TODAY = '2026-03-10';
`;

/** Saved-work cases: the tag, its attributes, the state saved beforehand, and what in the shadow DOM shows it is rendered (the empty element has none of it: the empty timeline has its mood path too, with no points). */
const SAVED = [
  { id: 'circle-12', label: 'circle, 12 people', tag: 'ipt-social-circle', state: '({ people: people(12), snapshots: [] })', shown: `el.shadowRoot.querySelectorAll('g.person').length === 12`, target: 2 },
  { id: 'timeline-90', label: 'timeline, 90 days', tag: 'ipt-mood-timeline', attrs: { today: '2026-03-10' }, state: 'timeline(90, 6)', shown: `[...el.shadowRoot.querySelectorAll('svg.chart .mood path')].some((p) => (p.getAttribute('d') ?? '') !== '')`, target: 2 },
  { id: 'circle-150', label: 'circle, 150 people', tag: 'ipt-social-circle', state: '({ people: people(150), snapshots: [] })', shown: `el.shadowRoot.querySelectorAll('g.person').length === 150`, target: 3 },
  { id: 'timeline-3650', label: 'timeline, 3,650 days + 300 events', tag: 'ipt-mood-timeline', attrs: { today: '2026-03-10' }, state: 'timeline(3650, 300)', shown: `[...el.shadowRoot.querySelectorAll('svg.chart .mood path')].some((p) => (p.getAttribute('d') ?? '') !== '')`, target: 3 },
  { id: 'picker', label: 'picker', tag: 'ipt-problem-area-picker', state: 'picker()', shown: `!!el.shadowRoot.querySelector('li.area.chosen')`, target: 2 },
  { id: 'symptoms', label: 'symptom check', tag: 'ipt-symptom-check', state: 'symptoms()', shown: `!!el.shadowRoot.querySelector('.result .score')`, target: 2 },
].filter((c) => !only.length || only.includes(c.id));

const page = (tag) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>first paint</title>
<meta name="ipt-widgets-preload" content="${tag}">
<style>body { margin: 0; font-family: system-ui, sans-serif; } #stage { width: 900px; }</style>
${tag ? '<script type="module" src="/dist/ipt-widgets.js"></script>' : ''}
</head><body><div id="stage"></div></body></html>`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const server = await startStaticServer(root);
let exitCode = 0;
const rows = [];

async function freshContext() {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1000 } });
  const p = await context.newPage();
  p.on('pageerror', (error) => console.error('page error:', error.message));
  await context.route('**/bench/fp-*.html', (route) => {
    const tag = new URL(route.request().url()).pathname.replace(/^\/bench\/fp-|\.html$/g, '');
    route.fulfill({ contentType: 'text/html', body: page(tag === 'none' ? '' : tag) });
  });
  const cdp = await context.newCDPSession(p);
  return { context, page: p, cdp };
}

/** Opens a fresh document; with a tag, waits until the loader has defined it. */
async function open(p, cdp, tag, rate) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await p.goto(`${server.url}/bench/fp-${tag ?? 'none'}.html`);
  if (tag) await p.waitForFunction((t) => customElements.get(t) !== undefined, tag, { timeout: 30000 });
  await p.evaluate(() => new Promise((r) => setTimeout(r, 50))); // let the load settle
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

// One frame after the work, as the floor: the next animation frame, then a task after it.
const FRAME = `await new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); }));`;

async function savedCase(c, rate) {
  const { context, page: p, cdp } = await freshContext();
  try {
    // Save the record through the kit itself, then find its key for the floor.
    await open(p, cdp, c.tag, 1);
    const key = await p.evaluate(
      new Function(
        'c',
        `return (async () => { ${DATA}
        const el = document.createElement(c.tag);
        for (const [k, v] of Object.entries(c.attrs ?? {})) el.setAttribute(k, v);
        document.getElementById('stage').append(el);
        await el.ready;
        el.state = ${c.state};
        await el.saved();
        el.remove();
        const db = await new Promise((res, rej) => { const r = indexedDB.open('ipt-widgets'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
        const keys = await new Promise((res) => { const r = db.transaction('records').objectStore('records').getAllKeys(); r.onsuccess = () => res(r.result); });
        db.close();
        return keys.find((k) => k.includes('/' + c.tag + '/') && !k.includes('#'));
      })()`,
      ),
      c,
    );
    if (!key) throw new Error(`${c.id}: the record was not saved`);
    const kit = [];
    const floor = [];
    for (let i = 0; i < runs; i++) {
      await open(p, cdp, c.tag, rate);
      const r = await p.evaluate(
        new Function(
          'c',
          `return (async () => {
          const el = document.createElement(c.tag);
          for (const [k, v] of Object.entries(c.attrs ?? {})) el.setAttribute(k, v);
          const t0 = performance.now();
          document.getElementById('stage').append(el);
          // until the saved state is in the shadow DOM (checked as each render lands), then one frame
          await new Promise((resolve) => {
            const done = () => el.shadowRoot && (${c.shown});
            if (done()) return resolve();
            const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
            observer.observe(el.shadowRoot ?? el, { childList: true, subtree: true, attributes: true });
          });
          ${FRAME}
          const ms = performance.now() - t0;
          await el.ready;
          return { ms, shown: el.state !== undefined };
        })()`,
        ),
        c,
      );
      if (!r.shown) throw new Error(`${c.id}: the saved state was not rendered`);
      kit.push(r.ms);
      await open(p, cdp, null, rate);
      floor.push(
        await p.evaluate(async (key) => {
          const t0 = performance.now();
          const db = await new Promise((res, rej) => {
            const r = indexedDB.open('ipt-widgets');
            r.onsuccess = () => res(r.result);
            r.onerror = () => rej(r.error);
          });
          const value = await new Promise((res) => {
            const r = db.transaction('records').objectStore('records').get(key);
            r.onsuccess = () => res(r.result);
          });
          if (!value) throw new Error('no record');
          await new Promise((r) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = r; ch.port2.postMessage(0); }));
          return performance.now() - t0;
        }, key),
      );
    }
    return { kit, floor };
  } finally {
    await context.close();
  }
}

/** `state =` with 150 people against the same dots as a plain SVG string. */
async function circleStateCase(rate) {
  const { context, page: p, cdp } = await freshContext();
  const kit = [];
  const floor = [];
  try {
    for (let i = 0; i < runs; i++) {
      await open(p, cdp, 'ipt-social-circle', rate);
      kit.push(
        await p.evaluate(
          new Function(`return (async () => { ${DATA}
          const data = people(150);
          const t0 = performance.now();
          const el = document.createElement('ipt-social-circle');
          el.setAttribute('persist', 'none');
          document.getElementById('stage').append(el);
          await el.ready;
          el.state = { people: data, snapshots: [] };
          await el.updateComplete;
          document.body.getBoundingClientRect();
          if (el.shadowRoot.querySelectorAll('g.person').length !== 150) throw new Error('not rendered');
          return performance.now() - t0;
        })()`),
        ),
      );
      await open(p, cdp, null, rate);
      floor.push(
        await p.evaluate(
          new Function(`return (async () => { ${DATA}
          const data = people(150);
          const t0 = performance.now();
          const esc = (s) => s.replace(/[&<>"]/g, (ch) => '&#' + ch.charCodeAt(0) + ';');
          let svg = '<svg viewBox="-300 -300 600 600" width="600" height="600" role="img">';
          for (const [i, p] of data.entries()) {
            const a = ((p.angle ?? (i * 360) / data.length) * Math.PI) / 180;
            const r = p.ring * 90;
            const x = (r * Math.sin(a)).toFixed(1), y = (-r * Math.cos(a)).toFixed(1);
            svg += '<g transform="translate(' + x + ' ' + y + ')"><circle r="10" fill="#2f6f73"></circle><text y="22" text-anchor="middle">' + esc(p.name) + '</text></g>';
          }
          document.getElementById('stage').innerHTML = svg + '</svg>';
          document.body.getBoundingClientRect();
          return performance.now() - t0;
        })()`),
        ),
      );
    }
    return { kit, floor };
  } finally {
    await context.close();
  }
}

/** Ten years, `range="all"`, the whole element, against one polyline of the same points. */
async function timelineAllCase(rate) {
  const { context, page: p, cdp } = await freshContext();
  const kit = [];
  const floor = [];
  try {
    for (let i = 0; i < runs; i++) {
      await open(p, cdp, 'ipt-mood-timeline', rate);
      kit.push(
        await p.evaluate(
          new Function(`return (async () => { ${DATA}
          const data = timeline(3650, 300);
          // the wait for the next frame taken out: frames run as soon as possible
          const raf = window.requestAnimationFrame;
          const channel = new MessageChannel();
          const queue = [];
          channel.port1.onmessage = () => queue.shift()?.(performance.now());
          window.requestAnimationFrame = (cb) => (queue.push(cb), channel.port2.postMessage(0));
          try {
            const t0 = performance.now();
            const el = document.createElement('ipt-mood-timeline');
            el.setAttribute('persist', 'none');
            el.setAttribute('range', 'all');
            el.setAttribute('today', TODAY);
            el.state = data;
            document.getElementById('stage').append(el);
            await el.updateComplete;
            // the forms and sections follow the first frame
            await new Promise((r) => setTimeout(r));
            await el.updateComplete;
            document.body.getBoundingClientRect();
            if (!el.shadowRoot.querySelector('svg.chart .mood path')) throw new Error('not rendered');
            return performance.now() - t0;
          } finally {
            window.requestAnimationFrame = raf;
          }
        })()`),
        ),
      );
      await open(p, cdp, null, rate);
      floor.push(
        await p.evaluate(
          new Function(`return (async () => { ${DATA}
          const data = timeline(3650, 300);
          const t0 = performance.now();
          const first = Date.parse(data.entries[0].date);
          const span = Date.parse(data.entries[data.entries.length - 1].date) - first || 1;
          let points = '';
          for (const e of data.entries) points += ((Date.parse(e.date) - first) / span * 800).toFixed(1) + ',' + (320 - e.mood * 32) + ' ';
          document.getElementById('stage').innerHTML = '<svg viewBox="0 0 800 320" width="800" height="320"><polyline fill="none" stroke="#2f6f73" points="' + points + '"></polyline></svg>';
          document.body.getBoundingClientRect();
          return performance.now() - t0;
        })()`),
        ),
      );
    }
    return { kit, floor };
  } finally {
    await context.close();
  }
}

/** What a page with these tags fetches of the kit (files under /dist/), each gzipped as a server would send it. */
async function transferred(tags, lang) {
  const { context, page: p } = await freshContext();
  try {
    const files = new Set();
    p.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/dist/') && path.endsWith('.js')) files.add(path);
    });
    await p.route('**/bench/bytes.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script type="module" src="/dist/ipt-widgets.js"></script></head>
        <body>${tags.map((t) => `<${t} persist="none"></${t}>`).join('')}</body></html>`,
      }),
    );
    await p.goto(`${server.url}/bench/bytes.html`);
    await p.waitForFunction((ts) => ts.every((t) => customElements.get(t)), tags, { timeout: 30000 });
    // what each element loads once it has rendered (the language, later modules)
    await p.evaluate(async (ts) => {
      for (const t of ts) await document.querySelector(t).updateComplete;
      await new Promise((r) => setTimeout(r, 500));
    }, tags);
    await p.waitForLoadState('networkidle');
    let bytes = 0;
    for (const f of files) bytes += gzipSync(readFileSync(join(root, f)), { level: 9 }).length;
    return { bytes, files: [...files].map((f) => f.replace('/dist/', '')) };
  } finally {
    await context.close();
  }
}

const fmt = (n) => n.toFixed(1).padStart(6);
const spread = (xs) => `${Math.min(...xs).toFixed(1)}-${Math.max(...xs).toFixed(1)}`;
try {
  console.log(`First paint, headless Chromium, ${runs} fresh pages per figure; load average before: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  for (const rate of rates) {
    console.log(`\nCPU ${rate === 1 ? 'not throttled' : `throttled ${rate}x`}: median ms (min-max) | floor median ms (min-max) | ratio (target)`);
    const line = (label, { kit, floor }, target) => {
      const ratio = median(kit) / median(floor);
      const met = ratio <= target;
      rows.push({ rate, label, kit: median(kit), floor: median(floor), ratio, target, met });
      console.log(`  ${label.padEnd(52)} ${fmt(median(kit))} (${spread(kit)}) | ${fmt(median(floor))} (${spread(floor)}) | ${ratio.toFixed(1).padStart(5)}x (<= ${target}x ${met ? 'met' : 'MISSED'})`);
    };
    for (const c of SAVED) line(`saved ${c.label}: connected -> painted`, await savedCase(c, rate), c.target);
    if (!only.length || only.includes('state-150')) line('state = 150 people -> laid out  | plain SVG string', await circleStateCase(rate), 2);
    if (!only.length || only.includes('all-10y')) line('10 years, range="all", whole  | one polyline', await timelineAllCase(rate), 2);
  }
  console.log(`load average after: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  if (!process.argv.includes('--no-bytes')) {
    console.log('\nKit code a page fetches through the CMS loader (each file min+gzip -9):');
    const four = ['ipt-social-circle', 'ipt-mood-timeline', 'ipt-problem-area-picker', 'ipt-symptom-check'];
    const pages = [
      ['only the picker', ['ipt-problem-area-picker'], 'en', 30],
      ['only the circle', ['ipt-social-circle'], 'en'],
      ['all four elements', four, 'en', 81],
      ['all four in Spanish', four, 'es', 81],
    ];
    for (const [label, tags, lang, budget] of pages) {
      const { bytes, files } = await transferred(tags, lang);
      const kb = bytes / 1024;
      console.log(`  ${label.padEnd(22)} ${kb.toFixed(1).padStart(6)} KB${budget ? ` (target <= ${budget} KB: ${kb <= budget ? 'met' : 'MISSED'})` : ''}  ${files.length} files`);
      if (process.argv.includes('--files')) console.log(`    ${files.join(' ')}`);
    }
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
process.exit(exitCode);
