/**
 * <ipt-mood-timeline>: low mood over several days (`alert-below`, `alert-days`, `ipt-risk`
 * once per run), questionnaire scores with their meaning in lanes of their own, and scores
 * other elements share through the workbook (read live, never stored here).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import '../src/mood-timeline/mood-timeline.js';
import '../src/workbook/workbook.js';
import type { IptMoodTimeline } from '../src/mood-timeline/mood-timeline.js';
import type { MoodState } from '../src/mood-timeline/model.js';
import { workbookContext, type WorkbookContextValue, type WorkbookMeasure } from '../src/core/context.js';
import { loadStrings } from '../src/core/i18n.js';
import { localToday } from '../src/core/validate.js';
import { $, $$, storedEntries, text } from './core/helpers.js';

const TODAY = '2026-03-10';
const CRISIS = { en: '<p class="host-crisis">Call the Riverside line: 555-0100</p>', es: '<p class="host-crisis">Llama a la línea Riverside: 555-0100</p>' };
let n = 0;
const key = () => `mts-${Date.now().toString(36)}-${n++}`;

async function mount(attrs = '', outer = (inner: string) => inner): Promise<IptMoodTimeline> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const storage = attrs.includes('storage-key=') ? '' : `storage-key="${key()}"`;
  wrap.innerHTML = outer(`<ipt-mood-timeline ${storage} today="${TODAY}" ${attrs}></ipt-mood-timeline>`);
  const el = wrap.querySelector('ipt-mood-timeline')!;
  el.crisisContent = CRISIS;
  await el.ready;
  await el.updateComplete;
  return el;
}


/** Every ipt-risk that reaches the document, with the element that sent it. */
function risks(): { events: CustomEvent[]; stop: () => void } {
  const events: CustomEvent[] = [];
  const on = (e: Event) => events.push(e as CustomEvent);
  document.addEventListener('ipt-risk', on);
  return { events, stop: () => document.removeEventListener('ipt-risk', on) };
}

