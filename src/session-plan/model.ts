/**
 * The session plan's state and its pure operations: no DOM, no I/O.
 *
 * IPT is time-limited: a number of sessions is agreed at the start (12 to 16 individually,
 * 8 in the WHO group format) and treatment moves through three phases. The split used
 * here, unless the host sets it: the first quarter of the sessions is the initial phase
 * (3 of 12, 2 of 8, 4 of 16, after IPTUK's "sessions 1-4" and Markowitz's "at most 3"),
 * the last quarter the ending, the rest the middle.
 */
import type { Item, RepairResult, StateModel } from '../core/model.js';
import { describe, expectArray, expectInteger, expectObject, fail, isCalendarDate, isPlainObject, optionalString, optionalTimestamp } from '../core/validate.js';

export const TAG = 'ipt-session-plan';
export const MAX_SESSIONS = 40;
export const DEFAULT_SESSIONS = 12;
export const NOTE_LIMIT = 1000;
export const PHASES = ['initial', 'middle', 'ending'] as const;
export type Phase = (typeof PHASES)[number];

export interface Session extends Item {
  /** 1-based. */
  number: number;
  /** YYYY-MM-DD. */
  date?: string;
  /** A short note: what we did, what to try before next time. */
  note?: string;
  [extra: string]: unknown;
}

export interface SessionPlanState {
  /** Sessions agreed; absent while the element's `sessions` attribute is used. */
  total?: number;
  /** The session the client is at; absent until set (then the first). */
  current?: number;
  sessions: Session[];
  [extra: string]: unknown;
}

export function empty(): SessionPlanState {
  return { sessions: [] };
}

export const sessionId = (n: number) => `session-${n}`;

function validateSession(input: unknown, path: string): Session {
  const obj = expectObject(input, path);
  if (typeof obj.id !== 'string' || obj.id === '') fail(`${path}.id`, `expected a non-empty string id, got ${describe(obj.id)}`);
  const number = expectInteger(obj.number, `${path}.number`, 1, MAX_SESSIONS);
  const out: Session = { ...obj, id: obj.id, number };
  if (obj.date === undefined || obj.date === null) delete out.date;
  else if (!isCalendarDate(obj.date)) fail(`${path}.date`, `expected a real date as YYYY-MM-DD, got ${describe(obj.date)}`);
  const note = optionalString(obj.note, `${path}.note`, { max: NOTE_LIMIT });
  if (note === undefined) delete out.note;
  for (const f of ['createdAt', 'updatedAt'] as const) {
    if (optionalTimestamp(obj[f], `${path}.${f}`) === undefined) delete out[f];
  }
  return out;
}

export function validate(input: unknown): SessionPlanState {
  const obj = expectObject(structuredClone(input), 'state');
  const state: SessionPlanState = { ...obj, sessions: expectArray(obj.sessions, 'sessions').map((s, i) => validateSession(s, `sessions[${i}]`)) };
  if (obj.total === undefined || obj.total === null) delete state.total;
  else state.total = expectInteger(obj.total, 'total', 1, MAX_SESSIONS);
  if (obj.current === undefined || obj.current === null) delete state.current;
  else state.current = expectInteger(obj.current, 'current', 1, MAX_SESSIONS);
  const ids = new Set<string>();
  const numbers = new Set<number>();
  state.sessions.forEach((s, i) => {
    if (ids.has(s.id)) fail(`sessions[${i}].id`, `duplicate id "${s.id}"`);
    if (numbers.has(s.number)) fail(`sessions[${i}].number`, `session ${s.number} is listed twice`);
    ids.add(s.id);
    numbers.add(s.number);
  });
  return state;
}

/**
 * Stored data: a number stored as text is read as the number, an out-of-range `current`
 * or `total` is dropped (the attribute's default applies again); anything else throws and
 * the core keeps the record aside: notes are the client's words.
 */
export function repair(input: unknown): RepairResult<SessionPlanState> {
  if (!isPlainObject(input)) fail('state', `expected an object, got ${describe(input)}`);
  const problems: string[] = [];
  const fixed: Record<string, unknown> = { ...input };
  if (fixed.sessions === undefined || fixed.sessions === null) {
    fixed.sessions = [];
    if (input.sessions === null) problems.push('sessions: null; read as none');
  }
  for (const field of ['total', 'current'] as const) {
    let v = fixed[field];
    if (typeof v === 'string' && /^\d+$/.test(v.trim())) {
      problems.push(`${field}: stored as text (${describe(v)}); read as ${Number(v)}`);
      v = fixed[field] = Number(v);
    }
    if (v !== undefined && v !== null && !(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_SESSIONS)) {
      problems.push(`${field}: ${describe(v)} is not a session number from 1 to ${MAX_SESSIONS}; dropped`);
      delete fixed[field];
    }
  }
  return { state: validate(fixed), problems };
}

