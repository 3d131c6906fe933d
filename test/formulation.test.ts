import { loadStrings } from '../src/core/i18n.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/formulation/formulation.js';
import '../src/social-circle/social-circle.js';
import '../src/problem-area-picker/problem-area-picker.js';
import '../src/workbook/workbook.js';
import type { IptFormulation, FormulationState } from '../src/formulation/formulation.js';
import type { IptSocialCircle } from '../src/social-circle/social-circle.js';
import type { IptProblemAreaPicker } from '../src/problem-area-picker/problem-area-picker.js';
import type { IptWorkbook } from '../src/workbook/workbook.js';
import { localToday } from '../src/core/validate.js';
import { record, storedEntries, until, typeText } from './core/helpers.js';

let counter = 0;
const unique = (what: string) => `fo-${what}-${Date.now()}-${counter++}`;

async function mountFormulation(attrs: string): Promise<IptFormulation> {
  const wrap = document.createElement('div');
  wrap.innerHTML = `<ipt-formulation ${attrs}></ipt-formulation>`;
  document.body.append(wrap);
  const el = wrap.firstElementChild as IptFormulation;
  await el.ready;
  await el.updateComplete;
  return el;
}

/** A workbook with a circle, a picker and a formulation, as a program page has them. */
async function mountWorkbook(extra = ''): Promise<{ wb: IptWorkbook; circle: IptSocialCircle; picker: IptProblemAreaPicker; el: IptFormulation }> {
  const id = unique('wb');
  const wrap = document.createElement('div');
  wrap.innerHTML = `<ipt-workbook workbook-id="${id}" ${extra}>
    <ipt-social-circle persist="none"></ipt-social-circle>
    <ipt-problem-area-picker persist="none"></ipt-problem-area-picker>
    <ipt-formulation></ipt-formulation>
  </ipt-workbook>`;
  document.body.append(wrap);
  const wb = wrap.querySelector('ipt-workbook')!;
  const circle = wrap.querySelector('ipt-social-circle')!;
  const picker = wrap.querySelector('ipt-problem-area-picker')!;
  const el = wrap.querySelector('ipt-formulation')!;
  await Promise.all([circle.ready, picker.ready, el.ready]);
  circle.state = {
    people: [
      { id: 'p-ana', name: 'Ana', relationship: 'family', ring: 1 },
      { id: 'p-luis', name: 'Luis', relationship: 'friend', ring: 2 },
    ],
    snapshots: [],
  };
  picker.state = { ratings: {}, selected: [{ area: 'role-transition', primary: true, details: {}, goals: [] }] };
  await el.updateComplete;
  return { wb, circle, picker, el };
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const statement = (el: IptFormulation) => $<HTMLTextAreaElement>(el, '#statement').value;

describe('ipt-formulation: the card and the wording', () => {
  it('shows the sick-role card in the chosen wording, in English and Spanish', async () => {
    const el = await mountFormulation(`storage-key="${unique('card')}" persist="none" terms="clinical"`);
    expect(text($(el, '.card'))).to.include('Depression is a common illness').and.include('not your fault').and.include('do less than usual');
    el.terms = 'adolescent';
    await el.updateComplete;
    expect(text($(el, '.card'))).to.include('young people');
    el.setAttribute('lang', 'es');
    el.terms = 'lay';
    await loadStrings('es'); // Spanish arrives on demand
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(text($(el, '.card'))).to.include('No es una debilidad ni es tu culpa').and.include('está bien hacer menos');
    expect(text($(el, 'h2'))).to.equal('Cómo encaja todo');
  });

  it('reports a bad `terms` and falls back to lay', async () => {
    const errors = record(document.body, 'ipt-error');
    const el = await mountFormulation(`storage-key="${unique('terms')}" persist="none" terms="medical"`);
    await el.updateComplete;
    expect(errors.map((e) => e.detail.code)).to.include('invalid-attribute');
    expect(text($(el, '.card h3'))).to.equal('About low mood');
  });
});

describe('ipt-formulation: in a workbook', () => {
  it('offers the circle’s people and drafts from the picker’s focus; a rename and a new focus show live, the client’s own words never change', async () => {
    const { circle, picker, el } = await mountWorkbook();
    expect(text($(el, '.then'))).to.include('Ana').and.include('Luis');
    expect(text($(el, '.focus'))).to.include('(main focus)');
    expect(statement(el)).to.include('In our sessions we will work on this change');

    // Choose Ana, write own words, then rename Ana in the circle and change the focus.
    $<HTMLInputElement>(el, '#person-0').click();
    await el.updateComplete;
    expect(el.state.personIds).to.deep.equal(['p-ana']);
    expect(statement(el)).to.include('The people most involved: Ana.');
    const own = $<HTMLTextAreaElement>(el, '#own');
    own.value = 'It started when I moved away from home.';
    own.dispatchEvent(new Event('input'));
    await el.updateComplete;

    circle.state = { people: [{ id: 'p-ana', name: 'Anita', relationship: 'family', ring: 1 }, { id: 'p-luis', name: 'Luis', relationship: 'friend', ring: 2 }], snapshots: [] };
    await until(() => statement(el).includes('Anita'), 'the renamed person in the draft');
    expect(text($(el, '.then'))).to.include('Anita');

    picker.state = { ratings: {}, selected: [{ area: 'grief', primary: true, details: {}, goals: [] }] };
    await until(() => statement(el).includes('mourning this loss'), 'the draft follows the new focus');
    expect(statement(el)).not.to.include('this change');
    expect($<HTMLTextAreaElement>(el, '#own').value).to.equal('It started when I moved away from home.');
    expect(el.state.ownWords).to.equal('It started when I moved away from home.');
    expect(el.state.personIds, 'stored as ids, not names').to.deep.equal(['p-ana']);
  });

  it('uses the timeline’s onset when it has none of its own, and offers it when both differ', async () => {
    const { wb, el } = await mountWorkbook();
    // The timeline publishes its onset marker: here a stand-in publisher does the same.
    const ctx = (el as unknown as { workbook: { publish(p: object, s: object): void } }).workbook;
    ctx.publish(wb, { onset: '2026-01-15' });
    await until(() => statement(el).includes('January 2026'), 'the draft uses the timeline onset');
    expect(text($(el, '.onset'))).to.include('From your mood timeline');
    const date = $<HTMLInputElement>(el, '#onset-date');
    date.value = '2025-11-03';
    date.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.state.onset).to.deep.equal({ date: '2025-11-03' });
    expect(statement(el)).to.include('November 2025');
    expect(text($(el, '.onset'))).to.include('Your mood timeline marks the start');
  });

  it('keeps an edited statement, shows the new draft beside it and can go back to the draft', async () => {
    const { picker, el } = await mountWorkbook();
    const area = $<HTMLTextAreaElement>(el, '#statement');
    area.value = 'My own version of it.';
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    picker.state = { ratings: {}, selected: [{ area: 'grief', primary: true, details: {}, goals: [] }] };
    await until(() => text($(el, '.statement-draft')).includes('mourning'), 'the fresh draft beside the edit');
    expect(statement(el)).to.equal('My own version of it.');
    $<HTMLButtonElement>(el, 'fieldset[part="statement"] button').click();
    await el.updateComplete;
    expect(el.state.statement).to.equal(undefined);
    expect(statement(el)).to.include('mourning');
  });
});

