import { expect } from '@open-wc/testing';
import {
  DEFAULT_OPTIONS,
  addEntry,
  addEvent,
  addMeasure,
  checkIn,
  emptyState,
  moodTimelineModel,
  removeEntry,
  removeEvent,
  removeMeasure,
  repair,
  setOnset,
  updateEntry,
  updateEvent,
  updateMeasure,
  validate,
  validateEntry,
  validateEvent,
  validateMeasure,
  isTime,
  type MoodOptions,
  type MoodState,
} from '../src/mood-timeline/model.js';
import {
  dailyMoods,
  oneADay,
  dayRows,
  eventMark,
  markPaths,
  markerRadius,
  moodTicks,
  phq9Band,
  rangeWindow,
  scoreBand,
  runs,
  PATH_SCALE,
  timeTicks,
  weeklyAverages,
  WEEKLY_MAX_STEP,
} from '../src/mood-timeline/chart.js';
import { addDays, addMonths, dayNumber, fromDayNumber, isRealDate, weekdayIndex } from '../src/mood-timeline/dates.js';
import { isCalendarDate } from '../src/core/validate.js';
import { personInsights, INSIGHT_MIN_DAYS } from '../src/mood-timeline/insight.js';
import { isAlertRun, lowRunAt, markReported, wasReported } from '../src/mood-timeline/low-mood.js';
import { toCsv } from '../src/mood-timeline/csv.js';
import { csvCell } from '../src/core/export.js';
import { formatDate, formatDayLong, formatList, formatNumber, impactKey, strings as enStrings } from '../src/mood-timeline/strings.js';
import esStrings from '../src/mood-timeline/strings.es.js';

/** English from strings.ts, Spanish from its own chunk (strings.es.ts). */
const strings = { ...enStrings, es: esStrings };

const TODAY = '2026-03-10';
const NOW = '2026-03-10T09:00:00.000Z';
const opts: MoodOptions = { ...DEFAULT_OPTIONS, today: TODAY };
const many: MoodOptions = { ...opts, entriesPerDay: 'many' };

function base(): MoodState {
  return {
    entries: [
      { id: 'e1', date: '2026-03-01', mood: 5 },
      { id: 'e2', date: '2026-03-02', mood: 3, note: 'tired' },
    ],
    events: [{ id: 'v1', date: '2026-03-02', title: 'Argument', impact: -3, kind: 'conflict', personIds: ['p-ana'] }],
    measures: [{ id: 'm1', date: '2026-03-01', instrument: 'PHQ-9', score: 12 }],
  };
}

/** Asserts that fn throws a TypeError whose message starts with the field path. */
function throwsAt(fn: () => unknown, path: string): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error, `expected a TypeError at ${path}`).to.be.instanceOf(TypeError);
  expect((error as Error).message.startsWith(`${path}:`), (error as Error).message).to.equal(true);
}

describe('mood-timeline model: shape', () => {
  it('declares its tag, schema and four collections', () => {
    expect(moodTimelineModel.tag).to.equal('ipt-mood-timeline');
    expect(moodTimelineModel.schema).to.equal(1);
    expect(moodTimelineModel.collections).to.deep.equal(['entries', 'events', 'measures', 'lowMoodRuns']);
    expect(moodTimelineModel.empty()).to.deep.equal({ entries: [], events: [], measures: [] });
    expect(moodTimelineModel.empty()).not.to.equal(moodTimelineModel.empty());
    // imports are checked against the widest scale and no "today" (the element checks its own after)
    const wide = base();
    wide.entries[0] = { ...wide.entries[0], mood: -50, date: '2030-01-01' };
    expect(() => validate(wide, moodTimelineModel.importOptions)).not.to.throw();
    expect(() => validate(wide, opts)).to.throw(TypeError);
  });
});

