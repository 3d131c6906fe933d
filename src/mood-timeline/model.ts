/**
 * The pure model of `<ipt-mood-timeline>`: daily mood entries, the interpersonal events
 * of the client's life (NIMH Life-Chart style, impact -4 to +4) and weekly measures such
 * as the PHQ-9. No DOM, no I/O: every operation returns a new state.
 */
import type { Item, RepairResult, StateModel } from '../core/model.js';
import { cloneJson } from '../core/merge.js';
import { isRealDate } from './dates.js';
import {
  describe,
  expectArray,
  expectAtMost,
  expectDate,
  expectInteger,
  expectNumber,
  expectObject,
  expectOneOf,
  expectString,
  expectUniqueIds,
  fail,
  isCalendarDate,
  isDateInRange,
  isPlainObject,
  localToday,
  newId,
  optionalString,
  optionalTimestamp,
} from '../core/validate.js';

export const TAG = 'ipt-mood-timeline';

export const EVENT_KINDS = ['conflict', 'loss', 'change', 'connection', 'support', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const ENTRIES_PER_DAY = ['one', 'many'] as const;
export type EntriesPerDay = (typeof ENTRIES_PER_DAY)[number];

export const IMPACT_MIN = -4;
export const IMPACT_MAX = 4;

/** Generous limits that keep one runaway paste from filling the device's storage. */
export const TITLE_MAX = 200;
export const NOTE_MAX = 5000;
export const NAME_MAX = 120;
export const INSTRUMENT_MAX = 40;
/**
 * The most items a timeline holds: ample for decades of daily check-ins, and what
 * `npm run bench` renders within a frame budget (README, Scale). Beyond: a TypeError.
 */
export const MAX_ENTRIES = 20000;
export const MAX_EVENTS = 2000;
export const MAX_MEASURES = 2000;

/** A mood rating for one day. */
export interface Entry extends Item {
  date: string;
  mood: number;
  note?: string;
}

/** Something that happened between the client and other people. */
export interface LifeEvent extends Item {
  date: string;
  title: string;
  /** -4 (very negative) to +4 (very positive), as in the NIMH Life-Chart Method. */
  impact?: number;
  kind: EventKind;
  /** Ids of people in the workbook's social circle; names are looked up live. */
  personIds?: string[];
  /** People typed by name (outside a workbook, or someone not in the circle). */
  personNames?: string[];
  note?: string;
}

/** A questionnaire score, for example a weekly PHQ-9. */
export interface Measure extends Item {
  date: string;
  instrument: string;
  score: number;
  note?: string;
}

/**
 * A run of low days that was reported with `ipt-risk` (`low-mood`): kept so that the run is
 * reported once, whatever reloads, twin instances or further check-ins follow. The id is
 * the run's first day; `createdAt` is when it was reported.
 */
export interface LowMoodRun extends Item {
  /** The run's first day, `YYYY-MM-DD` (the same as `id`). */
  from: string;
  /** The lowest mood of the run when it was reported. */
  lowest: number;
}

export interface MoodState {
  entries: Entry[];
  events: LifeEvent[];
  measures: Measure[];
  /** "When my low mood started", `YYYY-MM-DD`; absent or null when not marked. */
  onset?: string | null;
  /** Low-mood runs already reported (see the `alert-below` and `alert-days` attributes). */
  lowMoodRuns?: LowMoodRun[];
}

export interface MoodOptions {
  /** Lowest mood on the scale (attribute `min`). */
  min: number;
  /** Highest mood on the scale (attribute `max`). */
  max: number;
  /** `one`: a check-in updates that day's entry; `many`: every check-in is a new entry. */
  entriesPerDay: EntriesPerDay;
  /** The user's local today, `YYYY-MM-DD`; defaults to the device's date. */
  today?: string;
}

export const DEFAULT_OPTIONS: MoodOptions = { min: 0, max: 10, entriesPerDay: 'one' };

/** The widest scale the `min` and `max` attributes accept. */
export const SCALE_LIMIT = 100;

/** Score ranges of the instruments the kit knows; any other instrument takes a score >= 0. */
export const INSTRUMENTS: Readonly<Record<string, { min: number; max: number }>> = {
  'PHQ-9': { min: 0, max: 27 },
  'GAD-7': { min: 0, max: 21 },
};

/** `phq9`, `PHQ 9`, `phq-9` all name the PHQ-9. */
export function canonicalInstrument(name: string): string {
  const key = name.trim().toUpperCase().replace(/[\s_-]+/g, '');
  for (const known of Object.keys(INSTRUMENTS)) {
    if (known.replace(/-/g, '') === key) return known;
  }
  return name.trim();
}

export type ChangeType =
  | 'entry-add'
  | 'entry-update'
  | 'entry-remove'
  | 'event-add'
  | 'event-update'
  | 'event-remove'
  | 'measure-add'
  | 'measure-update'
  | 'measure-remove';

/** What an operation did: the new state and the change the element reports. */
export interface OpResult {
  state: MoodState;
  change: { type: ChangeType; id: string };
}

export function emptyState(): MoodState {
  return { entries: [], events: [], measures: [] };
}

// ---------------------------------------------------------------------------------------
// Strict validation (a host assigns `state`)

function todayOf(options: MoodOptions): string {
  return options.today ?? localToday();
}

/**
 * A copy without the keys whose value is undefined, so optional fields are absent rather
 * than undefined. Copies instead of deleting: `delete` turns objects into slow dictionaries.
 */
function compact<T extends object>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const key in obj) {
    const value = (obj as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/** A real date from 1900 to 2100, checked fast: a host may hand over ten years of entries at once. */
function saneDate(value: unknown): value is string {
  return isRealDate(value) && isDateInRange(value);
}

/** expectDate with a fast check first. */
function realDate(value: unknown, path: string): string {
  return saneDate(value) ? value : expectDate(value, path);
}

function pastDate(value: unknown, path: string, today: string): string {
  const date = realDate(value, path);
  if (date > today) fail(path, `must not be in the future (today is ${today}), got "${date}"`);
  return date;
}

function stamps(o: Record<string, unknown>, path: string): Pick<Item, 'createdAt' | 'updatedAt'> {
  return {
    createdAt: optionalTimestamp(o.createdAt, `${path}.createdAt`),
    updatedAt: optionalTimestamp(o.updatedAt, `${path}.updatedAt`),
  };
}

function checkOptions(options: MoodOptions): void {
  if (!Number.isFinite(options.min) || !Number.isFinite(options.max) || options.min >= options.max) {
    fail('max', `must be greater than min (${options.min}), got ${describe(options.max)}`);
  }
}

export function validateEntry(value: unknown, path: string, options: MoodOptions): Entry {
  const o = expectObject(value, path);
  return compact({
    ...o,
    id: expectString(o.id, `${path}.id`, { nonEmpty: true }),
    date: pastDate(o.date, `${path}.date`, todayOf(options)),
    mood: expectNumber(o.mood, `${path}.mood`, options.min, options.max),
    note: optionalString(o.note, `${path}.note`, { max: NOTE_MAX }),
    ...stamps(o, path),
  }) as Entry;
}

function nameList(value: unknown, path: string, max: number): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = expectArray(value, path).map((v, i) => expectString(v, `${path}[${i}]`, { nonEmpty: true, max }));
  const seen = new Set<string>();
  list.forEach((v, i) => {
    if (seen.has(v)) fail(`${path}[${i}]`, 'duplicate of an earlier one');
    seen.add(v);
  });
  return list;
}

export function validateEvent(value: unknown, path: string): LifeEvent {
  const o = expectObject(value, path);
  return compact({
    ...o,
    id: expectString(o.id, `${path}.id`, { nonEmpty: true }),
    date: realDate(o.date, `${path}.date`),
    title: expectString(o.title, `${path}.title`, { nonEmpty: true, max: TITLE_MAX }),
    impact:
      o.impact === undefined || o.impact === null
        ? undefined
        : expectInteger(o.impact, `${path}.impact`, IMPACT_MIN, IMPACT_MAX),
    kind: o.kind === undefined || o.kind === null ? 'other' : expectOneOf(o.kind, `${path}.kind`, EVENT_KINDS),
    personIds: nameList(o.personIds, `${path}.personIds`, NAME_MAX),
    personNames: nameList(o.personNames, `${path}.personNames`, NAME_MAX),
    note: optionalString(o.note, `${path}.note`, { max: NOTE_MAX }),
    ...stamps(o, path),
  }) as LifeEvent;
}

export function validateMeasure(value: unknown, path: string, options: MoodOptions): Measure {
  const o = expectObject(value, path);
  const instrument = canonicalInstrument(expectString(o.instrument, `${path}.instrument`, { nonEmpty: true, max: INSTRUMENT_MAX }));
  const range = INSTRUMENTS[instrument];
  const score = range
    ? expectInteger(o.score, `${path}.score`, range.min, range.max)
    : expectNumber(o.score, `${path}.score`, 0, Number.MAX_SAFE_INTEGER);
  return compact({
    ...o,
    id: expectString(o.id, `${path}.id`, { nonEmpty: true }),
    date: pastDate(o.date, `${path}.date`, todayOf(options)),
    instrument,
    score,
    note: optionalString(o.note, `${path}.note`, { max: NOTE_MAX }),
    ...stamps(o, path),
  }) as Measure;
}

/** A value JSON keeps as it is: an item made only of these needs no JSON round trip to copy. */
function plainValue(v: unknown): boolean {
  const t = typeof v;
  return v === null || v === undefined || t === 'string' || t === 'boolean' || (t === 'number' && Number.isFinite(v));
}

/**
 * The fast path's copy of an entry or a measure: every plain-JSON field kept, a null note
 * or time dropped (as the full check does); undefined, to hand over to the full check,
 * when a value is not plain JSON.
 */
function copyPlainFields(value: Record<string, unknown>): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = value[key];
    if (v === undefined) continue;
    if (v === null) {
      if (key !== 'note' && key !== 'createdAt' && key !== 'updatedAt') out[key] = v;
    } else if (plainValue(v)) out[key] = v;
    else return undefined;
  }
  return out;
}

