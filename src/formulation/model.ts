/**
 * The interpersonal formulation's state and its pure operations: no DOM, no I/O.
 *
 * The formulation is the deliverable of IPT's initial phase: it links the start of the
 * low mood to what was happening in the client's relationships then, names the focus, and
 * is agreed with the client. Events and people are kept as workbook ids (their names stay
 * with the timeline and the circle); the draft statement is derived live and only a
 * statement the client edited is stored; the client's own words are never rewritten.
 */
import type { RepairResult, StateModel } from '../core/model.js';
import { describe, expectArray, expectObject, expectOneOf, fail, isCalendarDate, isPlainObject, optionalString } from '../core/validate.js';

export const TAG = 'ipt-formulation';
export const TEXT_LIMIT = 5000;
export const ANSWERS = ['fits', 'change'] as const;
export type AgreementAnswer = (typeof ANSWERS)[number];

export interface Onset {
  /** YYYY-MM-DD, when the client can name a day. */
  date?: string;
  /** A period in the client's words ("last spring"), when a day is too precise. */
  period?: string;
}

export interface Agreement {
  answer: AgreementAnswer;
  /** What the client would change ("I would change ..."). */
  change?: string;
  /** YYYY-MM-DD of the answer. */
  date: string;
}

export interface FormulationState {
  onset: Onset;
  /** Ids of the timeline's events (workbook `lifeEvents`) that were happening at the start. */
  eventIds: string[];
  /** Ids of the circle's people (workbook `people`) involved then. */
  personIds: string[];
  /** The statement as the client and therapist edited it; absent while the draft is used. */
  statement?: string;
  /** The client's own words, beside the statement. Never changed by the kit. */
  ownWords?: string;
  agreement?: Agreement;
  [extra: string]: unknown;
}

export function empty(): FormulationState {
  return { onset: {}, eventIds: [], personIds: [] };
}

function text(value: unknown, path: string): string | undefined {
  return optionalString(value, path, { max: TEXT_LIMIT });
}

function ids(value: unknown, path: string): string[] {
  if (value === undefined || value === null) return [];
  const list = expectArray(value, path);
  const seen = new Set<string>();
  return list.map((id, i) => {
    if (typeof id !== 'string' || id === '') fail(`${path}[${i}]`, `expected a non-empty string id, got ${describe(id)}`);
    if (seen.has(id)) fail(`${path}[${i}]`, `duplicate id "${id}"`);
    seen.add(id);
    return id;
  });
}

function validateOnset(value: unknown): Onset {
  if (value === undefined || value === null) return {};
  const obj = expectObject(value, 'onset');
  const out: Onset = { ...obj };
  if (obj.date === undefined || obj.date === null) delete out.date;
  else if (!isCalendarDate(obj.date)) fail('onset.date', `expected a real date as YYYY-MM-DD, got ${describe(obj.date)}`);
  const period = text(obj.period, 'onset.period');
  if (period === undefined) delete out.period;
  else out.period = period;
  return out;
}

function validateAgreement(value: unknown): Agreement | undefined {
  if (value === undefined || value === null) return undefined;
  const obj = expectObject(value, 'agreement');
  const answer = expectOneOf(obj.answer, 'agreement.answer', ANSWERS);
  if (!isCalendarDate(obj.date)) fail('agreement.date', `expected a real date as YYYY-MM-DD, got ${describe(obj.date)}`);
  const out: Agreement = { ...obj, answer, date: obj.date };
  const change = text(obj.change, 'agreement.change');
  if (change === undefined) delete out.change;
  else out.change = change;
  return out;
}

