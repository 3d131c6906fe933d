// Benchmark of <ipt-social-circle> at the scale of issue 3: 150 people (Dunbar's number),
// then 50 drag steps of one person across the rings. Each step is a pointermove on the
// picture, timed until the element has re-rendered and the page has laid out again.
// The baseline, measured in the same page and run, re-renders the same picture as a static
// SVG string (innerHTML of the element's own markup with the dragged node moved), which is
// what a template-less renderer would do per step. Prints both medians and their ratio
// (target: a drag step under 8 ms).
//
//   npm run build && node bench/social-circle.mjs [--steps 50] [--rounds 5] [--bundle path/to/ipt-widgets.js] [--check]
//
// It needs the one-file build `dist/ipt-widgets-all.js` (or `--bundle`) and /usr/bin/chromium
// (CHROME_PATH overrides). `--check` exits 1 when the target is missed.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openBenchPage, ROOT as root } from '../scripts/bench-page.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const steps = Number(arg('--steps', '50'));
const rounds = Number(arg('--rounds', '5'));
const bundlePath = resolve(arg('--bundle', join(root, 'dist/ipt-widgets-all.js')));
const check = process.argv.includes('--check');
const TARGET_MS = 8;

if (!existsSync(bundlePath)) {
  console.error(`No bundle at ${bundlePath}: run \`npm run build\` first (or pass --bundle).`);
  process.exit(1);
}

