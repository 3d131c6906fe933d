import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import { createStore, set } from 'idb-keyval';
import '../src/mood-timeline/mood-timeline.js';
import '../src/workbook/workbook.js';
import type { IptMoodTimeline } from '../src/mood-timeline/mood-timeline.js';
import type { MoodState } from '../src/mood-timeline/model.js';
import { workbookContext, type WorkbookContextValue, type WorkbookPerson } from '../src/core/context.js';
import { DB_NAME, STORE_NAME } from '../src/core/storage.js';
import { $, $$, changes, click, nextFrame, text } from './core/helpers.js';

const TODAY = '2026-03-10';
let n = 0;
const key = () => `mt-${Date.now().toString(36)}-${n++}`;

/** Mounts an element (inside optional outer markup) and waits for its saved state. */
async function mount(attrs = '', outer = (inner: string) => inner): Promise<IptMoodTimeline> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const storage = attrs.includes('storage-key=') ? '' : `storage-key="${key()}"`;
  wrap.innerHTML = outer(`<ipt-mood-timeline ${storage} today="${TODAY}" ${attrs}></ipt-mood-timeline>`);
  const el = wrap.querySelector('ipt-mood-timeline')!;
  await el.ready;
  await el.updateComplete;
  return el;
}


async function setInput(el: IptMoodTimeline, sel: string, value: string, type: 'input' | 'change' = 'change'): Promise<void> {
  const input = $<HTMLInputElement>(el, sel)!;
  input.value = value;
  input.dispatchEvent(new Event(type, { bubbles: true }));
  await el.updateComplete;
}

function sample(): MoodState {
  return {
    entries: [
      { id: 'e1', date: '2026-03-01', mood: 5 },
      { id: 'e2', date: '2026-03-03', mood: 4, note: 'long day' },
      { id: 'e3', date: '2026-03-04', mood: 6 },
      { id: 'old', date: '2025-06-01', mood: 8 },
    ],
    events: [{ id: 'v1', date: '2026-03-03', title: 'argument', impact: -3, kind: 'conflict', personNames: ['Ana'] }],
    measures: [{ id: 'm1', date: '2026-03-02', instrument: 'PHQ-9', score: 12 }],
  };
}

/** Publishes people into the enclosing workbook, as the social circle does, and reads the context. */
class PeopleSource extends LitElement {
  ctx: WorkbookContextValue | undefined;
  constructor() {
    super();
    new ContextConsumer(this, { context: workbookContext, subscribe: true, callback: (v) => (this.ctx = v) });
  }
  share(people: WorkbookPerson[]): void {
    this.ctx!.publish(this, { people });
  }
}
customElements.define('mt-people-source', PeopleSource);

