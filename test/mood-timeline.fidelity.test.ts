/**
 * <ipt-mood-timeline> and the IPT manuals: events still to come, "when my low mood
 * started", the Life-Chart's "no real effect", symmetric mood anchors, the IPT-A scale, the
 * mood around events with people (days shown, caveat on each line, a gentle word for
 * someone who has died), and one neutral Spanish.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import '../src/mood-timeline/mood-timeline.js';
import '../src/workbook/workbook.js';
import type { IptMoodTimeline } from '../src/mood-timeline/mood-timeline.js';
import { strings as enStrings } from '../src/mood-timeline/strings.js';
import esStrings from '../src/mood-timeline/strings.es.js';
import { loadStrings } from '../src/core/i18n.js';
import { workbookContext, type WorkbookContextValue, type WorkbookPerson } from '../src/core/context.js';
import { $, $$, text } from './core/helpers.js';

/** English from strings.ts, Spanish from its own chunk (strings.es.ts). */
const strings = { ...enStrings, es: esStrings };

const TODAY = '2026-03-10';
let n = 0;
const key = () => `mtf-${Date.now().toString(36)}-${n++}`;

async function mount(attrs = '', outer = (inner: string) => inner): Promise<IptMoodTimeline> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const storage = attrs.includes('storage-key=') ? '' : `storage-key="${key()}"`;
  wrap.innerHTML = outer(`<ipt-mood-timeline ${storage} today="${TODAY}" ${attrs}></ipt-mood-timeline>`);
  const el = wrap.querySelector('ipt-mood-timeline')!;
  el.crisisContent = { en: '<p>Call 555-0100</p>', es: '<p>Llama al 555-0100</p>' };
  await el.ready;
  await el.updateComplete;
  return el;
}


async function setValue(el: IptMoodTimeline, sel: string, value: string, type: 'input' | 'change' = 'change'): Promise<void> {
  const input = $<HTMLInputElement>(el, sel)!;
  input.value = value;
  input.dispatchEvent(new Event(type, { bubbles: true }));
  await el.updateComplete;
}

/** Shares people into the workbook, as the social circle does, and reads the context. */
class Circle extends LitElement {
  ctx: WorkbookContextValue | undefined;
  constructor() {
    super();
    new ContextConsumer(this, { context: workbookContext, subscribe: true, callback: (v) => (this.ctx = v) });
  }
  share(people: WorkbookPerson[]): void {
    this.ctx!.publish(this, { people });
  }
}
customElements.define('mtf-circle', Circle);