describe('mood-timeline model: validate', () => {
  it('accepts a good state, fills the default kind, keeps unknown fields, does not touch the input', () => {
    const input = base() as MoodState & { extra: number };
    input.extra = 1;
    (input.events[0] as { kind?: string }).kind = undefined;
    const snapshot = JSON.stringify(input);
    const out = validate(input, opts);
    expect(out.events[0].kind).to.equal('other');
    expect((out as unknown as { extra: number }).extra).to.equal(1);
    expect(out.entries[1].note).to.equal('tired');
    expect(JSON.stringify(input)).to.equal(snapshot);
  });

  it('returns a copy that shares nothing with the input, the same as checking a JSON copy of it', () => {
    const input = base() as MoodState & { extra: { deep: number[] } };
    input.extra = { deep: [1] };
    Object.assign(input.entries[0], { note: null, createdAt: null, tag: { x: 1 }, flag: true, none: undefined });
    Object.assign(input.entries[1], { rating: Number.NaN });
    Object.assign(input.events[0], { personNames: ['Ana'], note: null, meta: { y: [2] } });
    Object.assign(input.measures[0], { extra: [3] });
    const out = validate(input, opts);
    expect(out).to.deep.equal(validate(JSON.parse(JSON.stringify(input)), opts));
    expect(JSON.stringify(out)).to.equal(JSON.stringify(validate(JSON.parse(JSON.stringify(input)), opts)));
    expect(out.entries[0]).to.deep.equal({ id: 'e1', date: '2026-03-01', mood: 5, tag: { x: 1 }, flag: true });
    expect((out.entries[1] as unknown as { rating: unknown }).rating).to.equal(null);
    // nothing reachable from the result is an object of the input
    const inputObjects = new Set<unknown>();
    const collect = (v: unknown, into: Set<unknown>) => {
      if (typeof v !== 'object' || v === null) return;
      into.add(v);
      for (const x of Object.values(v)) collect(x, into);
    };
    collect(input, inputObjects);
    const outObjects = new Set<unknown>();
    collect(out, outObjects);
    expect([...outObjects].filter((o) => inputObjects.has(o))).to.deep.equal([]);
  });

  it('checks common items on a fast path with exactly the results and messages of the full check', () => {
    const outcome = (fn: () => unknown) => {
      try {
        return JSON.stringify(fn());
      } catch (e) {
        return `${(e as Error).name}: ${(e as Error).message}`;
      }
    };
    const t = '2026-03-01T10:00:00.000Z';
    const entries: unknown[] = [
      { id: 'a', date: '2026-03-01', mood: 5 },
      { id: 'a', date: '2026-03-01', mood: 5, note: null, createdAt: t, updatedAt: null, x: null, y: 'z' },
      { id: 'a', date: '2026-03-01', mood: 5, note: 'n', createdAt: '2026-02-30T10:00:00.000Z', updatedAt: 'Tue, 03 Mar 2026 10:00:00 GMT' },
      { id: ' ', date: '2026-03-01', mood: 5 },
      { id: 'a', date: '2026-03-11', mood: 5 },
      { id: 'a', date: '2026-02-30', mood: 5 },
      { id: 'a', date: '2026-03-01', mood: 10.5 },
      { id: 'a', date: '2026-03-01', mood: '5' },
      { id: 'a', date: '2026-03-01', mood: 5, note: 7 },
      { id: 'a', date: '2026-03-01', mood: 5, createdAt: 'yesterday' },
      { id: 'a', date: '2026-03-01', mood: 5, deep: { a: [1] } },
      null,
      [],
    ];
    for (const [i, e] of entries.entries()) {
      expect(outcome(() => validate({ entries: [e], events: [] }, opts).entries[0]), `entry ${i}`).to.equal(
        outcome(() => validateEntry(JSON.parse(JSON.stringify(e)), 'entries[0]', opts)),
      );
    }
    const events: unknown[] = [
      { id: 'v', date: '2026-03-01', title: 'T' },
      { kind: null, id: 'v', date: '2026-03-01', title: 'T', impact: null, note: null, personIds: null, personNames: ['Ana', 'Luis'], x: 1 },
      { id: 'v', date: '2027-03-01', title: 'T', kind: undefined, impact: -4, personIds: ['p1'], createdAt: t },
      { id: 'v', date: '2026-03-01', title: ' ', kind: 'loss' },
      { id: 'v', date: '2026-03-01', title: 'x'.repeat(201) },
      { id: 'v', date: '2026-03-01', title: 'T', impact: 5 },
      { id: 'v', date: '2026-03-01', title: 'T', impact: 1.5 },
      { id: 'v', date: '2026-03-01', title: 'T', kind: 'party' },
      { id: 'v', date: '2026-03-01', title: 'T', personNames: ['Ana', 'Ana'] },
      { id: 'v', date: '2026-03-01', title: 'T', personNames: ['Ana', ' '] },
      { id: 'v', date: '2026-03-01', title: 'T', personIds: 'p1' },
      { id: 'v', date: '2026-03-01', title: 'T', meta: { y: 1 } },
    ];
    for (const [i, e] of events.entries()) {
      expect(outcome(() => validate({ entries: [], events: [e] }, opts).events[0]), `event ${i}`).to.equal(
        outcome(() => validateEvent(JSON.parse(JSON.stringify(e)), 'events[0]')),
      );
    }
    const measures: unknown[] = [
      { id: 'm', date: '2026-03-01', instrument: 'PHQ-9', score: 27, note: null },
      { id: 'm', date: '2026-03-01', instrument: 'phq9', score: 12 },
      { id: 'm', date: '2026-03-01', instrument: 'GAD-7', score: 22 },
      { id: 'm', date: '2026-03-01', instrument: 'PHQ-9', score: 2.5 },
      { id: 'm', date: '2026-03-01', instrument: 'toString', score: 2 },
      { id: 'm', date: '2026-03-12', instrument: 'PHQ-9', score: 2 },
    ];
    for (const [i, m] of measures.entries()) {
      expect(outcome(() => validate({ entries: [], events: [], measures: [m] }, opts).measures[0]), `measure ${i}`).to.equal(
        outcome(() => validateMeasure(JSON.parse(JSON.stringify(m)), 'measures[0]', opts)),
      );
    }
    // what JSON makes null in a list is rejected as null, as before
    for (const list of [[, { id: 'a', date: '2026-03-01', mood: 5 }], [undefined], [() => 1]]) {
      expect(outcome(() => validate({ entries: list, events: [] }, opts))).to.equal(
        outcome(() => validate(JSON.parse(JSON.stringify({ entries: list, events: [] })), opts)),
      );
      expect(outcome(() => validate({ entries: list, events: [] }, opts))).to.match(/^TypeError: entries\[0\]: expected an object, got null/);
    }
    for (const v of [t, '2026-02-29T23:59:59.999Z', '2026-12-31T00:00:00.000Z', '2026-13-01T00:00:00.000Z', 'soon', '', 5]) {
      expect(isTime(v), String(v)).to.equal(typeof v === 'string' && !Number.isNaN(Date.parse(v)));
    }
  });

  it('treats missing measures as none, but requires entries and events', () => {
    expect(validate({ entries: [], events: [] }, opts).measures).to.deep.equal([]);
    throwsAt(() => validate({ events: [] }, opts), 'entries');
    throwsAt(() => validate({ entries: [] }, opts), 'events');
    throwsAt(() => validate(null, opts), 'state');
    throwsAt(() => validate([], opts), 'state');
  });

  it('rejects a mood outside min..max, naming the field', () => {
    const s = base();
    s.entries[1].mood = 11;
    throwsAt(() => validate(s, opts), 'entries[1].mood');
    s.entries[1].mood = -1;
    throwsAt(() => validate(s, opts), 'entries[1].mood');
    s.entries[1].mood = 3;
    throwsAt(() => validate(s, { ...opts, min: 1, max: 2 }), 'entries[0].mood');
    (s.entries[0] as { mood: unknown }).mood = '5';
    throwsAt(() => validate(s, opts), 'entries[0].mood');
  });

  it('rejects an impact outside -4..4 or not whole', () => {
    const s = base();
    s.events[0].impact = -5;
    throwsAt(() => validate(s, opts), 'events[0].impact');
    s.events[0].impact = 4.5;
    throwsAt(() => validate(s, opts), 'events[0].impact');
    s.events[0].impact = 4;
    expect(validate(s, opts).events[0].impact).to.equal(4);
  });

  it('rejects malformed and impossible dates', () => {
    for (const bad of ['2026-02-30', '2026-2-3', '03/02/2026', '', 20260302, '2026-13-01']) {
      const s = base();
      (s.entries[0] as { date: unknown }).date = bad;
      throwsAt(() => validate(s, opts), 'entries[0].date');
    }
    const s = base();
    (s.events[0] as { date: unknown }).date = '2025-02-29';
    throwsAt(() => validate(s, opts), 'events[0].date');
    (s.events[0] as { date: unknown }).date = '2024-02-29'; // a leap day is real
    expect(() => validate(s, opts)).not.to.throw();
  });

  it('rejects a future date for entries and measures, not for events noted ahead', () => {
    const s = base();
    s.entries[0].date = '2026-03-11';
    throwsAt(() => validate(s, opts), 'entries[0].date');
    const t = base();
    t.measures[0].date = '2026-03-11';
    throwsAt(() => validate(t, opts), 'measures[0].date');
    const u = base();
    u.events[0].date = '2026-04-01';
    expect(validate(u, opts).events[0].date).to.equal('2026-04-01');
    expect(validate(base(), { ...opts, today: '2026-03-02' }).entries).to.have.length(2);
  });

  it('rejects duplicate ids in every collection', () => {
    const s = base();
    s.entries[1].id = 'e1';
    throwsAt(() => validate(s, opts), 'entries[1].id');
    const t = base();
    t.events.push({ ...t.events[0] });
    throwsAt(() => validate(t, opts), 'events[1].id');
    const u = base();
    u.measures.push({ ...u.measures[0], date: '2026-03-08' });
    throwsAt(() => validate(u, opts), 'measures[1].id');
  });

  it('checks kinds, titles, people, notes and measures', () => {
    const s = base();
    (s.events[0] as { kind: string }).kind = 'fight';
    throwsAt(() => validate(s, opts), 'events[0].kind');
    const t = base();
    t.events[0].title = '  ';
    throwsAt(() => validate(t, opts), 'events[0].title');
    const u = base();
    (u.events[0] as { personIds: unknown }).personIds = ['p-ana', 7];
    throwsAt(() => validate(u, opts), 'events[0].personIds[1]');
    const v = base();
    v.events[0].personNames = ['Ana', 'Ana'];
    throwsAt(() => validate(v, opts), 'events[0].personNames[1]');
    const w = base();
    (w.entries[0] as { note: unknown }).note = 42;
    throwsAt(() => validate(w, opts), 'entries[0].note');
    const x = base();
    x.measures[0].score = 28;
    throwsAt(() => validate(x, opts), 'measures[0].score');
    const y = base();
    y.measures[0].instrument = 'phq9';
    expect(validate(y, opts).measures[0].instrument).to.equal('PHQ-9');
    const z = base();
    z.measures[0] = { ...z.measures[0], instrument: 'WSAS', score: 31 };
    expect(validate(z, opts).measures[0].score).to.equal(31);
    const t2 = base();
    (t2.entries[0] as { createdAt: unknown }).createdAt = 'yesterday';
    throwsAt(() => validate(t2, opts), 'entries[0].createdAt');
  });
});