/** True when an entry has no fields but its own (then it is copied as one literal). */
function hasOnlyEntryFields(value: Record<string, unknown>): boolean {
  for (const key in value) {
    if (key !== 'id' && key !== 'date' && key !== 'mood' && key !== 'note' && key !== 'createdAt' && key !== 'updatedAt') return false;
  }
  return true;
}

/** The kit's own times (`nowIso`), with fields every engine's `Date.parse` reads. */
const KIT_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/**
 * True when `Date.parse` reads the time. Every stored item has two, and `Date.parse` is
 * several times slower than matching the kit's own form first.
 */
export function isTime(v: unknown): v is string {
  return typeof v === 'string' && (KIT_TIME.test(v) || !Number.isNaN(Date.parse(v)));
}

const optionalTime = (v: unknown) => v === undefined || v === null || isTime(v);

/**
 * The common case of validateEntry without building a field path per check: a valid entry
 * of plain JSON values, copied in the same pass (null optional fields left out, as
 * validateEntry does). Undefined for anything else, which then takes the full check and
 * its precise message.
 */
function quickEntry(value: unknown, today: string, min: number, max: number): Entry | undefined {
  if (!isPlainObject(value)) return undefined;
  const { id, date, mood, note } = value;
  if (
    typeof id !== 'string' ||
    id.trim() === '' ||
    !saneDate(date) ||
    date > today ||
    typeof mood !== 'number' ||
    !(mood >= min && mood <= max) ||
    !(note === undefined || note === null || (typeof note === 'string' && note.length <= NOTE_MAX)) ||
    !optionalTime(value.createdAt) ||
    !optionalTime(value.updatedAt)
  ) {
    return undefined;
  }
  if (!hasOnlyEntryFields(value)) return copyPlainFields(value) as unknown as Entry | undefined;
  // the usual entry, built as one literal: several times faster than a copy field by field
  const entry: Entry = { id, date, mood };
  if (typeof note === 'string') entry.note = note;
  if (typeof value.createdAt === 'string') entry.createdAt = value.createdAt;
  if (typeof value.updatedAt === 'string') entry.updatedAt = value.updatedAt;
  return entry;
}