// Generated here and served in place of bench/social-circle.html, so the bench is one file.
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>social-circle bench</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; } .box { width: 900px; }</style>
<script type="module" src="/dist/ipt-widgets.js"></script>
</head><body><div id="stage" class="box"></div><div id="baseline" class="box"></div></body></html>`;

const { page, close } = await openBenchPage({ name: 'social-circle', html: PAGE, bundlePath, viewport: { width: 1000, height: 1000 }, tag: 'ipt-social-circle' });
let exitCode = 0;
try {
  const result = await page.evaluate(
    async ({ steps, rounds }) => {
      const stage = document.getElementById('stage');
      const baselineHost = document.getElementById('baseline');
      const relationships = ['partner', 'family', 'friend', 'colleague', 'professional', 'other'];
      const names = ['Ana', 'Bartholomew', 'Chen Wei', 'Dolores', 'Eli', 'Fatima', 'Gwen', 'Hiro', 'Ifeoma', 'José Luis'];
      const people = Array.from({ length: 150 }, (_, i) => ({
        id: `p${i}`,
        name: `${names[i % names.length]} ${i}`,
        relationship: relationships[i % relationships.length],
        ring: (i % 3) + 1,
        ...(i % 4 === 0 ? { angle: (i * 37) % 360 } : {}),
        ...(i % 5 === 0 ? { support: 'a-lot' } : i % 5 === 1 ? { support: 'some' } : {}),
        ...(i % 9 === 0 ? { conflict: 'some' } : {}),
        ...(i % 17 === 0 ? { deceased: true } : {}),
      }));
      const layout = () => document.body.getBoundingClientRect().height;
      const median = (xs) => {
        const s = [...xs].sort((a, b) => a - b);
        const m = s.length >> 1;
        return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
      };
      const pause = () => new Promise((r) => setTimeout(r, 20));

      const t0 = performance.now();
      const el = document.createElement('ipt-social-circle');
      el.setAttribute('persist', 'none');
      stage.append(el);
      await el.ready;
      el.state = { people, snapshots: [] };
      await el.updateComplete;
      layout();
      const firstRenderMs = performance.now() - t0;
      await pause();

      const svg = el.shadowRoot.querySelector('svg.circle');
      const dragged = 'p7';
      const nodeOf = () => el.shadowRoot.querySelector(`g.person[data-id="${dragged}"]`);
      const box = () => svg.getBoundingClientRect();
      // The pointer's path: around the circle while drifting in and out across the rings.
      const path = (i) => {
        const b = box();
        const cx = b.left + b.width / 2;
        const cy = b.top + b.height / 2;
        const r = (0.12 + 0.3 * Math.abs(Math.sin(i / 7))) * Math.min(b.width, b.height);
        const a = (i * 7 * Math.PI) / 180;
        return { x: cx + r * Math.sin(a), y: cy - r * Math.cos(a) };
      };
      const pointer = (type, target, { x, y }) =>
        target.dispatchEvent(
          new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons: type === 'pointerup' ? 0 : 1, clientX: x, clientY: y }),
        );

      const elementMs = [];
      let moved = 0;
      for (let round = 0; round < rounds; round++) {
        const start = nodeOf().querySelector('.node').getBoundingClientRect();
        const from = { x: start.left + start.width / 2, y: start.top + start.height / 2 };
        pointer('pointerdown', nodeOf(), from);
        await el.updateComplete;
        for (let i = 0; i < steps; i++) {
          const at = path(i + round * 3);
          const s = performance.now();
          pointer('pointermove', svg, at);
          await el.updateComplete;
          layout();
          elementMs.push(performance.now() - s);
        }
        const before = JSON.stringify(el.state.people.find((p) => p.id === dragged));
        pointer('pointerup', svg, path(steps - 1 + round * 3));
        await el.updateComplete;
        if (JSON.stringify(el.state.people.find((p) => p.id === dragged)) !== before) moved += 1;
        await pause();
      }

      // Baseline: the same picture as a static string, re-rendered per step with the node moved.
      const markup = svg.outerHTML.replace(/<!--[^]*?-->/g, '');
      const marker = /(data-id="p7"[^>]*?transform=")[^"]*(")|(transform=")[^"]*("[^>]*?data-id="p7")/;
      if (!marker.test(markup)) throw new Error('baseline: the dragged node is not in the markup');
      const styles = el.shadowRoot.adoptedStyleSheets;
      const shadow = baselineHost.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = styles;
      const baselineMs = [];
      for (let round = 0; round < rounds; round++) {
        for (let i = 0; i < steps; i++) {
          const b = box();
          const at = path(i + round * 3);
          const vb = svg.viewBox.baseVal;
          const k = vb.width / b.width;
          const x = vb.x + (at.x - b.left) * k;
          const y = vb.y + (at.y - b.top) * k;
          const s = performance.now();
          shadow.innerHTML = markup.replace(marker, (m, a1, a2, b1, b2) =>
            a1 ? `${a1}translate(${x} ${y})${a2}` : `${b1}translate(${x} ${y})${b2}`,
          );
          layout();
          baselineMs.push(performance.now() - s);
        }
        await pause();
      }
      return {
        firstRenderMs,
        elementMedian: median(elementMs),
        elementP90: [...elementMs].sort((a, b) => a - b)[Math.floor(elementMs.length * 0.9)],
        baselineMedian: median(baselineMs),
        samples: elementMs.length,
        moved,
        labels: el.shadowRoot.querySelectorAll('text.label').length,
      };
    },
    { steps, rounds },
  );

  const fmt = (n) => n.toFixed(2).padStart(7);
  console.log(`<ipt-social-circle>: ${result.labels} people, ${steps} drag steps x ${rounds} rounds (${result.samples} samples), headless Chromium`);
  console.log(`  first render (150 people)            ${fmt(result.firstRenderMs)} ms`);
  console.log(`  drag step, element (median)          ${fmt(result.elementMedian)} ms   (p90 ${result.elementP90.toFixed(2)} ms)`);
  console.log(`  drag step, static SVG string (median) ${fmt(result.baselineMedian)} ms`);
  console.log(`  ratio element / baseline             ${fmt(result.elementMedian / result.baselineMedian)}`);
  console.log(`  target: drag step < ${TARGET_MS} ms: ${result.elementMedian < TARGET_MS ? 'met' : 'MISSED'}`);
  if (result.moved !== rounds) {
    console.error(`  the drags did not all move the person (${result.moved} of ${rounds}): the figures are not valid`);
    exitCode = 1;
  }
  if (check && result.elementMedian >= TARGET_MS) exitCode = 1;
} finally {
  await close();
}
process.exit(exitCode);