describe('mood-timeline model: repair', () => {
  it('passes good data through with no problems', () => {
    const { state, problems } = repair(base(), opts);
    expect(problems).to.deep.equal([]);
    expect(state).to.deep.equal(validate(base(), opts));
    // stored items carry times and may carry fields of later versions; an early year is not read
    const t = '2026-03-01T10:00:00.000Z';
    const stored = {
      entries: [
        { id: 'e1', date: '2026-03-01', mood: 5, createdAt: t, updatedAt: t, later: 'kept' },
        { id: 'e2', date: '0050-03-01', mood: 5 },
      ],
      events: [],
    };
    const repaired = repair(stored, opts);
    expect(repaired.state.entries).to.deep.equal([stored.entries[0]]);
    expect(repaired.problems).to.deep.equal(['entries[1].date: not a real date ("0050-03-01"); left out']);
  });

  it('throws only when the data cannot be read at all', () => {
    throwsAt(() => repair('nope', opts), 'state');
    const { state, problems } = repair({}, opts);
    expect(state).to.deep.equal(emptyState());
    expect(problems).to.deep.equal([]);
  });

  it('repairs the unambiguous and reports each fix with its field', () => {
    const input = {
      entries: [
        { id: 'e1', date: '2026-3-1', mood: '5' },
        { id: 'e2', date: '2026-03-02T20:15:00Z', mood: 14 },
        { date: '2026-03-03', mood: 4 },
      ],
      events: [{ id: 'v1', date: '2026-03-02', title: 'Call', impact: -7, kind: 'fight', personIds: 'p-ana' }],
      measures: [{ id: 'm1', date: '2026-03-01', instrument: 'phq 9', score: '30' }],
    };
    const { state, problems } = repair(input, opts);
    expect(state.entries.map((e) => [e.id, e.date, e.mood])).to.deep.equal([
      ['e1', '2026-03-01', 5],
      ['e2', '2026-03-02', 10],
      ['entries-2-2', '2026-03-03', 4],
    ]);
    expect(state.events[0]).to.include({ impact: -4, kind: 'other' });
    expect(state.events[0].personIds).to.deep.equal(['p-ana']);
    expect(state.measures[0]).to.include({ instrument: 'PHQ-9', score: 27 });
    expect(problems).to.include('entries[0].date: read "2026-3-1" as "2026-03-01"');
    expect(problems).to.include('entries[0].mood: read "5" as 5');
    expect(problems).to.include('entries[1].mood: clamped from 14 to 10');
    expect(problems).to.include('entries[2].id: missing (nothing); set to "entries-2-2"');
    expect(problems).to.include('events[0].impact: clamped from -7 to -4');
    expect(problems).to.include('events[0].kind: unknown kind a text of 5 characters; set to "other"');
    expect(problems).to.include('measures[0].score: clamped from 30 to 27');
    // the repaired state is one a host could assign
    expect(() => validate(state, opts)).not.to.throw();
  });

  it('never drops silently: what it cannot repair is left out and reported', () => {
    const { state, problems } = repair(
      {
        entries: [{ id: 'a', date: '2026-02-30', mood: 4 }, { id: 'b', date: '2026-03-01', mood: 'sad' }, 'x'],
        events: [{ id: 'c', date: '2026-03-01' }],
        measures: 'lots',
      },
      opts,
    );
    expect(state).to.deep.equal(emptyState());
    expect(problems).to.deep.equal([
      'entries[0].date: not a real date ("2026-02-30"); left out',
      'entries[1].mood: not a mood (a text of 3 characters); left out',
      'entries[2]: not an entry (a text of 1 character); left out',
      'events[0].title: no title; left out',
      'measures: not a list (a text of 4 characters); left out',
    ]);
  });

  it('merges exact duplicates and keeps different items that share an id', () => {
    const { state, problems } = repair(
      {
        entries: [
          { id: 'a', date: '2026-03-01', mood: 4 },
          { id: 'a', date: '2026-03-01', mood: 4, updatedAt: '2026-03-01T10:00:00Z' },
          { id: 'a', date: '2026-03-02', mood: 6 },
        ],
        events: [],
      },
      opts,
    );
    expect(state.entries.map((e) => e.id)).to.deep.equal(['a', 'a-2']);
    expect(state.entries[1].mood).to.equal(6);
    expect(problems).to.deep.equal([
      'entries[1].id: duplicate of an identical item with id "a"; merged',
      'entries[2].id: duplicate id "a"; set to "a-2"',
    ]);
  });

  it('keeps a future-dated entry (a wrong clock), reporting it', () => {
    const { state, problems } = repair({ entries: [{ id: 'a', date: '2026-03-12', mood: 4 }], events: [] }, opts);
    expect(state.entries).to.have.length(1);
    expect(problems).to.deep.equal(['entries[0].date: "2026-03-12" is in the future; kept']);
  });
});

