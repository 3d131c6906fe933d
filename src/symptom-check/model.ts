/**
 * The symptom check's state and its pure operations: no DOM, no I/O.
 *
 * A response keeps every answer (0 to 3, or `null` while unanswered), never only the
 * total: PHQ-9 item 9 (thoughts of death or self-harm) matters whatever the total, and a
 * clinician reads the items. The score and its band are derived from the answers.
 */
import type { RepairResult, StateModel } from '../core/model.js';
import {
  describe,
  expectArray,
  expectDate,
  expectInteger,
  expectObject,
  expectOneOf,
  expectString,
  fail,
  isCalendarDate,
  isPlainObject,
  newId,
  optionalTimestamp,
} from '../core/validate.js';

export const TAG = 'ipt-symptom-check';

export const INSTRUMENTS = ['phq9', 'gad7'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** The names the timeline and clinicians use. */
export const INSTRUMENT_NAMES: Record<Instrument, string> = { phq9: 'PHQ-9', gad7: 'GAD-7' };

export const ITEM_COUNT: Record<Instrument, number> = { phq9: 9, gad7: 7 };
export const MAX_SCORE: Record<Instrument, number> = { phq9: 27, gad7: 21 };

/** PHQ-9 item 9, "thoughts that you would be better off dead or of hurting yourself", by index. */
export const ITEM9_INDEX = 8;

export type Answer = 0 | 1 | 2 | 3;
export const ANSWERS: readonly Answer[] = [0, 1, 2, 3];

/** Band names by instrument, each with the lowest score it starts at (Kroenke 2001; Spitzer 2006). */
export const BANDS: Record<Instrument, readonly (readonly [Band, number])[]> = {
  phq9: [
    ['minimal', 0],
    ['mild', 5],
    ['moderate', 10],
    ['moderately-severe', 15],
    ['severe', 20],
  ],
  gad7: [
    ['minimal', 0],
    ['mild', 5],
    ['moderate', 10],
    ['severe', 15],
  ],
};
export type Band = 'minimal' | 'mild' | 'moderate' | 'moderately-severe' | 'severe';

export interface SymptomResponse {
  id: string;
  instrument: Instrument;
  /** The day it was answered (the day it was finished, once finished), YYYY-MM-DD. */
  date: string;
  /** One answer per item, in the instrument's order; `null` while unanswered. */
  items: (Answer | null)[];
  /** PHQ-9's closing question (how difficult the problems made daily life), 0 to 3. Not scored. */
  difficulty?: Answer;
  /** When the person finished it (every item answered). */
  completedAt?: string;
  /** When an `ipt-risk` event was emitted for this response: at most one per response. */
  riskReportedAt?: string;
  createdAt?: string;
  updatedAt?: string;
  [extra: string]: unknown;
}

export interface SymptomCheckState {
  responses: SymptomResponse[];
  [extra: string]: unknown;
}

export function isInstrument(value: unknown): value is Instrument {
  return typeof value === 'string' && (INSTRUMENTS as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------------------
// Strict validation (host assignment)

function validateAnswer(value: unknown, path: string): Answer {
  return expectInteger(value, path, 0, 3) as Answer;
}

function validateResponse(input: unknown, path: string): SymptomResponse {
  const obj = expectObject(input, path);
  const id = expectString(obj.id, `${path}.id`, { nonEmpty: true });
  const instrument = expectOneOf(obj.instrument, `${path}.instrument`, INSTRUMENTS);
  const date = expectDate(obj.date, `${path}.date`);
  const itemsIn = expectArray(obj.items, `${path}.items`);
  const count = ITEM_COUNT[instrument];
  if (itemsIn.length !== count) {
    fail(`${path}.items`, `${INSTRUMENT_NAMES[instrument]} has ${count} items, got ${itemsIn.length}`);
  }
  const items = itemsIn.map((v, i) => (v === null ? null : validateAnswer(v, `${path}.items[${i}]`)));
  const response: SymptomResponse = { ...obj, id, instrument, date, items };
  if (obj.difficulty === undefined || obj.difficulty === null) delete response.difficulty;
  else response.difficulty = validateAnswer(obj.difficulty, `${path}.difficulty`);
  for (const field of ['completedAt', 'riskReportedAt', 'createdAt', 'updatedAt'] as const) {
    const value = optionalTimestamp(obj[field], `${path}.${field}`);
    if (value === undefined) delete response[field];
    else response[field] = value;
  }
  if (response.completedAt !== undefined) {
    const missing = items.indexOf(null);
    if (missing >= 0) fail(`${path}.items[${missing}]`, 'a finished response needs every answer, got null');
  }
  return response;
}

export function validate(input: unknown): SymptomCheckState {
  const obj = expectObject(input, 'state');
  const responses = expectArray(obj.responses, 'responses').map((r, i) => validateResponse(r, `responses[${i}]`));
  const ids = new Set<string>();
  responses.forEach((r, i) => {
    if (ids.has(r.id)) fail(`responses[${i}].id`, `duplicate id "${r.id}"`);
    ids.add(r.id);
  });
  return { ...obj, responses };
}

// ---------------------------------------------------------------------------------------
// Lenient repair (stored data): repairs only what has one possible meaning; anything else
// throws, and the core keeps the record aside rather than guess at someone's answers.

function repairAnswer(value: unknown, path: string, problems: string[]): Answer | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && ANSWERS.includes(value as Answer)) return value as Answer;
  if (typeof value === 'string' && /^[0-3]$/.test(value.trim())) {
    problems.push(`${path}: the answer was stored as text (${describe(value)}); read as ${value.trim()}`);
    return Number(value.trim()) as Answer;
  }
  return fail(path, `expected an answer from 0 to 3, got ${describe(value)}`);
}

function repairResponse(raw: unknown, path: string, ids: Set<string>, problems: string[]): SymptomResponse {
  if (!isPlainObject(raw)) fail(path, `expected an object, got ${describe(raw)}`);
  const itemsIn = expectArray(raw.items, `${path}.items`);
  let instrument: Instrument;
  if (isInstrument(raw.instrument)) instrument = raw.instrument;
  else if (raw.instrument === undefined || raw.instrument === null) {
    // The number of items names the instrument: 9 is the PHQ-9, 7 the GAD-7.
    const found = INSTRUMENTS.find((name) => ITEM_COUNT[name] === itemsIn.length);
    if (!found) fail(`${path}.instrument`, `missing, and ${itemsIn.length} items match no instrument`);
    instrument = found;
    problems.push(`${path}.instrument: missing; ${itemsIn.length} items make it "${instrument}"`);
  } else fail(`${path}.instrument`, `unknown instrument ${describe(raw.instrument)}`);
  const count = ITEM_COUNT[instrument];
  if (itemsIn.length !== count) fail(`${path}.items`, `${INSTRUMENT_NAMES[instrument]} has ${count} items, found ${itemsIn.length}`);
  if (!isCalendarDate(raw.date)) fail(`${path}.date`, `expected a real date as YYYY-MM-DD, got ${describe(raw.date)}`);
  const items = itemsIn.map((v, i) => repairAnswer(v, `${path}.items[${i}]`, problems));
  const response: SymptomResponse = { ...raw, id: '', instrument, date: raw.date, items };
  if (typeof raw.id === 'string' && raw.id !== '' && !ids.has(raw.id)) response.id = raw.id;
  else {
    response.id = newId();
    problems.push(`${path}.id: ${typeof raw.id === 'string' && raw.id !== '' ? `duplicate id "${raw.id}"` : 'missing id'}; given a new one`);
  }
  ids.add(response.id);
  if (raw.difficulty === undefined || raw.difficulty === null) delete response.difficulty;
  else {
    const d = repairAnswer(raw.difficulty, `${path}.difficulty`, problems);
    if (d === null) delete response.difficulty;
    else response.difficulty = d;
  }
  for (const field of ['createdAt', 'updatedAt'] as const) {
    const value = raw[field];
    if (value === undefined) continue;
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      delete response[field];
      problems.push(`${path}.${field}: not an ISO time (${describe(value)}); dropped`);
    }
  }
  for (const field of ['completedAt', 'riskReportedAt'] as const) {
    const value = raw[field];
    if (value === undefined || value === null) {
      delete response[field];
      continue;
    }
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) fail(`${path}.${field}`, `expected an ISO time, got ${describe(value)}`);
  }
  if (response.completedAt !== undefined) {
    const missing = items.indexOf(null);
    if (missing >= 0) fail(`${path}.items[${missing}]`, 'a finished response needs every answer, found none');
  }
  return response;
}