export const model: StateModel<SessionPlanState, void> = {
  tag: TAG,
  schema: 1,
  collections: ['sessions'],
  empty,
  validate,
  validateCopies: true,
  repair,
  importOptions: undefined,
};

// ---------------------------------------------------------------------------------------
// Derived values

export interface Split {
  total: number;
  /** Sessions in the initial phase (1..initial). */
  initial: number;
  /** Sessions in the ending phase (the last `ending`). */
  ending: number;
}

/** The default split: a quarter each for the beginning and the ending, at least one each. */
export function defaultPhaseLength(total: number): number {
  return Math.max(1, Math.round(total / 4));
}

/** A split that always leaves the middle at least one session when there are 3 or more. */
export function split(total: number, initial?: number, ending?: number): Split {
  const i = Math.max(1, Math.min(initial ?? defaultPhaseLength(total), total));
  const e = Math.max(0, Math.min(ending ?? defaultPhaseLength(total), total - i));
  if (total >= 3 && i + e >= total) return { total, initial: Math.min(i, total - 2), ending: Math.min(e, 1) };
  return { total, initial: i, ending: e };
}

export function phaseOf(n: number, s: Split): Phase {
  if (n <= s.initial) return 'initial';
  if (n > s.total - s.ending) return 'ending';
  return 'middle';
}

export function sessionOf(state: SessionPlanState, n: number): Session | undefined {
  return state.sessions.find((s) => s.number === n);
}

/** Sessions still to come after the current one. */
export function sessionsLeft(current: number, total: number): number {
  return Math.max(0, total - current);
}

// ---------------------------------------------------------------------------------------
// Operations: each returns a NEW state.

export function setTotal(state: SessionPlanState, total: number): SessionPlanState {
  const next = { ...state, total: expectInteger(total, 'total', 1, MAX_SESSIONS) };
  if (next.current !== undefined && next.current > total) next.current = total;
  return next;
}

export function setCurrent(state: SessionPlanState, current: number, total: number): SessionPlanState {
  return { ...state, current: expectInteger(current, 'current', 1, total) };
}

export function updateSession(state: SessionPlanState, n: number, patch: { date?: string | null; note?: string | null }): SessionPlanState {
  expectInteger(n, 'number', 1, MAX_SESSIONS);
  const current = sessionOf(state, n) ?? { id: sessionId(n), number: n };
  const next: Session = { ...current };
  if (patch.date !== undefined) {
    if (patch.date === null || patch.date === '') delete next.date;
    else if (isCalendarDate(patch.date)) next.date = patch.date;
    else fail('date', `expected a real date as YYYY-MM-DD, got ${describe(patch.date)}`);
  }
  if (patch.note !== undefined) {
    if (patch.note === null || patch.note === '') delete next.note;
    else next.note = optionalString(patch.note, 'note', { max: NOTE_LIMIT })!;
  }
  const has = state.sessions.some((s) => s.number === n);
  return { ...state, sessions: has ? state.sessions.map((s) => (s.number === n ? next : s)) : [...state.sessions, next] };
}

/** What the workbook shows as due around the current session: gentle reminders, never more. */
export interface DueInput {
  phase: Phase;
  /** The current session's date, if set. */
  sessionDate?: string;
  today: string;
  /** Dates (YYYY-MM-DD) of PHQ-9 checks in the workbook. */
  checks: readonly string[];
  /** Dates (YYYY-MM-DD) of the circle's snapshots. */
  snapshots: readonly string[];
  /** The first date of the ending phase, if that session is dated. */
  endingFrom?: string;
  /** The formulation's agreement date, if it fits. */
  formulationAgreed?: string;
  /** True when the workbook holds a formulation. */
  hasFormulation: boolean;
}

export type DueItem = 'symptom-check' | 'snapshot-start' | 'snapshot-end' | 'formulation';

/** Days between two YYYY-MM-DD dates. */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

export function due(input: DueInput): DueItem[] {
  const out: DueItem[] = [];
  // A symptom check around each session (the scale is repeated through IPT): due when none
  // was done on or after the session's day, or in the last week when the day is not set.
  const since = input.sessionDate ?? input.today;
  const recent = input.checks.some((d) => (input.sessionDate ? d >= since : daysBetween(d, input.today) < 7));
  if (!recent) out.push('symptom-check');
  if (input.phase === 'initial' && input.snapshots.length === 0) out.push('snapshot-start');
  if (input.phase === 'ending') {
    const latest = [...input.snapshots].sort().at(-1);
    const endOk = input.snapshots.length >= 2 && (!input.endingFrom || (latest !== undefined && latest >= input.endingFrom));
    if (!endOk) out.push('snapshot-end');
  }
  if (input.phase === 'initial' && input.hasFormulation && !input.formulationAgreed) out.push('formulation');
  return out;
}