describe('mood-timeline model: operations', () => {
  it('check-in adds today, then updates the same day (one per day)', () => {
    const r1 = checkIn(emptyState(), { date: TODAY, mood: 4, note: 'ok', id: 'x' }, opts, NOW);
    expect(r1.change).to.deep.equal({ type: 'entry-add', id: 'x' });
    expect(r1.state.entries[0]).to.deep.equal({ id: 'x', date: TODAY, mood: 4, note: 'ok', createdAt: NOW, updatedAt: NOW });
    const later = '2026-03-10T18:00:00.000Z';
    const r2 = checkIn(r1.state, { date: TODAY, mood: 7 }, opts, later);
    expect(r2.change).to.deep.equal({ type: 'entry-update', id: 'x' });
    expect(r2.state.entries).to.have.length(1);
    expect(r2.state.entries[0]).to.include({ mood: 7, note: 'ok', createdAt: NOW, updatedAt: later });
    const r3 = checkIn(r2.state, { date: TODAY, mood: 7, note: ' ' }, opts, later);
    expect(r3.state.entries[0]).not.to.have.property('note');
    // the earlier states are untouched
    expect(r1.state.entries[0].mood).to.equal(4);
  });

  it('check-in with many per day adds every time', () => {
    const r1 = checkIn(emptyState(), { date: TODAY, mood: 4 }, many, NOW);
    const r2 = checkIn(r1.state, { date: TODAY, mood: 6 }, many, NOW);
    expect(r2.change.type).to.equal('entry-add');
    expect(r2.state.entries).to.have.length(2);
    expect(r2.state.entries[0].id).not.to.equal(r2.state.entries[1].id);
  });

  it('past days can be added and edited, future days cannot', () => {
    const r = checkIn(base(), { date: '2026-03-05', mood: 2 }, opts, NOW);
    expect(r.change.type).to.equal('entry-add');
    const u = updateEntry(r.state, 'e1', { mood: 9, note: 'better' }, opts, NOW);
    expect(u.state.entries[0]).to.include({ mood: 9, note: 'better', date: '2026-03-01' });
    throwsAt(() => checkIn(base(), { date: '2026-03-11', mood: 2 }, opts, NOW), 'entry.date');
    throwsAt(() => updateEntry(base(), 'e1', { date: '2026-03-11' }, opts, NOW), 'entry.date');
    throwsAt(() => updateEntry(base(), 'e1', { mood: 11 }, opts, NOW), 'entry.mood');
    throwsAt(() => updateEntry(base(), 'e1', { date: '2026-03-02' }, opts, NOW), 'entry.date');
    throwsAt(() => addEntry(base(), { date: '2026-03-02', mood: 1 }, opts, NOW), 'entry.date');
    throwsAt(() => updateEntry(base(), 'nope', { mood: 1 }, opts, NOW), 'id');
    const cleared = updateEntry(base(), 'e2', { note: null }, opts, NOW);
    expect(cleared.state.entries[1]).not.to.have.property('note');
  });

  it('removes entries, events and measures by id', () => {
    const s = base();
    expect(removeEntry(s, 'e1')).to.deep.equal({
      state: { ...s, entries: [s.entries[1]] },
      change: { type: 'entry-remove', id: 'e1' },
    });
    expect(removeEvent(s, 'v1').state.events).to.deep.equal([]);
    expect(removeMeasure(s, 'm1').change).to.deep.equal({ type: 'measure-remove', id: 'm1' });
    throwsAt(() => removeEvent(s, 'zz'), 'id');
    expect(s.entries).to.have.length(2);
  });

  it('adds and updates events, tidying people and defaulting the kind', () => {
    const r = addEvent(
      base(),
      { date: '2026-03-04', title: ' Dinner with Luis ', impact: 3, personNames: [' Luis ', '', 'Luis'], id: 'v2' },
      NOW,
    );
    expect(r.change).to.deep.equal({ type: 'event-add', id: 'v2' });
    expect(r.state.events[1]).to.deep.equal({
      id: 'v2',
      date: '2026-03-04',
      title: 'Dinner with Luis',
      impact: 3,
      kind: 'other',
      personNames: ['Luis'],
      createdAt: NOW,
      updatedAt: NOW,
    });
    const u = updateEvent(r.state, 'v2', { impact: null, kind: 'connection', personIds: ['p-luis'] }, NOW);
    expect(u.state.events[1]).not.to.have.property('impact');
    expect(u.state.events[1]).to.include({ kind: 'connection' });
    expect(u.state.events[1].personIds).to.deep.equal(['p-luis']);
    throwsAt(() => addEvent(base(), { date: '2026-03-04', title: 'x', impact: 5 }, NOW), 'event.impact');
    throwsAt(() => addEvent(base(), { date: '2026-03-04', title: 'x', id: 'v1' }, NOW), 'event.id');
    throwsAt(() => updateEvent(base(), 'v1', { title: '' }, NOW), 'event.title');
  });

  it('adds and updates measures', () => {
    const r = addMeasure(base(), { date: '2026-03-08', instrument: 'PHQ-9', score: 9, id: 'm2' }, opts, NOW);
    expect(r.change).to.deep.equal({ type: 'measure-add', id: 'm2' });
    const u = updateMeasure(r.state, 'm2', { score: 7 }, opts, NOW);
    expect(u.change.type).to.equal('measure-update');
    expect(u.state.measures[1].score).to.equal(7);
    throwsAt(() => addMeasure(base(), { date: '2026-03-08', instrument: 'PHQ-9', score: 30 }, opts, NOW), 'measure.score');
  });
});