export function repair(input: unknown): RepairResult<SymptomCheckState> {
  if (!isPlainObject(input)) fail('state', `expected an object, got ${describe(input)}`);
  const problems: string[] = [];
  let list: unknown[];
  if (input.responses === undefined || input.responses === null) {
    list = [];
    if (input.responses === null) problems.push('responses: null; read as none');
  } else list = expectArray(input.responses, 'responses');
  const ids = new Set<string>();
  const responses = list.map((raw, i) => repairResponse(raw, `responses[${i}]`, ids, problems));
  return { state: { ...input, responses }, problems };
}

export function empty(): SymptomCheckState {
  return { responses: [] };
}

export const model: StateModel<SymptomCheckState, void> = {
  tag: TAG,
  schema: 1,
  collections: ['responses'],
  empty,
  validate,
  repair,
  importOptions: undefined,
};

// ---------------------------------------------------------------------------------------
// Derived values

/** The total, once every item is answered; `undefined` before. */
export function score(response: Pick<SymptomResponse, 'items'>): number | undefined {
  let total = 0;
  for (const v of response.items) {
    if (v === null) return undefined;
    total += v;
  }
  return total;
}

export function band(instrument: Instrument, total: number): Band {
  expectInteger(total, 'score', 0, MAX_SCORE[instrument]);
  let found: Band = 'minimal';
  for (const [name, from] of BANDS[instrument]) if (total >= from) found = name;
  return found;
}