describe('ipt-mood-timeline: check-in', () => {
  it('rates today by mouse, then updates the same day', async () => {
    const el = await mount();
    const seen = changes(el);
    await click($(el, 'label[for="mood-7"]')!);
    await click($(el, 'button.save')!);
    expect(seen).to.have.length(1);
    expect(seen[0].detail.change.type).to.equal('entry-add');
    expect(seen[0].detail.source).to.equal('ipt-mood-timeline');
    const [entry] = el.state.entries;
    expect(entry).to.include({ date: TODAY, mood: 7 });
    expect(seen[0].detail.change.id).to.equal(entry.id);
    await el.updateComplete;
    expect(text($(el, '[role="status"]'))).to.contain('mood 7 of 10');
    await click($(el, 'label[for="mood-8"]')!);
    await click($(el, 'button.save')!);
    expect(seen[1].detail.change).to.deep.equal({ type: 'entry-update', id: entry.id });
    expect(el.state.entries.map((e) => e.mood)).to.deep.equal([8]);
  });

  it('rates today by keyboard: arrows in the rating, a note, Enter on Save', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, '#mood-0')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('checkin-note');
    await sendKeys({ type: 'calm evening' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.classList.contains('save')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(el.state.entries[0]).to.include({ date: TODAY, mood: 3, note: 'calm evening' });
  });

  it('asks for a number before saving', async () => {
    const el = await mount();
    const seen = changes(el);
    $<HTMLButtonElement>(el, 'button.save')!.click();
    await el.updateComplete;
    expect(text($(el, '.checkin [role="alert"]'))).to.equal('Choose a number first.');
    expect(seen).to.have.length(0);
  });

  it('adds and edits past days, never future ones', async () => {
    const el = await mount('persist="none"');
    el.state = sample();
    const seen = changes(el);
    await setInput(el, '#checkin-date', '2026-03-05');
    expect(text($(el, '.checkin legend'))).to.contain('March 5');
    $<HTMLInputElement>(el, '#mood-2')!.click();
    $<HTMLButtonElement>(el, 'button.save')!.click();
    expect(seen.at(-1)!.detail.change.type).to.equal('entry-add');
    expect(el.state.entries.find((e) => e.date === '2026-03-05')!.mood).to.equal(2);
    // an existing day loads its entry; saving updates it
    await setInput(el, '#checkin-date', '2026-03-03');
    expect($<HTMLInputElement>(el, '#mood-4')!.checked).to.equal(true);
    expect($<HTMLTextAreaElement>(el, '#checkin-note')!.value).to.equal('long day');
    $<HTMLInputElement>(el, '#mood-1')!.click();
    $<HTMLButtonElement>(el, 'button.save')!.click();
    expect(seen.at(-1)!.detail.change).to.deep.equal({ type: 'entry-update', id: 'e2' });
    expect(el.state.entries.find((e) => e.id === 'e2')).to.include({ mood: 1, note: 'long day' });
    // the future is refused
    const before = el.state;
    await setInput(el, '#checkin-date', '2026-03-11');
    expect(text($(el, '.checkin [role="alert"]'))).to.contain('not come yet');
    $<HTMLButtonElement>(el, 'button.save')!.click();
    expect(el.state.entries).to.have.length(before.entries.length);
    expect($<HTMLInputElement>(el, '#checkin-date')!.max).to.equal(TODAY);
  });

  it('edits and removes a past entry from the chosen day, with undo', async () => {
    const el = await mount('persist="none" range="2w"');
    el.state = sample();
    await el.updateComplete;
    const seen = changes(el);
    $(el, '.plot')!.focus();
    await el.updateComplete;
    await sendKeys({ press: 'ArrowLeft' }); // 4 -> 3 March
    await el.updateComplete;
    expect(text($(el, '.day h3'))).to.contain('March 3');
    $<HTMLButtonElement>(el, '.day .edit-entry')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#checkin-date')!.value).to.equal('2026-03-03');
    $<HTMLInputElement>(el, '#mood-9')!.click();
    $<HTMLButtonElement>(el, 'button.save')!.click();
    expect(seen.at(-1)!.detail.change).to.deep.equal({ type: 'entry-update', id: 'e2' });
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.day .remove-entry')!.click();
    expect(seen.at(-1)!.detail.change).to.deep.equal({ type: 'entry-remove', id: 'e2' });
    expect(el.state.entries.some((e) => e.id === 'e2')).to.equal(false);
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.classList.contains('undo'), 'focus moves to Undo').to.equal(true);
    $<HTMLButtonElement>(el, '.undo')!.click();
    expect(seen.at(-1)!.detail.change).to.deep.equal({ type: 'entry-add', id: 'e2' });
    expect(el.state.entries.find((e) => e.id === 'e2')).to.include({ mood: 9, note: 'long day' });
  });

  it('keeps several entries a day with entries-per-day="many", charting their average', async () => {
    const el = await mount('persist="none" entries-per-day="many"');
    el.checkIn(2);
    el.checkIn(6);
    expect(el.state.entries).to.have.length(2);
    await el.updateComplete;
    $(el, '.plot')!.focus();
    await el.updateComplete;
    expect(text($(el, '[aria-live="polite"]'))).to.contain('mood 4 of 10 (average of 2)');
  });

  it('changes the end labels by attribute and by slot', async () => {
    const el = await mount('min-label="Awful" max-label="Great"');
    expect($$(el, '.ends > span').map(text)).to.deep.equal(['Awful', 'Great']);
    expect($(el, '.rating')!.getAttribute('aria-label')).to.contain('0 (Awful) to 10 (Great)');
    const slotted = await mount('', (inner) => inner.replace('></ipt', '><span slot="max-label">Wonderful</span></ipt'));
    const slot = $<HTMLSlotElement>(slotted, 'slot[name="max-label"]')!;
    expect(slot.assignedNodes().map((node) => node.textContent)).to.deep.equal(['Wonderful']);
  });

  it('uses a slider for a wide scale', async () => {
    const el = await mount('min="1" max="20" persist="none"');
    const slider = $<HTMLInputElement>(el, 'input.slider')!;
    expect(slider.min).to.equal('1');
    slider.value = '15';
    slider.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, 'button.save')!.click();
    expect(el.state.entries[0].mood).to.equal(15);
  });
});

