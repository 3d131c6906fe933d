// The middle phase's two worksheets on a phone: nothing wider than the screen, every
// pointer target at least 24 x 24 CSS px (WCAG 2.2 2.5.8), and one question at a time.
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/communication-analysis/communication-analysis.js';
import '../src/decision-analysis/decision-analysis.js';
import { viaWebDriver } from './core/helpers.js';

let n = 0;
const long = 'A rather long answer without many breaks, Supercalifragilisticexpialidocious-and-then-some, to see that it wraps.';

const states: Record<string, unknown> = {
  'ipt-communication-analysis': { analyses: [{ id: 'a', date: '2026-03-02', personName: long, happened: long, said: long }] },
  'ipt-decision-analysis': {
    decisions: [{ id: 'd', date: '2026-03-02', question: long, personName: long, options: [{ id: 'o1', text: long, pros: long, cons: long }, { id: 'o2', text: 'B' }, { id: 'o3', text: 'C' }], choiceId: 'o1' }],
  },
};

async function mountOpen(tag: string, lang: string, open = true): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const wrap = document.createElement('div');
  wrap.innerHTML = `<${tag} lang="${lang}" persist="none" storage-key="phone-${Date.now()}-${n++}"></${tag}>`;
  document.body.append(wrap);
  const el = wrap.firstElementChild as HTMLElement & { ready: Promise<void>; updateComplete: Promise<unknown>; state: unknown };
  await el.ready;
  el.state = states[tag];
  await el.updateComplete;
  if (open) el.shadowRoot!.querySelector<HTMLButtonElement>('.open-button')!.click();
  await el.updateComplete;
  // the list of steps open too: it is measured with the rest
  for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return el;
}

describe('the middle phase on a phone', () => {
  before(function () {
    // WebKit's WebDriver cannot size the viewport
    if (viaWebDriver) this.skip();
  });
  after(async () => {
    if (!viaWebDriver) await setViewport({ width: 800, height: 600 });
  });

  for (const width of [320, 390]) {
    for (const tag of Object.keys(states)) {
      for (const [lang, open] of [['en', true], ['es', true], ['en', false]] as const) {
        it(`${tag} at ${width} px (${lang}, ${open ? 'one open' : 'the list'}): nothing wider than the screen, targets at least 24 px`, async () => {
          await setViewport({ width, height: 800 });
          const el = await mountOpen(tag, lang, open);
          try {
            const root = el.shadowRoot!;
            const wide = [...root.querySelectorAll<HTMLElement>('*')].filter((node) => node.checkVisibility() && node.getBoundingClientRect().right > width + 0.5);
            expect(JSON.stringify(wide.map((node) => `${node.tagName.toLowerCase()}#${node.id}.${node.className} ${Math.round(node.getBoundingClientRect().left)}-${Math.round(node.getBoundingClientRect().right)} ${node.checkVisibility()}`)), 'wider than the screen').to.equal('[]');
            const small = [...root.querySelectorAll<HTMLElement>('button, input, select, textarea, summary')]
              .map((t) => {
                const r = t.getBoundingClientRect();
                const labels = [...((t as HTMLInputElement).labels ?? [])].map((l) => l.getBoundingClientRect());
                return { what: `${t.tagName.toLowerCase()}#${t.id}`, w: Math.max(r.width, ...labels.map((l) => l.width)), h: Math.max(r.height, ...labels.map((l) => l.height)) };
              })
              .filter((t) => (t.w > 0 || t.h > 0) && (t.w < 24 || t.h < 24));
            expect(small, 'targets under 24 px').to.deep.equal([]);
            if (open && tag === 'ipt-communication-analysis') expect(root.querySelectorAll('[part~="steps"] textarea').length, 'one question at a time').to.equal(1);
          } finally {
            el.parentElement!.remove();
          }
        });
      }
    }
  }
});

describe('the middle phase on paper', () => {
  for (const tag of Object.keys(states)) {
    it(`${tag}: prints every answer of every item, and no buttons or fields`, async function () {
      // print media is emulated through Chromium's DevTools protocol only
      if (!/Chrom/.test(navigator.userAgent)) this.skip();
      const el = await mountOpen(tag, 'en', true);
      await emulateMedia({ media: 'print' });
      try {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const root = el.shadowRoot!;
        const shown = [...root.querySelectorAll<HTMLElement>('button, input, select, textarea')].filter((c) => c.getClientRects().length > 0);
        expect(shown.map((c) => c.tagName), 'no controls on paper').to.deep.equal([]);
        const record = root.querySelector<HTMLElement>('.print-only [part="record"]')!;
        expect(record.getClientRects().length, 'the record is printed').to.be.greaterThan(0);
        expect(record.textContent).to.include(long);
      } finally {
        await emulateMedia({ media: 'screen' });
        el.parentElement!.remove();
      }
    });
  }
});
