import { viaWebDriver } from './core/helpers.js';
import { expect, html, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { IptSocialCircle } from '../src/social-circle/social-circle.js';
import type { SocialCircleState } from '../src/social-circle/model.js';
import type { IptMoodTimeline } from '../src/mood-timeline/mood-timeline.js';
import type { IptProblemAreaPicker } from '../src/problem-area-picker/problem-area-picker.js';
import { localToday } from '../src/core/validate.js';
import { frames } from './core/touch.js';

// Layouts that hold on a phone: no element is wider than the page at 320, 390 and 768 CSS
// px, and nothing inside it runs past its own box, empty, filled and editing (forms open,
// messages shown), en and es.

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

/** Every element of the kit in one workbook, as a program page has them. */
const EDIT_TAGS = [
  'ipt-social-circle',
  'ipt-mood-timeline',
  'ipt-problem-area-picker',
  'ipt-symptom-check',
  'ipt-formulation',
  'ipt-mood-timeline view="table"',
  'ipt-session-plan',
  'ipt-ending-plan',
];

const longName = 'Alejandra Montserrat de la Fuente García';
const people: SocialCircleState = {
  people: [
    { id: 'a', name: longName, relationship: 'professional', ring: 1, support: 'a-lot' },
    { id: 'b', name: 'Bo', relationship: 'family', ring: 2, conflict: 'a-lot' },
    { id: 'c', name: 'Carmen', relationship: 'colleague', ring: 3, deceased: true },
  ],
  snapshots: [],
};

async function settle(els: Array<HTMLElement & { updateComplete?: Promise<unknown> }>): Promise<void> {
  await frames(2);
  for (const el of els) await el.updateComplete;
  await frames(2);
}

/** The button in a shadow root whose text is `text` (or the first matching `selector`). */
function press(el: HTMLElement, selector: string): void {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${el.tagName.toLowerCase()}: no ${selector}`);
  found.click();
}

describe('no horizontal overflow on a phone, while editing', () => {
  before(function () {
    if (viaWebDriver) this.skip();
  });
  after(async () => {
    if (!viaWebDriver) await setViewport({ width: 800, height: 600 });
  });
  for (const width of WIDTHS) {
    for (const lang of ['en', 'es']) {
      it(`${width} px, ${lang}: every element in a workbook fits with its forms open and its messages shown`, async () => {
        await setViewport({ width, height: 800 });
        const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
        wrap.innerHTML = `<ipt-workbook workbook-id="ovf-edit-${Date.now()}-${keyN++}" lang="${lang}">${EDIT_TAGS.map(
          (t) => `<${t} storage-key="ovf-${keyN++}"></${t.split(' ')[0]}>`,
        ).join('')}</ipt-workbook>`;
        const wb = wrap.firstElementChild as HTMLElement;
        const els = [...wb.children] as Array<HTMLElement & { ready?: Promise<unknown>; updateComplete?: Promise<unknown> }>;
        for (const el of els) await el.ready;
        const [circle, timeline, picker, symptom, formulation, table] = els;
        (circle as unknown as IptSocialCircle).state = people;
        const today = localToday();
        (timeline as unknown as IptMoodTimeline).state = (table as unknown as IptMoodTimeline).state = {
          entries: [{ id: 'e1', date: today, mood: 3, note: 'A long day. '.repeat(20) }],
          events: [{ id: 'v1', date: today, title: `An argument with ${longName} about money and the holidays`, kind: 'conflict', impact: -3, personIds: ['a'] }],
        } as unknown as IptMoodTimeline['state'];
        (picker as unknown as IptProblemAreaPicker).state = {
          ratings: {},
          selected: [
            { area: 'role-dispute', primary: true, details: { personId: 'a', stage: 'impasse' }, goals: [{ id: 'g', text: 'Say calmly what I need' }] },
            { area: 'role-transition', primary: false, details: { fromRole: 'a nurse on nights', toRole: 'retired' }, goals: [] },
          ],
        } as IptProblemAreaPicker['state'];
        await settle(els);

        const shown = (el: HTMLElement, selector: string) => {
          const n = el.shadowRoot!.querySelector<HTMLElement>(selector);
          return !!n && n.getClientRects().length > 0;
        };
        const problems: string[] = [];
        const check = (when: string) => {
          if (document.documentElement.scrollWidth > window.innerWidth) problems.push(`${when}: page ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
          for (const el of els) for (const o of overflowing(el)) problems.push(`${when} ${el.tagName.toLowerCase()}: ${o}`);
        };

        // forms open, messages shown (a form's message clears once focus leaves that form,
        // so the circle's is looked at on its own)
        (symptom.shadowRoot!.querySelector('form') as HTMLFormElement).requestSubmit(); // items missing
        press(formulation, '.agreement button:nth-of-type(2)'); // "I would change": its text box
        press(timeline, '.add-event');
        await settle(els);
        (timeline.shadowRoot!.querySelector('form.event-form') as HTMLFormElement).requestSubmit(); // title missing
        await settle(els);
        expect(shown(timeline, '.event-form .error'), 'the event form says what is missing').to.equal(true);
        expect(shown(formulation, 'textarea#change'), "the formulation's change box").to.equal(true);
        expect(shown(picker, 'select'), "the picker's who-with choice").to.equal(true);
        check('forms open');
        (circle.shadowRoot!.querySelector('form.add') as HTMLFormElement).requestSubmit(); // "Please add a name."
        await settle(els);
        expect(shown(circle, '#add-error'), 'the circle says a name is missing').to.equal(true);
        check('add form message');

        // the circle's editor, a dialog in the top layer, fits the screen too
        const node = circle.shadowRoot!.querySelector<SVGGElement>('g.person');
        node!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        await settle(els);
        const dialog = circle.shadowRoot!.querySelector('dialog');
        expect(dialog?.open, 'the editor opened').to.equal(true);
        for (const n of dialog!.querySelectorAll('*')) {
          const r = n.getBoundingClientRect();
          if (r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < -0.5)) problems.push(`dialog ${n.tagName.toLowerCase()}.${n.getAttribute('class') ?? ''} ${r.left.toFixed(0)}..${r.right.toFixed(0)}`);
        }
        dialog!.close();
        expect(problems).to.deep.equal([]);
      });
    }
  }
});
