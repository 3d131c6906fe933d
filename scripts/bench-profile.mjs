// A CPU profile (CDP `Profiler`, 100 µs sampling) of one element's first paint of saved work
// in a fresh page, summed per function: self time and total time (a function counted once
// per sample however deep it recurses). Run it on an unminified build to read the names:
//
//   node scripts/bench-profile.mjs --tag ipt-social-circle --people 150 [--dist /tmp/ipt-dev/dist] [--runs 5] [--persist none] [--top 40]
//
// `--dist` serves another build's folder as /dist/ (rollup.config.mjs without terser, written
// elsewhere). The profile covers `append` until one frame after the saved state is rendered.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';
import { ROOT } from './bench-page.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const tag = arg('--tag', 'ipt-social-circle');
const people = Number(arg('--people', '150'));
const days = Number(arg('--days', '3650'));
const events = Number(arg('--events', '300'));
const runs = Number(arg('--runs', '5'));
const top = Number(arg('--top', '40'));
const persist = arg('--persist', 'local');
const callersOf = arg('--callers', '');
const callers = new Map();
const dist = resolve(arg('--dist', join(ROOT, 'dist')));

const states = {
  'ipt-social-circle': `({ people: Array.from({ length: ${people} }, (_, i) => ({ id: 'p' + i, name: 'Person ' + i, relationship: ['partner', 'family', 'friend', 'colleague'][i % 4], ring: (i % 3) + 1, ...(i % 5 === 0 ? { support: 'some' } : {}) })), snapshots: [] })`,
  'ipt-mood-timeline': `({ entries: Array.from({ length: ${days} }, (_, i) => ({ id: 'e' + i, date: new Date(Date.UTC(2026, 2, 10) - i * 86400000).toISOString().slice(0, 10), mood: (i * 7) % 11 })), events: Array.from({ length: ${events} }, (_, i) => ({ id: 'v' + i, date: new Date(Date.UTC(2026, 2, 10) - i * 11 * 86400000).toISOString().slice(0, 10), title: 'Event ' + i, impact: (i % 9) - 4 })), measures: [] })`,
  'ipt-problem-area-picker': `({ ratings: { grief: 'a-lot' }, selected: [{ area: 'grief', primary: true, details: { personName: 'Ana' }, goals: [{ id: 'g1', text: 'Talk' }] }] })`,
  'ipt-symptom-check': `({ responses: [{ id: 'r1', instrument: 'phq9', date: '2026-03-01', items: [1, 2, 1, 0, 1, 2, 0, 1, 0], completedAt: '2026-03-01T10:00:00.000Z' }] })`,
};
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="ipt-widgets-preload" content="${tag}">
<style>body { margin: 0; font-family: system-ui, sans-serif; } #stage { width: 900px; }</style>
<script type="module" src="/dist/ipt-widgets.js"></script></head><body><div id="stage"></div></body></html>`;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const server = await startStaticServer(ROOT);
try {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1000 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await context.route('**/bench/profile.html', (r) => r.fulfill({ contentType: 'text/html', body: PAGE }));
  await context.route('**/dist/**', (r) => {
    const file = join(dist, new URL(r.request().url()).pathname.replace(/^\/dist\//, ''));
    if (!existsSync(file)) return r.fulfill({ status: 404, body: '' });
    return r.fulfill({ contentType: 'text/javascript', body: readFileSync(file, 'utf8') });
  });
  const open = async () => {
    await page.goto(`${server.url}/bench/profile.html`);
    await page.waitForFunction((t) => customElements.get(t) !== undefined, tag);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  };
  await open();
  await page.evaluate(
    new Function('tag', `return (async () => { const el = document.createElement(tag); document.getElementById('stage').append(el); await el.ready; el.state = ${states[tag]}; await el.saved(); el.remove(); })()`),
    tag,
  );
  const cdp = await context.newCDPSession(page);
  const self = new Map();
  const total = new Map();
  let sampled = 0;
  const times = [];
  for (let i = 0; i < runs; i++) {
    await open();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    times.push(
      await page.evaluate(
        async ({ tag, persist }) => {
          const el = document.createElement(tag);
          el.setAttribute('persist', persist);
          const t0 = performance.now();
          document.getElementById('stage').append(el);
          await el.ready;
          await el.updateComplete;
          await new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); }));
          return performance.now() - t0;
        },
        { tag, persist },
      ),
    );
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Profiler.disable');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const name = (n) => {
      const f = n.callFrame;
      const url = f.url.replace(/^.*\/dist\//, '');
      return `${f.functionName || '(anonymous)'} ${url ? `${url}:${f.lineNumber + 1}` : ''}`.trim();
    };
    for (let s = 0; s < profile.samples.length; s++) {
      const dt = (profile.timeDeltas[s + 1] ?? 0) / 1000;
      let id = profile.samples[s];
      const node = byId.get(id);
      if (['(idle)', '(program)'].includes(node.callFrame.functionName)) continue;
      sampled += dt;
      if (callersOf && node.callFrame.functionName === callersOf) {
        const chain = [];
        for (let up = parent.get(id); up !== undefined && chain.length < 4; up = parent.get(up)) chain.push(name(byId.get(up)));
        const k = chain.join(' < ');
        callers.set(k, (callers.get(k) ?? 0) + dt);
      }
      self.set(name(node), (self.get(name(node)) ?? 0) + dt);
      const seen = new Set();
      while (id !== undefined) {
        const k = name(byId.get(id));
        if (!seen.has(k)) {
          seen.add(k);
          total.set(k, (total.get(k) ?? 0) + dt);
        }
        id = parent.get(id);
      }
    }
  }
  const per = (ms) => (ms / runs).toFixed(1).padStart(7);
  console.log(`${tag}, ${runs} fresh pages: connected -> painted ${times.map((t) => t.toFixed(0)).join(', ')} ms; sampled (not idle) ${per(sampled)} ms per run`);
  console.log('\nself ms per run:');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${per(v)}  ${k}`);
  if (callersOf) {
    console.log(`\ncallers of ${callersOf} (ms per run):`);
    for (const [k, v] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${per(v)}  ${k}`);
  }
  console.log('\ntotal ms per run:');
  for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${per(v)}  ${k}`);
} finally {
  await browser.close();
  await server.close();
}
