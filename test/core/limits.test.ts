// Limits that keep the page alive: documented maxima (a TypeError naming the field beyond
// them), days from 1900 to 2100, and any `lang` a CMS may write over every element and view.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/workbook/workbook.js';
import '../../src/social-circle/social-circle.js';
import '../../src/mood-timeline/mood-timeline.js';
import '../../src/problem-area-picker/problem-area-picker.js';
import '../../src/sync/sync.js';
import type { IptSocialCircle } from '../../src/social-circle/social-circle.js';
import type { IptMoodTimeline } from '../../src/mood-timeline/mood-timeline.js';
import type { IptProblemAreaPicker } from '../../src/problem-area-picker/problem-area-picker.js';
import type { IptSync } from '../../src/sync/sync.js';
import { MAX_PEOPLE, MAX_SNAPSHOTS } from '../../src/social-circle/model.js';
import { MAX_ENTRIES, MAX_EVENTS, MAX_MEASURES } from '../../src/mood-timeline/model.js';
import { csvCell } from '../../src/core/export.js';
import { localToday } from '../../src/core/validate.js';

let unique = 0;
const key = () => `limits-${Date.now()}-${(unique += 1)}`;
const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, relationship: 'friend', ring: (i % 3) + 1 }));
/** `i` days before today, in the local calendar. */
const dayOf = (i: number) => localToday(new Date(Date.now() - i * 86400000));

function refused(assign: () => void): string {
  try {
    assign();
  } catch (error) {
    expect(error).to.be.instanceOf(TypeError);
    return (error as Error).message;
  }
  throw new Error('not refused');
}

describe('maxima', () => {
  it(`a circle takes ${MAX_PEOPLE} people and renders them; one more is a TypeError naming people`, async () => {
    const el = await fixture<IptSocialCircle>(html`<ipt-social-circle persist="none" storage-key=${key()}></ipt-social-circle>`);
    await el.ready;
    expect(refused(() => (el.state = { people: people(MAX_PEOPLE + 1) } as never))).to.match(new RegExp(`^people: at most ${MAX_PEOPLE} items`));
    expect(refused(() => (el.state = { people: [], snapshots: Array.from({ length: MAX_SNAPSHOTS + 1 }, () => ({})) } as never))).to.match(/^snapshots: at most/);
    const started = performance.now();
    el.state = { people: people(MAX_PEOPLE) } as never;
    await el.updateComplete;
    const took = performance.now() - started;
    expect(el.shadowRoot!.querySelectorAll('[data-id]').length).to.be.greaterThan(MAX_PEOPLE - 1);
    el.view = 'list';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('table[part="list"] tbody tr')).to.have.length(MAX_PEOPLE);
    expect(took, 'render of the maximum in ms').to.be.below(15000);
  });

  it('a timeline refuses more entries, events or measures than documented, naming the list', async () => {
    const el = await fixture<IptMoodTimeline>(html`<ipt-mood-timeline persist="none" storage-key=${key()}></ipt-mood-timeline>`);
    await el.ready;
    const entries = Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => ({ id: `e${i}`, date: '2020-01-01', mood: 5 }));
    expect(refused(() => (el.state = { entries, events: [] } as never))).to.match(new RegExp(`^entries: at most ${MAX_ENTRIES} items`));
    const events = Array.from({ length: MAX_EVENTS + 1 }, (_, i) => ({ id: `v${i}`, date: '2020-01-01', title: 'x' }));
    expect(refused(() => (el.state = { entries: [], events } as never))).to.match(/^events: at most/);
    const measures = Array.from({ length: MAX_MEASURES + 1 }, (_, i) => ({ id: `m${i}`, date: '2020-01-01', instrument: 'PHQ-9', score: 3 }));
    expect(refused(() => (el.state = { entries: [], events: [], measures } as never))).to.match(/^measures: at most/);
  });

  it('days outside 1900 to 2100 are refused; 2100-12-31 draws on the "all" chart', async () => {
    const el = await fixture<IptMoodTimeline>(html`<ipt-mood-timeline persist="none" range="all" storage-key=${key()}></ipt-mood-timeline>`);
    await el.ready;
    expect(refused(() => (el.state = { entries: [], events: [{ id: 'a', date: '9998-12-31', title: 'far' }] } as never))).to.match(/^events\[0\]\.date: must be from 1900-01-01 to 2100-12-31/);
    expect(refused(() => (el.state = { entries: [{ id: 'b', date: '1899-12-31', mood: 3 }], events: [] } as never))).to.match(/^entries\[0\]\.date: /);
    expect(refused(() => el.addEvent({ date: '2101-01-01', title: 'far' } as never))).to.match(/date/);
    el.state = { entries: [{ id: 'b', date: '1900-01-01', mood: 3 }], events: [{ id: 'a', date: '2100-12-31', title: 'far' }] } as never;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg')).to.not.equal(null);
  });

  it('a timeline of the most entries renders', async () => {
    const el = await fixture<IptMoodTimeline>(html`<ipt-mood-timeline persist="none" range="all" entries-per-day="many" storage-key=${key()}></ipt-mood-timeline>`);
    await el.ready;
    const entries = Array.from({ length: MAX_ENTRIES }, (_, i) => ({ id: `e${i}`, date: dayOf(i % 30000), mood: i % 11 }));
    el.state = { entries, events: [] } as never;
    await el.updateComplete;
    expect(el.state.entries).to.have.length(MAX_ENTRIES);
    expect(el.shadowRoot!.querySelector('svg path')).to.not.equal(null);
  });
});