describe('mood-timeline chart data', () => {
  it('does calendar arithmetic across months, leap years and DST', () => {
    expect(fromDayNumber(dayNumber('2026-03-29'))).to.equal('2026-03-29');
    expect(addDays('2026-02-28', 1)).to.equal('2026-03-01');
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2026-10-25', 1)).to.equal('2026-10-26');
    expect(addMonths('2026-03-31', -1)).to.equal('2026-02-28');
    expect(addMonths('2026-01-15', -3)).to.equal('2025-10-15');
    expect(weekdayIndex(dayNumber('2026-03-02'))).to.equal(0); // a Monday
    expect(weekdayIndex(dayNumber('2026-03-08'))).to.equal(6); // a Sunday
  });

  it('agrees with Date on day numbers and with the core on real dates', () => {
    for (let day = dayNumber('1899-12-25'); day < dayNumber('2101-01-10'); day += 13) {
      const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(dayNumber(date), date).to.equal(day);
      expect(fromDayNumber(day)).to.equal(date);
    }
    const samples = ['2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '2026-04-31', '2026-12-31', '2026-00-10',
      '2026-13-01', '2026-01-00', '2026-1-01', '2026/01/01', '2026-01-01T00', 'abcd-ef-gh', '', 20260101, null];
    for (const v of samples) expect(isRealDate(v), String(v)).to.equal(isCalendarDate(v));
  });

  it('breaks the line where two or more days are missing, bridging one', () => {
    const dates = ['2026-03-01', '2026-03-02', '2026-03-04', '2026-03-07', '2026-03-08', '2026-03-12'];
    const days = dates.map((date) => ({ day: dayNumber(date), date }));
    // x: the day of the month, so each run's points read as days
    const line = runs(days, (d) => d.day, () => 0, (day) => day - dayNumber('2026-02-28'), () => 0);
    const subpaths = line.d.split('M').filter(Boolean);
    expect(subpaths.map((run) => run.split('L').map((point) => Number(point.split(' ')[0]) / PATH_SCALE))).to.deep.equal([
      [1, 2, 4],
      [7, 8],
    ]);
    expect(line.lone).to.deep.equal([{ day: dayNumber('2026-03-12'), value: 0 }]);
  });

  it('takes the latest entry of a day (one per day) or the average (many)', () => {
    const entries = [
      { id: 'a', date: '2026-03-02', mood: 2, createdAt: 'x', updatedAt: '2026-03-02T08:00:00Z' },
      { id: 'b', date: '2026-03-02', mood: 6, createdAt: 'y', updatedAt: '2026-03-02T20:00:00Z' },
      { id: 'c', date: '2026-03-01', mood: 5 },
    ];
    expect(dailyMoods(entries, 'one').map((d) => [d.date, d.mood])).to.deep.equal([
      ['2026-03-01', 5],
      ['2026-03-02', 6],
    ]);
    expect(dailyMoods(entries, 'many')[1].mood).to.equal(4);
    expect(dailyMoods(entries, 'many')[1].entries.map((e) => e.id)).to.deep.equal(['a', 'b']);
    // entries in date order take a faster path with the same result
    const ordered = [entries[2], entries[1], entries[0]];
    expect(dailyMoods(ordered, 'one')).to.deep.equal(dailyMoods(entries, 'one'));
    expect(dailyMoods(ordered, 'many')).to.deep.equal(dailyMoods(entries, 'many'));
  });

  it('averages by ISO week and breaks the weekly line at an empty week', () => {
    const entries = [
      { id: '1', date: '2026-03-02', mood: 2 }, // Monday
      { id: '2', date: '2026-03-08', mood: 6 }, // Sunday, same week
      { id: '3', date: '2026-03-09', mood: 5 }, // next Monday
      { id: '4', date: '2026-03-24', mood: 7 }, // two weeks later
    ];
    const weeks = weeklyAverages(dailyMoods(entries, 'one'));
    expect(weeks.map((w) => [w.weekStart, w.mean, w.days])).to.deep.equal([
      ['2026-03-02', 4, 2],
      ['2026-03-09', 5, 1],
      ['2026-03-23', 7, 1],
    ]);
    expect(fromDayNumber(weeks[0].day)).to.equal('2026-03-05');
    // a week without any rating breaks the weekly line: two weeks joined, the last alone
    const weekly = runs(weeks, (w) => w.day, (w) => w.mean, (day) => day, (mean) => mean, WEEKLY_MAX_STEP);
    expect(weekly.d.split('M').filter(Boolean).map((run) => run.split('L').length)).to.deep.equal([2]);
    expect(weekly.lone).to.deep.equal([{ day: weeks[2].day, value: 7 }]);
  });

  it('computes range windows ending today', () => {
    expect(rangeWindow('2w', TODAY)).to.deep.equal({ from: '2026-02-25', to: TODAY });
    expect(rangeWindow('3m', TODAY)).to.deep.equal({ from: '2025-12-11', to: TODAY });
    expect(rangeWindow('1y', TODAY)).to.deep.equal({ from: '2025-03-11', to: TODAY });
    expect(rangeWindow('all', TODAY, emptyState())).to.deep.equal({ from: TODAY, to: TODAY });
    const s = base();
    s.events.push({ id: 'v9', date: '2026-04-01', title: 'Move', kind: 'change' });
    s.entries.push({ id: 'old', date: '2019-06-01', mood: 5 });
    // an event still to come is listed as coming up, never drawn: the window ends today
    expect(rangeWindow('all', TODAY, s)).to.deep.equal({ from: '2019-06-01', to: TODAY });
  });

  it('gives the table one row per day with everything the chart shows in the window', () => {
    const s = base();
    s.entries.push({ id: 'old', date: '2025-01-01', mood: 9 });
    const rows = dayRows(s, rangeWindow('2w', TODAY), 'one');
    expect(rows.map((r) => [r.date, r.mood, r.events.length, r.measures.length])).to.deep.equal([
      ['2026-03-01', 5, 0, 1],
      ['2026-03-02', 3, 1, 0],
    ]);
  });

  it('bands PHQ-9 scores', () => {
    expect([0, 4, 5, 9, 10, 14, 15, 19, 20, 27].map(phq9Band)).to.deep.equal([
      'minimal',
      'minimal',
      'mild',
      'mild',
      'moderate',
      'moderate',
      'moderately-severe',
      'moderately-severe',
      'severe',
      'severe',
    ]);
  });

  it('builds paths, marker sizes and ticks', () => {
    // path data is in tenths of a unit, whole numbers (the chart draws it scaled by 1 / PATH_SCALE)
    expect(PATH_SCALE).to.equal(10);
    // points on consecutive days (one run), drawn at x = a, y = b
    const path = (points: { a: number; b: number }[]) =>
      runs(points.map((p, day) => ({ ...p, day })), (p) => p.day, (p) => p.b, (day) => points[day].a, (b) => b).d;
    expect(path([{ a: 0, b: 1 }, { a: 2.25, b: 3 }])).to.equal('M0 10L23 30');
    expect(path([{ a: -0.04, b: 0.05 }, { a: 12.34, b: 99.96 }])).to.equal('M0 1L123 1000');
    // eight points per unit of width: each unit column keeps its first, lowest, highest and last point, in order
    const pattern = [5, 1, 9, 4, 6, 7, 3, 2];
    const dense = Array.from({ length: 24 }, (_, i) => ({ a: i / 8, b: pattern[i % 8] }));
    const d = path(dense);
    const points = d.split(/[ML]/).filter(Boolean).map((pair) => pair.split(' ').map(Number));
    expect(points).to.have.length(12);
    expect(points.slice(0, 4)).to.deep.equal([
      [0, 50],
      [1, 10],
      [3, 90],
      [9, 20],
    ]);
    expect(points.slice(4, 8).map(([x]) => x)).to.deep.equal([10, 11, 13, 19]);
    // the mood line: runs broken where two or more days are missing, lone days left to dots;
    // entries kept one a day in date order draw the same line as their days
    const entries = ['01', '02', '04', '07', '08', '12'].map((d, i) => ({ id: `e${i}`, date: `2026-03-${d}`, mood: i }));
    const first = dayNumber('2026-03-01');
    const x = (day: number) => (day - first) * 10;
    const y = (mood: number) => mood;
    const line = runs(entries, (e) => dayNumber(e.date), (e) => e.mood, x, y);
    expect(line.d).to.equal('M0 0L100 10L300 20M600 30L700 40');
    expect(line.lone).to.deep.equal([{ day: dayNumber('2026-03-12'), value: 5 }]);
    expect(oneADay(entries)).to.equal(true);
    expect(runs(dailyMoods(entries, 'one'), (d) => d.day, (d) => d.mood, x, y)).to.deep.equal(line);
    expect(markerRadius(-4)).to.be.greaterThan(markerRadius(2));
    expect(markerRadius(2)).to.equal(markerRadius(-2));
    expect(eventMark(-2, 100, 244, 7)).to.deep.equal({ cls: 'event-down', cx: 100, cy: 258, r: 6 });
    expect(eventMark(undefined, 100, 244, 7)).to.deep.equal({ cls: 'event-flat', cx: 100, cy: 244, r: 3 });
    expect(markPaths([eventMark(1, 10, 244, 7)], 244)).to.deep.equal({
      stems: 'M100 2440V2370',
      dots: 'M55 2370a45 45 0 1 0 90 0a45 45 0 1 0 -90 0',
    });
    expect(moodTicks(0, 10)).to.deep.equal([0, 2, 4, 6, 8, 10]);
    expect(moodTicks(1, 5)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(timeTicks({ from: '2026-03-01', to: '2026-03-07' }).map((t) => t.date)).to.have.length(7);
    expect(timeTicks({ from: '2025-12-11', to: '2026-03-10' }).map((t) => t.date)).to.deep.equal([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ]);
    expect(timeTicks({ from: '2016-03-11', to: '2026-03-10' })[0]).to.deep.equal({ date: '2017-01-01', unit: 'year' });
  });
});

describe('mood-timeline insight', () => {
  // A known data set: moods for 1 to 10 March; Ana is in events on the 2nd, 4th and 6th
  // (and on the 11th, a day without a rating, which must not count); Luis once.
  const moods = [5, 3, 6, 2, 6, 4, 5, 7, 5, 6];
  const entries = moods.map((mood, i) => ({ id: `e${i}`, date: `2026-03-${String(i + 1).padStart(2, '0')}`, mood }));
  const events = [
    { id: 'a', date: '2026-03-02', title: 'Argument', kind: 'conflict' as const, impact: -3, personIds: ['p-ana'] },
    { id: 'b', date: '2026-03-04', title: 'Silence', kind: 'conflict' as const, personIds: ['p-ana', 'p-luis'] },
    { id: 'c', date: '2026-03-06', title: 'Phone call', kind: 'other' as const, personIds: ['p-ana'] },
    { id: 'd', date: '2026-03-06', title: 'Second call', kind: 'other' as const, personIds: ['p-ana'] },
    { id: 'e', date: '2026-03-11', title: 'Visit', kind: 'support' as const, personIds: ['p-ana'] },
    { id: 'f', date: '2026-03-08', title: 'Walk', kind: 'connection' as const, personNames: ['Marta'] },
    { id: 'g', date: '2026-03-09', title: 'Lunch', kind: 'connection' as const, personNames: ['marta '] },
  ];

  it('averages mood on days with and without an event involving the person', () => {
    const out = personInsights(dailyMoods(entries, 'one'), events);
    const ana = out.find((p) => p.key === 'id:p-ana')!;
    expect(ana).to.include({ personId: 'p-ana', withDays: 3, otherDays: 7, enough: true, withMean: 3 });
    expect(ana.otherMean).to.be.closeTo(40 / 7, 1e-9);
    expect(out[0].key).to.equal('id:p-ana'); // most event days first
    // entries one a day in date order are their own days: the same insight without making days
    expect(oneADay(entries)).to.equal(true);
    expect(personInsights(entries, events)).to.deep.equal(out);
    expect(oneADay([entries[1], entries[0]])).to.equal(false);
    expect(oneADay([entries[0], { ...entries[0], id: 'again' }])).to.equal(false);
  });

  it('waits for at least 3 days on each side', () => {
    expect(INSIGHT_MIN_DAYS).to.equal(3);
    const out = personInsights(dailyMoods(entries, 'one'), events);
    const luis = out.find((p) => p.key === 'id:p-luis')!;
    expect(luis).to.include({ withDays: 1, otherDays: 9, enough: false, withMean: null, otherMean: null });
    const marta = out.find((p) => p.key === 'name:marta')!;
    expect(marta).to.include({ name: 'Marta', withDays: 2, enough: false });
    // with only three other days, Ana's pattern is shown; with two it is not
    const few = dailyMoods(entries.slice(0, 5), 'one'); // 1..5 March: Ana on 2 and 4 only
    expect(personInsights(few, events).find((p) => p.key === 'id:p-ana')!.enough).to.equal(false);
  });

  it('words the pattern plainly and says it is not a cause', () => {
    expect(strings.en['mood.insight.person']).to.contain('On days with an event involving {name}');
    expect(strings.en['mood.insight.caveat']).to.contain('not proof');
    expect(strings.es['mood.insight.caveat']).to.contain('no una prueba');
    expect(formatNumber(40 / 7, 'en')).to.equal('5.7');
    expect(formatNumber(40 / 7, 'es')).to.equal('5,7');
  });
});

describe('mood-timeline CSV', () => {
  it('defuses formula injection in text cells and quotes per RFC 4180', () => {
    expect(csvCell('=HYPERLINK("http://x")')).to.equal(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).to.equal("'+1");
    expect(csvCell('-2')).to.equal("'-2");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell('\tcmd')).to.equal("'\tcmd");
    expect(csvCell('\rcmd')).to.equal(`"'\rcmd"`);
    expect(csvCell('a, b')).to.equal('"a, b"');
    expect(csvCell('line\nbreak')).to.equal('"line\nbreak"');
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell(-3)).to.equal('-3');
    expect(csvCell(undefined)).to.equal('');
  });

  it('exports entries, events and measures, oldest first, with people named', () => {
    const s = base();
    s.entries[0].note = '=cmd|"/c calc"!A1';
    s.events[0].personNames = ['Luis'];
    const csv = toCsv(s, { personName: (id) => (id === 'p-ana' ? 'Ana' : undefined) });
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal('record,id,date,mood,title,kind,impact,people,instrument,score,note,createdAt,updatedAt');
    expect(lines.slice(1, -1)).to.deep.equal([
      `entry,e1,2026-03-01,5,,,,,,,"'=cmd|""/c calc""!A1",,`,
      'measure,m1,2026-03-01,,,,,,PHQ-9,12,,,',
      'entry,e2,2026-03-02,3,,,,,,,tired,,',
      'event,v1,2026-03-02,,Argument,conflict,-3,Ana; Luis,,,,,',
    ]);
    expect(lines[lines.length - 1]).to.equal('');
    expect(toCsv(emptyState(), { bom: true }).startsWith('\uFEFFrecord,')).to.equal(true);
  });
});