describe('ipt-formulation: agreement and keyboard', () => {
  it('is used with the keyboard alone: period, own words, "I would change" and its text', async () => {
    const el = await mountFormulation(`storage-key="${unique('kb')}" persist="none"`);
    const changes = record(el, 'ipt-change');
    $<HTMLInputElement>(el, '#onset-period').focus();
    await typeText('last spring');
    await el.updateComplete;
    expect(el.state.onset.period).to.equal('last spring');
    expect(statement(el)).to.include('Your low mood began around last spring.');
    $<HTMLButtonElement>(el, '.agreement button:nth-of-type(2)').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.state.agreement).to.deep.include({ answer: 'change', date: localToday() });
    await sendKeys({ press: 'Tab' });
    await typeText('Less about work');
    await el.updateComplete;
    expect(el.state.agreement!.change).to.equal('Less about work');
    // back to "This fits" (WebKit's driver takes no held Shift, so focus goes there directly)
    $<HTMLButtonElement>(el, '.agreement button:nth-of-type(1)').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.state.agreement!.answer).to.equal('fits');
    expect(text($(el, '.said'))).to.include('this fits');
    expect(changes.map((c) => c.detail.change.type)).to.include.members(['onset', 'agreement']);
  });
});

describe('ipt-formulation: storage and bad state', () => {
  it('keeps everything on the device across a re-mount (read back from IndexedDB)', async () => {
    const key = unique('idb');
    const first = await mountFormulation(`storage-key="${key}"`);
    first.state = { onset: { period: 'winter' }, eventIds: ['e1'], personIds: [], ownWords: 'mine', agreement: { answer: 'fits', date: '2026-03-01' } };
    await first.saved();
    first.parentElement!.remove();
    const again = await mountFormulation(`storage-key="${key}"`);
    expect(again.state).to.deep.include({ ownWords: 'mine', eventIds: ['e1'] });
    const stored = (await storedEntries()).get(`default/ipt-formulation/${key}`) as { data: FormulationState };
    expect(stored.data.onset).to.deep.equal({ period: 'winter' });
    expect(stored.data.agreement).to.deep.include({ answer: 'fits' });
  });

  it('throws a TypeError naming the field for a bad state and changes nothing', async () => {
    const el = await mountFormulation(`storage-key="${unique('bad')}" persist="none"`);
    el.state = { onset: {}, eventIds: [], personIds: [], ownWords: 'kept' };
    const bad: [unknown, string][] = [
      [{ onset: { date: '2026-02-30' }, eventIds: [], personIds: [] }, 'onset.date'],
      [{ onset: {}, eventIds: [3], personIds: [] }, 'eventIds[0]'],
      [{ onset: {}, eventIds: [], personIds: ['a', 'a'] }, 'personIds[1]'],
      [{ onset: {}, eventIds: [], personIds: [], ownWords: 7 }, 'ownWords'],
      [{ onset: {}, eventIds: [], personIds: [], agreement: { answer: 'maybe', date: '2026-01-01' } }, 'agreement.answer'],
      [{ onset: {}, eventIds: [], personIds: [], agreement: { answer: 'fits' } }, 'agreement.date'],
    ];
    for (const [state, field] of bad) {
      expect(() => (el.state = state as FormulationState), field).to.throw(TypeError, field);
      expect(el.state.ownWords).to.equal('kept');
    }
  });

  it('repairs a stored record where the meaning is plain, keeps it aside where it is not', async () => {
    const { createStore, set } = await import('idb-keyval');
    const store = createStore('ipt-widgets', 'records');
    const now = new Date().toISOString();
    const fixable = unique('fix');
    await set(`default/ipt-formulation/${fixable}`, { schema: 1, updatedAt: now, data: { onset: null, eventIds: ['e1', 5, 'e1'], personIds: 'x', ownWords: 'mine' } }, store);
    const errors = record(document.body, 'ipt-error');
    const fixed = await mountFormulation(`storage-key="${fixable}"`);
    expect(fixed.state).to.deep.include({ eventIds: ['e1'], personIds: [], ownWords: 'mine', onset: {} });
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-state']);

    const broken = unique('broken');
    await set(`default/ipt-formulation/${broken}`, { schema: 1, updatedAt: now, data: { onset: {}, eventIds: [], personIds: [], ownWords: { html: 1 } } }, store);
    errors.length = 0;
    const aside = await mountFormulation(`storage-key="${broken}"`);
    expect(aside.state.ownWords).to.equal(undefined);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-state']);
    expect(errors[0]!.detail.message).to.include('ownWords');
    const kept = [...(await storedEntries()).keys()].filter((k) => k.includes(broken));
    expect(kept.length, 'the original is kept, not dropped').to.be.greaterThan(1);
  });

  it('renders what people typed as text, never as markup', async () => {
    const { circle, el } = await mountWorkbook();
    const evil = '"><img src=x onerror="window.__xssF=1">';
    circle.state = { people: [{ id: 'p-x', name: evil, relationship: 'friend', ring: 1 }], snapshots: [] };
    el.state = { onset: { period: evil }, eventIds: [], personIds: ['p-x'], ownWords: evil, statement: evil, agreement: { answer: 'change', change: evil, date: '2026-01-01' } };
    await until(() => text($(el, '.then')).includes('<img'), 'the name as text');
    el.readonly = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('section')!)).to.include('<img src=x');
    expect((window as { __xssF?: number }).__xssF).to.equal(undefined);
  });
});