const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}`;

describe('ipt-mood-timeline: low mood over several days', () => {
  it('emits ipt-risk once when a check-in completes a run, and shows the crisis content with a supportive line', async () => {
    const storageKey = key();
    const el = await mount(`storage-key="${storageKey}" alert-below="2" alert-days="3"`);
    const seen = risks();
    try {
      el.checkIn(2, { date: day(8) });
      el.checkIn(1, { date: day(9) });
      await el.updateComplete;
      expect(seen.events, 'two low days are not yet a run').to.have.length(0);
      expect($(el, '.low-run')).to.equal(null);

      // today by the form, with the keyboard: the check-in that completes the run
      $<HTMLInputElement>(el, '#mood-0')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'button.save')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(seen.events).to.have.length(1);
      const risk = seen.events[0];
      expect(risk.target).to.equal(el);
      expect(risk.bubbles && risk.composed).to.equal(true);
      expect(risk.detail).to.include({ source: 'ipt-mood-timeline', workbook: 'default', storageKey, kind: 'low-mood', value: 1 });
      expect(risk.detail.at).to.be.a('string');
      const panel = $(el, '.low-run .crisis-open')!;
      expect(text(panel.querySelector('.crisis-lead'))).to.contain('Your mood has been low for 3 days in a row');
      expect(panel.querySelector('.crisis-lead')!.getAttribute('role')).to.equal('status');
      expect(text(panel.querySelector('.host-crisis'))).to.equal('Call the Riverside line: 555-0100');
      expect(el.state.lowMoodRuns).to.have.length(1);
      expect(el.state.lowMoodRuns![0]).to.include({ id: day(8), from: day(8), lowest: 1 });
      await expect(el).to.be.accessible();

      // more check-ins in the same run: the panel stays, no second event
      el.checkIn(0);
      el.checkIn(2, { date: day(7) }); // the run grows backwards: still the same run
      await el.updateComplete;
      expect(seen.events).to.have.length(1);
      expect($(el, '.low-run .crisis-open')).to.not.equal(null);
      expect(el.state.lowMoodRuns).to.have.length(1);
    } finally {
      seen.stop();
    }
  });

  it('does not emit again on reload, in a twin instance, or for more check-ins in the run', async () => {
    const storageKey = key();
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.innerHTML = `<ipt-mood-timeline storage-key="${storageKey}" today="${TODAY}" alert-below="2" alert-days="3"></ipt-mood-timeline>
      <ipt-mood-timeline storage-key="${storageKey}" today="${TODAY}" alert-below="2" alert-days="3"></ipt-mood-timeline>`;
    const [a, b] = [...wrap.querySelectorAll('ipt-mood-timeline')];
    a.crisisContent = b.crisisContent = CRISIS;
    await Promise.all([a.ready, b.ready]);
    const seen = risks();
    try {
      a.checkIn(1, { date: day(8) });
      a.checkIn(1, { date: day(9) });
      a.checkIn(2);
      await Promise.all([a.updateComplete, b.updateComplete]);
      expect(seen.events.map((e) => e.target)).to.deep.equal([a]);
      // the twin shows the same state and stays silent, also when the person checks in there
      expect(b.state.lowMoodRuns!.map((r) => r.from)).to.deep.equal([day(8)]);
      expect($(b, '.low-run')).to.equal(null);
      b.checkIn(0);
      await b.updateComplete;
      expect(seen.events).to.have.length(1);
      expect($(b, '.low-run .crisis-open'), 'the twin where the person checked in shows the panel').to.not.equal(null);
      await a.saved();
      await b.saved();

      // the reported run is saved with the check-ins
      const stored = (await storedEntries()).get(`default/ipt-mood-timeline/${storageKey}`) as { data: MoodState };
      expect(stored.data.lowMoodRuns!.map((r) => r.from)).to.deep.equal([day(8)]);

      // reload: nothing on load, nothing for another check-in in the run
      wrap.innerHTML = '';
      const again = await mount(`storage-key="${storageKey}" alert-below="2" alert-days="3"`);
      expect(seen.events).to.have.length(1);
      expect($(again, '.low-run')).to.equal(null);
      again.checkIn(1);
      await again.updateComplete;
      expect(seen.events).to.have.length(1);
    } finally {
      seen.stop();
    }
  });

  it('reports a new run after a better day, and nothing below the threshold or without the attributes', async () => {
    const el = await mount('persist="none" alert-below="2" alert-days="3"');
    const seen = risks();
    try {
      for (const d of [2, 3, 4]) el.checkIn(3, { date: day(d) }); // 3 is above "at or below 2"
      expect(seen.events).to.have.length(0);
      for (const d of [4, 5, 6]) el.checkIn(2, { date: day(d) });
      expect(seen.events.map((e) => e.detail.value)).to.deep.equal([2]);
      el.checkIn(6, { date: day(7) }); // a better day ends the run
      el.checkIn(1, { date: day(8) });
      el.checkIn(2, { date: day(9) });
      expect(seen.events).to.have.length(1);
      el.checkIn(2, { date: day(10) });
      expect(seen.events.map((e) => e.detail.value)).to.deep.equal([2, 1]);
      expect(el.state.lowMoodRuns!.map((r) => r.from)).to.deep.equal([day(4), day(8)]);

      // a day without a check-in ends a run too
      const gaps = await mount('persist="none" alert-below="2" alert-days="3"');
      for (const d of [5, 6, 8, 9]) gaps.checkIn(1, { date: day(d) });
      expect(seen.events).to.have.length(2);

      // no alert unless the host asks for one
      const off = await mount('persist="none"');
      for (const d of [8, 9, 10]) off.checkIn(0, { date: day(d) });
      await off.updateComplete;
      expect(seen.events).to.have.length(2);
      expect(off.state.lowMoodRuns).to.equal(undefined);
      expect($(off, '.low-run')).to.equal(null);
    } finally {
      seen.stop();
    }
  });

  it('does not flag a run long past, and takes alert-days="1"', async () => {
    const seen = risks();
    try {
      const el = await mount('persist="none" alert-below="2" alert-days="3"');
      for (const d of ['2026-01-05', '2026-01-06', '2026-01-07']) el.checkIn(1, { date: d });
      expect(seen.events).to.have.length(0);
      const single = await mount('persist="none" alert-below="0" alert-days="1"');
      single.checkIn(0);
      expect(seen.events.map((e) => e.detail.value)).to.deep.equal([0]);
    } finally {
      seen.stop();
    }
  });

  it('checks its attributes like the others', async () => {
    const cases: [string, string][] = [
      ['alert-below="low"', 'alert-below'],
      ['alert-below="10"', 'alert-below'], // at the top of the scale every day would be "low"
      ['alert-below="-1"', 'alert-below'],
      ['alert-below="2" alert-days="0"', 'alert-days'],
      ['alert-below="2" alert-days="2.5"', 'alert-days'],
    ];
    for (const [attrs, name] of cases) {
      const errors: CustomEvent[] = [];
      const wrap = await fixture<HTMLDivElement>(html`<div @ipt-error=${(e: CustomEvent) => errors.push(e)}></div>`);
      wrap.innerHTML = `<ipt-mood-timeline persist="none" today="${TODAY}" ${attrs}></ipt-mood-timeline>`;
      const el = wrap.querySelector('ipt-mood-timeline')!;
      await el.ready;
      await el.updateComplete;
      expect(errors.map((e) => e.detail.code), attrs).to.deep.equal(['invalid-attribute']);
      expect(errors[0].detail.message, attrs).to.contain(name);
    }
    const ok = await mount('persist="none" min="1" max="10" alert-below="3" alert-days="2"');
    expect([ok.alertBelow, ok.alertDays]).to.deep.equal([3, 2]);
  });
});

describe('ipt-mood-timeline: scores with their meaning', () => {
  const PHQ = [0, 4, 5, 9, 10, 14, 15, 19, 20, 27];
  const PHQ_BANDS = ['minimal', 'minimal', 'mild', 'mild', 'moderate', 'moderate', 'moderately severe', 'moderately severe', 'severe', 'severe'];
  const GAD = [0, 4, 5, 9, 10, 14, 15, 21];
  const GAD_BANDS = ['minimal', 'minimal', 'mild', 'mild', 'moderate', 'moderate', 'severe', 'severe'];

  function scores(): MoodState {
    return {
      entries: [{ id: 'e1', date: '2026-02-20', mood: 6 }],
      events: [],
      measures: [
        ...PHQ.map((score, i) => ({ id: `p${i}`, date: `2026-02-${String(i + 1).padStart(2, '0')}`, instrument: 'PHQ-9', score })),
        ...GAD.map((score, i) => ({ id: `g${i}`, date: `2026-02-${String(i + 11).padStart(2, '0')}`, instrument: 'gad7', score })),
      ],
    };
  }

  it('writes each score with its range, band and period, on known scores', async () => {
    const el = await mount('persist="none" range="3m" view="table"');
    el.state = scores();
    await el.updateComplete;
    const cell = (date: string) => text($(el, `tr[data-date="${date}"] .measures-cell`));
    PHQ.forEach((score, i) =>
      expect(cell(`2026-02-${String(i + 1).padStart(2, '0')}`)).to.equal(`PHQ-9: ${score} of 27, ${PHQ_BANDS[i]} symptoms (past two weeks)`),
    );
    GAD.forEach((score, i) =>
      expect(cell(`2026-02-${String(i + 11).padStart(2, '0')}`)).to.equal(`GAD-7: ${score} of 21, ${GAD_BANDS[i]} symptoms (past two weeks)`),
    );
    el.lang = 'es';
    await loadStrings('es'); // Spanish loads on demand, then the element renders again
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(cell('2026-02-06')).to.equal('PHQ-9: 14 de 27, síntomas moderados (últimas dos semanas)');
  });

  it('draws each questionnaire in its own lane under the events, with named bands and a key', async () => {
    const el = await mount('persist="none" range="3m"');
    el.state = scores();
    await el.updateComplete;
    const lanes = $$(el, '.score-lane');
    expect(lanes.map((l) => l.dataset.instrument)).to.deep.equal(['PHQ-9', 'GAD-7']);
    const [phq, gad] = lanes;
    expect([...phq.querySelectorAll('rect.band')].map((b) => b.getAttribute('data-band'))).to.deep.equal([
      'minimal',
      'mild',
      'moderate',
      'moderately-severe',
      'severe',
    ]);
    expect([...gad.querySelectorAll('rect.band')].map((b) => b.getAttribute('data-band'))).to.deep.equal(['minimal', 'mild', 'moderate', 'severe']);
    expect([...phq.querySelectorAll('.band-label')].map(text)).to.deep.equal(['minimal', 'mild', 'moderate', 'moderately severe', 'severe']);
    expect(text(phq.querySelector('.lane-title'))).to.equal('PHQ-9, higher = more symptoms');
    // the lane's axis is lines only: nothing painted over the bands
    expect(getComputedStyle(phq.querySelector('path.axis')!).fill).to.equal('none');

    // apart from the mood plot: every score sits below the event lane, higher scores higher up
    const dots = [...phq.querySelectorAll<SVGRectElement>('rect.measure-dot')];
    expect(dots).to.have.length(PHQ.length);
    const ys = dots.map((d) => Number(d.getAttribute('y')));
    expect(Math.min(...ys)).to.be.greaterThan(284);
    expect(ys[0]).to.be.greaterThan(ys[ys.length - 1]);
    // each score inside its band
    const bandOf = (y: number) =>
      [...phq.querySelectorAll<SVGRectElement>('rect.band')].find((b) => y + 3.5 >= Number(b.getAttribute('y')) && y + 3.5 <= Number(b.getAttribute('y')) + Number(b.getAttribute('height')))!
        .dataset.band;
    expect(ys.map(bandOf)).to.deep.equal(PHQ_BANDS.map((b) => b.replace(' ', '-')));
    // the drawing grew by a lane per questionnaire; nothing is drawn past its bottom
    const svgEl = $<SVGSVGElement>(el, 'svg.chart')!;
    expect(Number(svgEl.getAttribute('viewBox')!.split(' ')[3])).to.equal(318 + 2 * 112);

    // the key: what the line is and every band's range and meaning
    const keys = $$(el, '.score-key');
    expect(keys.map((k) => text(k.querySelector('.score-key-title')))).to.deep.equal([
      'PHQ-9 (0-27, higher = more symptoms)',
      'GAD-7 (0-21, higher = more symptoms)',
    ]);
    expect([...keys[0].querySelectorAll('li')].map(text)).to.deep.equal([
      '0-4: minimal symptoms',
      '5-9: mild symptoms',
      '10-14: moderate symptoms',
      '15-19: moderately severe symptoms',
      '20-27: severe symptoms',
    ]);
    expect([...keys[1].querySelectorAll('li')].map(text)).to.deep.equal([
      '0-4: minimal symptoms',
      '5-9: mild symptoms',
      '10-14: moderate symptoms',
      '15-21: severe symptoms',
    ]);
    expect(text($(el, '.score-keys'))).to.contain('not a diagnosis');
    await expect(el).to.be.accessible();

    // no questionnaire in view: no lane, the drawing keeps its height
    el.range = '2w';
    await el.updateComplete;
    expect($$(el, '.score-lane')).to.have.length(0);
    expect($(el, '.score-keys')).to.equal(null);
    expect(Number($<SVGSVGElement>(el, 'svg.chart')!.getAttribute('viewBox')!.split(' ')[3])).to.equal(318);
  });
});

/** Publishes scores into the enclosing workbook, as the symptom check does, and reads the context. */
class MeasureSource extends LitElement {
  ctx: WorkbookContextValue | undefined;
  constructor() {
    super();
    new ContextConsumer(this, { context: workbookContext, subscribe: true, callback: (v) => (this.ctx = v) });
  }
  share(measures: WorkbookMeasure[]): void {
    this.ctx!.publish(this, { measures });
  }
}
customElements.define('mts-measure-source', MeasureSource);

describe('ipt-mood-timeline: measures shared in the workbook', () => {
  it('shows them in the chart and the table, live, without storing them', async () => {
    const workbookId = key();
    const storageKey = key();
    const outer = (inner: string) => `<ipt-workbook workbook-id="${workbookId}"><mts-measure-source></mts-measure-source>${inner}</ipt-workbook>`;
    const el = await mount(`storage-key="${storageKey}" range="2w"`, outer);
    const source = el.parentElement!.querySelector<MeasureSource>('mts-measure-source')!;
    el.checkIn(6);
    el.addMeasure({ date: '2026-03-02', instrument: 'PHQ-9', score: 8 }); // a host's own, as today
    source.share([
      { id: 'resp-1', date: '2026-03-05', instrument: 'PHQ-9', score: 14, source: 'ipt-symptom-check' },
      { id: 'resp-2', date: '2026-03-06', instrument: 'GAD-7', score: 11, source: 'ipt-symptom-check' },
      { id: 'bad', date: '2026-03-32', instrument: 'PHQ-9', score: 99, source: 'ipt-symptom-check' },
    ]);
    await el.updateComplete;
    expect($$(el, '.score-lane').map((l) => l.dataset.instrument)).to.deep.equal(['PHQ-9', 'GAD-7']);
    expect($$(el, '.score-lane[data-instrument="PHQ-9"] rect.measure-dot')).to.have.length(2);
    expect(el.state.measures.map((m) => m.score)).to.deep.equal([8]);

    // the day's details: a shared score says where it comes from and has no Remove
    $(el, '.plot')!.focus();
    await el.updateComplete;
    await sendKeys({ press: 'Home' });
    for (let i = 0; i < 10 && !text($(el, '.day h3')).includes('March 5'); i++) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(text($(el, '.day .measure-list'))).to.equal('PHQ-9: 14 of 27, moderate symptoms (past two weeks) (from your symptom check)');
    expect($(el, '.day .remove-measure')).to.equal(null);

    el.view = 'table';
    await el.updateComplete;
    expect(text($(el, 'tr[data-date="2026-03-05"] .measures-cell'))).to.equal(
      'PHQ-9: 14 of 27, moderate symptoms (past two weeks) (from your symptom check)',
    );
    expect(text($(el, 'tr[data-date="2026-03-06"] .measures-cell'))).to.contain('GAD-7: 11 of 21, moderate symptoms');
    expect(text($(el, 'tr[data-date="2026-03-02"] .measures-cell'))).to.equal('PHQ-9: 8 of 27, mild symptoms (past two weeks)');
    await expect(el).to.be.accessible();

    // nothing of them in the saved record, even after a change and a re-mount
    await el.saved();
    const stored = (await storedEntries()).get(`${workbookId}/ipt-mood-timeline/${storageKey}`) as { data: MoodState };
    expect(stored.data.measures.map((m) => m.id)).to.deep.equal([el.state.measures[0].id]);
    const wrap = el.parentElement!.parentElement!;
    wrap.innerHTML = '';
    wrap.innerHTML = outer(`<ipt-mood-timeline storage-key="${storageKey}" today="${TODAY}" range="2w" view="table"></ipt-mood-timeline>`);
    const again = wrap.querySelector('ipt-mood-timeline')!;
    await again.ready;
    await again.updateComplete;
    expect(again.state.measures.map((m) => m.score)).to.deep.equal([8]);
    expect($(again, 'tr[data-date="2026-03-05"]')).to.equal(null);
    // the score appears when the symptom check shares it, changes with it and leaves with it
    const source2 = wrap.querySelector<MeasureSource>('mts-measure-source')!;
    await source2.updateComplete;
    source2.share([{ id: 'resp-1', date: '2026-03-05', instrument: 'PHQ-9', score: 16, source: 'ipt-symptom-check' }]);
    await again.updateComplete;
    expect(text($(again, 'tr[data-date="2026-03-05"] .measures-cell'))).to.contain('PHQ-9: 16 of 27, moderately severe symptoms');
    source2.ctx!.withdraw(source2); // it left the page
    await again.updateComplete;
    expect($(again, 'tr[data-date="2026-03-05"]')).to.equal(null);
    expect(again.state.measures.map((m) => m.score)).to.deep.equal([8]);
  });
});

describe('ipt-mood-timeline with a real <ipt-symptom-check> in the workbook', () => {
  it('draws its completed responses as measures, without storing them', async () => {
    await import('../src/symptom-check/symptom-check.js');
    const today = localToday();
    const workbookId = key();
    const storageKey = key();
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.innerHTML = `<ipt-workbook workbook-id="${workbookId}">
      <ipt-symptom-check persist="none"></ipt-symptom-check>
      <ipt-mood-timeline storage-key="${storageKey}" range="2w" view="table"></ipt-mood-timeline>
    </ipt-workbook>`;
    const check = wrap.querySelector('ipt-symptom-check')! as HTMLElement & { ready: Promise<void>; state: unknown; updateComplete: Promise<unknown> };
    const timeline = wrap.querySelector('ipt-mood-timeline')!;
    await Promise.all([check.ready, timeline.ready]);
    check.state = {
      responses: [
        { id: 'resp-a', instrument: 'phq9', date: today, items: [2, 2, 2, 2, 2, 2, 0, 0, 0], completedAt: new Date().toISOString() },
      ],
    };
    await check.updateComplete;
    await timeline.updateComplete;
    expect(text($(timeline, `tr[data-date="${today}"] .measures-cell`))).to.equal(
      'PHQ-9: 12 of 27, moderate symptoms (past two weeks) (from your symptom check)',
    );
    expect(timeline.state.measures).to.deep.equal([]);
    timeline.checkIn(5);
    await timeline.saved();
    const stored = (await storedEntries()).get(`${workbookId}/ipt-mood-timeline/${storageKey}`) as { data: MoodState };
    expect(stored.data.measures).to.deep.equal([]);
  });
});
