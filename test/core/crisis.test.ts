import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/workbook/workbook.js';
import '../../src/social-circle/social-circle.js';
import '../../src/mood-timeline/mood-timeline.js';
import '../../src/problem-area-picker/problem-area-picker.js';
import { pickCrisisContent, resetCrisisWarning } from '../../src/core/crisis.js';
import type { IptWorkbook } from '../../src/workbook/workbook.js';
import { record, until } from './helpers.js';

const TAGS = ['ipt-social-circle', 'ipt-mood-timeline', 'ipt-problem-area-picker'] as const;
type KitElement = HTMLElement & { ready: Promise<void>; updateComplete: Promise<boolean>; crisisContent?: unknown; readonly: boolean };

let n = 0;
async function inWorkbook(inner: string, attrs = '') {
  const id = `crisis-${++n}-${Date.now()}`;
  const wb = await fixture<IptWorkbook>(`<ipt-workbook workbook-id="${id}" ${attrs}>${inner}</ipt-workbook>`);
  const elements = TAGS.map((tag) => wb.querySelector(tag) as KitElement | null).filter((e): e is KitElement => e !== null);
  await Promise.all(elements.map((e) => e.ready));
  await Promise.all(elements.map((e) => e.updateComplete));
  return { wb, elements };
}

const elementsMarkup = TAGS.map((tag) => `<${tag}></${tag}>`).join('');
const CONTENT = `
  <template slot="crisis" lang="en"><p>Call or text <a href="tel:988">988</a>, day or night.</p></template>
  <template slot="crisis" lang="es"><p>Llama o escribe al <a href="tel:988">988</a>, a cualquier hora.</p></template>`;

function link(el: Element): HTMLButtonElement {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.crisis-link');
  if (!button) throw new Error(`<${el.localName}> shows no crisis link`);
  return button;
}

async function open(el: KitElement): Promise<HTMLElement> {
  link(el).click();
  await el.updateComplete;
  const panel = el.shadowRoot!.querySelector<HTMLElement>('.crisis-panel')!;
  expect(panel.hidden).to.equal(false);
  return panel;
}

describe('crisis path', () => {
  beforeEach(() => resetCrisisWarning());

  it('every element that takes writing or ratings offers the workbook\'s crisis content, one tap away', async () => {
    const { elements } = await inWorkbook(CONTENT + elementsMarkup, 'lang="en"');
    expect(elements.length).to.equal(3);
    for (const el of elements) {
      const button = link(el);
      expect(button.textContent!.trim()).to.equal('Need help now?');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = await open(el);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.id).to.equal(button.getAttribute('aria-controls'));
      // the host's content is its own trusted HTML: the link stays a link
      const a = panel.querySelector('a')!;
      expect(a.getAttribute('href'), el.localName).to.equal('tel:988');
      expect(panel.textContent).to.contain('day or night');
      await expect(el).to.be.accessible();
    }
  });

  it('speaks the element\'s language, falling back to the base language and then to what there is', async () => {
    const { elements } = await inWorkbook(CONTENT + elementsMarkup, 'lang="es-MX"');
    const panel = await open(elements[0]);
    expect(link(elements[0]).textContent!.trim()).to.equal('¿Necesitas ayuda ahora?');
    expect(panel.textContent).to.contain('a cualquier hora');
    expect(pickCrisisContent({ en: 'english' }, 'es')).to.equal('english');
    expect(pickCrisisContent({ '': 'any', en: 'english' }, 'fr')).to.equal('any');
    expect(pickCrisisContent({ en: 'english', es: 'español' }, 'es_US')).to.equal('español');
    expect(pickCrisisContent({}, 'en')).to.equal(undefined);
  });

  it('opens by keyboard', async () => {
    const { elements } = await inWorkbook(CONTENT + '<ipt-problem-area-picker></ipt-problem-area-picker>', 'lang="en"');
    const picker = elements[0];
    link(picker).focus();
    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
    expect(picker.shadowRoot!.querySelector<HTMLElement>('.crisis-panel')!.hidden).to.equal(false);
  });

  it('follows templates a CMS adds later and the workbook\'s property, which wins for its languages', async () => {
    const { wb, elements } = await inWorkbook(elementsMarkup, 'lang="en"');
    wb.insertAdjacentHTML('afterbegin', '<template slot="crisis" lang="en"><p>Added later: call 911.</p></template>');
    await until(async () => {
      await elements[1].updateComplete;
      return (await open(elements[1])).textContent!.includes('Added later');
    }, 'the template added later is shown');
    wb.crisisContent = { en: '<p>From the property: <strong>988</strong></p>' };
    await until(async () => {
      await elements[1].updateComplete;
      return elements[1].shadowRoot!.querySelector('.crisis-panel strong')?.textContent === '988';
    }, 'the property wins');
  });

  it('outside a workbook an element takes its own templates or property', async () => {
    const picker = await fixture<KitElement>(html`<ipt-problem-area-picker storage-key=${`own-${Date.now()}`} persist="none"
      ><template slot="crisis" lang="en"><p>Own template</p></template></ipt-problem-area-picker
    >`);
    await picker.ready;
    expect((await open(picker)).textContent).to.contain('Own template');
    picker.crisisContent = { en: '<p>Own property</p>' };
    await picker.updateComplete;
    expect(picker.shadowRoot!.querySelector('.crisis-panel')!.textContent).to.contain('Own property');
  });

  it('without crisis content shows a generic line and says once, for the whole page, what to set', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const errors = record(document, 'ipt-error');
      const { elements } = await inWorkbook(elementsMarkup, 'lang="en"');
      for (const el of elements) {
        const panel = await open(el);
        expect(panel.textContent).to.contain('call your local emergency number now');
      }
      await until(() => warnings.some((w) => w.includes('crisis-content-missing')), 'a warning');
      await new Promise((r) => setTimeout(r, 50));
      expect(warnings.filter((w) => w.includes('crisis-content-missing')).length).to.equal(1);
      expect(warnings[0]).to.contain('<template slot="crisis"');
      expect(errors.filter((e) => e.detail.code === 'crisis-content-missing').length).to.equal(1);
      await expect(elements[0]).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('does not warn when the workbook holds crisis content', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { elements } = await inWorkbook(CONTENT + elementsMarkup, 'lang="en"');
      for (const el of elements) await open(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(warnings.filter((w) => w.includes('crisis-content-missing'))).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  it('a read-only (clinician) view shows no crisis link', async () => {
    const { elements } = await inWorkbook(CONTENT + elementsMarkup, 'lang="en" readonly');
    for (const el of elements) expect(el.shadowRoot!.querySelector('.crisis-link'), el.localName).to.equal(null);
  });
});