describe('mood-timeline strings', () => {
  it('has every English key in Spanish and no empty text', () => {
    const en = Object.keys(strings.en).sort();
    expect(Object.keys(strings.es).sort()).to.deep.equal(en);
    for (const lang of ['en', 'es'] as const) {
      for (const [key, text] of Object.entries(strings[lang])) expect(text.trim(), `${lang} ${key}`).not.to.equal('');
    }
  });

  it('uses the same {params} in both languages', () => {
    const params = (t: string) => (t.match(/\{\w+\}/g) ?? []).sort().join();
    for (const key of Object.keys(strings.en) as (keyof typeof strings.en)[]) {
      expect(params(strings.es[key]), key).to.equal(params(strings.en[key]));
    }
  });

  it('formats days and months through Intl', () => {
    // ICU versions differ on the comma ("Tuesday 3 March" / "Tuesday, 3 March")
    expect(formatDayLong('2026-03-03', 'en-GB', TODAY)).to.match(/^Tuesday,? 3 March$/);
    expect(formatDayLong('2026-03-03', 'es', TODAY)).to.equal('martes, 3 de marzo');
    expect(formatDayLong('2025-03-03', 'en-GB', TODAY)).to.contain('2025');
    expect(formatDate('2026-03-03', 'en', 'month')).to.equal('Mar');
    expect(formatDate('2026-03-03', 'es', 'monthYear').toLowerCase()).to.contain('mar');
    expect(formatList(['Ana', 'Luis', 'Marta'], 'es')).to.equal('Ana, Luis y Marta');
    expect(formatNumber(-3, 'en', { signed: true })).to.equal('-3');
    expect(formatNumber(2, 'en', { signed: true })).to.equal('+2');
    expect(strings.en[impactKey(-3)]).to.equal('Hard');
    expect(strings.es[impactKey(4)]).to.equal('Muy positivo');
    // impact 0 is the Life-Chart's "no impact", in words that say so
    expect(strings.en[impactKey(0)]).to.equal('No real effect');
    expect(strings.es[impactKey(0)]).to.equal('Sin efecto real');
  });
});