describe('any lang over every element and view', () => {
  for (const lang of ['en_US', 'xx', '', '123']) {
    for (const where of ['element', 'workbook', 'html'] as const) {
      it(`lang="${lang}" on the ${where}: every element and view renders its content`, async () => {
        const errors: unknown[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
        window.addEventListener('error', onError);
        const htmlLang = document.documentElement.getAttribute('lang');
        if (where === 'html') document.documentElement.setAttribute('lang', lang);
        const k = key();
        const wrapper = await fixture<HTMLElement>(
          where === 'workbook'
            ? html`<ipt-workbook workbook-id=${k} lang=${lang}><div class="in"></div></ipt-workbook>`
            : html`<div lang=${where === 'element' ? lang : 'en'} class="in"></div>`,
        );
        if (where === 'html') wrapper.removeAttribute('lang');
        const inner = (wrapper.querySelector('.in') ?? wrapper) as HTMLElement;
        inner.innerHTML = `<ipt-social-circle persist="none" storage-key="${k}"></ipt-social-circle>
          <ipt-mood-timeline persist="none" storage-key="${k}"></ipt-mood-timeline>
          <ipt-problem-area-picker persist="none" storage-key="${k}"></ipt-problem-area-picker>
          <ipt-sync endpoint="/lang-test-${k}" show-status></ipt-sync>`;
        try {
          const circle = inner.querySelector('ipt-social-circle') as IptSocialCircle;
          const mood = inner.querySelector('ipt-mood-timeline') as IptMoodTimeline;
          const picker = inner.querySelector('ipt-problem-area-picker') as IptProblemAreaPicker;
          const sync = inner.querySelector('ipt-sync') as IptSync;
          await Promise.all([circle.ready, mood.ready, picker.ready]);
          circle.state = { people: people(3) } as never;
          mood.state = {
            entries: [{ id: 'e1', date: dayOf(1), mood: 4, note: 'n' }, { id: 'e2', date: dayOf(2), mood: 6 }],
            events: [{ id: 'v1', date: dayOf(1), title: 'Talked', personIds: ['p1'] }],
          } as never;
          await Promise.all([circle.updateComplete, mood.updateComplete, picker.updateComplete, sync.updateComplete]);
          expect(circle.shadowRoot!.querySelectorAll('[data-id]').length, 'circle picture').to.be.greaterThan(2);
          circle.view = 'list';
          await circle.updateComplete;
          expect(circle.shadowRoot!.querySelectorAll('table[part="list"] tbody tr'), 'circle list').to.have.length(3);
          expect(mood.shadowRoot!.querySelector('svg'), 'mood chart').to.not.equal(null);
          mood.view = 'table';
          await mood.updateComplete;
          expect(mood.shadowRoot!.querySelectorAll('table tbody tr').length, 'mood table').to.be.greaterThan(1);
          expect(picker.shadowRoot!.textContent!.trim().length, 'picker').to.be.greaterThan(20);
          expect(sync.shadowRoot!.textContent!.trim().length, 'sync status').to.be.greaterThan(0);
          expect(csvCell('x')).to.equal('x');
          expect(errors).to.deep.equal([]);
        } finally {
          window.removeEventListener('error', onError);
          if (htmlLang === null) document.documentElement.removeAttribute('lang');
          else document.documentElement.setAttribute('lang', htmlLang);
        }
      });
    }
  }
});