function nameListOk(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    const name: unknown = v[i];
    if (typeof name !== 'string' || name.trim() === '' || name.length > NAME_MAX || v.indexOf(name) !== i) return false;
  }
  return true;
}

/** validateEvent's common case, as quickEntry is validateEntry's. */
function quickEvent(value: unknown): LifeEvent | undefined {
  if (!isPlainObject(value)) return undefined;
  const { id, date, title, impact, kind, note } = value;
  if (
    typeof id !== 'string' ||
    id.trim() === '' ||
    !saneDate(date) ||
    typeof title !== 'string' ||
    title.trim() === '' ||
    title.length > TITLE_MAX ||
    !(impact === undefined || impact === null || (Number.isInteger(impact) && (impact as number) >= IMPACT_MIN && (impact as number) <= IMPACT_MAX)) ||
    !(kind === undefined || kind === null || (EVENT_KINDS as readonly unknown[]).includes(kind)) ||
    !nameListOk(value.personIds) ||
    !nameListOk(value.personNames) ||
    !(note === undefined || note === null || (typeof note === 'string' && note.length <= NOTE_MAX)) ||
    !optionalTime(value.createdAt) ||
    !optionalTime(value.updatedAt)
  ) {
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = value[key];
    if (key === 'kind') {
      if (v !== undefined) out.kind = v ?? 'other';
    }
    else if (key === 'personIds' || key === 'personNames') {
      if (v !== undefined && v !== null) out[key] = (v as string[]).slice();
    } else if (v === undefined) continue;
    else if (v === null) {
      if (key !== 'impact' && key !== 'note' && key !== 'createdAt' && key !== 'updatedAt') out[key] = v;
    } else if (plainValue(v)) out[key] = v;
    else return undefined;
  }
  if (out.kind === undefined) out.kind = 'other';
  return out as unknown as LifeEvent;
}

