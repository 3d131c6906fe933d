// Benchmark of <ipt-mood-timeline> at the scale of issue 4: ten years of daily entries
// (3,650) and 300 events, rendered in the element and in uPlot (the baseline) in the same
// page and run, each in blocks of runs (element, uPlot, uPlot, element, ...). Prints the
// medians of the first render (the element's first frame holds its
// chart; its forms follow once that frame is painted), their ratio, the whole element's
// render with and without data, and the median time to move the keyboard focus one day
// (target < 16 ms).
//
//   npm run build && node bench/mood-timeline.mjs [--runs 21] [--bundle path/to/ipt-widgets.js] [--check]
//
// It needs the one-file build `dist/ipt-widgets-all.js` (or `--bundle`), uPlot from node_modules and
// /usr/bin/chromium (CHROME_PATH overrides). `--check` exits 1 when a target is missed.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openBenchPage, ROOT as root } from '../scripts/bench-page.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('--runs', '21'));
const focusMoves = Number(arg('--moves', '60'));
const bundlePath = resolve(arg('--bundle', join(root, 'dist/ipt-widgets-all.js')));
const check = process.argv.includes('--check');

if (!existsSync(bundlePath)) {
  console.error(`No bundle at ${bundlePath}: run \`npm run build\` first (or pass --bundle).`);
  process.exit(1);
}