describe('ipt-mood-timeline: events and people', () => {
  it('offers the workbook circle, stores ids, shows renames live and publishes its events', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const wb = `wb-${key()}`;
    wrap.innerHTML = `<ipt-workbook workbook-id="${wb}"><mt-people-source></mt-people-source>
      <ipt-mood-timeline storage-key="x" today="${TODAY}" range="2w"></ipt-mood-timeline></ipt-workbook>`;
    const el = wrap.querySelector('ipt-mood-timeline')!;
    const source = wrap.querySelector<PeopleSource>('mt-people-source')!;
    await el.ready;
    source.share([
      { id: 'p-ana', name: 'Ana', relationship: 'sister', ring: 1 },
      { id: 'p-luis', name: 'Luis', relationship: 'friend', ring: 2 },
    ]);
    await el.updateComplete;
    const seen = changes(el);
    $<HTMLButtonElement>(el, '.add-event')!.click();
    await el.updateComplete;
    const boxes = $$<HTMLInputElement>(el, '.people input[type="checkbox"]');
    expect(boxes.map((b) => text(b.parentElement))).to.deep.equal(['Ana', 'Luis']);
    await setInput(el, '#event-title', 'Argument', 'input');
    await setInput(el, '#event-date', '2026-03-03');
    const kind = $<HTMLSelectElement>(el, '#event-kind')!;
    kind.value = 'conflict';
    kind.dispatchEvent(new Event('change'));
    const impact = $<HTMLSelectElement>(el, '#event-impact')!;
    impact.value = '-3';
    impact.dispatchEvent(new Event('change'));
    boxes[0].click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.save-event')!.click();
    await el.updateComplete;
    expect(seen.at(-1)!.detail.change.type).to.equal('event-add');
    expect(seen.at(-1)!.detail.workbook).to.equal(wb);
    const [event] = el.state.events;
    expect(event).to.deep.include({ date: '2026-03-03', title: 'Argument', kind: 'conflict', impact: -3, personIds: ['p-ana'] });
    expect(source.ctx!.lifeEvents).to.deep.equal([
      { id: event.id, date: '2026-03-03', title: 'Argument', kind: 'conflict', impact: -3, personIds: ['p-ana'] },
    ]);
    expect(text($(el, '.day .event-people'))).to.equal('Ana');
    // a rename in the circle shows at once, without touching the timeline's state
    source.share([{ id: 'p-ana', name: 'Ana María', relationship: 'sister', ring: 1 }]);
    await el.updateComplete;
    expect(text($(el, '.day .event-people'))).to.equal('Ana María');
    el.view = 'table';
    await el.updateComplete;
    expect(text($(el, 'tbody .event-people'))).to.equal('Ana María');
    expect(el.state.events[0].personIds).to.deep.equal(['p-ana']);
    await expect(el).to.be.accessible();
  });

  it('takes typed names outside a workbook, edits and removes events', async () => {
    const el = await mount('persist="none" range="2w"');
    const seen = changes(el);
    $<HTMLButtonElement>(el, '.add-event')!.click();
    await el.updateComplete;
    expect($(el, '.people')).to.equal(null);
    await setInput(el, '#event-title', 'Dinner', 'input');
    await setInput(el, '#event-names', 'Luis, Marta', 'input');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.save-event')!.click();
    expect(el.state.events[0]).to.deep.include({ date: TODAY, title: 'Dinner', kind: 'other', personNames: ['Luis', 'Marta'] });
    expect(el.state.events[0]).not.to.have.property('impact');
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.day .edit-event')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#event-names')!.value).to.equal('Luis, Marta');
    await setInput(el, '#event-title', 'Dinner out', 'input');
    await setInput(el, '#event-names', ' ', 'input');
    $<HTMLButtonElement>(el, '.save-event')!.click();
    expect(seen.at(-1)!.detail.change).to.deep.equal({ type: 'event-update', id: el.state.events[0].id });
    expect(el.state.events[0].title).to.equal('Dinner out');
    expect(el.state.events[0]).not.to.have.property('personNames');
    await el.updateComplete;
    const id = el.state.events[0].id;
    $<HTMLButtonElement>(el, '.day .remove-event')!.click();
    expect(seen.at(-1)!.detail.change).to.deep.equal({ type: 'event-remove', id });
  });

  it('asks for a title', async () => {
    const el = await mount('persist="none"');
    $<HTMLButtonElement>(el, '.add-event')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.save-event')!.click();
    await el.updateComplete;
    expect(text($(el, '.event-form [role="alert"]'))).to.contain('a few words');
    expect(el.state.events).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement?.id).to.equal('event-title');
  });

  it('emits measure changes for scores added by a host and removed by the person', async () => {
    const el = await mount('persist="none" range="2w"');
    const seen = changes(el);
    const id = el.addMeasure({ date: '2026-03-09', instrument: 'PHQ-9', score: 16 });
    expect(seen.at(-1)!.detail.change).to.deep.equal({ type: 'measure-add', id });
    await el.updateComplete;
    expect($$(el, '.score-lane rect.measure-dot')).to.have.length(1);
    expect($$(el, '.score-lane rect.band')).to.have.length(5);
    const before = seen.length;
    el.state = { ...el.state, measures: [{ ...el.state.measures[0], score: 9 }] };
    expect(seen, 'an assignment emits nothing').to.have.length(before);
    $(el, '.plot')!.focus();
    await el.updateComplete;
    expect(text($(el, '[aria-live="polite"]'))).to.contain('PHQ-9: 9 of 27, mild symptoms (past two weeks)');
    $<HTMLButtonElement>(el, '.day .remove-measure')!.click();
    expect(seen.at(-1)!.detail.change).to.deep.equal({ type: 'measure-remove', id });
  });
});

