/**
 * The communication analyses' state and their pure operations: no DOM, no I/O.
 *
 * IPT's communication analysis goes through one conversation that went wrong, step by step,
 * and plans the next one (role play). Each analysis names a person of the circle by id (the
 * name stays with the circle, so a renamed person shows renamed) or by a typed name, and may
 * point at an event of the timeline by id (the event itself lives in the timeline's record).
 */
import type { Item, RepairResult, StateModel } from '../core/model.js';
import { describe, expectArray, expectAtMost, expectDate, expectObject, expectString, expectUniqueIds, fail, isPlainObject, newId, optionalString, optionalTimestamp } from '../core/validate.js';

export const TAG = 'ipt-communication-analysis';
/** Characters of one answer. */
export const TEXT_LIMIT = 5000;
/** Characters of a typed name. */
export const NAME_LIMIT = 120;
/** Analyses one record holds: far more than a course of therapy needs. */
export const MAX_ANALYSES = 500;

/** The steps of the analysis, in the order they are asked. */
export const STEPS = ['happened', 'said', 'theySaid', 'felt', 'meant', 'expected', 'outcome', 'instead'] as const;
/** After the analysis: what I will try, and later how it went. */
export const FOLLOW_UP = ['willTry', 'howItWent'] as const;
/** The plan for a conversation to come (role play), and notes from the role play in session. */
export const ROLE_PLAY = ['planSay', 'planAnswer', 'planRespond', 'rolePlayNotes'] as const;
export const TEXT_FIELDS = [...STEPS, ...FOLLOW_UP, ...ROLE_PLAY] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface Analysis extends Item {
  /** `YYYY-MM-DD`: the day of the conversation. */
  date: string;
  /** A person of the workbook's circle (their name is looked up live). */
  personId?: string;
  /** A person typed by name (outside a workbook, or someone not in the circle). */
  personName?: string;
  /** An event of the timeline (the workbook's `lifeEvents`), by id: never a copy. */
  eventId?: string;
  happened?: string;
  said?: string;
  theySaid?: string;
  felt?: string;
  meant?: string;
  expected?: string;
  outcome?: string;
  instead?: string;
  willTry?: string;
  howItWent?: string;
  planSay?: string;
  planAnswer?: string;
  planRespond?: string;
  rolePlayNotes?: string;
  [extra: string]: unknown;
}

export interface CommunicationState {
  analyses: Analysis[];
  [extra: string]: unknown;
}

export type CommunicationChange =
  | { type: 'analysis-add'; id: string }
  | { type: 'analysis-update'; id: string; field: string }
  | { type: 'analysis-remove'; id: string }
  | { type: 'event-link'; id: string; eventId: string };

export function empty(): CommunicationState {
  return { analyses: [] };
}

function optionalId(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  return expectString(value, path, { nonEmpty: true, max: 200 });
}

export function validateAnalysis(input: unknown, path: string): Analysis {
  const obj = expectObject(input, path);
  const out: Analysis = {
    ...obj,
    id: expectString(obj.id, `${path}.id`, { nonEmpty: true, max: 200 }),
    date: expectDate(obj.date, `${path}.date`),
  } as Analysis;
  for (const key of ['createdAt', 'updatedAt'] as const) {
    const stamp = optionalTimestamp(obj[key], `${path}.${key}`);
    if (stamp === undefined) delete out[key];
    else out[key] = stamp;
  }
  for (const key of ['personId', 'eventId'] as const) {
    const id = optionalId(obj[key], `${path}.${key}`);
    if (id === undefined) delete out[key];
    else out[key] = id;
  }
  const name = optionalString(obj.personName, `${path}.personName`, { max: NAME_LIMIT });
  if (name === undefined || name.trim() === '') delete out.personName;
  else out.personName = name;
  for (const field of TEXT_FIELDS) {
    const value = optionalString(obj[field], `${path}.${field}`, { max: TEXT_LIMIT });
    if (value === undefined || value === '') delete out[field];
    else out[field] = value;
  }
  return out;
}

/** Strict: a host's state or an import. A `TypeError` names the field. */
export function validate(input: unknown): CommunicationState {
  const obj = expectObject(structuredClone(input), 'state');
  const list = obj.analyses === undefined || obj.analyses === null ? [] : expectArray(obj.analyses, 'analyses');
  expectAtMost(list, 'analyses', MAX_ANALYSES);
  const analyses = list.map((a, i) => validateAnalysis(a, `analyses[${i}]`));
  expectUniqueIds(analyses, 'analyses');
  return { ...obj, analyses };
}