// The page is generated here and served in place of bench/mood-timeline.html, so the bench
// is one file. Both charts get the same box; the element shows the whole range ("all").
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mood-timeline bench</title>
<link rel="stylesheet" href="/node_modules/uplot/dist/uPlot.min.css">
<style>body { margin: 0; font-family: system-ui, sans-serif; } .box { width: 800px; }</style>
<script type="module" src="/dist/ipt-widgets.js"></script>
</head><body><div id="stage" class="box"></div></body></html>`;

const { page, close } = await openBenchPage({ name: 'mood-timeline', html: PAGE, bundlePath, viewport: { width: 1000, height: 900 }, tag: 'ipt-mood-timeline' });
let exitCode = 0;
try {
  const result = await page.evaluate(
    async ({ runs, focusMoves }) => {
      const { default: uPlot } = await import('/node_modules/uplot/dist/uPlot.esm.js');
      const stage = document.getElementById('stage');
      const DAY = 86_400_000;
      const today = '2026-03-10';
      const end = Date.UTC(2026, 2, 10);
      const iso = (t) => new Date(t).toISOString().slice(0, 10);

      // A deterministic data set: 3,650 days of ratings (a few forgotten days leave gaps;
      // the entry count stays 3,650) and 300 events spread over the decade.
      let seed = 42;
      const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
      const entries = [];
      const events = [];
      let mood = 5;
      let day = 0;
      while (entries.length < 3650) {
        const t = end - (3700 - day) * DAY;
        day += 1;
        if (rnd() < 0.012) continue; // a forgotten day
        mood = Math.max(0, Math.min(10, Math.round(mood + (rnd() - 0.5) * 3)));
        entries.push({ id: `e${entries.length}`, date: iso(t), mood });
      }
      for (let i = 0; i < 300; i++) {
        const t = end - Math.floor(rnd() * 3650) * DAY;
        const impact = Math.floor(rnd() * 9) - 4;
        events.push({ id: `v${i}`, date: iso(t), title: `Event ${i}`, impact, kind: impact < 0 ? 'conflict' : 'connection', personNames: [i % 3 ? 'Ana' : 'Luis'] });
      }
      const state = { entries, events, measures: [] };

      // uPlot gets the same records, turned into its columns: one x per day from the first
      // to the last, mood with nulls at the gaps, events as points on a second series. The
      // element reads the records itself, so that step is timed with uPlot too (and reported
      // on its own).
      function uplotColumns() {
        const first = Date.parse(entries[0].date);
        const days = Math.round((end - first) / DAY) + 1;
        const xs = new Array(days);
        const moods = new Array(days).fill(null);
        const marks = new Array(days).fill(null);
        for (let i = 0; i < days; i++) xs[i] = (first + i * DAY) / 1000;
        for (const e of entries) moods[Math.round((Date.parse(e.date) - first) / DAY)] = e.mood;
        for (const e of events) {
          const i = Math.round((Date.parse(e.date) - first) / DAY);
          if (i >= 0 && i < days) marks[i] = e.impact;
        }
        return [xs, moods, marks];
      }
      const uOpts = {
        width: 800,
        height: 320,
        scales: { x: { time: true }, y: { range: [0, 10] }, impact: { range: [-4, 4] } },
        axes: [{}, { scale: 'y' }, { scale: 'impact', side: 1 }],
        series: [
          {},
          { label: 'Mood', scale: 'y', stroke: '#2f6f73', width: 2, spanGaps: false },
          { label: 'Events', scale: 'impact', stroke: '#b3261e', paths: () => null, points: { show: true, size: 8 } },
        ],
      };

      const layout = () => document.body.getBoundingClientRect().height;
      const median = (xs) => {
        const s = [...xs].sort((a, b) => a - b);
        const m = s.length >> 1;
        return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
      };
      const pause = () => new Promise((r) => setTimeout(r, 30));

      // The element draws its chart (or table) in its first frame and the forms and sections
      // around it once that frame is painted. "First render" ends when the chart is in the
      // shadow DOM and laid out, as uPlot's ends when its canvas is drawn and laid out.
      const chartDrawn = (el, withData) =>
        new Promise((resolve) => {
          const drawn = () => el.shadowRoot?.querySelector(withData ? 'svg.chart .mood path' : 'svg.chart');
          if (drawn()) return resolve();
          const observer = new MutationObserver(() => drawn() && (observer.disconnect(), resolve()));
          observer.observe(el.shadowRoot, { childList: true, subtree: true });
        });

      async function renderElement(data = state, whole = false) {
        stage.replaceChildren();
        await pause();
        const t0 = performance.now();
        const el = document.createElement('ipt-mood-timeline');
        el.setAttribute('persist', 'none');
        el.setAttribute('range', 'all');
        el.setAttribute('today', today);
        el.state = data;
        const assigned = performance.now();
        stage.append(el);
        if (whole) await el.updateComplete;
        else await chartDrawn(el, data.entries.length > 0);
        layout();
        return { ms: performance.now() - t0, assign: assigned - t0, el };
      }

      // The whole element (chart, forms, sections) with the wait for the next frame taken
      // out: animation frames run as soon as possible, so only the element's work is timed.
      async function renderWhole(data = state) {
        const raf = window.requestAnimationFrame;
        const channel = new MessageChannel(); // not setTimeout: nested timeouts are clamped to 4 ms
        const queue = [];
        channel.port1.onmessage = () => queue.shift()?.(performance.now());
        window.requestAnimationFrame = (cb) => (queue.push(cb), channel.port2.postMessage(0));
        try {
          return await renderElement(data, true);
        } finally {
          window.requestAnimationFrame = raf;
          channel.port1.close();
        }
      }

      async function renderUplot() {
        stage.replaceChildren();
        await pause();
        const t0 = performance.now();
        const data = uplotColumns();
        const columns = performance.now() - t0;
        const u = new uPlot(uOpts, data, stage);
        await new Promise((r) => queueMicrotask(r)); // uPlot draws in a microtask
        layout();
        const ms = performance.now() - t0;
        u.destroy();
        return { ms, columns };
      }

      // warm-ups of each (module compile, JIT)
      for (let i = 0; i < 3; i++) {
        await renderElement();
        await renderUplot();
      }
      // Each library renders in blocks of BLOCK runs, in the order element, uPlot, uPlot,
      // element, element, ..., so drift hits both alike. A run right after the other library's
      // pays for what that one left behind (its garbage, its removed DOM): those runs are
      // reported apart and not counted in the medians, as a page shows one of the two.
      const BLOCK = 8;
      const elementMs = [];
      const assignMs = [];
      const uplotMs = [];
      const columnsMs = [];
      const elementAfterUplot = [];
      const uplotAfterElement = [];
      let last = 'uplot';
      for (let pair = 0; elementMs.length < runs || uplotMs.length < runs; pair++) {
        for (const lib of pair % 2 ? ['uplot', 'element'] : ['element', 'uplot']) {
          for (let i = 0; i < BLOCK; i++) {
            const afterOther = last !== lib;
            last = lib;
            if (lib === 'element') {
              const r = await renderElement();
              if (afterOther) elementAfterUplot.push(r.ms);
              else if (elementMs.length < runs) {
                elementMs.push(r.ms);
                assignMs.push(r.assign);
              }
            } else {
              const r = await renderUplot();
              if (afterOther) uplotAfterElement.push(r.ms);
              else if (uplotMs.length < runs) {
                uplotMs.push(r.ms);
                columnsMs.push(r.columns);
              }
            }
          }
        }
      }

      // the same element with no data: its first frame is the empty chart
      const emptyMs = [];
      const none = { entries: [], events: [], measures: [] };
      for (let i = 0; i < runs; i++) emptyMs.push((await renderElement(none)).ms);

      // the whole element, ten years and no data
      const wholeMs = [];
      const wholeEmptyMs = [];
      for (let i = 0; i < runs; i++) {
        wholeMs.push((await renderWhole()).ms);
        wholeEmptyMs.push((await renderWhole(none)).ms);
      }

      // the chart alone: redraw the loaded ten years after a range change (no state check,
      // no saving), the closest match to what uPlot does on its first render
      const { el } = await renderElement(state, true);
      const redrawMs = [];
      for (let i = 0; i < runs; i++) {
        el.range = '2w';
        await el.updateComplete;
        layout();
        await pause();
        const t0 = performance.now();
        el.range = 'all';
        await el.updateComplete;
        layout();
        redrawMs.push(performance.now() - t0);
      }

      // keyboard: focus the chart, then move one day at a time
      const plot = el.shadowRoot.querySelector('.plot');
      plot.focus();
      await el.updateComplete;
      const moveMs = [];
      for (let i = 0; i < focusMoves; i++) {
        const t0 = performance.now();
        plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true, cancelable: true }));
        await el.updateComplete;
        layout();
        moveMs.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => r()));
      }
      const announced = el.shadowRoot.querySelector('[aria-live="polite"]').textContent;
      return {
        entries: entries.length,
        events: events.length,
        element: median(elementMs),
        assign: median(assignMs),
        empty: median(emptyMs),
        whole: median(wholeMs),
        wholeEmpty: median(wholeEmptyMs),
        uplot: median(uplotMs),
        columns: median(columnsMs),
        elementAfterUplot: median(elementAfterUplot),
        uplotAfterElement: median(uplotAfterElement),
        move: median(moveMs),
        redraw: median(redrawMs),
        announced,
        elementRuns: elementMs.map((v) => Math.round(v * 10) / 10),
        uplotRuns: uplotMs.map((v) => Math.round(v * 10) / 10),
      };
    },
    { runs, focusMoves },
  );

  const f = (v) => `${v.toFixed(1)} ms`;
  const ratio = result.element / result.uplot;
  const version = await page.context().browser().version();
  console.log(`mood-timeline: ${result.entries} entries + ${result.events} events, ${runs} runs each, Chromium ${version} headless`);
  console.log(`  first render, <ipt-mood-timeline>  median ${f(result.element)} (until its chart is drawn and laid out)`);
  console.log(`    of which checking the state       ${f(result.assign)} (validation and copy of the assigned state)`);
  console.log(`  first render, uPlot (baseline)     median ${f(result.uplot)} (the records turned into its columns, ${f(result.columns)}; then until its canvas is drawn and laid out)`);
  console.log(`  ratio element / uPlot              ${ratio.toFixed(2)} (target <= 1.00)`);
  console.log(`  right after the other library's run (not counted above): element ${f(result.elementAfterUplot)}, uPlot ${f(result.uplotAfterElement)}`);
  console.log(`  first render, same element, no data median ${f(result.empty)}`);
  console.log(`  whole element, chart and forms     median ${f(result.whole)} (no data: ${f(result.wholeEmpty)}; the wait for the next frame taken out)`);
  console.log(`  chart redraw, all ten years        median ${f(result.redraw)} (after a range change; ratio to uPlot ${(result.redraw / result.uplot).toFixed(2)})`);
  console.log(`  keyboard focus, one day            median ${f(result.move)} over ${focusMoves} moves (target < 16 ms)`);
  console.log(`  last announcement: "${result.announced.trim()}"`);
  console.log(`  runs (ms) element: ${result.elementRuns.join(' ')}`);
  console.log(`  runs (ms) uPlot:   ${result.uplotRuns.join(' ')}`);
  if (check && (ratio > 1 || result.move >= 16)) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await close();
}
process.exit(exitCode);