describe('mood-timeline model: low-mood runs and the onset', () => {
  const rule = { below: 2, days: 3 };
  const entries = (moods: [number, number][]) => moods.map(([d, mood]) => ({ id: `d${d}`, date: `2026-03-${String(d).padStart(2, '0')}`, mood }));

  it('finds the run of low days in a row that holds a day', () => {
    const list = entries([[1, 5], [2, 2], [3, 1], [4, 2], [5, 3], [6, 0], [8, 0]]);
    expect(lowRunAt(list, '2026-03-03', rule, 'one')).to.deep.equal({ from: '2026-03-02', to: '2026-03-04', days: 3, lowest: 1 });
    expect(lowRunAt(list, '2026-03-05', rule, 'one'), 'above the threshold').to.equal(undefined);
    expect(lowRunAt(list, '2026-03-07', rule, 'one'), 'no check-in').to.equal(undefined);
    // a day without a check-in ends a run
    expect(lowRunAt(list, '2026-03-08', rule, 'one')).to.deep.equal({ from: '2026-03-08', to: '2026-03-08', days: 1, lowest: 0 });
    // several check-ins a day: the day's average with `many`
    const twice = [...entries([[2, 2], [3, 1]]), { id: 'x', date: '2026-03-04', mood: 0 }, { id: 'y', date: '2026-03-04', mood: 6 }];
    expect(lowRunAt(twice, '2026-03-03', rule, 'many')!.days).to.equal(2);
  });

  it('counts a run long enough and recent, and knows a run reported already, even grown', () => {
    const run = { from: '2026-03-08', to: '2026-03-10', days: 3, lowest: 1 };
    expect(isAlertRun(run, rule, TODAY)).to.equal(true);
    expect(isAlertRun({ ...run, days: 2 }, rule, TODAY)).to.equal(false);
    expect(isAlertRun({ ...run, from: '2026-02-01', to: '2026-02-03' }, rule, TODAY), 'long past').to.equal(false);
    expect(isAlertRun({ ...run, from: '2026-03-02', to: '2026-03-04' }, rule, TODAY), 'within the week').to.equal(true);
    const reported = markReported({ ...emptyState() }, run);
    expect(reported.lowMoodRuns).to.deep.equal([{ id: '2026-03-08', from: '2026-03-08', lowest: 1 }]);
    expect(wasReported(reported, run)).to.equal(true);
    expect(wasReported(reported, { ...run, from: '2026-03-06' }), 'grown backwards').to.equal(true);
    expect(wasReported(reported, { ...run, from: '2026-03-09' }), 'a later run').to.equal(false);
    expect(wasReported(emptyState(), run)).to.equal(false);
  });

  it('validates and repairs the onset and the reported runs', () => {
    const s = { ...base(), onset: '2026-01-15', lowMoodRuns: [{ id: '2026-03-02', from: '2026-03-02', lowest: 1 }] };
    const v = validate(s, opts);
    expect(v.onset).to.equal('2026-01-15');
    expect(v.lowMoodRuns).to.deep.equal(s.lowMoodRuns);
    expect(v.lowMoodRuns).not.to.equal(s.lowMoodRuns);
    expect(validate({ ...base(), onset: null }, opts).onset).to.equal(null);
    expect('onset' in validate(base(), opts)).to.equal(false);
    throwsAt(() => validate({ ...base(), onset: '2026-04-01' }, opts), 'onset');
    throwsAt(() => validate({ ...base(), onset: '2026-02-30' }, opts), 'onset');
    throwsAt(() => validate({ ...base(), lowMoodRuns: [{ id: 'x', from: 'soon', lowest: 1 }] }, opts), 'lowMoodRuns[0].from');
    throwsAt(() => validate({ ...base(), lowMoodRuns: [{ id: 'a', from: '2026-03-02', lowest: 1 }, { id: 'a', from: '2026-03-02', lowest: 1 }] }, opts), 'lowMoodRuns[1].id');
    const fixed = repair({ ...base(), onset: '2026-1-5', lowMoodRuns: [{ from: '2026-3-2', lowest: '1' }, 'junk'] }, opts);
    expect(fixed.state.onset).to.equal('2026-01-05');
    expect(fixed.state.lowMoodRuns!.map((r) => [r.id, r.from, r.lowest])).to.deep.equal([['2026-03-02', '2026-03-02', 1]]);
    expect(fixed.problems.join('\n')).to.contain('onset');
    expect(fixed.problems.join('\n')).to.contain('lowMoodRuns[1]');
    expect('onset' in repair({ ...base(), onset: 'never' }, opts).state).to.equal(false);
  });

  it('marks and unmarks the onset, never in the future', () => {
    const marked = setOnset(base(), '2026-02-01', opts);
    expect(marked.onset).to.equal('2026-02-01');
    expect('onset' in setOnset(marked, null, opts)).to.equal(false);
    throwsAt(() => setOnset(base(), '2026-03-11', opts), 'onset');
  });

  it('bands GAD-7 and PHQ-9 scores', () => {
    expect([0, 4, 5, 9, 10, 14, 15, 21].map((s) => scoreBand('GAD-7', s))).to.deep.equal([
      'minimal', 'minimal', 'mild', 'mild', 'moderate', 'moderate', 'severe', 'severe',
    ]);
    expect([0, 4, 5, 9, 10, 14, 15, 19, 20, 27].map((s) => scoreBand('PHQ-9', s))).to.deep.equal([
      'minimal', 'minimal', 'mild', 'mild', 'moderate', 'moderate', 'moderately-severe', 'moderately-severe', 'severe', 'severe',
    ]);
    expect(scoreBand('WSAS', 12)).to.equal(undefined);
  });
});