/** validateMeasure's common case: a known instrument written as the kit writes it. */
function quickMeasure(value: unknown, today: string): Measure | undefined {
  if (!isPlainObject(value)) return undefined;
  const { id, date, instrument, score, note } = value;
  const range = typeof instrument === 'string' && Object.hasOwn(INSTRUMENTS, instrument) ? INSTRUMENTS[instrument] : undefined;
  if (
    !range ||
    typeof id !== 'string' ||
    id.trim() === '' ||
    !saneDate(date) ||
    date > today ||
    !Number.isInteger(score) ||
    (score as number) < range.min ||
    (score as number) > range.max ||
    !(note === undefined || note === null || (typeof note === 'string' && note.length <= NOTE_MAX)) ||
    !optionalTime(value.createdAt) ||
    !optionalTime(value.updatedAt)
  ) {
    return undefined;
  }
  return copyPlainFields(value) as unknown as Measure | undefined;
}

/**
 * Strict check of a whole state a host assigns. Returns a copy that shares nothing with
 * the input (the same as checking a JSON copy of it), so the element can keep it without
 * copying ten years of entries first.
 */
/** `Array.from(list, check)` without its iterator: holes reach `check` as undefined, as there. */
function each<T>(list: readonly unknown[], check: (value: unknown, index: number) => T): T[] {
  const out = new Array<T>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = check(list[i], i);
  return out;
}

export function validate(input: unknown, options: MoodOptions = DEFAULT_OPTIONS): MoodState {
  checkOptions(options);
  const o = expectObject(input, 'state');
  const entries = expectAtMost(expectArray(o.entries, 'entries'), 'entries', MAX_ENTRIES);
  const events = expectAtMost(expectArray(o.events, 'events'), 'events', MAX_EVENTS);
  // measures arrived after the first shape in the design: absent means none yet
  const measures = o.measures === undefined || o.measures === null ? [] : expectAtMost(expectArray(o.measures, 'measures'), 'measures', MAX_MEASURES);
  const today = todayOf(options);
  const { min, max } = options;
  // Anything but plain JSON values is checked as its JSON copy, as if the whole state had
  // been copied first: in a list, JSON turns a hole, undefined or a function into null.
  const json = (v: unknown) => (v === undefined || typeof v === 'function' || typeof v === 'symbol' ? null : cloneJson(v));
  const rest: Record<string, unknown> = {};
  for (const key in o) if (key !== 'entries' && key !== 'events' && key !== 'measures') rest[key] = o[key];
  const state: MoodState = {
    ...cloneJson(rest),
    // Array.from, not map: map skips the holes of a sparse list
    entries: each(entries, (e, i) => quickEntry(e, today, min, max) ?? validateEntry(json(e), `entries[${i}]`, options)),
    events: each(events, (e, i) => quickEvent(e) ?? validateEvent(json(e), `events[${i}]`)),
    measures: each(measures, (m, i) => quickMeasure(m, today) ?? validateMeasure(json(m), `measures[${i}]`, options)),
  };
  expectUniqueIds(state.entries, 'entries');
  expectUniqueIds(state.events, 'events');
  expectUniqueIds(state.measures, 'measures');
  if (o.onset !== undefined) {
    if (o.onset === null) state.onset = null;
    else state.onset = pastDate(o.onset, 'onset', today);
  }
  if (o.lowMoodRuns !== undefined && o.lowMoodRuns !== null) {
    state.lowMoodRuns = expectAtMost(expectArray(o.lowMoodRuns, 'lowMoodRuns'), 'lowMoodRuns', MAX_ENTRIES).map((r, i) => validateLowMoodRun(json(r), `lowMoodRuns[${i}]`));
    expectUniqueIds(state.lowMoodRuns, 'lowMoodRuns');
  }
  return state;
}

export function validateLowMoodRun(value: unknown, path: string): LowMoodRun {
  const o = expectObject(value, path);
  return compact({
    ...o,
    id: expectString(o.id, `${path}.id`, { nonEmpty: true }),
    from: realDate(o.from, `${path}.from`),
    lowest: expectNumber(o.lowest, `${path}.lowest`, -SCALE_LIMIT, SCALE_LIMIT),
    ...stamps(o, path),
  }) as LowMoodRun;
}

// ---------------------------------------------------------------------------------------
// Lenient repair (stored data)

type Report = (path: string, message: string) => void;

/** Reads `2026-3-4` or `2026-03-04T10:00:00Z` as the day they plainly name; null otherwise. */
function readableDate(value: unknown): string | null {
  if (isCalendarDate(value)) return isDateInRange(value) ? value : null;
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?\s*$/.exec(value);
  if (!m) return null;
  const date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isCalendarDate(date) && isDateInRange(date) ? date : null;
}

function readableNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

function repairDate(o: Record<string, unknown>, path: string, report: Report): string | null {
  const date = readableDate(o.date);
  if (date === null) {
    report(`${path}.date`, `not a real date (${describe(o.date)}); left out`);
    return null;
  }
  if (date !== o.date) report(`${path}.date`, `read ${describe(o.date)} as "${date}"`);
  return date;
}

