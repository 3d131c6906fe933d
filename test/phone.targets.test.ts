import { viaWebDriver } from './core/helpers.js';
import { expect, html, fixture } from '@open-wc/testing';
import { setViewport, executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { IptSocialCircle } from '../src/social-circle/social-circle.js';
import type { SocialCircleState } from '../src/social-circle/model.js';
import { frames } from './core/touch.js';

// Target sizes on a phone (390 CSS px wide): WCAG 2.2 2.5.8 asks 24 x 24 CSS px for every
// pointer target; people in the circle get 44 px on a touch screen.

let keyN = 0;
const TAGS = ['ipt-social-circle', 'ipt-mood-timeline', 'ipt-problem-area-picker', 'ipt-symptom-check', 'ipt-sync'];

async function mountAt(tag: string, width?: number): Promise<HTMLElement & { ready?: Promise<unknown> }> {
  // (a viewport change resets touch emulation in Chromium: callers that emulate pass none)
  if (width) await setViewport({ width, height: 844 });
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = `<${tag} storage-key="targets-${Date.now()}-${keyN++}"></${tag}>`;
  const el = wrap.firstElementChild as HTMLElement & { ready?: Promise<unknown>; updateComplete?: Promise<unknown> };
  await el.ready;
  await frames(3);
  await el.updateComplete;
  return el;
}

/** Every visible pointer target in a shadow root, with its size (a label wrapping a control counts with it). */
function targets(root: ShadowRoot): Array<{ what: string; w: number; h: number }> {
  const sel = 'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex], .hit';
  const out: Array<{ what: string; w: number; h: number }> = [];
  for (const t of root.querySelectorAll<HTMLElement>(sel)) {
    if (t.closest('dialog:not([open])')) continue;
    if (t.matches('[tabindex="-1"]:not([role=button]), svg.circle, [part=base]')) continue;
    if (t.matches('g.person')) continue; // measured through its .hit circle
    const r = t.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    // a control's labels take the pointer for it
    const labels = [...((t as HTMLInputElement).labels ?? [])].map((l) => l.getBoundingClientRect());
    const w = Math.max(r.width, ...labels.map((l) => l.width));
    const h = Math.max(r.height, ...labels.map((l) => l.height));
    const what = `${t.tagName.toLowerCase()}${t.className && typeof t.className === 'string' ? '.' + t.className.split(' ').join('.') : ''} "${(t.getAttribute('aria-label') ?? t.textContent ?? '').trim().slice(0, 30)}"`;
    out.push({ what, w, h });
  }
  return out;
}

describe('pointer targets at 390 px', () => {
  before(function () {
    // WebKit's WebDriver cannot size the viewport (nor send real touch): Chromium and Firefox run these
    if (viaWebDriver) this.skip();
  });
  after(async () => {
    if (!viaWebDriver) await setViewport({ width: 800, height: 600 });
  });

  for (const tag of TAGS) {
    it(`${tag}: every target is at least 24 x 24 CSS px`, async () => {
      const el = await mountAt(tag, 390);
      if (tag === 'ipt-social-circle') {
        (el as unknown as IptSocialCircle).state = {
          people: [
            { id: 'a', name: 'Ana', relationship: 'friend', ring: 1 },
            { id: 'b', name: 'Bo', relationship: 'family', ring: 2, support: 'a-lot' },
            { id: 'c', name: 'Carmen', relationship: 'partner', ring: 3, conflict: 'some' },
          ],
          snapshots: [],
        } as SocialCircleState;
        await frames(3);
      }
      const small = targets(el.shadowRoot!).filter((t) => t.w < 24 || t.h < 24);
      expect(small.map((t) => `${t.what} ${t.w.toFixed(1)}x${t.h.toFixed(1)}`)).to.deep.equal([]);
    });
  }

  for (const width of [320, 390]) {
    it(`ipt-mood-timeline at ${width} px: the 0-10 scale is one row, its end labels under its ends`, async () => {
      const el = await mountAt('ipt-mood-timeline', width);
      const tiles = [...el.shadowRoot!.querySelectorAll('.rating label')].map((l) => l.getBoundingClientRect());
      expect(tiles).to.have.length(11);
      expect(new Set(tiles.map((t) => Math.round(t.top))).size, 'one row').to.equal(1);
      const widths = tiles.map((t) => t.width);
      expect(Math.max(...widths) - Math.min(...widths), 'equal tiles').to.be.below(1);
      // 24 px, or spaced so a 24 px circle on each does not touch the next (WCAG 2.5.8's spacing rule)
      expect(tiles[1].left - tiles[0].left, 'tile pitch').to.be.at.least(24);
      const [lo, hi] = [...el.shadowRoot!.querySelectorAll('.ends > span')].map((e) => e.getBoundingClientRect());
      expect(Math.abs(lo.left - tiles[0].left), 'low end under the first tile').to.be.below(2);
      expect(Math.abs(hi.right - tiles[10].right), 'high end under the last tile').to.be.below(2);
    });
  }

  it("ipt-social-circle: people's hit areas are 44 px across on a touch screen", async function () {
    await setViewport({ width: 390, height: 844 });
    const on = (await executeServerCommand('ipt-emulate-touch', { enabled: true })) as { supported: boolean; reason?: string };
    if (!on.supported) {
      console.warn(`skipped: ${on.reason}`);
      this.skip();
    }
    try {
      expect(matchMedia('(pointer: coarse)').matches, 'pointer: coarse').to.equal(true);
      const el = (await mountAt('ipt-social-circle')) as unknown as IptSocialCircle;
      el.state = {
        people: Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, relationship: 'friend', ring: (i % 3) + 1 })),
        snapshots: [],
      } as SocialCircleState;
      await frames(3);
      await el.updateComplete;
      const hits = [...el.shadowRoot!.querySelectorAll('.hit')].map((h) => h.getBoundingClientRect());
      expect(hits).to.have.length(6);
      for (const r of hits) {
        expect(r.width, 'hit width').to.be.at.least(44);
        expect(r.height, 'hit height').to.be.at.least(44);
      }
      const dot = el.shadowRoot!.querySelector('.node')!.getBoundingClientRect();
      expect(dot.width, 'the drawn dot stays small').to.be.below(30);
    } finally {
      await executeServerCommand('ipt-emulate-touch', { enabled: false });
    }
  });
});