export function validate(input: unknown): FormulationState {
  const obj = expectObject(input, 'state');
  const state: FormulationState = {
    ...structuredClone(obj),
    onset: validateOnset(structuredClone(obj.onset)),
    eventIds: ids(obj.eventIds, 'eventIds'),
    personIds: ids(obj.personIds, 'personIds'),
  };
  for (const field of ['statement', 'ownWords'] as const) {
    const value = text(obj[field], field);
    if (value === undefined) delete state[field];
    else state[field] = value;
  }
  const agreement = validateAgreement(structuredClone(obj.agreement));
  if (agreement) state.agreement = agreement;
  else delete state.agreement;
  return state;
}

/**
 * Stored data: ids that cannot be ids are dropped (they point at nothing a person wrote);
 * a text that is not text, a bad date or an unknown answer throws, and the core keeps the
 * record aside rather than guess at what someone wrote.
 */
export function repair(input: unknown): RepairResult<FormulationState> {
  if (!isPlainObject(input)) fail('state', `expected an object, got ${describe(input)}`);
  const problems: string[] = [];
  const fixed: Record<string, unknown> = { ...input };
  for (const field of ['eventIds', 'personIds'] as const) {
    const raw = input[field];
    if (raw === undefined || raw === null) {
      fixed[field] = [];
      continue;
    }
    if (!Array.isArray(raw)) {
      fixed[field] = [];
      problems.push(`${field}: expected an array, got ${describe(raw)}; read as none`);
      continue;
    }
    const seen = new Set<string>();
    fixed[field] = raw.filter((id, i) => {
      if (typeof id !== 'string' || id === '' || seen.has(id)) {
        problems.push(`${field}[${i}]: ${typeof id === 'string' && id !== '' ? `duplicate id "${id}"` : `not an id (${describe(id)})`}; dropped`);
        return false;
      }
      seen.add(id);
      return true;
    });
  }
  if (input.onset === null) {
    fixed.onset = {};
    problems.push('onset: null; read as not set');
  }
  return { state: validate(fixed), problems };
}

export const model: StateModel<FormulationState, void> = {
  tag: TAG,
  schema: 1,
  collections: [],
  empty,
  validate,
  validateCopies: true,
  repair,
  importOptions: undefined,
};

// ---------------------------------------------------------------------------------------
// Operations: each returns a NEW state.

export function setOnset(state: FormulationState, onset: Onset): FormulationState {
  return { ...state, onset: validateOnset(onset) };
}

export function toggleId(state: FormulationState, field: 'eventIds' | 'personIds', id: string, on: boolean): FormulationState {
  const without = state[field].filter((x) => x !== id);
  return { ...state, [field]: on ? [...without, id] : without };
}

export function setText(state: FormulationState, field: 'statement' | 'ownWords', value: string | undefined): FormulationState {
  const next = { ...state };
  if (value === undefined) delete next[field];
  else next[field] = text(value, field)!;
  return next;
}

export function setAgreement(state: FormulationState, agreement: Agreement | undefined): FormulationState {
  const next = { ...state };
  const checked = validateAgreement(agreement);
  if (checked) next.agreement = checked;
  else delete next.agreement;
  return next;
}

/** The onset to use: the client's own, else the timeline's marker. */
export function effectiveOnset(state: FormulationState, timelineOnset: string | undefined): { date?: string; period?: string; fromTimeline: boolean } {
  if (state.onset.date || state.onset.period) return { ...state.onset, fromTimeline: false };
  return timelineOnset ? { date: timelineOnset, fromTimeline: true } : { fromTimeline: false };
}

/** The pieces the draft statement is built from, already in words. */
export interface DraftPieces {
  /** "March 2026" or the client's period; undefined when not known yet. */
  when?: string;
  /** Event titles. */
  events: string[];
  /** People's names. */
  people: string[];
  /** The primary focus's area id, then any other. */
  areas: string[];
}

/** Which sentences the draft has: the element turns each into words. */
export function draftParts(p: DraftPieces): { began: boolean; happening: boolean; linked: boolean } {
  return { began: p.when !== undefined, happening: p.events.length + p.people.length > 0, linked: p.areas.length > 0 };
}