function repairNumber(
  value: unknown,
  path: string,
  report: Report,
  range: { min: number; max: number; integer?: boolean },
): number | null {
  let n = readableNumber(value);
  if (n === null) return null;
  if (typeof value !== 'number') report(path, `read ${describe(value)} as ${n}`);
  if (range.integer && !Number.isInteger(n)) {
    const rounded = Math.round(n);
    report(path, `rounded from ${n} to ${rounded}`);
    n = rounded;
  }
  if (n < range.min || n > range.max) {
    const clamped = Math.min(range.max, Math.max(range.min, n));
    report(path, `clamped from ${n} to ${clamped}`);
    n = clamped;
  }
  return n;
}

function repairText(value: unknown, path: string, report: Report, max: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean') {
    text = String(value);
    report(path, `read ${describe(value)} as text`);
  } else {
    report(path, `not text (${describe(value)}); removed`);
    return undefined;
  }
  if (text.length > max) {
    report(path, `shortened from ${text.length} to ${max} characters`);
    text = text.slice(0, max);
  }
  return text;
}

function repairStamps(o: Record<string, unknown>, path: string, report: Report): Pick<Item, 'createdAt' | 'updatedAt'> {
  const out: Pick<Item, 'createdAt' | 'updatedAt'> = {};
  for (const key of ['createdAt', 'updatedAt'] as const) {
    const v = o[key];
    if (v === undefined || v === null) continue;
    if (isTime(v)) out[key] = v;
    else report(`${path}.${key}`, `not a time (${describe(v)}); removed`);
  }
  return out;
}

function repairNames(value: unknown, path: string, report: Report): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  let list: unknown[];
  if (Array.isArray(value)) list = value;
  else if (typeof value === 'string') {
    report(path, 'read a single name as a list of one');
    list = [value];
  } else {
    report(path, `not a list (${describe(value)}); removed`);
    return undefined;
  }
  const out: string[] = [];
  list.forEach((v, i) => {
    if (typeof v !== 'string' || v.trim() === '') report(`${path}[${i}]`, `not a name (${describe(v)}); removed`);
    else if (out.includes(v)) report(`${path}[${i}]`, `duplicate ${describe(v)}; removed`);
    else out.push(v.slice(0, NAME_MAX));
  });
  return out.length ? out : undefined;
}

function repairEntry(value: unknown, path: string, options: MoodOptions, report: Report): Entry | null {
  // stored entries are nearly always sound: the strict check says so fastest. Not for years
  // before 100, which isCalendarDate (and so repair) does not read, nor for null fields,
  // which repair treats its own way.
  if (
    isPlainObject(value) &&
    typeof value.date === 'string' &&
    value.date >= '0100' &&
    value.note !== null &&
    value.createdAt !== null &&
    value.updatedAt !== null
  ) {
    const quick = quickEntry(value, todayOf(options), options.min, options.max);
    if (quick) return quick;
  }
  if (!isPlainObject(value)) {
    report(path, `not an entry (${describe(value)}); left out`);
    return null;
  }
  const date = repairDate(value, path, report);
  if (date === null) return null;
  const mood = repairNumber(value.mood, `${path}.mood`, report, options);
  if (mood === null) {
    report(`${path}.mood`, `not a mood (${describe(value.mood)}); left out`);
    return null;
  }
  // Kept, not dropped: a wrong device clock is the likely cause, and the day will come.
  if (date > todayOf(options)) report(`${path}.date`, `"${date}" is in the future; kept`);
  return compact({
    ...value,
    id: value.id as string,
    date,
    mood,
    note: repairText(value.note, `${path}.note`, report, NOTE_MAX),
    ...repairStamps(value, path, report),
  });
}

function repairEvent(value: unknown, path: string, report: Report): LifeEvent | null {
  if (!isPlainObject(value)) {
    report(path, `not an event (${describe(value)}); left out`);
    return null;
  }
  const date = repairDate(value, path, report);
  if (date === null) return null;
  const title = repairText(value.title, `${path}.title`, report, TITLE_MAX);
  if (title === undefined || title.trim() === '') {
    report(`${path}.title`, 'no title; left out');
    return null;
  }
  let impact: number | undefined;
  if (value.impact !== undefined && value.impact !== null) {
    impact = repairNumber(value.impact, `${path}.impact`, report, { min: IMPACT_MIN, max: IMPACT_MAX, integer: true }) ?? undefined;
    if (impact === undefined) report(`${path}.impact`, `not an impact (${describe(value.impact)}); removed`);
  }
  let kind: EventKind = 'other';
  if (value.kind !== undefined && value.kind !== null) {
    if ((EVENT_KINDS as readonly unknown[]).includes(value.kind)) kind = value.kind as EventKind;
    else report(`${path}.kind`, `unknown kind ${describe(value.kind)}; set to "other"`);
  }
  return compact({
    ...value,
    id: value.id as string,
    date,
    title,
    impact,
    kind,
    personIds: repairNames(value.personIds, `${path}.personIds`, report),
    personNames: repairNames(value.personNames, `${path}.personNames`, report),
    note: repairText(value.note, `${path}.note`, report, NOTE_MAX),
    ...repairStamps(value, path, report),
  });
}