/**
 * Stored data: an analysis that cannot be read is set aside (the whole original is kept by
 * the core), duplicates after the first are dropped, and a list past the maximum keeps the
 * first ones. Everything dropped is named in `problems`.
 */
export function repair(input: unknown): RepairResult<CommunicationState> {
  if (!isPlainObject(input)) fail('state', `expected an object, got ${describe(input)}`);
  const problems: string[] = [];
  let list: unknown[] = [];
  if (Array.isArray(input.analyses)) list = input.analyses;
  else if (input.analyses !== undefined && input.analyses !== null) problems.push(`analyses: expected an array, got ${describe(input.analyses)}; read as none`);
  const seen = new Set<string>();
  const analyses: Analysis[] = [];
  list.forEach((raw, i) => {
    try {
      const a = validateAnalysis(raw, `analyses[${i}]`);
      if (seen.has(a.id)) {
        problems.push(`analyses[${i}].id: duplicate id "${a.id}"; dropped`);
        return;
      }
      seen.add(a.id);
      analyses.push(a);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      problems.push(`${error.message}; set aside`);
    }
  });
  if (analyses.length > MAX_ANALYSES) {
    problems.push(`analyses: ${analyses.length} items, at most ${MAX_ANALYSES}; kept the first ${MAX_ANALYSES}`);
    analyses.length = MAX_ANALYSES;
  }
  return { state: { ...input, analyses }, problems };
}

export const model: StateModel<CommunicationState, void> = {
  tag: TAG,
  schema: 1,
  collections: ['analyses'],
  empty,
  validate,
  validateCopies: true,
  repair,
  importOptions: undefined,
};

// ---------------------------------------------------------------------------------------
// Operations: each returns a new state; `now` is the ISO time of the change.

export function addAnalysis(state: CommunicationState, input: { date: string; personId?: string; personName?: string; id?: string }, now: string): { state: CommunicationState; id: string } {
  if (state.analyses.length >= MAX_ANALYSES) fail('analyses', `at most ${MAX_ANALYSES} items`);
  const id = input.id ?? newId();
  const analysis = validateAnalysis({ ...input, id, createdAt: now, updatedAt: now }, 'analysis');
  return { state: { ...state, analyses: [...state.analyses, analysis] }, id };
}

/** Sets one field of an analysis; `''` or `undefined` removes an optional one. */
export function updateAnalysis(state: CommunicationState, id: string, patch: Partial<Record<'date' | 'personId' | 'personName' | 'eventId' | TextField, string | undefined>>, now: string): CommunicationState {
  const i = state.analyses.findIndex((a) => a.id === id);
  if (i < 0) fail('id', `no analysis with id ${describe(id)}`);
  const next: Record<string, unknown> = { ...state.analyses[i], updatedAt: now };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value === '') delete next[key];
    else next[key] = value;
  }
  const analyses = state.analyses.slice();
  analyses[i] = validateAnalysis(next, 'analysis');
  return { ...state, analyses };
}

export function removeAnalysis(state: CommunicationState, id: string): CommunicationState {
  return { ...state, analyses: state.analyses.filter((a) => a.id !== id) };
}

/** The first step not answered yet (where a half-done analysis picks up), or the last one. */
export function firstOpenStep(analysis: Analysis): number {
  const i = STEPS.findIndex((s) => !analysis[s]);
  return i < 0 ? STEPS.length - 1 : i;
}

/** How many steps have an answer. */
export function answered(analysis: Analysis): number {
  return STEPS.filter((s) => analysis[s]).length;
}

/**
 * The analyses grouped by person (by the name shown now: `nameOf` looks a circle id up
 * live), groups in name order, each newest first.
 */
export function byPerson(analyses: readonly Analysis[], nameOf: (a: Analysis) => string, compare: (a: string, b: string) => number): { name: string; analyses: Analysis[] }[] {
  const groups = new Map<string, Analysis[]>();
  for (const a of analyses) {
    const name = nameOf(a);
    groups.set(name, [...(groups.get(name) ?? []), a]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([name, list]) => ({ name, analyses: list.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1)) }));
}