describe('ipt-mood-timeline: events still to come', () => {
  it('accepts a future event from the form and lists it as coming up, not on the chart', async () => {
    const el = await mount('persist="none" range="all"');
    el.checkIn(5, { date: '2026-03-09' });
    ($<HTMLButtonElement>(el, '.add-event')!).click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#event-date')!.hasAttribute('max')).to.equal(false);
    expect(text($(el, '#event-date-hint'))).to.contain('anniversary');
    await setValue(el, '#event-title', 'Anniversary of Dad’s death', 'input');
    await setValue(el, '#event-date', '2026-03-24');
    ($<HTMLButtonElement>(el, '.save-event')!).click();
    await el.updateComplete;
    expect(el.state.events.map((e) => e.date)).to.deep.equal(['2026-03-24']);
    el.addEvent({ date: '2026-03-11', title: 'Moving house', kind: 'change' });
    el.addEvent({ date: '2026-03-08', title: 'Dinner with Ana', impact: 2, kind: 'connection' });
    await el.updateComplete;

    const upcoming = $(el, '.upcoming')!;
    expect(text(upcoming.querySelector('h3'))).to.equal('Coming up');
    const items = [...upcoming.querySelectorAll<HTMLElement>('.upcoming-item')];
    expect(items.map((i) => i.dataset.date)).to.deep.equal(['2026-03-11', '2026-03-24']);
    expect(text(items[0].querySelector('.upcoming-when'))).to.equal('Wednesday, March 11 (tomorrow)');
    expect(text(items[1].querySelector('.upcoming-when'))).to.equal('Tuesday, March 24 (in 14 days)');
    expect(text(items[1])).to.contain('Anniversary of Dad’s death');
    // not drawn beside moods already recorded: the chart ends today and holds the past event only
    expect($$(el, '.events g').reduce((sum, g) => sum + Number(g.dataset.count), 0)).to.equal(1);
    expect(text($(el, '.summary'))).to.equal('1 check-in, 1 event');
    el.view = 'table';
    await el.updateComplete;
    expect($(el, 'tr[data-date="2026-03-24"]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.lang = 'es';
    await loadStrings('es'); // Spanish loads on demand, then the element renders again
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text($(el, '.upcoming h3'))).to.equal('Lo que viene');
    expect(text($(el, '.upcoming-when'))).to.equal('miércoles, 11 de marzo (mañana)');
  });
});

describe('ipt-mood-timeline: when my low mood started', () => {
  it('marks the day, shows it on the chart and publishes it to the workbook as onset', async () => {
    const outer = (inner: string) => `<ipt-workbook workbook-id="${key()}"><mtf-circle></mtf-circle>${inner}</ipt-workbook>`;
    const el = await mount('persist="none" range="3m"', outer);
    const circle = el.parentElement!.querySelector<Circle>('mtf-circle')!;
    const changes: CustomEvent[] = [];
    el.addEventListener('ipt-change', (e) => changes.push(e as CustomEvent));
    expect(text($(el, '.onset h3'))).to.equal('When your low mood started');
    expect(text($(el, '.onset-shown'))).to.equal('Not marked yet.');
    expect(circle.ctx!.onset).to.equal(undefined);

    await setValue(el, '#onset-date', '2026-04-02');
    ($<HTMLButtonElement>(el, '.save-onset')!).click();
    await el.updateComplete;
    expect(text($(el, '.onset [role="alert"]'))).to.equal('Choose today or a day before.');
    expect(el.state.onset).to.equal(undefined);

    await setValue(el, '#onset-date', '2026-01-15');
    ($<HTMLButtonElement>(el, '.save-onset')!).click();
    await el.updateComplete;
    expect(el.state.onset).to.equal('2026-01-15');
    expect(changes.at(-1)!.detail.change).to.deep.equal({ type: 'onset-set' });
    expect(text($(el, '.onset-shown'))).to.equal('Your low mood started around Thursday, January 15.');
    expect(circle.ctx!.onset).to.equal('2026-01-15');
    expect($(el, 'svg.chart .onset-line')).to.not.equal(null);
    expect(text($(el, 'svg.chart .onset-label'))).to.equal('Low mood started');
    expect(text($(el, '.legend'))).to.contain('Low mood started');
    await expect(el).to.be.accessible();

    // out of the period shown: no mark on the chart, still shown in words
    el.range = '2w';
    await el.updateComplete;
    expect($(el, 'svg.chart .onset-line')).to.equal(null);

    expect(() => el.setOnset('2026-02-30')).to.throw(TypeError, /onset/);
    ($<HTMLButtonElement>(el, '.clear-onset')!).click();
    await el.updateComplete;
    expect(el.state.onset).to.equal(undefined);
    expect(changes.at(-1)!.detail.change).to.deep.equal({ type: 'onset-clear' });
    expect(circle.ctx!.onset).to.equal(undefined);
  });

  it('keeps the onset across a re-mount and shows it read-only', async () => {
    const storageKey = key();
    const el = await mount(`storage-key="${storageKey}"`);
    el.setOnset('2025-11-02');
    await el.saved();
    el.remove();
    const again = await mount(`storage-key="${storageKey}" readonly`);
    expect(again.state.onset).to.equal('2025-11-02');
    expect(text($(again, '.onset-shown'))).to.equal('Your low mood started around Sunday, November 2, 2025.');
    expect($(again, '.onset-form')).to.equal(null);
    expect(() => (again.state = { entries: [], events: [], measures: [], onset: 'soon' })).to.throw(TypeError, /onset/);
  });
});

describe('ipt-mood-timeline: the scales’ words', () => {
  it('says impact 0 is no real effect, in idiomatic words both ways, in both languages', async () => {
    const el = await mount('persist="none"');
    ($<HTMLButtonElement>(el, '.add-event')!).click();
    await el.updateComplete;
    const options = () => $$<HTMLOptionElement>(el, '#event-impact option').map(text);
    expect(options()).to.deep.equal([
      'Not rated',
      '-4 (Very hard)',
      '-3 (Hard)',
      '-2 (Fairly hard)',
      '-1 (Slightly hard)',
      '0 (No real effect)',
      '+1 (Slightly good)',
      '+2 (Fairly good)',
      '+3 (Good)',
      '+4 (Very good)',
    ]);
    el.lang = 'es';
    await el.updateComplete;
    expect(options()).to.deep.equal([
      'Sin valorar',
      '-4 (Muy negativo)',
      '-3 (Negativo)',
      '-2 (Algo negativo)',
      '-1 (Un poco negativo)',
      '0 (Sin efecto real)',
      '+1 (Un poco positivo)',
      '+2 (Algo positivo)',
      '+3 (Positivo)',
      '+4 (Muy positivo)',
    ]);
  });

  it('anchors the mood scale symmetrically, and takes the IPT-A scale of 1 to 10', async () => {
    const el = await mount('persist="none"');
    expect($$(el, '.ends > span').map(text)).to.deep.equal(['Very bad', 'Very good']);
    el.lang = 'es';
    await el.updateComplete;
    expect($$(el, '.ends > span').map(text)).to.deep.equal(['Muy mal', 'Muy bien']);
    const ipta = await mount('persist="none" min="1" max="10"');
    expect($$<HTMLInputElement>(ipta, '.rating input').map((i) => i.value)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect($(ipta, '.rating')!.getAttribute('aria-label')).to.equal('Your mood, from 1 (Very bad) to 10 (Very good)');
    ipta.checkIn(10);
    expect(ipta.state.entries[0].mood).to.equal(10);
    expect(() => ipta.checkIn(0)).to.throw(TypeError, /mood/);
  });
});

describe('ipt-mood-timeline: mood around events with people', () => {
  const moods = [5, 3, 6, 2, 6, 4, 5, 7, 5, 6];
  const state = () => ({
    entries: moods.map((mood, i) => ({ id: `e${i}`, date: `2026-03-${String(i + 1).padStart(2, '0')}`, mood })),
    events: [
      { id: 'a', date: '2026-03-02', title: 'Argument', kind: 'conflict' as const, personIds: ['p-ana'] },
      { id: 'b', date: '2026-03-04', title: 'Silence', kind: 'conflict' as const, personIds: ['p-ana', 'p-rosa'] },
      { id: 'c', date: '2026-03-06', title: 'Call', kind: 'other' as const, personIds: ['p-ana', 'p-rosa'] },
      { id: 'd', date: '2026-03-09', title: 'Her birthday', kind: 'loss' as const, personIds: ['p-rosa'] },
    ],
    measures: [],
  });

  it('shows the days on each side, the caveat on each line, and a gentle word for someone who has died', async () => {
    const outer = (inner: string) => `<ipt-workbook workbook-id="${key()}"><mtf-circle></mtf-circle>${inner}</ipt-workbook>`;
    const el = await mount('persist="none" range="2w"', outer);
    const circle = el.parentElement!.querySelector<Circle>('mtf-circle')!;
    circle.share([
      { id: 'p-ana', name: 'Ana', relationship: 'friend', ring: 1 },
      { id: 'p-rosa', name: 'Grandma Rosa', relationship: 'family', ring: 1, deceased: true },
    ]);
    el.state = state();
    await el.updateComplete;
    expect(text($(el, '.insight h3'))).to.equal('Mood around events with people');
    const lines = $$(el, '.insight li.pattern');
    expect(lines.map((l) => l.dataset.key)).to.deep.equal(['id:p-ana', 'id:p-rosa']);
    expect(text(lines[0])).to.equal(
      'On days with an event involving Ana, your mood averaged 3 (3 days); on other days, 5.7 (7 days). A pattern in what you recorded, not proof that one thing causes the other.',
    );
    // someone who has died: behind a gentle word, never a bare average
    const rosa = lines[1];
    expect(rosa.classList.contains('deceased')).to.equal(true);
    const details = rosa.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(text(rosa.querySelector('summary'))).to.equal('Days connected with Grandma Rosa, who has died');
    expect(text(details)).to.contain('that is part of grief');
    expect(text(details)).to.contain('(3 days)');
    expect(text(details)).to.contain('not proof that one thing causes the other');
    await expect(el).to.be.accessible();
    details.open = true;
    await expect(el).to.be.accessible();

    // alive, the same person gets the plain line
    circle.share([
      { id: 'p-ana', name: 'Ana', relationship: 'friend', ring: 1 },
      { id: 'p-rosa', name: 'Grandma Rosa', relationship: 'family', ring: 1 },
    ]);
    await el.updateComplete;
    expect($(el, '.insight li.deceased')).to.equal(null);
    el.lang = 'es';
    await el.updateComplete;
    expect(text($(el, '.insight li.pattern'))).to.equal(
      'Los días en que pasó algo con Ana, tu ánimo fue, en promedio, de 3 (3 días); los demás días, de 5,7 (7 días). Es un patrón en lo que registraste, no una prueba de que una cosa cause la otra.',
    );
  });
});

describe('ipt-mood-timeline: one neutral Spanish', () => {
  const es = Object.entries(strings.es);

  it('has no Peninsular forms, vosotros, añadir, echar de menos or suceso', () => {
    const peninsular = /\b(vosotros|vosotras|os|habéis|sabéis|estáis|tenéis|queréis|podéis|añad\w*|echa\w* de menos|suceso\w*|ordenador|vale)\b/i;
    for (const [k, v] of es) expect(v, k).not.to.match(peninsular);
    for (const [k, v] of es) expect(v, k).not.to.match(/[«»]/);
    expect(strings.es['mood.event.add']).to.equal('Agregar algo que pasó');
    expect(strings.es['mood.event.kind']).to.equal('Qué tipo de acontecimiento');
  });

  it('has every English key in Spanish and no other', () => {
    expect(Object.keys(strings.es).sort()).to.deep.equal(Object.keys(strings.en).sort());
  });

  it('addresses the client with tú', () => {
    const usted = /\b(usted|su ánimo|elija|escriba|guarde)\b/i;
    for (const [k, v] of es) expect(v, k).not.to.match(usted);
  });
});