function repairMeasure(value: unknown, path: string, options: MoodOptions, report: Report): Measure | null {
  if (!isPlainObject(value)) {
    report(path, `not a measure (${describe(value)}); left out`);
    return null;
  }
  const date = repairDate(value, path, report);
  if (date === null) return null;
  const name = repairText(value.instrument, `${path}.instrument`, report, INSTRUMENT_MAX);
  if (name === undefined || name.trim() === '') {
    report(`${path}.instrument`, 'no instrument; left out');
    return null;
  }
  const instrument = canonicalInstrument(name);
  const range = INSTRUMENTS[instrument] ?? { min: 0, max: Number.MAX_SAFE_INTEGER };
  const score = repairNumber(value.score, `${path}.score`, report, { ...range, integer: instrument in INSTRUMENTS });
  if (score === null) {
    report(`${path}.score`, `not a score (${describe(value.score)}); left out`);
    return null;
  }
  if (date > todayOf(options)) report(`${path}.date`, `"${date}" is in the future; kept`);
  return compact({
    ...value,
    id: value.id as string,
    date,
    instrument,
    score,
    note: repairText(value.note, `${path}.note`, report, NOTE_MAX),
    ...repairStamps(value, path, report),
  });
}

function repairLowMoodRun(value: unknown, path: string, report: Report): LowMoodRun | null {
  // kept whenever its day can be read: losing it would report the same run a second time
  const o = isPlainObject(value) ? value : {};
  const from = readableDate(o.from) ?? readableDate(o.id);
  if (from === null) {
    report(path, `not a reported low-mood run (${describe(value)}); left out`);
    return null;
  }
  const lowest = readableNumber(o.lowest);
  if (lowest === null) report(`${path}.lowest`, `not a number (${describe(o.lowest)}); set to 0`);
  return compact({ ...o, id: typeof o.id === 'string' && o.id ? o.id : from, from, lowest: lowest ?? 0, ...repairStamps(o, path, report) });
}

/** Stable JSON of an item without its times, to tell a copy from a different item. */
function sameItem(a: object, b: object): boolean {
  const strip = (x: object) => {
    const { createdAt: _c, updatedAt: _u, ...rest } = x as Item & Record<string, unknown>;
    return JSON.stringify(rest, Object.keys(rest).sort());
  };
  return strip(a) === strip(b);
}

/**
 * Gives every item a unique id. A missing id gets a deterministic one (two tabs repairing
 * the same record agree on it); an exact copy of an earlier item is merged into it; a
 * different item that reused an id is kept under a new id.
 */
function repairIds<T extends Item>(items: { item: T; index: number }[], name: string, report: Report): T[] {
  const taken = new Set(items.map(({ item }) => item.id).filter((id) => typeof id === 'string' && id !== ''));
  const fresh = (base: string) => {
    let n = 2;
    while (taken.has(`${base}-${n}`)) n += 1;
    taken.add(`${base}-${n}`);
    return `${base}-${n}`;
  };
  const byId = new Map<string, T>();
  const out: T[] = [];
  for (const { item, index } of items) {
    const path = `${name}[${index}].id`;
    if (typeof item.id !== 'string' || item.id === '') {
      const id = fresh(`${name}-${index}`);
      report(path, `missing (${describe(item.id)}); set to "${id}"`);
      item.id = id;
    } else if (byId.has(item.id)) {
      if (sameItem(byId.get(item.id)!, item)) {
        report(path, `duplicate of an identical item with id "${item.id}"; merged`);
        continue;
      }
      const id = fresh(item.id);
      report(path, `duplicate id "${item.id}"; set to "${id}"`);
      item.id = id;
    }
    byId.set(item.id, item);
    out.push(item);
  }
  return out;
}

function repairList<T extends Item>(
  raw: unknown,
  name: string,
  report: Report,
  fix: (value: unknown, path: string) => T | null,
  max: number,
): T[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    report(name, `not a list (${describe(raw)}); left out`);
    return [];
  }
  const kept: { item: T; index: number }[] = [];
  // beyond the maximum: the first ones are shown, the original is kept aside whole (record-hub)
  if (raw.length > max) report(name, `${raw.length} is more than ${max}; the first ${max} are shown`);
  raw.slice(0, max).forEach((value, index) => {
    const item = fix(value, `${name}[${index}]`);
    if (item) kept.push({ item, index });
  });
  return repairIds(kept, name, report);
}