describe('ipt-mood-timeline: chart, range, keyboard, table', () => {
  it('changes the range by attribute and by the control', async () => {
    const el = await mount('persist="none" range="2w"');
    el.state = sample();
    await el.updateComplete;
    const moodDots = () => $$(el, '.mood .mood-dot').length;
    expect(moodDots()).to.equal(3);
    expect(text($(el, '.summary'))).to.equal('3 check-ins, 1 event');
    const select = $<HTMLSelectElement>(el, '.controls select')!;
    expect(select.value).to.equal('2w');
    select.value = 'all';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.range).to.equal('all');
    expect(el.getAttribute('range')).to.equal('all');
    expect(moodDots()).to.equal(4);
    expect(text($(el, '.summary'))).to.equal('4 check-ins, 1 event');
    el.setAttribute('range', '1y');
    await el.updateComplete;
    expect(select.value).to.equal('1y');
    expect(moodDots()).to.equal(4);
    el.setAttribute('range', '3m');
    await el.updateComplete;
    expect(moodDots()).to.equal(3);
  });

  it('breaks the line at gaps of more than one missing day', async () => {
    const el = await mount('persist="none" range="2w"');
    el.state = {
      entries: ['01', '02', '04', '07', '08', '10'].map((d, i) => ({ id: `e${i}`, date: `2026-03-${d}`, mood: 5 })),
      events: [],
      measures: [],
    };
    await el.updateComplete;
    // 1-2-4 and 7-8-10 joined (one missing day is bridged), broken between 4 and 7: two runs of one line
    const runs = $(el, 'path.mood-line')!.getAttribute('d')!.split('M').filter(Boolean);
    expect(runs.map((run) => run.split('L').length)).to.deep.equal([3, 3]);
    expect($$(el, 'path.mood-line')).to.have.length(1);
  });

  it('draws years of check-ins as one line, whatever order they are kept in', async () => {
    const el = await mount('persist="none" range="all"');
    const day = (n: number) => new Date(Date.UTC(2026, 2, 10) - n * 86_400_000).toISOString().slice(0, 10);
    // 400 days back to yesterday; days 200 to 202 missing (a break) and 198 alone between breaks
    const entries = [];
    for (let n = 400; n >= 1; n--) {
      if (n >= 199 && n <= 202) continue;
      if (n === 197 || n === 196) continue;
      entries.push({ id: `d${n}`, date: day(n), mood: n % 11 });
    }
    el.state = { entries, events: [], measures: [] };
    await el.updateComplete;
    const drawn = () => ({
      runs: $(el, 'path.mood-line')!.getAttribute('d')!.split('M').filter(Boolean).length,
      dots: $$(el, '.mood .mood-dot').length,
      d: $(el, 'path.mood-line')!.getAttribute('d'),
    });
    const inOrder = drawn();
    expect(inOrder.runs).to.equal(2);
    expect(inOrder.dots).to.equal(1);
    // the same check-ins in another order: the same picture
    el.state = { entries: [...entries].reverse(), events: [], measures: [] };
    await el.updateComplete;
    expect(drawn()).to.deep.equal(inOrder);
  });

  it('places event markers above or below by the sign of the impact, sized by its magnitude', async () => {
    const el = await mount('persist="none" range="2w"');
    el.state = {
      entries: [],
      events: [
        { id: 'a', date: '2026-03-02', title: 'a', impact: -4, kind: 'other' },
        { id: 'b', date: '2026-03-03', title: 'b', impact: 1, kind: 'other' },
        { id: 'c', date: '2026-03-04', title: 'c', kind: 'other' },
      ],
      measures: [],
    };
    await el.updateComplete;
    // each class of marker is one path of dots: "M<x - r> <y>a<r> ..." per event
    const dot = (cls: string) => {
      const d = $(el, `.events .${cls} .dot`)!.getAttribute('d')!;
      const [, left, y, r] = /^M(\d+) (\d+)a(\d+)/.exec(d)!.map(Number);
      return { x: left + r, y, r, count: Number($(el, `.events .${cls}`)!.dataset.count) };
    };
    const [down, up, flat] = [dot('event-down'), dot('event-up'), dot('event-flat')];
    expect([down.count, up.count, flat.count]).to.deep.equal([1, 1, 1]);
    expect(down.y).to.be.greaterThan(flat.y);
    expect(up.y).to.be.lessThan(flat.y);
    expect(down.r).to.be.greaterThan(up.r);
    expect(up.r).to.be.greaterThan(flat.r);
    expect(down.x).to.be.lessThan(up.x);
    expect($(el, '.events .event-up .stem')!.getAttribute('d')).to.match(/^M\d+ 2440V\d+$/);
  });

  it('is one tab stop; arrows move day by day and announce the day', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><button id="before">before</button></div>`);
    wrap.insertAdjacentHTML('beforeend', `<ipt-mood-timeline persist="none" readonly today="${TODAY}" range="2w"></ipt-mood-timeline>`);
    const el = wrap.querySelector('ipt-mood-timeline')!;
    await el.ready;
    el.state = sample();
    await el.updateComplete;
    // the mouse rests on the chart: the keys still move the tooltip
    const box = $(el, 'svg.chart')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width * 0.3), Math.round(box.top + box.height * 0.4)] });
    await el.updateComplete;
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' }); // the chart is the element's first tab stop; its controls follow it
    expect(el.shadowRoot!.activeElement?.classList.contains('plot')).to.equal(true);
    await el.updateComplete;
    const live = () => text($(el, '[aria-live="polite"]'));
    expect(live()).to.equal('Wednesday, March 4: mood 6 of 10');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(live()).to.equal('Tuesday, March 3: mood 4 of 10; event: argument with Ana, -3');
    expect(text($(el, '.tip'))).to.contain('argument with Ana');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(live()).to.equal('Monday, March 2: no check-in; PHQ-9: 12 of 27, moderate symptoms (past two weeks)');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(live()).to.equal('Tuesday, March 10: no check-in');
    await sendKeys({ press: 'ArrowRight' }); // stays on the last day
    await el.updateComplete;
    expect(live()).to.equal('Tuesday, March 10: no check-in');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(live()).to.equal('Wednesday, February 25: no check-in');
    await sendKeys({ press: 'ArrowDown' }); // the next day with something recorded
    await el.updateComplete;
    expect(live()).to.equal('Sunday, March 1: mood 5 of 10');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.classList.contains('plot')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows a tooltip on hover', async () => {
    const el = await mount('persist="none" range="2w"');
    el.state = sample();
    await el.updateComplete;
    const svgEl = $(el, 'svg.chart')!;
    svgEl.scrollIntoView({ block: 'center' });
    const box = svgEl.getBoundingClientRect();
    const dot = $$<SVGCircleElement>(el, '.mood .mood-dot')[1]; // 3 March
    const scale = box.width / 720;
    const x = box.left + Number(dot.getAttribute('cx')) * scale;
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(box.top + 60 * scale)] });
    await el.updateComplete;
    expect(text($(el, '.tip'))).to.contain('mood 4 of 10');
    await sendMouse({ type: 'move', position: [0, 0] });
    await el.updateComplete;
    expect($(el, '.tip')).to.equal(null);
  });

  it('keeps its text at its size on a narrow chart, and points at the right day', async () => {
    const el = await mount('persist="none" range="all"', (inner) => `<div style="width: 360px">${inner}</div>`);
    // ten years: one check-in at the start, the rest in the last two weeks
    el.state = { ...sample(), entries: [{ id: 'first', date: '2016-03-11', mood: 3 }, ...sample().entries] };
    await el.updateComplete;
    await nextFrame(); // the chart's width is known once laid out
    await el.updateComplete;
    const svgEl = $<SVGSVGElement>(el, 'svg.chart')!;
    const box = svgEl.getBoundingClientRect();
    expect(box.width).to.be.lessThan(361);
    // one unit of the drawing is one pixel, so 11-unit labels are 11 px tall text, not half of it
    expect(Number(svgEl.getAttribute('viewBox')!.split(' ')[2])).to.be.closeTo(box.width, 1);
    const labels = $$<SVGTextElement>(el, 'svg.chart > text');
    for (const label of labels) expect(label.getBoundingClientRect().height, label.textContent!).to.be.at.least(10);
    // ten years of ticks, every other one labelled; no two labels overlap
    const years = labels.filter((t) => /^\d{4}$/.test(text(t)));
    expect(years.map((t) => text(t))).to.deep.equal(['2017', '2019', '2021', '2023', '2025']);
    for (let i = 1; i < years.length; i++) {
      expect(years[i].getBoundingClientRect().left).to.be.greaterThan(years[i - 1].getBoundingClientRect().right);
    }
    // the pointer still finds the day under it (two weeks: a day is some 20 px wide)
    el.range = '2w';
    await el.updateComplete;
    svgEl.scrollIntoView({ block: 'center' });
    const dot = $$<SVGCircleElement>(el, '.mood .mood-dot')[1]; // 3 March
    const at = dot.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(at.left + at.width / 2), Math.round(at.top + at.height / 2)] });
    await el.updateComplete;
    const tip = $(el, '.tip')!;
    expect(text(tip)).to.contain('mood 4 of 10');
    // the tooltip stays inside the drawing
    expect(tip.getBoundingClientRect().left).to.be.at.least(box.left - 1);
    expect(tip.getBoundingClientRect().right).to.be.at.most(box.right + 1);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('speaks Spanish', async () => {
    const el = await mount('persist="none" range="2w"', (inner) => `<div lang="es">${inner}</div>`);
    el.state = sample();
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Cómo te has sentido');
    $(el, '.plot')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(text($(el, '[aria-live="polite"]'))).to.equal('martes, 3 de marzo: ánimo 4 de 10; acontecimiento: argument con Ana, -3');
    await expect(el).to.be.accessible();
  });

  it('has a table that holds everything the chart shows', async () => {
    const el = await mount('persist="none" range="3m" weekly-average');
    el.state = sample();
    await el.updateComplete;
    // read the chart back: mood dots (x -> day order, y -> mood), event markers, PHQ-9 squares
    const y = (mood: number) => 190 - (mood / 10) * 176;
    const chartMoods = $$<SVGCircleElement>(el, '.mood .mood-dot')
      .sort((a, b) => Number(a.getAttribute('cx')) - Number(b.getAttribute('cx')))
      .map((c) => Math.round(((190 - Number(c.getAttribute('cy'))) / 176) * 10));
    expect(y(5)).to.equal(102);
    const chartEvents = $$(el, '.events g').reduce((sum, g) => sum + Number(g.dataset.count), 0);
    const chartMeasures = $$(el, '.score-lane rect.measure-dot').length;
    expect($$(el, 'path.weekly-line').length + $$(el, '.weekly circle').length).to.be.greaterThan(0);
    $<HTMLButtonElement>(el, '.view-toggle')!.click();
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('table');
    expect($(el, '.chart-view')!.hidden).to.equal(true);
    const rows = $$<HTMLTableRowElement>(el, 'tbody tr');
    const tableMoods = rows
      .map((r) => text(r.querySelector('.mood-cell')))
      .filter(Boolean)
      .map(Number)
      .reverse();
    expect(tableMoods).to.deep.equal(chartMoods);
    expect($$(el, 'tbody .event-list li')).to.have.length(chartEvents);
    expect(rows.map((r) => text(r.querySelector('.measures-cell'))).filter(Boolean)).to.have.length(chartMeasures);
    expect(rows.map((r) => r.dataset.date)).to.deep.equal(['2026-03-04', '2026-03-03', '2026-03-02', '2026-03-01']);
    const argument = rows[1];
    expect(text(argument.querySelector('.events-cell'))).to.contain('argument');
    expect(text(argument.querySelector('.events-cell'))).to.contain('-3 (Hard)');
    expect(text(argument.querySelector('.notes-cell'))).to.equal('long day');
    expect(text(rows[2].querySelector('.measures-cell'))).to.equal('PHQ-9: 12 of 27, moderate symptoms (past two weeks)');
    await expect(el).to.be.accessible();
  });
});

describe('ipt-mood-timeline: insight, export, readonly, safety', () => {
  it('states the pattern per person on a known data set, as a pattern and not a cause', async () => {
    const el = await mount('persist="none" range="2w"');
    const moods = [5, 3, 6, 2, 6, 4, 5, 7, 5, 6];
    el.state = {
      entries: moods.map((mood, i) => ({ id: `e${i}`, date: `2026-03-${String(i + 1).padStart(2, '0')}`, mood })),
      events: [
        { id: 'a', date: '2026-03-02', title: 'Argument', kind: 'conflict', personNames: ['Ana'] },
        { id: 'b', date: '2026-03-04', title: 'Silence', kind: 'conflict', personNames: ['Ana', 'Luis'] },
        { id: 'c', date: '2026-03-06', title: 'Call', kind: 'other', personNames: ['ana'] },
      ],
      measures: [],
    };
    await el.updateComplete;
    const patterns = $$(el, '.insight .pattern').map(text);
    expect(patterns).to.deep.equal([
      'On days with an event involving Ana, your mood averaged 3 (3 days); on other days, 5.7 (7 days). A pattern in what you recorded, not proof that one thing causes the other.',
    ]);
    expect(text($(el, '.insight h3'))).to.equal('Mood around events with people');
    expect(text($(el, '.insight .waiting'))).to.contain('Luis');
  });

  it('exports CSV with formula-injection-safe cells, and SVG', async () => {
    const el = await mount('persist="none" range="2w"');
    const state = sample();
    state.events[0].title = '=HYPERLINK("http://evil")';
    el.state = state;
    await el.updateComplete;
    const csv = el.toCSV();
    expect(csv.startsWith('\uFEFFrecord,id,date,mood,title')).to.equal(true);
    expect(csv).to.contain(`event,v1,2026-03-03,,"'=HYPERLINK(""http://evil"")",conflict,-3,Ana,`);
    expect(csv).to.contain('entry,e2,2026-03-03,4,,,,,,,long day,');
    expect(csv).to.contain('measure,m1,2026-03-02,,,,,,PHQ-9,12,');
    const svgText = el.toSVG();
    expect(svgText.startsWith('<svg')).to.equal(true);
    expect(svgText).to.contain('xmlns="http://www.w3.org/2000/svg"');
    expect(svgText).not.to.contain('class=');
    expect(svgText).to.match(/stroke="rgb\(/);
  });

  it('is view-only when readonly', async () => {
    const el = await mount('persist="none" readonly range="2w"');
    el.state = sample();
    await el.updateComplete;
    expect($(el, '.checkin')).to.equal(null);
    expect($(el, '.add-event')).to.equal(null);
    $(el, '.plot')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect($(el, '.day')).not.to.equal(null);
    expect($$(el, '.day button')).to.have.length(0);
    await expect(el).to.be.accessible();
    el.view = 'table';
    await el.updateComplete;
    expect($$(el, 'tbody button')).to.have.length(0);
  });

  it('renders notes, titles and names as text (XSS payloads)', async () => {
    const el = await mount('persist="none" range="2w"');
    const payload = '<img src=x onerror="window.__mtXss=1"><script>window.__mtXss=2</script>';
    el.state = {
      entries: [{ id: 'e', date: '2026-03-09', mood: 5, note: payload }],
      events: [{ id: 'v', date: '2026-03-09', title: payload, kind: 'other', personNames: [payload] }],
      measures: [],
    };
    await el.updateComplete;
    $(el, '.plot')!.focus();
    await el.updateComplete;
    el.view = 'table';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __mtXss?: number }).__mtXss).to.equal(undefined);
    expect(text($(el, '.notes-cell'))).to.equal(payload);
    expect(text($(el, '.events-cell .event-title'))).to.equal(payload);
  });

  it('rejects bad input: a TypeError naming the field, nothing changed', async () => {
    const el = await mount('persist="none"');
    el.state = sample();
    const seen = changes(el);
    const bad = (patch: (s: MoodState) => void, path: string) => {
      const s = sample();
      patch(s);
      expect(() => (el.state = s)).to.throw(TypeError, new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}:`));
    };
    bad((s) => (s.entries[0].mood = 11), 'entries[0].mood');
    bad((s) => (s.events[0].impact = 5), 'events[0].impact');
    bad((s) => (s.entries[0].date = '2026-02-30'), 'entries[0].date');
    bad((s) => (s.entries[1].id = 'e1'), 'entries[1].id');
    bad((s) => (s.entries[0].date = '2026-03-11'), 'entries[0].date');
    expect(() => el.checkIn(12)).to.throw(TypeError, /^entry\.mood:/);
    expect(seen).to.have.length(0);
    expect(el.state.entries.map((e) => e.mood)).to.deep.equal([5, 4, 6, 8]);
  });

  it('keeps its own copy of an assigned state and draws it in one render', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('ipt-mood-timeline');
    el.setAttribute('persist', 'none');
    el.setAttribute('today', TODAY);
    el.setAttribute('range', 'all');
    const input = sample();
    el.state = input;
    const frames: { summary: string; line: boolean; form: boolean }[] = [];
    el.addController({
      hostUpdated: () => frames.push({ summary: text($(el, '.summary')), line: !!$(el, 'svg.chart .mood path'), form: !!$(el, 'form.checkin') }),
    });
    const seen = changes(el);
    wrap.append(el);
    await el.ready;
    await el.updateComplete;
    // the first frame is the chart with the assigned data (not first empty or unsaved, then
    // again); the forms follow in a second render
    expect(frames).to.deep.equal([
      { summary: '4 check-ins, 1 event', line: true, form: false },
      { summary: '4 check-ins, 1 event', line: true, form: true },
    ]);
    expect(seen, 'an assignment emits nothing').to.have.length(0);
    input.entries[0].mood = 0;
    input.events[0].personNames!.push('Luis');
    expect(el.state.entries[0].mood).to.equal(5);
    expect(el.state.events[0].personNames).to.deep.equal(['Ana']);
  });

  it('reports bad attributes and falls back', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors: CustomEvent[] = [];
    wrap.addEventListener('ipt-error', (e) => errors.push(e as CustomEvent));
    wrap.innerHTML = `<ipt-mood-timeline persist="none" range="5y" min="7" max="3"></ipt-mood-timeline>`;
    const el = wrap.querySelector('ipt-mood-timeline')!;
    await el.ready;
    await el.updateComplete;
    expect(el.range).to.equal('3m');
    expect([el.min, el.max]).to.deep.equal([0, 10]);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute', 'invalid-attribute']);
    expect(errors[0].detail.message).to.contain('range="5y"');
  });

  it('repairs faulty stored data and reports it, never dropping it silently', async () => {
    const storageKey = key();
    await set(
      `default/ipt-mood-timeline/${storageKey}`,
      {
        schema: 1,
        updatedAt: '2026-03-01T00:00:00Z',
        data: {
          entries: [
            { id: 'a', date: '2026-03-01', mood: 14 },
            { id: 'a', date: '2026-03-02', mood: 3 },
            { id: 'b', date: '2026-02-30', mood: 3 },
          ],
          events: [{ id: 'v', date: '2026-03-01', title: 'x', impact: 9 }],
        },
      },
      createStore(DB_NAME, STORE_NAME),
    );
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors: CustomEvent[] = [];
    wrap.addEventListener('ipt-error', (e) => errors.push(e as CustomEvent));
    wrap.innerHTML = `<ipt-mood-timeline storage-key="${storageKey}" today="${TODAY}"></ipt-mood-timeline>`;
    const el = wrap.querySelector('ipt-mood-timeline')!;
    await el.ready;
    expect(el.state.entries.map((e) => [e.id, e.mood])).to.deep.equal([
      ['a', 10],
      ['a-2', 3],
    ]);
    expect(el.state.events[0].impact).to.equal(4);
    const invalid = errors.filter((e) => e.detail.code === 'invalid-state');
    expect(invalid).to.have.length(1);
    for (const part of ['entries[0].mood: clamped from 14 to 10', 'entries[1].id', 'entries[2].date', 'events[0].impact']) {
      expect(invalid[0].detail.message).to.contain(part);
    }
  });
});

