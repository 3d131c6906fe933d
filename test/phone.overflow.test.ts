import { viaWebDriver } from './core/helpers.js';
import { expect, html, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { IptSocialCircle } from '../src/social-circle/social-circle.js';
import type { SocialCircleState } from '../src/social-circle/model.js';
import { frames } from './core/touch.js';

// Layouts that hold on a phone: no element is wider than the page at 320, 390 and 768 CSS
// px, and nothing inside it runs past its own box, empty and (the circle) filled, en and es.

let keyN = 0;
const TAGS = ['ipt-social-circle', 'ipt-mood-timeline', 'ipt-problem-area-picker', 'ipt-symptom-check', 'ipt-sync'];
const WIDTHS = [320, 390, 768];

/** Descendants (through open shadow roots) whose right edge passes the host's, with their overhang. */
function overflowing(host: HTMLElement): string[] {
  const limit = host.getBoundingClientRect().right + 0.5;
  const out: string[] = [];
  const walk = (root: ParentNode) => {
    for (const n of root.querySelectorAll('*')) {
      const r = n.getBoundingClientRect();
      if (r.width > 0 && r.right > limit && !n.closest('dialog:not([open])')) {
        // content that scrolls inside its own box (a wide table) is allowed
        const scroller = n.parentElement?.closest('.table-wrap, [data-scroll], .scroll');
        if (!scroller) out.push(`${n.tagName.toLowerCase()}.${(n.getAttribute('class') ?? '').split(' ').join('.')} +${(r.right - limit).toFixed(0)}px`);
      }
      if ((n as HTMLElement).shadowRoot) walk((n as HTMLElement).shadowRoot!);
    }
  };
  walk(host.shadowRoot!);
  return out;
}

describe('no horizontal overflow on a phone', () => {
  before(function () {
    // WebKit's WebDriver cannot size the viewport (nor send real touch): Chromium and Firefox run these
    if (viaWebDriver) this.skip();
  });
  after(async () => {
    if (!viaWebDriver) await setViewport({ width: 800, height: 600 });
  });
  for (const width of WIDTHS) {
    for (const lang of ['en', 'es']) {
      it(`${width} px, ${lang}: every element fits, empty and filled`, async () => {
        await setViewport({ width, height: 800 });
        const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
        wrap.innerHTML = TAGS.map((t) => `<${t} lang="${lang}" storage-key="ovf-${Date.now()}-${keyN++}"></${t}>`).join('');
        const els = [...wrap.children] as Array<HTMLElement & { ready?: Promise<unknown>; updateComplete?: Promise<unknown> }>;
        for (const el of els) await el.ready;
        await frames(4);
        const problems: string[] = [];
        const check = (state: string) => {
          if (document.documentElement.scrollWidth > window.innerWidth) problems.push(`${state}: page ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
          for (const el of els) for (const o of overflowing(el)) problems.push(`${state} ${el.tagName.toLowerCase()}: ${o}`);
        };
        check('empty');
        const circle = els[0] as unknown as IptSocialCircle;
        circle.state = {
          people: [
            { id: 'a', name: 'Alejandra Montserrat', relationship: 'partner', ring: 1, support: 'a-lot' },
            { id: 'b', name: 'Bo', relationship: 'family', ring: 2, conflict: 'a-lot' },
            { id: 'c', name: 'Carmen de la Fuente', relationship: 'colleague', ring: 3 },
            { id: 'd', name: 'Dr. Zhang', relationship: 'professional', ring: 3, deceased: true },
          ],
          snapshots: [],
        } as SocialCircleState;
        await frames(4);
        check('filled');
        expect(problems).to.deep.equal([]);
      });
    }
  }
});