export function repair(input: unknown, options: MoodOptions = DEFAULT_OPTIONS): RepairResult<MoodState> {
  checkOptions(options);
  if (!isPlainObject(input)) fail('state', `expected an object, got ${describe(input)}`);
  const problems: string[] = [];
  const report: Report = (path, message) => problems.push(`${path}: ${message}`);
  const state: MoodState = {
    ...input,
    entries: repairList(input.entries, 'entries', report, (v, p) => repairEntry(v, p, options, report), MAX_ENTRIES),
    events: repairList(input.events, 'events', report, (v, p) => repairEvent(v, p, report), MAX_EVENTS),
    measures: repairList(input.measures, 'measures', report, (v, p) => repairMeasure(v, p, options, report), MAX_MEASURES),
  };
  if (input.onset !== undefined && input.onset !== null) {
    const onset = readableDate(input.onset);
    if (onset === null) {
      report('onset', `not a real date (${describe(input.onset)}); removed`);
      delete state.onset;
    } else {
      if (onset !== input.onset) report('onset', `read ${describe(input.onset)} as "${onset}"`);
      state.onset = onset;
    }
  }
  if (input.lowMoodRuns !== undefined && input.lowMoodRuns !== null) {
    state.lowMoodRuns = repairList(input.lowMoodRuns, 'lowMoodRuns', report, (v, p) => repairLowMoodRun(v, p, report), MAX_ENTRIES); // a run needs at least one entry
  }
  return { state, problems };
}

export const moodTimelineModel: StateModel<MoodState, MoodOptions> = {
  tag: TAG,
  schema: 1,
  collections: ['entries', 'events', 'measures', 'lowMoodRuns'],
  empty: emptyState,
  validate,
  // validate builds every item afresh, sharing nothing with its input (tested)
  validateCopies: true,
  repair,
  // imported workbook data is checked against the widest scale; the element then checks
  // it against its own min and max
  importOptions: { min: -SCALE_LIMIT, max: SCALE_LIMIT, entriesPerDay: 'many', today: '9999-12-31' },
};

// ---------------------------------------------------------------------------------------
// Operations. Each checks its input strictly (a TypeError naming the field) and returns
// a new state; `now` is the ISO time stamped into createdAt/updatedAt.

function findIndex(items: readonly Item[], id: string, what: string): number {
  const i = items.findIndex((item) => item.id === id);
  if (i < 0) fail('id', `no ${what} with id ${describe(id)}`);
  return i;
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  const copy = items.slice();
  copy[index] = item;
  return copy;
}

/** `null` in a patch removes an optional field; an absent key leaves it as it is. */
type Patch<T> = { [K in keyof T]?: T[K] | null };

function applyPatch(item: object, patch: object): Record<string, unknown> {
  const out: Record<string, unknown> = { ...item };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id' || key === 'createdAt' || key === 'updatedAt' || value === undefined) continue;
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}

/** The entry shown for a day: the one changed last (ties: the later in the list). */
export function dayEntry(entries: readonly Entry[], date: string): Entry | undefined {
  let best: Entry | undefined;
  // indexed: this runs once per change over every entry, too seldom to be optimised, and
  // an iterator's step objects are garbage for thousands of entries
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.date !== date) continue;
    if (!best || (e.updatedAt ?? '') >= (best.updatedAt ?? '')) best = e;
  }
  return best;
}

export interface EntryInput {
  date: string;
  mood: number;
  note?: string;
  id?: string;
}

/**
 * Rates a day. With one entry per day (the default) a second check-in for the same day
 * updates that day's entry; with `many` every check-in is a new entry. An empty note
 * removes the note; an absent one keeps it.
 */
export function checkIn(state: MoodState, input: EntryInput, options: MoodOptions, now: string): OpResult {
  const existing = options.entriesPerDay === 'one' ? dayEntry(state.entries, input.date) : undefined;
  if (existing) {
    const patch: Patch<Entry> = { mood: input.mood };
    if (input.note !== undefined) patch.note = input.note.trim() === '' ? null : input.note;
    return updateEntry(state, existing.id, patch, options, now);
  }
  return addEntry(state, input, options, now);
}

export function addEntry(state: MoodState, input: EntryInput, options: MoodOptions, now: string): OpResult {
  const id = input.id ?? newId();
  if (state.entries.some((e) => e.id === id)) fail('entry.id', `duplicate id "${id}"`);
  const note = input.note !== undefined && input.note.trim() === '' ? undefined : input.note;
  const entry = validateEntry({ ...input, note, id, createdAt: now, updatedAt: now }, 'entry', options);
  if (options.entriesPerDay === 'one' && dayEntry(state.entries, entry.date)) {
    fail('entry.date', `there is already an entry for ${entry.date}`);
  }
  if (state.entries.length >= MAX_ENTRIES) fail('entries', `at most ${MAX_ENTRIES} items, got ${state.entries.length + 1}`);
  return { state: { ...state, entries: [...state.entries, entry] }, change: { type: 'entry-add', id } };
}

