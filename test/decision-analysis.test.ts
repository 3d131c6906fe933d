import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/decision-analysis/decision-analysis.js';
import '../src/communication-analysis/communication-analysis.js';
import '../src/social-circle/social-circle.js';
import '../src/problem-area-picker/problem-area-picker.js';
import '../src/workbook/workbook.js';
import type { IptDecisionAnalysis, DecisionState } from '../src/decision-analysis/decision-analysis.js';
import type { IptSocialCircle } from '../src/social-circle/social-circle.js';
import type { IptProblemAreaPicker } from '../src/problem-area-picker/problem-area-picker.js';
import type { IptWorkbook } from '../src/workbook/workbook.js';
import { loadStrings } from '../src/core/i18n.js';
import { record, storedEntries, until, typeText } from './core/helpers.js';

let counter = 0;
const unique = (what: string) => `da-${what}-${Date.now()}-${counter++}`;

async function mountAlone(attrs: string): Promise<IptDecisionAnalysis> {
  const wrap = document.createElement('div');
  wrap.innerHTML = `<ipt-decision-analysis ${attrs}></ipt-decision-analysis>`;
  document.body.append(wrap);
  const el = wrap.firstElementChild as IptDecisionAnalysis;
  await el.ready;
  await el.updateComplete;
  return el;
}

const person = (id: string, name: string, ring: number) => ({ id, name, relationship: 'family' as const, ring });

async function mountWorkbook(extra = '', id = unique('wb'), persist = 'none'): Promise<{ wb: IptWorkbook; circle: IptSocialCircle; picker: IptProblemAreaPicker; el: IptDecisionAnalysis }> {
  const wrap = document.createElement('div');
  wrap.innerHTML = `<ipt-workbook workbook-id="${id}" ${extra}>
    <ipt-social-circle persist="${persist}"></ipt-social-circle>
    <ipt-problem-area-picker persist="${persist}"></ipt-problem-area-picker>
    <ipt-decision-analysis persist="${persist}"></ipt-decision-analysis>
  </ipt-workbook>`;
  document.body.append(wrap);
  const wb = wrap.querySelector('ipt-workbook')!;
  const circle = wrap.querySelector('ipt-social-circle')!;
  const picker = wrap.querySelector('ipt-problem-area-picker')!;
  const el = wrap.querySelector('ipt-decision-analysis')!;
  await Promise.all([circle.ready, picker.ready, el.ready]);
  circle.state = { people: [person('p-sis', 'Marta', 1), person('p-boss', 'Luis', 3)] };
  picker.state = { ratings: {}, selected: [{ area: 'role-transition', primary: true, details: {}, goals: [] }] };
  await until(() => ((el as unknown as { workbook?: { focus?: unknown[] } }).workbook?.focus?.length ?? 0) === 1, 'the workbook shares the focus');
  await el.updateComplete;
  return { wb, circle, picker, el };
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function choose(el: IptDecisionAnalysis, selector: string, value: string): void {
  const select = $<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

const full = (over: Partial<DecisionState['decisions'][number]> = {}): DecisionState => ({
  decisions: [
    {
      id: 'd1',
      date: '2026-03-04',
      question: 'Should I tell my sister I cannot babysit every weekend?',
      options: [
        { id: 'o1', text: 'Tell her this week', pros: 'Rest on Sundays\nLess resentment', cons: 'She may be upset' },
        { id: 'o2', text: 'Say nothing', pros: 'No argument', cons: 'I stay exhausted\nI get angry inside' },
      ],
      choiceId: 'o1',
      firstStep: 'Call her on Tuesday evening',
      howItWent: 'She understood',
      area: 'role-transition',
      personId: 'p-sis',
      ...over,
    },
  ],
});

describe('ipt-decision-analysis: a choice thought through', () => {
  it('is written with the keyboard alone: question, two options with reasons, a third option, the choice and the first step', async () => {
    const el = await mountAlone(`storage-key="${unique('kb')}" persist="none"`);
    const changes = record(el, 'ipt-change');
    $<HTMLButtonElement>(el, '#new').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement?.id === 'question', 'the question gets the focus');
    expect(el.state.decisions[0]!.options, 'two options to start with').to.have.length(2);
    await typeText('Move out?');
    $<HTMLInputElement>(el, '#opt-0-text').focus();
    await typeText('Stay');
    await sendKeys({ press: 'Tab' });
    await typeText('Cheap');
    await sendKeys({ press: 'Enter' });
    await typeText('Quiet');
    await sendKeys({ press: 'Tab' });
    await typeText('Lonely');
    $<HTMLButtonElement>(el, '#add-option').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement?.id === 'opt-2-text', 'the new option gets the focus');
    await typeText('Share a flat');
    $<HTMLInputElement>(el, '#choice-2').focus();
    await sendKeys({ press: ' ' });
    $<HTMLTextAreaElement>(el, '#firstStep').focus();
    await typeText('Ask Eva');
    await el.updateComplete;
    const d = el.state.decisions[0]!;
    expect(d.question).to.equal('Move out?');
    expect(d.options.map((o) => o.text)).to.deep.equal(['Stay', undefined, 'Share a flat']);
    expect(d.options[0]).to.deep.include({ pros: 'Cheap\nQuiet', cons: 'Lonely' });
    expect(d.choiceId).to.equal(d.options[2]!.id);
    expect(d.firstStep).to.equal('Ask Eva');
    expect(changes.map((e) => e.detail.change.type)).to.include.members(['decision-add', 'option-add', 'decision-update']);
    expect(el.shadowRoot!.querySelector('[part~="crisis-link"]'), 'the crisis link where the person writes').not.to.equal(null);
  });

  it('never goes below two options; removing the chosen one drops the choice', async () => {
    const el = await mountAlone(`storage-key="${unique('min')}" persist="none"`);
    el.state = { decisions: [{ id: 'd', date: '2026-01-01', options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }], choiceId: 'c' }] };
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.open-button').click();
    await el.updateComplete;
    const removeButtons = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('fieldset.option button')];
    expect(removeButtons()).to.have.length(3);
    removeButtons()[2]!.click();
    await el.updateComplete;
    expect(el.state.decisions[0]!.options.map((o) => o.id)).to.deep.equal(['a', 'b']);
    expect(el.state.decisions[0]!.choiceId).to.equal(undefined);
    expect(removeButtons(), 'no remove at two').to.have.length(0);
  });

  it('links the focus (from the picker) and a person of the circle; a renamed person shows renamed', async () => {
    const { circle, el } = await mountWorkbook();
    $<HTMLButtonElement>(el, '#new').click();
    await el.updateComplete;
    expect([...$<HTMLSelectElement>(el, '#area').options].map((o) => o.value)).to.deep.equal(['', 'role-transition']);
    choose(el, '#area', 'role-transition');
    choose(el, '#person', 'p-sis');
    await el.updateComplete;
    expect(el.state.decisions[0]).to.deep.include({ area: 'role-transition', personId: 'p-sis' });
    circle.state = { people: [person('p-sis', 'Martita', 1)] };
    await until(() => text($(el, '#person')).includes('Martita'), 'renamed in the editor');
    $<HTMLButtonElement>(el, '[part="editor"] > button').click();
    await el.updateComplete;
    expect(text($(el, '[part="list"]'))).to.include('Martita').and.include('Life changes');
    expect(el.exportCsv()).to.include('Martita');
  });
});

