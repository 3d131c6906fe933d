// Render time at the documented maxima (README, Storage: "Limits"): a circle of 300 people
// (picture and list), and a timeline of 20,000 entries with 2,000 events (range "all",
// chart and table). Each is rendered `--rounds` times from a fresh element; prints the
// medians. What one more item than the maximum costs is nothing: it is refused (TypeError).
//
//   npm run build && node bench/limits.mjs [--rounds 3] [--bundle path/to/ipt-widgets-all.js]
//
// It needs the one-file build `dist/ipt-widgets-all.js` (the CMS file is a loader that
// loads an element only once the page holds its tag).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openBenchPage, ROOT as root } from '../scripts/bench-page.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const rounds = Number(arg('--rounds', '3'));
// the documented maxima (src/social-circle/model.ts, src/mood-timeline/model.ts); smaller to compare
const nPeople = Number(arg('--people', '300'));
const nEntries = Number(arg('--entries', '20000'));
const nEvents = Number(arg('--events', '2000'));
const bundlePath = resolve(arg('--bundle', join(root, 'dist/ipt-widgets-all.js')));
if (!existsSync(bundlePath)) {
  console.error(`No bundle at ${bundlePath}: run \`npm run build\` first (or pass --bundle).`);
  process.exit(1);
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>limits bench</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; } #stage { width: 900px; }</style>
<script type="module" src="/dist/ipt-widgets.js"></script>
</head><body><div id="stage"></div></body></html>`;

const { page, close } = await openBenchPage({ name: 'limits', html: PAGE, bundlePath, viewport: { width: 1000, height: 1000 }, tag: 'ipt-social-circle' });
let exitCode = 0;
try {
  await customElementsReady(page);
  const result = await page.evaluate(
    async ({ rounds, nPeople, nEntries, nEvents }) => {
      const stage = document.getElementById('stage');
      const layout = () => document.body.getBoundingClientRect().height;
      const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
      const pause = () => new Promise((r) => setTimeout(r, 50));
      const relationships = ['partner', 'family', 'friend', 'colleague', 'professional', 'other'];
      const people = Array.from({ length: nPeople }, (_, i) => ({
        id: `p${i}`,
        name: `Person ${i}`,
        relationship: relationships[i % relationships.length],
        ring: (i % 3) + 1,
        ...(i % 5 === 0 ? { support: 'some' } : {}),
      }));
      const day = (i) => {
        const d = new Date(Date.now() - i * 86400000);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      };
      // 20,000 entries: two a day for about 27 years (the `many` mode), notes on every fifth
      const entries = Array.from({ length: nEntries }, (_, i) => ({ id: `e${i}`, date: day(i >> 1), mood: (i * 7) % 11, ...(i % 5 === 0 ? { note: 'x'.repeat(80) } : {}) }));
      const events = Array.from({ length: nEvents }, (_, i) => ({ id: `v${i}`, date: day(i * 4), title: `Event ${i}`, impact: (i % 9) - 4 }));

      // the first render, then each of `steps` in turn on the same element
      async function timed(tag, attrs, state, ...steps) {
        const ms = [];
        const later = steps.map(() => []);
        for (let r = 0; r < rounds; r++) {
          const t0 = performance.now();
          const el = document.createElement(tag);
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          stage.append(el);
          await el.ready;
          el.state = state;
          await el.updateComplete;
          layout();
          ms.push(performance.now() - t0);
          for (const [i, step] of steps.entries()) {
            const t1 = performance.now();
            await step(el);
            layout();
            later[i].push(performance.now() - t1);
          }
          el.remove();
          await pause();
        }
        return { first: median(ms), second: later[0] && median(later[0]), third: later[1] && median(later[1]) };
      }
      const circle = await timed('ipt-social-circle', { persist: 'none' }, { people, snapshots: [] }, async (el) => {
        el.view = 'list';
        await el.updateComplete;
      });
      const mood = await timed('ipt-mood-timeline', { persist: 'none', range: 'all', 'entries-per-day': 'many' }, { entries, events }, async (el) => {
        el.view = 'table';
        await el.updateComplete;
      }, async (el) => {
        // the next page of older days ("Show 200 older days"), when the table pages
        el.shadowRoot.querySelector('.show-older')?.click();
        await el.updateComplete;
      });
      return { circle, mood };
    },
    { rounds, nPeople, nEntries, nEvents },
  );
  const fmt = (n) => `${n.toFixed(0).padStart(6)} ms`;
  console.log(`Render at the maxima, headless Chromium, median of ${rounds} fresh elements:`);
  console.log(`  <ipt-social-circle>, ${nPeople} people: picture ${fmt(result.circle.first)}; then the list view ${fmt(result.circle.second)}`);
  console.log(`  <ipt-mood-timeline>, ${nEntries} entries + ${nEvents} events, range "all": chart ${fmt(result.mood.first)}; then the table ${fmt(result.mood.second)}; then older days ${fmt(result.mood.third)}`);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await close();
}
process.exit(exitCode);

async function customElementsReady(p) {
  await p.evaluate(() => Promise.all(['ipt-social-circle', 'ipt-mood-timeline'].map((t) => customElements.whenDefined(t))));
}
