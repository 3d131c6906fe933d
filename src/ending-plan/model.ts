/**
 * The ending plan's state and its pure operations: no DOM, no I/O.
 *
 * IPT's final phase reviews what changed and plans for the warning signs of a return of
 * depression. The review is drawn from the rest of the workbook and never stored here;
 * the plan is the client's own words, and the people they can turn to are circle ids
 * (their names stay with the circle).
 */
import type { RepairResult, StateModel } from '../core/model.js';
import { describe, expectArray, expectObject, fail, isPlainObject, optionalString } from '../core/validate.js';

export const TAG = 'ipt-ending-plan';
export const TEXT_LIMIT = 5000;
export const TEXT_FIELDS = ['warningSigns', 'helped', 'ifLow', 'seekHelp'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface EndingPlanState {
  /** My warning signs: how I would notice the low mood coming back. */
  warningSigns?: string;
  /** What helped during the sessions. */
  helped?: string;
  /** Ids of the circle's people (workbook `people`) I can turn to. */
  personIds: string[];
  /** What I will do if the low mood comes back. */
  ifLow?: string;
  /** When I will seek help again, and from whom. */
  seekHelp?: string;
  [extra: string]: unknown;
}

export function empty(): EndingPlanState {
  return { personIds: [] };
}

export function validate(input: unknown): EndingPlanState {
  const obj = expectObject(structuredClone(input), 'state');
  const list = obj.personIds === undefined || obj.personIds === null ? [] : expectArray(obj.personIds, 'personIds');
  const seen = new Set<string>();
  const personIds = list.map((id, i) => {
    if (typeof id !== 'string' || id === '') fail(`personIds[${i}]`, `expected a non-empty string id, got ${describe(id)}`);
    if (seen.has(id)) fail(`personIds[${i}]`, `duplicate id "${id}"`);
    seen.add(id);
    return id;
  });
  const state: EndingPlanState = { ...obj, personIds };
  for (const field of TEXT_FIELDS) {
    const value = optionalString(obj[field], field, { max: TEXT_LIMIT });
    if (value === undefined) delete state[field];
    else state[field] = value;
  }
  return state;
}

/** Stored data: ids that are not ids are dropped; a text that is not text throws (kept aside). */
export function repair(input: unknown): RepairResult<EndingPlanState> {
  if (!isPlainObject(input)) fail('state', `expected an object, got ${describe(input)}`);
  const problems: string[] = [];
  const fixed: Record<string, unknown> = { ...input };
  const raw = input.personIds;
  if (raw !== undefined && raw !== null && !Array.isArray(raw)) {
    fixed.personIds = [];
    problems.push(`personIds: expected an array, got ${describe(raw)}; read as none`);
  } else if (Array.isArray(raw)) {
    const seen = new Set<string>();
    fixed.personIds = raw.filter((id, i) => {
      const ok = typeof id === 'string' && id !== '' && !seen.has(id);
      if (!ok) problems.push(`personIds[${i}]: ${typeof id === 'string' && id !== '' ? `duplicate id "${id}"` : `not an id (${describe(id)})`}; dropped`);
      else seen.add(id);
      return ok;
    });
  }
  return { state: validate(fixed), problems };
}

export const model: StateModel<EndingPlanState, void> = {
  tag: TAG,
  schema: 1,
  collections: [],
  empty,
  validate,
  validateCopies: true,
  repair,
  importOptions: undefined,
};

export function setText(state: EndingPlanState, field: TextField, value: string): EndingPlanState {
  const next = { ...state };
  if (value === '') delete next[field];
  else next[field] = optionalString(value, field, { max: TEXT_LIMIT })!;
  return next;
}

export function togglePerson(state: EndingPlanState, id: string, on: boolean): EndingPlanState {
  const without = state.personIds.filter((x) => x !== id);
  return { ...state, personIds: on ? [...without, id] : without };
}

// ---------------------------------------------------------------------------------------
// What changed: pure comparisons of what the workbook shares.

export interface RingPerson {
  id: string;
  name: string;
  ring: number;
}

export interface CircleChange {
  closer: { id: string; name: string; from: number; to: number }[];
  further: { id: string; name: string; from: number; to: number }[];
  added: { id: string; name: string }[];
}

/** Who moved closer (a smaller ring), who moved further, who was added, from `first` to `latest`. */
export function compareCircles(first: readonly RingPerson[], latest: readonly RingPerson[]): CircleChange {
  const before = new Map(first.map((p) => [p.id, p]));
  const out: CircleChange = { closer: [], further: [], added: [] };
  for (const p of latest) {
    const was = before.get(p.id);
    if (!was) out.added.push({ id: p.id, name: p.name });
    else if (p.ring < was.ring) out.closer.push({ id: p.id, name: p.name, from: was.ring, to: p.ring });
    else if (p.ring > was.ring) out.further.push({ id: p.id, name: p.name, from: was.ring, to: p.ring });
  }
  return out;
}

export interface Measure {
  date: string;
  instrument: string;
  score: number;
}

/** The first and the latest score of each instrument, by date. */
export function firstAndLatest(measures: readonly Measure[]): { instrument: string; first: Measure; latest: Measure }[] {
  const by = new Map<string, Measure[]>();
  for (const m of measures) by.set(m.instrument, [...(by.get(m.instrument) ?? []), m]);
  return [...by.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([instrument, list]) => {
      const sorted = [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      return { instrument, first: sorted[0]!, latest: sorted.at(-1)! };
    });
}