export function updateEntry(
  state: MoodState,
  id: string,
  patch: Patch<Omit<Entry, 'id' | 'createdAt' | 'updatedAt'>>,
  options: MoodOptions,
  now: string,
): OpResult {
  const i = findIndex(state.entries, id, 'entry');
  const entry = validateEntry({ ...applyPatch(state.entries[i], patch), updatedAt: now }, 'entry', options);
  if (
    options.entriesPerDay === 'one' &&
    entry.date !== state.entries[i].date &&
    state.entries.some((e) => e.id !== id && e.date === entry.date)
  ) {
    fail('entry.date', `there is already an entry for ${entry.date}`);
  }
  return { state: { ...state, entries: replaceAt(state.entries, i, entry) }, change: { type: 'entry-update', id } };
}

export function removeEntry(state: MoodState, id: string): OpResult {
  findIndex(state.entries, id, 'entry');
  return { state: { ...state, entries: state.entries.filter((e) => e.id !== id) }, change: { type: 'entry-remove', id } };
}

export interface EventInput {
  date: string;
  title: string;
  impact?: number;
  kind?: EventKind;
  personIds?: string[];
  personNames?: string[];
  note?: string;
  id?: string;
}

/** Empty people lists and blank notes are stored as absent fields. */
function tidyEvent(input: Record<string, unknown>): Record<string, unknown> {
  const out = { ...input };
  for (const key of ['personIds', 'personNames'] as const) {
    const list = out[key];
    if (Array.isArray(list)) {
      const names = list.map((n) => (typeof n === 'string' ? n.trim() : n)).filter((n) => n !== '');
      out[key] = names.length ? [...new Set(names)] : undefined;
    }
  }
  if (typeof out.note === 'string' && out.note.trim() === '') out.note = undefined;
  if (typeof out.title === 'string') out.title = out.title.trim();
  return out;
}

export function addEvent(state: MoodState, input: EventInput, now: string): OpResult {
  const id = input.id ?? newId();
  if (state.events.some((e) => e.id === id)) fail('event.id', `duplicate id "${id}"`);
  const event = validateEvent(tidyEvent({ ...input, id, createdAt: now, updatedAt: now }), 'event');
  if (state.events.length >= MAX_EVENTS) fail('events', `at most ${MAX_EVENTS} items, got ${state.events.length + 1}`);
  return { state: { ...state, events: [...state.events, event] }, change: { type: 'event-add', id } };
}

export function updateEvent(
  state: MoodState,
  id: string,
  patch: Patch<Omit<LifeEvent, 'id' | 'createdAt' | 'updatedAt'>>,
  now: string,
): OpResult {
  const i = findIndex(state.events, id, 'event');
  const event = validateEvent(tidyEvent({ ...applyPatch(state.events[i], patch), updatedAt: now }), 'event');
  return { state: { ...state, events: replaceAt(state.events, i, event) }, change: { type: 'event-update', id } };
}

export function removeEvent(state: MoodState, id: string): OpResult {
  findIndex(state.events, id, 'event');
  return { state: { ...state, events: state.events.filter((e) => e.id !== id) }, change: { type: 'event-remove', id } };
}

export interface MeasureInput {
  date: string;
  instrument: string;
  score: number;
  note?: string;
  id?: string;
}

export function addMeasure(state: MoodState, input: MeasureInput, options: MoodOptions, now: string): OpResult {
  const id = input.id ?? newId();
  if (state.measures.some((m) => m.id === id)) fail('measure.id', `duplicate id "${id}"`);
  const measure = validateMeasure({ ...input, id, createdAt: now, updatedAt: now }, 'measure', options);
  if (state.measures.length >= MAX_MEASURES) fail('measures', `at most ${MAX_MEASURES} items, got ${state.measures.length + 1}`);
  return { state: { ...state, measures: [...state.measures, measure] }, change: { type: 'measure-add', id } };
}

export function updateMeasure(
  state: MoodState,
  id: string,
  patch: Patch<Omit<Measure, 'id' | 'createdAt' | 'updatedAt'>>,
  options: MoodOptions,
  now: string,
): OpResult {
  const i = findIndex(state.measures, id, 'measure');
  const measure = validateMeasure({ ...applyPatch(state.measures[i], patch), updatedAt: now }, 'measure', options);
  return { state: { ...state, measures: replaceAt(state.measures, i, measure) }, change: { type: 'measure-update', id } };
}

/**
 * Marks (or with null, unmarks) the day the low mood started. Throws a TypeError naming
 * `onset` for an impossible or future day.
 */
export function setOnset(state: MoodState, date: string | null, options: MoodOptions): MoodState {
  const next: MoodState = { ...state };
  if (date === null) delete next.onset;
  else next.onset = pastDate(date, 'onset', todayOf(options));
  return next;
}

export function removeMeasure(state: MoodState, id: string): OpResult {
  findIndex(state.measures, id, 'measure');
  return {
    state: { ...state, measures: state.measures.filter((m) => m.id !== id) },
    change: { type: 'measure-remove', id },
  };
}
