import { viaWebDriver } from './core/helpers.js';
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import '../src/symptom-check/symptom-check.js';
import '../src/workbook/workbook.js';
import type { IptSymptomCheck } from '../src/symptom-check/symptom-check.js';
import type { Answer, SymptomCheckState } from '../src/symptom-check/model.js';
import { workbookContext, type WorkbookContextValue } from '../src/core/context.js';
import { localToday } from '../src/core/validate.js';
import { addDays } from '../src/symptom-check/model.js';
import { record, storedEntries, until } from './core/helpers.js';

/** A tiny consumer of the workbook context: what the timeline would read. */
class MeasureReader extends LitElement {
  value: WorkbookContextValue | undefined;
  constructor() {
    super();
    new ContextConsumer(this, { context: workbookContext, subscribe: true, callback: (v) => (this.value = v) });
  }
}
customElements.define('test-measure-reader', MeasureReader);

let counter = 0;
const unique = (what: string) => `sc-${what}-${Date.now()}-${counter++}`;

async function mountCheck(attrs: string, parent: HTMLElement = document.body): Promise<IptSymptomCheck> {
  const wrap = document.createElement('div');
  // Attributes are part of the test: the markup is text, the way a CMS page has it.
  wrap.innerHTML = `<ipt-symptom-check ${attrs}></ipt-symptom-check>`;
  parent.append(wrap);
  const el = wrap.firstElementChild as IptSymptomCheck;
  await el.ready;
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function click(node: HTMLElement): Promise<void> {
  node.scrollIntoView({ block: 'center' });
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const r = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

/** Chooses an answer with the mouse, on its label (the big target a person would use). */
async function choose(el: IptSymptomCheck, item: number, value: Answer): Promise<void> {
  await click($(el, `label[for="item-${item}-${value}"]`));
  await el.updateComplete;
}

const itemRow = (el: IptSymptomCheck, item: number) => $$(el, '.item-row')[item]!;
const crisisIn = (node: ParentNode) => node.querySelector('.crisis-open');

function itemsFor(total: number, count = 9): Answer[] {
  const items: Answer[] = [];
  let left = total;
  for (let i = 0; i < count; i++) {
    const v = Math.min(3, left) as Answer;
    items.push(v);
    left -= v;
  }
  return items;
}

const finished = (id: string, date: string, items: Answer[], instrument: 'phq9' | 'gad7' = 'phq9') => ({
  id,
  instrument,
  date,
  items,
  completedAt: `${date}T10:00:00.000Z`,
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('ipt-symptom-check: item 9', () => {
  for (const value of [1, 2, 3] as Answer[]) {
    it(`answered ${value} with the mouse: crisis content at once, one ipt-risk before anything else`, async () => {
      const el = await mountCheck(`storage-key="${unique('mouse')}" persist="none"`);
      const order: string[] = [];
      el.addEventListener('ipt-risk', () => order.push('risk'));
      el.addEventListener('ipt-change', () => order.push('change'));
      const risks = record(el, 'ipt-risk');
      expect(crisisIn(itemRow(el, 8))).to.equal(null);
      await choose(el, 8, value);
      const panel = crisisIn(itemRow(el, 8));
      expect(panel, 'crisis content under item 9').to.not.equal(null);
      expect(text(panel)).to.include('Thank you for telling us');
      expect(text(panel)).to.not.match(/\bcall you\b|contact you|be in touch|will see this|will reach you/i);
      expect(order).to.deep.equal(['risk', 'change']);
      expect(risks).to.have.length(1);
      const response = el.state.responses[0]!;
      expect(risks[0]!.detail).to.deep.include({ source: 'ipt-symptom-check', kind: 'phq9-item9', value, responseId: response.id });
      expect(risks[0]!.bubbles && risks[0]!.composed).to.equal(true);
      expect(response.riskReportedAt).to.be.a('string');
      // The form stays usable: other questions can still be answered.
      await choose(el, 0, 2);
      expect(el.state.responses[0]!.items[0]).to.equal(2);
      expect(risks).to.have.length(1);
    });
  }

  it('answered by keyboard (arrow keys and Space): crisis content and one ipt-risk for each value', async () => {
    // 1: the first arrow press from "Not at all".
    const one = await mountCheck(`storage-key="${unique('key1')}" persist="none"`);
    const risks1 = record(one, 'ipt-risk');
    $(one, '#item-8-0').focus();
    await sendKeys({ press: 'ArrowDown' });
    await one.updateComplete;
    expect(one.state.responses[0]!.items[8]).to.equal(1);
    expect(crisisIn(itemRow(one, 8))).to.not.equal(null);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await one.updateComplete;
    expect(one.state.responses[0]!.items[8]).to.equal(3);
    expect(risks1.map((e) => e.detail.value)).to.deep.equal([1]);

    // 3: the arrow from the answer before it (WebKit does not wrap from the first to the last).
    const three = await mountCheck(`storage-key="${unique('key3')}" persist="none"`);
    const risks3 = record(three, 'ipt-risk');
    $(three, '#item-8-2').focus();
    await sendKeys({ press: 'ArrowDown' });
    await three.updateComplete;
    expect(risks3.map((e) => e.detail.value)).to.deep.equal([3]);
    expect(crisisIn(itemRow(three, 8))).to.not.equal(null);

    // 2: Space on the focused answer.
    const two = await mountCheck(`storage-key="${unique('key2')}" persist="none"`);
    const risks2 = record(two, 'ipt-risk');
    $(two, '#item-8-2').focus();
    await sendKeys({ press: ' ' });
    await two.updateComplete;
    expect(risks2.map((e) => e.detail.value)).to.deep.equal([2]);
    expect(crisisIn(itemRow(two, 8))).to.not.equal(null);
  });

  it('answered 0 shows nothing and emits nothing', async () => {
    const el = await mountCheck(`storage-key="${unique('zero')}" persist="none"`);
    const risks = record(el, 'ipt-risk');
    await choose(el, 8, 0);
    expect(crisisIn(el.shadowRoot!)).to.equal(null);
    expect(risks).to.have.length(0);
    expect(el.state.responses[0]!.riskReportedAt).to.equal(undefined);
  });

  it('changing the answer again keeps it at one ipt-risk', async () => {
    const el = await mountCheck(`storage-key="${unique('change')}" persist="none"`);
    const risks = record(el, 'ipt-risk');
    for (const v of [1, 3, 0, 2, 1] as Answer[]) await choose(el, 8, v);
    expect(risks).to.have.length(1);
    expect(el.state.responses).to.have.length(1);
    expect(crisisIn(itemRow(el, 8))).to.not.equal(null);
  });

  it('reloading mid-form resumes the answers and emits no second ipt-risk', async () => {
    const key = unique('reload');
    const first = await mountCheck(`storage-key="${key}"`);
    const risks = record(document.body, 'ipt-risk');
    await choose(first, 0, 1);
    await choose(first, 8, 2);
    expect(risks).to.have.length(1);
    await first.saved();
    first.parentElement!.remove();

    const again = await mountCheck(`storage-key="${key}"`);
    const againRisks = record(again, 'ipt-risk');
    expect(again.state.responses).to.have.length(1);
    expect(again.state.responses[0]!.items.slice(0, 1)).to.deep.equal([1]);
    expect($<HTMLInputElement>(again, '#item-8-2').checked).to.equal(true);
    expect(text($(again, '.resumed'))).to.include('Welcome back');
    expect(crisisIn(itemRow(again, 8)), 'the crisis content is still there').to.not.equal(null);
    await choose(again, 8, 3);
    await choose(again, 8, 1);
    expect(againRisks).to.have.length(0);
    expect(risks).to.have.length(1);
  });

  it('a second instance shows the crisis content too, but only the one answered in emits', async () => {
    const key = unique('twins');
    const wrap = document.createElement('div');
    wrap.innerHTML = `<ipt-symptom-check storage-key="${key}"></ipt-symptom-check><ipt-symptom-check storage-key="${key}"></ipt-symptom-check>`;
    document.body.append(wrap);
    const [a, b] = [...wrap.querySelectorAll('ipt-symptom-check')] as [IptSymptomCheck, IptSymptomCheck];
    await Promise.all([a.ready, b.ready]);
    const risksA = record(a, 'ipt-risk');
    const risksB = record(b, 'ipt-risk');
    await choose(a, 8, 1);
    await until(() => b.state.responses[0]?.items[8] === 1, 'b sees the answer');
    await b.updateComplete;
    expect(crisisIn(itemRow(b, 8))).to.not.equal(null);
    await choose(b, 8, 3);
    await until(() => a.state.responses[0]?.items[8] === 3, 'a sees b’s change');
    expect(risksA).to.have.length(1);
    expect(risksB).to.have.length(0);
  });

  it('shows the generic line when no crisis content is set, and the host’s own HTML when it is', async () => {
    const bare = await mountCheck(`storage-key="${unique('generic')}" persist="none"`);
    await choose(bare, 8, 1);
    expect(text(itemRow(bare, 8).querySelector('.crisis-generic'))).to.equal(
      'If you are in danger or thinking about harming yourself, call your local emergency number now.',
    );

    const wrap = document.createElement('div');
    wrap.innerHTML = `<ipt-symptom-check storage-key="${unique('host')}" persist="none">
      <template slot="crisis" lang="en"><p>Call or text <a href="tel:988">988</a>, any time.</p></template>
    </ipt-symptom-check>`;
    document.body.append(wrap);
    const el = wrap.firstElementChild as IptSymptomCheck;
    await el.ready;
    await el.updateComplete;
    await choose(el, 8, 2);
    const panel = crisisIn(itemRow(el, 8))!;
    expect(panel.querySelector('a[href="tel:988"]'), 'the host’s HTML, as HTML').to.not.equal(null);
    expect(panel.querySelector('.crisis-generic')).to.equal(null);
  });

  it('keeps the crisis content above the result of a finished response with item 9 above 0', async () => {
    const el = await mountCheck(`storage-key="${unique('result9')}" persist="none"`);
    el.state = { responses: [finished('r', localToday(), [1, 1, 1, 1, 1, 1, 1, 1, 2])] };
    await el.updateComplete;
    const result = $(el, '.result');
    const panel = crisisIn(result)!;
    expect(panel).to.not.equal(null);
    expect(panel.compareDocumentPosition(result.querySelector('.score')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });
});

describe('ipt-symptom-check: answering and the result', () => {
  it('asks the nine PHQ-9 items verbatim with the standard answers, frame and difficulty question', async () => {
    const el = await mountCheck(`storage-key="${unique('words')}" persist="none"`);
    expect(text($(el, '.frame-q'))).to.equal('Over the last 2 weeks, how often have you been bothered by any of the following problems?');
    const legends = $$(el, '.items legend').map(text);
    expect(legends).to.have.length(9);
    expect(legends[0]).to.equal('1. Little interest or pleasure in doing things');
    expect(legends[8]).to.equal('9. Thoughts that you would be better off dead or of hurting yourself in some way');
    expect($$(el, '.item-row')[0]!.querySelectorAll('.option').length).to.equal(4);
    expect([...$$(el, '.item-row')[0]!.querySelectorAll('.option')].map(text)).to.deep.equal([
      'Not at all',
      'Several days',
      'More than half the days',
      'Nearly every day',
    ]);
    expect(text($(el, '.difficulty legend'))).to.include('how difficult have these problems made it for you');
    expect($(el, '.crisis-link'), 'the "Need help now?" link beside the form').to.not.equal(null);
  });

  it('speaks Spanish: the US-Spanish items and answers, the kit’s own words in tú', async () => {
    const el = await mountCheck(`storage-key="${unique('es')}" persist="none" lang="es"`);
    expect(text($(el, '.frame-q'))).to.equal('Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?');
    expect(text($$(el, '.items legend')[8]!)).to.equal('9. Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera');
    expect([...$$(el, '.item-row')[0]!.querySelectorAll('.option')].map(text)).to.deep.equal([
      'Ningún día',
      'Varios días',
      'Más de la mitad de los días',
      'Casi todos los días',
    ]);
    expect(text($(el, 'button[type="submit"]'))).to.equal('Ver mi resultado');
    await choose(el, 8, 1);
    expect(text(crisisIn(itemRow(el, 8)))).to.include('Gracias por contárnoslo');
    el.state = { responses: [finished('a', '2026-03-01', itemsFor(9)), finished('b', localToday(), itemsFor(14))] };
    await el.updateComplete;
    expect(text($(el, '.result .score'))).to.equal('14 de 27: síntomas moderados en las últimas dos semanas');
    expect(text($(el, '.result'))).to.include('5 puntos más que tu último chequeo');
    expect(text($(el, '.result .note'))).to.include('no un diagnóstico');
  });

  it('asks the seven GAD-7 items, with no difficulty question and no item 9', async () => {
    const el = await mountCheck(`storage-key="${unique('gad')}" persist="none" instrument="gad7"`);
    const legends = $$(el, '.items legend').map(text);
    expect(legends).to.have.length(7);
    expect(legends[0]).to.equal('1. Feeling nervous, anxious or on edge');
    expect(el.shadowRoot!.querySelector('.difficulty')).to.equal(null);
    const risks = record(el, 'ipt-risk');
    await choose(el, 6, 3);
    expect(risks).to.have.length(0);
    expect(el.state.responses[0]!.instrument).to.equal('gad7');
  });

  it('finishes only with every answer, says what is missing, then shows the score with its meaning', async () => {
    const el = await mountCheck(`storage-key="${unique('finish')}" persist="none"`);
    const answers: Answer[] = [3, 2, 2, 1, 1, 2, 1, 2, 0];
    for (let i = 0; i < 8; i++) await choose(el, i, answers[i]!);
    await click($(el, 'button[type="submit"]'));
    await el.updateComplete;
    expect(text($(el, '#missing'))).to.equal('One question is still unanswered: question 9.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('item-8-0');
    expect(el.state.responses[0]!.completedAt).to.equal(undefined);
    await choose(el, 8, 0);
    await choose(el, 0, 3);
    const changes = record(el, 'ipt-change');
    await click($(el, 'button[type="submit"]'));
    await el.updateComplete;
    await el.updateComplete;
    expect(changes.map((e) => e.detail.change.type)).to.deep.equal(['finish']);
    expect(text($(el, '.result .score'))).to.equal('14 of 27: moderate symptoms over the last two weeks');
    expect(text($(el, '.result'))).to.include('This is your first check');
    expect(text($(el, '.result .note'))).to.equal(
      'This is a check of symptoms, not a diagnosis. It helps you and your therapist see how things are going over time.',
    );
    expect(el.shadowRoot!.activeElement?.id).to.equal('result-heading');
    expect($$(el, '.history tbody tr').map(text)).to.have.length(1);
    expect(el.state.responses[0]!.items).to.deep.equal(answers);
    // A new check starts empty, and the last result stays one click away.
    await click($(el, '.result button'));
    await el.updateComplete;
    expect($$(el, '.items input:checked')).to.have.length(0);
    expect(text($(el, '.actions'))).to.include('Back to my last result');
  });

  it('says the change since the last check in words, and lists the history newest first', async () => {
    const el = await mountCheck(`storage-key="${unique('history')}" persist="none"`);
    el.state = {
      responses: [finished('a', '2026-01-05', itemsFor(19)), finished('b', '2026-01-12', itemsFor(14)), finished('c', '2026-01-19', itemsFor(14))],
    };
    await el.updateComplete;
    expect(text($(el, '.result'))).to.include('The same as your last check on');
    el.state = { responses: [finished('a', '2026-01-05', itemsFor(19)), finished('b', '2026-01-12', itemsFor(14))] };
    await el.updateComplete;
    expect(text($(el, '.result'))).to.include('5 points lower than your last check on').and.include('(19): fewer symptoms than then.');
    el.state = { responses: [finished('a', '2026-01-05', itemsFor(4)), finished('b', '2026-01-12', itemsFor(5))] };
    await el.updateComplete;
    expect(text($(el, '.result'))).to.include('1 point higher than your last check on');
    const rows = $$(el, '.history tbody tr').map(text);
    expect(rows).to.have.length(2);
    expect(rows[0]).to.match(/Jan 12, 2026 5 of 27 mild/);
    expect(rows[1]).to.match(/Jan 5, 2026 4 of 27 minimal/);
  });

  for (const [total, words] of [
    [0, '0 of 27: minimal symptoms'],
    [4, '4 of 27: minimal symptoms'],
    [5, '5 of 27: mild symptoms'],
    [9, '9 of 27: mild symptoms'],
    [10, '10 of 27: moderate symptoms'],
    [14, '14 of 27: moderate symptoms'],
    [15, '15 of 27: moderately severe symptoms'],
    [19, '19 of 27: moderately severe symptoms'],
    [20, '20 of 27: severe symptoms'],
    [27, '27 of 27: severe symptoms'],
  ] as [number, string][]) {
    it(`shows a PHQ-9 total of ${total} as "${words} over the last two weeks"`, async () => {
      const el = await mountCheck(`storage-key="${unique(`score${total}`)}" persist="none"`);
      el.state = { responses: [finished('r', localToday(), itemsFor(total))] };
      await el.updateComplete;
      expect(text($(el, '.result .score'))).to.equal(`${words} over the last two weeks`);
    });
  }

  it('shows GAD-7 totals in its own four bands', async () => {
    const el = await mountCheck(`storage-key="${unique('gadscore')}" persist="none" instrument="gad7"`);
    for (const [total, words] of [
      [4, '4 of 21: minimal'],
      [9, '9 of 21: mild'],
      [14, '14 of 21: moderate'],
      [15, '15 of 21: severe'],
      [21, '21 of 21: severe'],
    ] as [number, string][]) {
      el.state = { responses: [finished('g', localToday(), itemsFor(total, 7), 'gad7')] };
      await el.updateComplete;
      expect(text($(el, '.result .score'))).to.equal(`${words} symptoms over the last two weeks`);
    }
  });
});

describe('ipt-symptom-check: due dates', () => {
  it('says when the next check is due, and that it is due now, only with `every`', async () => {
    const today = localToday();
    const el = await mountCheck(`storage-key="${unique('due')}" persist="none" every="7"`);
    expect(el.shadowRoot!.querySelector('.due'), 'nothing due before a first check').to.equal(null);
    el.state = { responses: [finished('a', addDays(today, -3), itemsFor(8))] };
    await el.updateComplete;
    const dueDate = addDays(today, 4);
    const [y, m, d] = dueDate.split('-').map(Number) as [number, number, number];
    const words = new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
    expect(text($(el, '.due'))).to.equal(`Your next check is due on ${words}.`);
    el.state = { responses: [finished('a', addDays(today, -7), itemsFor(8))] };
    await el.updateComplete;
    expect(text($(el, '.due'))).to.equal('A new check is due now, whenever suits you.');
    el.every = 14;
    await el.updateComplete;
    expect(text($(el, '.due'))).to.match(/^Your next check is due on /);
    el.removeAttribute('every');
    el.every = undefined;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.due')).to.equal(null);
  });

  it('reports a bad `every` or `instrument` and falls back', async () => {
    const errors = record(document.body, 'ipt-error');
    const el = await mountCheck(`storage-key="${unique('badattr')}" persist="none" every="weekly" instrument="bdi"`);
    await el.updateComplete;
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute', 'invalid-attribute']);
    expect(errors.map((e) => e.detail.message).join(' ')).to.include('every=').and.include('instrument="bdi"');
    expect(el.instrument).to.equal('phq9');
    expect($$(el, '.items legend')).to.have.length(9);
  });
});

describe('ipt-symptom-check: in a workbook', () => {
  it('publishes finished responses as measures, once for twin instances, and withdraws them on leaving', async () => {
    const id = unique('wb');
    const key = unique('m');
    const wrap = document.createElement('div');
    wrap.innerHTML = `<ipt-workbook workbook-id="${id}">
        <ipt-symptom-check storage-key="${key}"></ipt-symptom-check>
        <ipt-symptom-check storage-key="${key}"></ipt-symptom-check>
        <ipt-symptom-check storage-key="${key}-gad" instrument="gad7"></ipt-symptom-check>
        <test-measure-reader></test-measure-reader>
      </ipt-workbook>`;
    document.body.append(wrap);
    const [a, b, gad] = [...wrap.querySelectorAll('ipt-symptom-check')] as IptSymptomCheck[];
    const reader = wrap.querySelector('test-measure-reader') as MeasureReader;
    await Promise.all([a!.ready, b!.ready, gad!.ready]);
    a!.state = {
      responses: [
        finished('r1', '2026-03-01', itemsFor(14)),
        { id: 'open', instrument: 'phq9', date: '2026-03-08', items: [1, null, null, null, null, null, null, null, null] },
      ],
    };
    gad!.state = { responses: [finished('g1', '2026-03-02', itemsFor(12, 7), 'gad7')] };
    await until(() => (reader.value?.measures.length ?? 0) >= 2, 'measures published');
    const sorted = () => [...reader.value!.measures].sort((x, y) => x.id.localeCompare(y.id));
    expect(sorted()).to.deep.equal([
      { id: 'g1', date: '2026-03-02', instrument: 'GAD-7', score: 12, source: 'ipt-symptom-check' },
      { id: 'r1', date: '2026-03-01', instrument: 'PHQ-9', score: 14, source: 'ipt-symptom-check' },
    ]);
    // Finishing a response in the second instance adds it once.
    for (let i = 1; i < 9; i++) await choose(b!, i, 0);
    await click($(b!, 'button[type="submit"]'));
    await until(() => reader.value!.measures.length === 3, 'the new measure arrives');
    expect(reader.value!.measures.filter((m) => m.id === 'open')).to.have.length(1);
    // One twin leaves: the other keeps them shared; both leave: gone.
    a!.remove();
    await until(() => reader.value!.measures.length === 3, 'still shared by the twin');
    b!.remove();
    await until(() => reader.value!.measures.length === 1, 'withdrawn');
    expect(reader.value!.measures[0]!.id).to.equal('g1');
  });
});

describe('ipt-symptom-check: read-only view for a clinician', () => {
  it('shows every response, item by item, in the third person and with no controls', async () => {
    const el = await mountCheck(`storage-key="${unique('ro')}" persist="none" readonly`);
    el.state = {
      responses: [
        finished('a', '2026-03-01', itemsFor(19)),
        { ...finished('b', '2026-03-08', [2, 2, 1, 1, 1, 1, 1, 1, 2]), difficulty: 2, riskReportedAt: '2026-03-08T09:30:00.000Z' },
        { id: 'c', instrument: 'phq9', date: '2026-03-15', items: [1, 2, null, null, null, null, null, null, null] },
      ],
    };
    await el.updateComplete;
    expect($$(el, 'input, button:not(.crisis-link)')).to.have.length(0);
    const sections = $$(el, '.ro-response');
    expect(sections.map((s) => text(s.querySelector('h3')))).to.deep.equal([
      'Started on Mar 15, 2026, not finished: 2 of 9 answered',
      'Mar 8, 2026: 12 of 27, moderate symptoms over the two weeks before',
      'Mar 1, 2026: 19 of 27, moderately severe symptoms over the two weeks before',
    ]);
    const b = sections[1]!;
    expect(text(b.querySelector('.flag'))).to.include('Item 9').and.include('“More than half the days”').and.include('Reported to the program on Mar 8, 2026');
    expect([...b.querySelectorAll('.answers li')].map(text)[0]).to.equal('Little interest or pleasure in doing things: More than half the days (2)');
    expect(text(b)).to.include('7 points lower than the previous response (19).').and.include('Difficulty: Very difficult (2)');
    expect(text(sections[0]!.querySelectorAll('.answers li')[2]!)).to.include('not answered');
    // The kit's own words are in the third person (the questionnaire's items keep their "you").
    const own = $$(el, '.ro-response > :not(.answers)').map(text).join(' ');
    expect(own).to.not.match(/\byour\b|\byou\b/i);
  });
});

describe('ipt-symptom-check: storage and bad state', () => {
  it('keeps every answer on the device across a re-mount (read back from IndexedDB)', async () => {
    const key = unique('idb');
    const first = await mountCheck(`storage-key="${key}"`);
    await choose(first, 0, 3);
    await choose(first, 4, 1);
    await first.saved();
    first.parentElement!.remove();
    const again = await mountCheck(`storage-key="${key}"`);
    expect(again.state.responses[0]!.items.slice(0, 5)).to.deep.equal([3, null, null, null, 1]);
    const stored = (await storedEntries()).get(`default/ipt-symptom-check/${key}`) as { data: SymptomCheckState };
    expect(stored.data.responses[0]!.items).to.deep.equal([3, null, null, null, 1, null, null, null, null]);
    expect(stored.data.responses[0]!.instrument).to.equal('phq9');
  });

  it('throws a TypeError naming the field for a bad state and changes nothing', async () => {
    const el = await mountCheck(`storage-key="${unique('bad')}" persist="none"`);
    const good = { responses: [finished('a', '2026-03-01', itemsFor(6))] };
    el.state = good;
    const bad: [unknown, string][] = [
      [{ responses: [{ ...finished('x', '2026-03-01', itemsFor(6)), items: [0, 0, 4, 0, 0, 0, 0, 0, 0] }] }, 'responses[0].items[2]'],
      [{ responses: [{ ...finished('x', '2026-03-01', itemsFor(6)), items: [0, 0, 0] }] }, 'responses[0].items'],
      [{ responses: [{ ...finished('x', '2026-03-01', itemsFor(6)), items: [...itemsFor(6), 0] }] }, 'responses[0].items'],
      [{ responses: [{ ...finished('x', '2026-03-01', itemsFor(6)), instrument: 'bdi' }] }, 'responses[0].instrument'],
      [{ responses: [finished('x', '2026-02-30', itemsFor(6))] }, 'responses[0].date'],
    ];
    for (const [state, field] of bad) {
      expect(() => (el.state = state as SymptomCheckState), field).to.throw(TypeError, field);
      expect(el.state.responses.map((r) => r.id)).to.deep.equal(['a']);
    }
  });

  it('repairs a stored record where the meaning is plain, keeps it aside where it is not', async () => {
    const { createStore, set } = await import('idb-keyval');
    const store = createStore('ipt-widgets', 'records');
    const now = new Date().toISOString();
    const fixable = unique('fix');
    await set(
      `default/ipt-symptom-check/${fixable}`,
      { schema: 1, updatedAt: now, data: { responses: [{ id: 'a', date: '2026-03-01', items: ['2', 0, 0, 0, 0, 0, 0, 0, 0] }] } },
      store,
    );
    const errors = record(document.body, 'ipt-error');
    const fixed = await mountCheck(`storage-key="${fixable}"`);
    expect(fixed.state.responses[0]).to.deep.include({ instrument: 'phq9', items: [2, 0, 0, 0, 0, 0, 0, 0, 0] });
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-state']);

    const broken = unique('broken');
    await set(
      `default/ipt-symptom-check/${broken}`,
      { schema: 1, updatedAt: now, data: { responses: [{ id: 'a', instrument: 'phq9', date: '2026-03-01', items: [9, 0, 0, 0, 0, 0, 0, 0, 0] }] } },
      store,
    );
    errors.length = 0;
    const aside = await mountCheck(`storage-key="${broken}"`);
    expect(aside.state.responses).to.deep.equal([]);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-state']);
    expect(errors[0]!.detail.message).to.include('responses[0].items[0]');
    const kept = [...(await storedEntries()).keys()].filter((k) => k.includes(broken));
    expect(kept.length, 'the original is kept, not dropped').to.be.greaterThan(1);
  });

  it('renders ids and other stored text as text, never as markup', async () => {
    const el = await mountCheck(`storage-key="${unique('xss')}" persist="none" readonly`);
    el.state = { responses: [finished('"><img src=x onerror="window.__xss=1">', '2026-03-01', itemsFor(3))] };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });
});

describe('ipt-symptom-check: accessibility', () => {
  for (const lang of ['en', 'es']) {
    it(`is accessible in every state (${lang})`, async function () {
      this.timeout(60000);
      const el = await mountCheck(`storage-key="${unique(`axe-${lang}`)}" persist="none" lang="${lang}" every="7"`);
      await expect(el, `${lang}: empty form`).to.be.accessible();
      await choose(el, 8, 2);
      await expect(el, `${lang}: item 9 help`).to.be.accessible();
      await click($(el, '.crisis-link'));
      await el.updateComplete;
      await expect(el, `${lang}: crisis link open`).to.be.accessible();
      await click($(el, 'button[type="submit"]'));
      await el.updateComplete;
      await expect(el, `${lang}: missing answers`).to.be.accessible();
      el.state = { responses: [finished('a', '2026-03-01', itemsFor(12)), finished('b', localToday(), [1, 1, 1, 1, 1, 1, 1, 1, 1])] };
      await el.updateComplete;
      await expect(el, `${lang}: result and history`).to.be.accessible();
      el.readonly = true;
      await el.updateComplete;
      await expect(el, `${lang}: read-only`).to.be.accessible();
      const gad = await mountCheck(`storage-key="${unique(`axe-gad-${lang}`)}" persist="none" lang="${lang}" instrument="gad7"`);
      await expect(gad, `${lang}: GAD-7`).to.be.accessible();
    });
  }

  it('works 320 px wide: nothing overflows, every answer target is at least 24 by 24 px', async function () {
    if (viaWebDriver) this.skip(); // WebKit's WebDriver cannot size the viewport
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mountCheck(`storage-key="${unique('narrow')}" persist="none"`);
      await choose(el, 8, 1);
      expect(el.scrollWidth).to.be.at.most(320);
      for (const node of $$(el, '.option, input[type="radio"], button')) {
        const r = node.getBoundingClientRect();
        expect(r.width, node.outerHTML.slice(0, 60)).to.be.at.least(24);
        expect(r.height, node.outerHTML.slice(0, 60)).to.be.at.least(24);
      }
      for (const node of $$(el, '.item, .crisis-open')) expect(node.scrollWidth).to.be.at.most(node.clientWidth + 1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows a visible focus ring on answers reached by keyboard', async function () {
    // WebKitGTK over WebDriver does not match :focus-visible after a scripted focus and an arrow key (not checked by hand in Safari)
    if (viaWebDriver) this.skip();
    const el = await mountCheck(`storage-key="${unique('focus')}" persist="none"`);
    $(el, '#item-0-0').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.id).to.equal('item-0-1');
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).to.not.equal('none');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