describe('ipt-formulation: read-only and accessibility', () => {
  it('read-only shows everything in the clinician’s words, with no controls and no calls to action', async () => {
    const { el } = await mountWorkbook();
    el.state = { onset: { date: '2026-01-10' }, eventIds: [], personIds: ['p-luis'], ownWords: 'My words', agreement: { answer: 'fits', date: '2026-02-01' } };
    el.readonly = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('button, input, textarea').length).to.equal(0);
    const all = text(el.shadowRoot!.querySelector('section')!);
    expect(all).to.include('Interpersonal formulation').and.include('Luis').and.include('My words').and.include('this fits').and.include('will work on');
  });

  for (const lang of ['en', 'es']) {
    it(`is accessible in every state (${lang})`, async function () {
      this.timeout(60000);
      const alone = await mountFormulation(`storage-key="${unique('axe')}" persist="none" lang="${lang}"`);
      await expect(alone, `${lang}: alone`).to.be.accessible();
      const { wb, el } = await mountWorkbook(`lang="${lang}"`);
      await expect(el, `${lang}: in a workbook`).to.be.accessible();
      el.state = { onset: { date: '2026-01-10' }, eventIds: [], personIds: ['p-ana'], statement: 'edited', agreement: { answer: 'change', date: '2026-02-01' } };
      await el.updateComplete;
      await expect(el, `${lang}: edited, would change`).to.be.accessible();
      $<HTMLButtonElement>(el, '.crisis button').click();
      await el.updateComplete;
      await expect(el, `${lang}: crisis open`).to.be.accessible();
      wb.readonly = true;
      await until(() => el.shadowRoot!.querySelectorAll('textarea').length === 0, 'read-only');
      await expect(el, `${lang}: read-only`).to.be.accessible();
    });
  }
});

describe('ipt-formulation: two tabs', () => {
  it('shows the client’s own words written in one tab in the other', async function () {
    const { openTab } = await import('./core/helpers.js');
    const key = unique('tabs');
    const page = { srcdoc: `<!doctype html><html lang="en"><body><script type="module" src="/src/formulation/formulation.ts"></script><ipt-formulation storage-key="${key}"></ipt-formulation></body></html>` };
    const a = await openTab<IptFormulation>(page, 'ipt-formulation', '600px');
    const b = await openTab<IptFormulation>(page, 'ipt-formulation', '600px');
    const own = a.el.shadowRoot!.querySelector<HTMLTextAreaElement>('#own')!;
    own.value = 'Written in tab A';
    own.dispatchEvent(new Event('input'));
    await until(() => b.el.shadowRoot!.querySelector<HTMLTextAreaElement>('#own')!.value === 'Written in tab A', 'the other tab shows it');
    expect(b.el.state.ownWords).to.equal('Written in tab A');
    a.frame.remove();
    b.frame.remove();
  });
});