export function answeredCount(response: Pick<SymptomResponse, 'items'>): number {
  return response.items.filter((v) => v !== null).length;
}

/** The response being answered now for an instrument: the newest one not finished. */
export function openResponse(state: SymptomCheckState, instrument: Instrument): SymptomResponse | undefined {
  const open = state.responses.filter((r) => r.instrument === instrument && r.completedAt === undefined);
  return open.sort(byTime).at(-1);
}

function byTime(a: SymptomResponse, b: SymptomResponse): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const ta = a.completedAt ?? a.createdAt ?? '';
  const tb = b.completedAt ?? b.createdAt ?? '';
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

/** Finished responses of an instrument, oldest first. */
export function completedResponses(state: SymptomCheckState, instrument: Instrument): SymptomResponse[] {
  return state.responses.filter((r) => r.instrument === instrument && r.completedAt !== undefined).sort(byTime);
}

/** `date` plus `days`, as YYYY-MM-DD (calendar arithmetic, no time zone). */
export function addDays(date: string, days: number): string {
  expectDate(date, 'date');
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

export interface Due {
  /** The day the next check is due. */
  date: string;
  /** True on and after that day. */
  now: boolean;
}

/** When the next check is due, `every` days after the last finished one; undefined without one. */
export function nextDue(state: SymptomCheckState, instrument: Instrument, every: number, today: string): Due | undefined {
  const last = completedResponses(state, instrument).at(-1);
  if (!last) return undefined;
  const date = addDays(last.date, every);
  return { date, now: today >= date };
}

/** The measures the workbook shares with the timeline: finished responses only. */
export function measures(state: SymptomCheckState, instrument: Instrument): { id: string; date: string; instrument: string; score: number }[] {
  return completedResponses(state, instrument).map((r) => ({
    id: r.id,
    date: r.date,
    instrument: INSTRUMENT_NAMES[instrument],
    score: score(r)!,
  }));
}

// ---------------------------------------------------------------------------------------
// Operations. Each returns a NEW state, never mutating the given one.

export interface AnswerResult {
  state: SymptomCheckState;
  response: SymptomResponse;
  /** True when this answer is the first above 0 to PHQ-9 item 9 of a response not yet reported. */
  risk: boolean;
}

function replaceResponse(state: SymptomCheckState, next: SymptomResponse): SymptomCheckState {
  const has = state.responses.some((r) => r.id === next.id);
  return { ...state, responses: has ? state.responses.map((r) => (r.id === next.id ? next : r)) : [...state.responses, next] };
}

/** A new, empty response of an instrument. */
export function newResponse(instrument: Instrument, date: string, id: string = newId()): SymptomResponse {
  expectOneOf(instrument, 'instrument', INSTRUMENTS);
  expectDate(date, 'date');
  return { id, instrument, date, items: new Array<Answer | null>(ITEM_COUNT[instrument]).fill(null) };
}

/**
 * Sets one item's answer in the open response of `instrument` (starting one when none is
 * open). When it is the first answer above 0 to PHQ-9 item 9 of this response, it stamps
 * `riskReportedAt` with `now` in the same change and says so: the caller emits `ipt-risk`
 * exactly then, and the stamp, saved and shared with twin instances, keeps it at one.
 */
export function answer(
  state: SymptomCheckState,
  instrument: Instrument,
  index: number,
  value: Answer,
  opts: { today: string; now: string; id?: string },
): AnswerResult {
  expectOneOf(instrument, 'instrument', INSTRUMENTS);
  expectInteger(index, 'index', 0, ITEM_COUNT[instrument] - 1);
  validateAnswer(value, 'value');
  const current = openResponse(state, instrument) ?? newResponse(instrument, opts.today, opts.id);
  const items = [...current.items];
  items[index] = value;
  const next: SymptomResponse = { ...current, items };
  const risk = instrument === 'phq9' && index === ITEM9_INDEX && value > 0 && current.riskReportedAt === undefined;
  if (risk) next.riskReportedAt = opts.now;
  return { state: replaceResponse(state, next), response: next, risk };
}

/** Sets PHQ-9's closing (unscored) question in the open response. */
export function setDifficulty(
  state: SymptomCheckState,
  instrument: Instrument,
  value: Answer,
  opts: { today: string; id?: string },
): { state: SymptomCheckState; response: SymptomResponse } {
  expectOneOf(instrument, 'instrument', INSTRUMENTS);
  validateAnswer(value, 'difficulty');
  const current = openResponse(state, instrument) ?? newResponse(instrument, opts.today, opts.id);
  const next: SymptomResponse = { ...current, difficulty: value };
  return { state: replaceResponse(state, next), response: next };
}

export type FinishResult =
  | { ok: true; state: SymptomCheckState; response: SymptomResponse }
  | { ok: false; reason: 'none-open' | 'incomplete'; missing: number[] };

/** Finishes the open response once every item is answered; it is dated the day it was finished. */
export function finish(state: SymptomCheckState, instrument: Instrument, opts: { today: string; now: string }): FinishResult {
  expectOneOf(instrument, 'instrument', INSTRUMENTS);
  const current = openResponse(state, instrument);
  if (!current) return { ok: false, reason: 'none-open', missing: [] };
  const missing = current.items.flatMap((v, i) => (v === null ? [i] : []));
  if (missing.length > 0) return { ok: false, reason: 'incomplete', missing };
  const next: SymptomResponse = { ...current, date: opts.today, completedAt: opts.now };
  return { ok: true, state: replaceResponse(state, next), response: next };
}

export interface Change {
  /** Score now minus score then. */
  delta: number;
  previous: SymptomResponse;
  previousScore: number;
}

/** How a finished response compares with the one before it. */
export function changeSince(state: SymptomCheckState, response: SymptomResponse): Change | undefined {
  const list = completedResponses(state, response.instrument);
  const at = list.findIndex((r) => r.id === response.id);
  const previous = at > 0 ? list[at - 1] : undefined;
  if (!previous) return undefined;
  const previousScore = score(previous)!;
  return { delta: score(response)! - previousScore, previous, previousScore };
}