describe('ipt-mood-timeline: downloads and print', () => {
  it('downloads CSV, JSON and SVG files', async () => {
    const el = await mount('persist="none" range="2w"');
    el.state = sample();
    await el.updateComplete;
    const files: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    const realCreate = URL.createObjectURL;
    const realClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob as Blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      files.push({ name: this.download, blob: blobs.get(this.href)! });
    };
    try {
      for (const button of $$<HTMLButtonElement>(el, '.export button').slice(0, 3)) button.click();
    } finally {
      URL.createObjectURL = realCreate;
      HTMLAnchorElement.prototype.click = realClick;
    }
    expect(files.map((f) => f.name)).to.deep.equal([
      `mood-timeline-${TODAY}.csv`,
      `mood-timeline-${TODAY}.json`,
      `mood-timeline-${TODAY}.svg`,
    ]);
    expect(files.map((f) => f.blob.type)).to.deep.equal(['text/csv;charset=utf-8', 'application/json', 'image/svg+xml']);
    // the file starts with a UTF-8 byte-order mark (which text() strips) so spreadsheets read accents right
    expect([...new Uint8Array(await files[0].blob.arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(await files[0].blob.text()).to.equal(el.toCSV().slice(1));
    expect(JSON.parse(await files[1].blob.text())).to.deep.equal(el.state);
    expect(await files[2].blob.text()).to.equal(el.toSVG());
  });

  it('prints the chart and the table', async () => {
    const el = await mount('persist="none" range="2w"');
    el.state = sample();
    await el.updateComplete;
    expect($(el, '.table-view')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect($$(el, '.table-view tbody tr')).to.have.length(4);
    expect($(el, '.chart-view')!.hidden).to.equal(false);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($(el, '.table-view')).to.equal(null);
  });
});

describe('ipt-mood-timeline: workbook readonly and clear', () => {
  it('is view-only inside a readonly workbook', async () => {
    const el = await mount('persist="none"', (inner) => `<ipt-workbook workbook-id="ro-${key()}" readonly>${inner}</ipt-workbook>`);
    await el.updateComplete;
    expect($(el, '.checkin')).to.equal(null);
    expect($(el, '.add-event')).to.equal(null);
  });

  it('clear() empties the record and emits clear', async () => {
    const el = await mount();
    el.checkIn(5);
    const seen = changes(el);
    await el.clear();
    expect(el.state).to.deep.equal({ entries: [], events: [], measures: [] });
    expect(seen.map((e) => e.detail.change.type)).to.deep.equal(['clear']);
  });
});

describe('ipt-mood-timeline: persistence', () => {
  it('keeps check-ins across a re-mount', async () => {
    const storageKey = key();
    const el = await mount(`storage-key="${storageKey}"`);
    el.checkIn(6, { note: 'kept' });
    await el.saved();
    el.remove();
    const again = await mount(`storage-key="${storageKey}"`);
    expect(again.state.entries.map((e) => [e.mood, e.note])).to.deep.equal([[6, 'kept']]);
  });

  it('shares changes live with another instance and another tab', async () => {
    const storageKey = key();
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.innerHTML = `<ipt-mood-timeline storage-key="${storageKey}" today="${TODAY}"></ipt-mood-timeline>
      <ipt-mood-timeline storage-key="${storageKey}" today="${TODAY}"></ipt-mood-timeline>`;
    const [a, b] = [...wrap.querySelectorAll('ipt-mood-timeline')];
    await Promise.all([a.ready, b.ready]);
    a.checkIn(4);
    await b.updateComplete;
    expect(b.state.entries.map((e) => e.mood)).to.deep.equal([4]);
    await a.saved();

    // another tab: a same-origin frame with its own copy of the kit
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html><body>
      <ipt-mood-timeline storage-key="${storageKey}" today="${TODAY}"></ipt-mood-timeline>
      <script type="module" src="/src/mood-timeline/mood-timeline.ts"></script></body></html>`;
    wrap.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const other = () => frame.contentDocument!.querySelector('ipt-mood-timeline') as IptMoodTimeline;
    const until = async (check: () => boolean, what: string) => {
      for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
      expect(check(), what).to.equal(true);
    };
    await until(() => typeof (other() as Partial<IptMoodTimeline>).ready !== 'undefined', 'the frame defines the element');
    await other().ready;
    expect(other().state.entries.map((e) => e.mood)).to.deep.equal([4]);
    other().checkIn(5, { date: '2026-03-09' });
    await until(() => a.state.entries.length === 2, 'the change from the other tab arrives');
    expect(a.state.entries.find((e) => e.date === '2026-03-09')!.mood).to.equal(5);
    a.checkIn(7, { date: '2026-03-08' });
    await until(() => other().state.entries.length === 3, 'this tab’s change reaches the other');
  });
});

describe('ipt-mood-timeline: accessibility in every state', () => {
  it('passes axe empty, filled, with the event form, in the table, in Spanish', async function () {
    this.timeout(60000); // five axe runs: WebKit on a busy 2-core machine needs more than the default 20 s
    const el = await mount('persist="none" weekly-average');
    // Said once: the summary says there is nothing yet, the empty chart says what will come.
    expect(text($(el, '.summary'))).to.equal('Nothing recorded yet.');
    expect(text(el.shadowRoot!.querySelector('.plot-note'))).to.equal('Your check-ins will show here, day by day.');
    await expect(el).to.be.accessible();
    el.state = sample();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    $(el, '.plot')!.focus();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.add-event')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.view = 'table';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'es');
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Cómo te has sentido');
    expect(text($(el, '.summary'))).to.equal('3 registros, 1 acontecimiento');
    await expect(el).to.be.accessible();
  });
});