describe('ipt-decision-analysis: storage, bad state, exports', () => {
  it('keeps a half-done decision across a re-mount, read back from IndexedDB', async () => {
    const key = unique('idb');
    const first = await mountAlone(`storage-key="${key}"`);
    $<HTMLButtonElement>(first, '#new').click();
    await first.updateComplete;
    const q = $<HTMLTextAreaElement>(first, '#question');
    q.value = 'Half a question';
    q.dispatchEvent(new Event('input'));
    first.parentElement!.remove();
    const again = await mountAlone(`storage-key="${key}"`);
    expect(again.state.decisions[0]!.question).to.equal('Half a question');
    const stored = (await storedEntries()).get(`default/ipt-decision-analysis/${key}`) as { data: DecisionState };
    expect(stored.data.decisions[0]!.question).to.equal('Half a question');
  });

  it('throws a TypeError naming the field for a bad state and changes nothing', async () => {
    const el = await mountAlone(`storage-key="${unique('bad')}" persist="none"`);
    el.state = full();
    const d = { id: 'd', date: '2026-01-01', options: [] };
    const bad: [unknown, string][] = [
      [{ decisions: {} }, 'decisions'],
      [{ decisions: [{ ...d, date: 'May' }] }, 'decisions[0].date'],
      [{ decisions: [{ ...d, options: [{ id: 'a', pros: 3 }] }] }, 'decisions[0].options[0].pros'],
      [{ decisions: [{ ...d, options: [{ id: 'a' }, { id: 'a' }] }] }, 'decisions[0].options[1].id'],
      [{ decisions: [{ ...d, choiceId: 'zz' }] }, 'decisions[0].choiceId'],
      [{ decisions: [{ ...d, area: 'money' }] }, 'decisions[0].area'],
      [{ decisions: [{ ...d, options: Array.from({ length: 9 }, (_, i) => ({ id: `o${i}` })) }] }, 'decisions[0].options'],
    ];
    for (const [state, field] of bad) {
      expect(() => (el.state = state as DecisionState), field).to.throw(TypeError, field);
      expect(el.state.decisions[0]!.firstStep).to.equal('Call her on Tuesday evening');
    }
  });

  it('repairs a stored record: a choice of no option is dropped, an unreadable decision set aside, the original kept', async () => {
    const { createStore, set } = await import('idb-keyval');
    const store = createStore('ipt-widgets', 'records');
    const key = unique('fix');
    const data = { decisions: [{ id: 'a', date: '2026-01-01', question: 'mine', options: [{ id: 'x' }], choiceId: 'gone' }, { id: 'b', date: '2026-01-01', options: 'many' }] };
    await set(`default/ipt-decision-analysis/${key}`, { schema: 1, updatedAt: new Date().toISOString(), data }, store);
    const errors = record(document.body, 'ipt-error');
    const el = await mountAlone(`storage-key="${key}"`);
    expect(el.state.decisions.map((d) => d.id)).to.deep.equal(['a']);
    expect(el.state.decisions[0]).to.deep.include({ question: 'mine' });
    expect(el.state.decisions[0]!.choiceId).to.equal(undefined);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-state']);
    expect(errors[0]!.detail.message).to.include('decisions[0].choiceId').and.include('decisions[1].options');
    const kept = [...(await storedEntries()).keys()].filter((k) => k.includes(key));
    expect(kept.length, 'the original is kept aside').to.be.greaterThan(1);
  });

  it('exports JSON and formula-safe CSV, a reason a row', async () => {
    const { el } = await mountWorkbook();
    el.state = full({ question: '+cmd|calc', firstStep: '@SUM(1)' });
    await el.updateComplete;
    const json = JSON.parse(el.exportJson());
    expect(json.decisions[0]).to.deep.include({ question: '+cmd|calc', person: 'Marta', chosen: 'Tell her this week' });
    const csv = el.exportCsv();
    expect(csv.split('\r\n')[0]).to.equal('decision,item,value');
    expect(csv).to.include(`'+cmd|calc`).and.include(`'@SUM(1)`);
    expect(csv).to.include('1,For option 1,Rest on Sundays').and.include('1,For option 1,Less resentment');
    expect(csv).to.include('1,Chosen to try,Tell her this week');
  });

  it('is exported, imported and erased with the rest of the workbook, with the communication analyses', async function () {
    this.timeout(30000);
    const id = unique('xfer');
    const wrap = document.createElement('div');
    wrap.innerHTML = `<ipt-workbook workbook-id="${id}"><ipt-decision-analysis></ipt-decision-analysis><ipt-communication-analysis></ipt-communication-analysis></ipt-workbook>`;
    document.body.append(wrap);
    const wb = wrap.querySelector('ipt-workbook') as IptWorkbook;
    const decision = wrap.querySelector('ipt-decision-analysis')!;
    const comm = wrap.querySelector('ipt-communication-analysis')!;
    await Promise.all([decision.ready, comm.ready]);
    decision.state = full();
    comm.state = { analyses: [{ id: 'c1', date: '2026-02-02', said: 'mine' }] };
    const exported = JSON.parse(await wb.exportData()) as { records: { tag: string; data: Record<string, unknown> }[] };
    expect(exported.records.map((r) => r.tag).sort()).to.deep.equal(['ipt-communication-analysis', 'ipt-decision-analysis']);
    await wb.eraseData();
    await until(() => decision.state.decisions.length === 0 && comm.state.analyses.length === 0, 'erased');
    await wb.importData(exported);
    await until(() => decision.state.decisions.length === 1 && comm.state.analyses[0]?.said === 'mine', 'imported');
    const bad = structuredClone(exported);
    (bad.records.find((r) => r.tag === 'ipt-decision-analysis')!.data.decisions as { choiceId: string }[])[0]!.choiceId = 'nope';
    let error: unknown;
    try {
      await wb.importData(bad);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
    expect(String(error)).to.include('decisions[0].choiceId');
    wrap.remove();
  });
});

describe('ipt-decision-analysis: read-only, XSS, languages, two tabs, accessibility', () => {
  it('renders what people typed as text; read-only shows every answer and no controls', async () => {
    const { wb, el } = await mountWorkbook();
    const evil = '<img src=x onerror="window.__xssD=1">';
    el.state = full({ question: evil });
    await until(() => text($(el, '[part="list"]')).includes('<img'), 'as text');
    wb.readonly = true;
    await until(() => el.shadowRoot!.querySelectorAll('textarea').length === 0, 'read-only');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __xssD?: number }).__xssD).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('button, input, textarea, select').length, 'no calls to action').to.equal(0);
    const all = text($(el, '[part="record"]'));
    for (const s of ['Tell her this week (Chosen to try)', 'Rest on Sundays', 'Less resentment', 'She may be upset', 'No argument', 'I get angry inside', 'Call her on Tuesday evening', 'She understood', 'Marta']) {
      expect(all).to.include(s);
    }
    // spoken of the client, and the choice shown as its own answer
    expect(all).to.include('Their first step').and.include('The option they will try');
    for (const mine of ['My first step', 'Which option will I try?']) expect(all).not.to.include(mine);
    expect(text($(el, 'h2'))).to.equal('Decision analyses');
  });

  it('puts the list’s and the editor’s headings below the level the host chose', async () => {
    const el = await mountAlone(`storage-key="${unique('hl')}" persist="none" heading-level="3"`);
    el.state = full();
    await el.updateComplete;
    const levels = () => [...el.shadowRoot!.querySelectorAll('.no-print h1, .no-print h2, .no-print h3, .no-print h4, .no-print h5, .no-print h6, [part="heading"]')].map((h) => h.tagName);
    expect(levels()).to.deep.equal(['H3', 'H4']);
    $<HTMLButtonElement>(el, '.open-button').click();
    await el.updateComplete;
    expect(levels()).to.deep.equal(['H3', 'H4', 'H5']);
    expect($(el, '#heading-open')!.getAttribute('tabindex')).to.equal('-1');
    el.headingLevel = 'none';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="heading"]')).to.equal(null);
    expect($(el, 'section.frame')!.getAttribute('aria-label')).to.equal('Thinking a choice through');
    expect($(el, '#options-h')!.tagName).to.equal('H4');
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish, the focus in the picker’s words', async () => {
    await loadStrings('es');
    const { el } = await mountWorkbook('lang="es"');
    expect(text($(el, 'h2'))).to.equal('Pensar bien una decisión');
    $<HTMLButtonElement>(el, '#new').click();
    await el.updateComplete;
    expect(text($(el, 'label[for="question"]'))).to.equal('¿Qué necesito decidir?');
    expect(text($(el, '#area'))).to.include('Cambios de vida');
  });

  it('shows one tab’s decision in another', async function () {
    this.timeout(30000);
    const { openTab } = await import('./core/helpers.js');
    const key = unique('tabs');
    const page = { srcdoc: `<!doctype html><html lang="en"><body><script type="module" src="/src/decision-analysis/decision-analysis.ts"></script><ipt-decision-analysis storage-key="${key}"></ipt-decision-analysis></body></html>` };
    const a = await openTab<IptDecisionAnalysis>(page, 'ipt-decision-analysis', '600px');
    const b = await openTab<IptDecisionAnalysis>(page, 'ipt-decision-analysis', '600px');
    a.el.state = full();
    await until(() => (b.el.shadowRoot!.textContent ?? '').includes('Should I tell my sister'), 'the other tab shows it');
    a.frame.remove();
    b.frame.remove();
  });

  for (const lang of ['en', 'es']) {
    it(`is accessible in every state (${lang})`, async function () {
      this.timeout(60000);
      await loadStrings(lang);
      const alone = await mountAlone(`storage-key="${unique('axe')}" persist="none" lang="${lang}"`);
      await expect(alone, `${lang}: alone, empty`).to.be.accessible();
      const { wb, el } = await mountWorkbook(`lang="${lang}"`);
      el.state = full();
      await el.updateComplete;
      await expect(el, `${lang}: the list`).to.be.accessible();
      $<HTMLButtonElement>(el, '.open-button').click();
      await el.updateComplete;
      await expect(el, `${lang}: a decision open`).to.be.accessible();
      wb.readonly = true;
      await until(() => el.shadowRoot!.querySelectorAll('textarea').length === 0, 'read-only');
      await expect(el, `${lang}: read-only`).to.be.accessible();
    });
  }
});
