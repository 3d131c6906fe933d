/**
 * The decision analyses' state and their pure operations: no DOM, no I/O.
 *
 * IPT's decision analysis looks at a choice the client faces: the options, what speaks for
 * and against each, which to try and the first step, and later how it went. A decision may
 * serve a problem area of the focus (by its name) and concern a person of the circle (by
 * id: the name stays with the circle) or a typed name.
 */
import type { Item, RepairResult, StateModel } from '../core/model.js';
import { describe, expectArray, expectAtMost, expectDate, expectObject, expectString, expectUniqueIds, fail, isPlainObject, newId, optionalOneOf, optionalString, optionalTimestamp } from '../core/validate.js';
import type { Area } from '../problem-area-picker/model.js';

/**
 * The four problem areas (the picker's `AREAS`, checked against its type): written here so
 * that this element does not pull the picker's whole model into its file.
 */
const AREAS = ['grief', 'role-dispute', 'role-transition', 'interpersonal-deficits'] as const satisfies readonly Area[];

export const TAG = 'ipt-decision-analysis';
/** Characters of one answer (the question, the reasons for or against, the first step, how it went). */
export const TEXT_LIMIT = 5000;
/** Characters of an option's name. */
export const OPTION_LIMIT = 500;
/** Characters of a typed name. */
export const NAME_LIMIT = 120;
/** Options of one decision: two at least on screen, at most this many. */
export const MAX_OPTIONS = 8;
export const MIN_OPTIONS = 2;
/** Decisions one record holds. */
export const MAX_DECISIONS = 500;

export const TEXT_FIELDS = ['question', 'firstStep', 'howItWent'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export const OPTION_FIELDS = ['text', 'pros', 'cons'] as const;
export type OptionField = (typeof OPTION_FIELDS)[number];

export interface DecisionOption {
  id: string;
  /** The option in a few words. */
  text?: string;
  /** What speaks for it: one short line each. */
  pros?: string;
  /** What speaks against it: one short line each. */
  cons?: string;
  [extra: string]: unknown;
}

export interface Decision extends Item {
  /** `YYYY-MM-DD`: when the decision was written down. */
  date: string;
  question?: string;
  options: DecisionOption[];
  /** The option chosen to try: an id of `options`. */
  choiceId?: string;
  firstStep?: string;
  howItWent?: string;
  /** The problem area it serves (`grief`, `role-dispute`, `role-transition`, `interpersonal-deficits`). */
  area?: Area;
  /** A person of the workbook's circle (named live). */
  personId?: string;
  /** A person typed by name. */
  personName?: string;
  [extra: string]: unknown;
}

export interface DecisionState {
  decisions: Decision[];
  [extra: string]: unknown;
}

export type DecisionChange =
  | { type: 'decision-add'; id: string }
  | { type: 'decision-update'; id: string; field: string }
  | { type: 'decision-remove'; id: string }
  | { type: 'option-add' | 'option-remove'; id: string; optionId: string };

export function empty(): DecisionState {
  return { decisions: [] };
}

function setOptional(out: Record<string, unknown>, key: string, value: string | undefined): void {
  if (value === undefined || value === '') delete out[key];
  else out[key] = value;
}

function validateOption(input: unknown, path: string): DecisionOption {
  const obj = expectObject(input, path);
  const out: DecisionOption = { ...obj, id: expectString(obj.id, `${path}.id`, { nonEmpty: true, max: 200 }) };
  setOptional(out, 'text', optionalString(obj.text, `${path}.text`, { max: OPTION_LIMIT }));
  setOptional(out, 'pros', optionalString(obj.pros, `${path}.pros`, { max: TEXT_LIMIT }));
  setOptional(out, 'cons', optionalString(obj.cons, `${path}.cons`, { max: TEXT_LIMIT }));
  return out;
}

export function validateDecision(input: unknown, path: string): Decision {
  const obj = expectObject(input, path);
  const list = obj.options === undefined || obj.options === null ? [] : expectArray(obj.options, `${path}.options`);
  expectAtMost(list, `${path}.options`, MAX_OPTIONS);
  const options = list.map((o, i) => validateOption(o, `${path}.options[${i}]`));
  expectUniqueIds(options, `${path}.options`);
  const out: Decision = { ...obj, id: expectString(obj.id, `${path}.id`, { nonEmpty: true, max: 200 }), date: expectDate(obj.date, `${path}.date`), options } as Decision;
  for (const key of ['createdAt', 'updatedAt'] as const) setOptional(out, key, optionalTimestamp(obj[key], `${path}.${key}`));
  for (const field of TEXT_FIELDS) setOptional(out, field, optionalString(obj[field], `${path}.${field}`, { max: TEXT_LIMIT }));
  setOptional(out, 'personId', obj.personId === undefined || obj.personId === null ? undefined : expectString(obj.personId, `${path}.personId`, { nonEmpty: true, max: 200 }));
  const name = optionalString(obj.personName, `${path}.personName`, { max: NAME_LIMIT });
  setOptional(out, 'personName', name?.trim() ? name : undefined);
  setOptional(out, 'area', optionalOneOf(obj.area, `${path}.area`, AREAS));
  const choice = obj.choiceId === undefined || obj.choiceId === null ? undefined : expectString(obj.choiceId, `${path}.choiceId`, { nonEmpty: true, max: 200 });
  if (choice !== undefined && !options.some((o) => o.id === choice)) fail(`${path}.choiceId`, `no option with id ${describe(choice)}`);
  setOptional(out, 'choiceId', choice);
  return out;
}

/** Strict: a host's state or an import. A `TypeError` names the field. */
export function validate(input: unknown): DecisionState {
  const obj = expectObject(structuredClone(input), 'state');
  const list = obj.decisions === undefined || obj.decisions === null ? [] : expectArray(obj.decisions, 'decisions');
  expectAtMost(list, 'decisions', MAX_DECISIONS);
  const decisions = list.map((d, i) => validateDecision(d, `decisions[${i}]`));
  expectUniqueIds(decisions, 'decisions');
  return { ...obj, decisions };
}

/**
 * Stored data: a choice that names no option is dropped (the options stay), a decision that
 * cannot be read is set aside (the core keeps the whole original), duplicates after the
 * first are dropped, and a list past the maximum keeps the first ones; each is named.
 */
export function repair(input: unknown): RepairResult<DecisionState> {
  if (!isPlainObject(input)) fail('state', `expected an object, got ${describe(input)}`);
  const problems: string[] = [];
  let list: unknown[] = [];
  if (Array.isArray(input.decisions)) list = input.decisions;
  else if (input.decisions !== undefined && input.decisions !== null) problems.push(`decisions: expected an array, got ${describe(input.decisions)}; read as none`);
  const seen = new Set<string>();
  const decisions: Decision[] = [];
  list.forEach((raw, i) => {
    let candidate = raw;
    if (isPlainObject(raw) && raw.choiceId !== undefined && Array.isArray(raw.options) && !raw.options.some((o) => isPlainObject(o) && o.id === raw.choiceId)) {
      problems.push(`decisions[${i}].choiceId: names no option; dropped`);
      candidate = { ...raw, choiceId: undefined };
    }
    try {
      const d = validateDecision(candidate, `decisions[${i}]`);
      if (seen.has(d.id)) {
        problems.push(`decisions[${i}].id: duplicate id "${d.id}"; dropped`);
        return;
      }
      seen.add(d.id);
      decisions.push(d);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      problems.push(`${error.message}; set aside`);
    }
  });
  if (decisions.length > MAX_DECISIONS) {
    problems.push(`decisions: ${decisions.length} items, at most ${MAX_DECISIONS}; kept the first ${MAX_DECISIONS}`);
    decisions.length = MAX_DECISIONS;
  }
  return { state: { ...input, decisions }, problems };
}

export const model: StateModel<DecisionState, void> = {
  tag: TAG,
  schema: 1,
  collections: ['decisions'],
  empty,
  validate,
  validateCopies: true,
  repair,
  importOptions: undefined,
};

// ---------------------------------------------------------------------------------------
// Operations: each returns a new state.

function at(state: DecisionState, id: string): number {
  const i = state.decisions.findIndex((d) => d.id === id);
  if (i < 0) fail('id', `no decision with id ${describe(id)}`);
  return i;
}

function put(state: DecisionState, i: number, next: unknown): DecisionState {
  const decisions = state.decisions.slice();
  decisions[i] = validateDecision(next, 'decision');
  return { ...state, decisions };
}

/** A new decision with two empty options to fill in. */
export function addDecision(state: DecisionState, input: { date: string; id?: string }, now: string): { state: DecisionState; id: string } {
  if (state.decisions.length >= MAX_DECISIONS) fail('decisions', `at most ${MAX_DECISIONS} items`);
  const id = input.id ?? newId();
  const decision = validateDecision({ ...input, id, options: [{ id: newId() }, { id: newId() }], createdAt: now, updatedAt: now }, 'decision');
  return { state: { ...state, decisions: [...state.decisions, decision] }, id };
}

/** Sets fields of a decision; `''` or `undefined` removes an optional one. */
export function updateDecision(
  state: DecisionState,
  id: string,
  patch: Partial<Record<'date' | 'personId' | 'personName' | 'area' | 'choiceId' | TextField, string | undefined>>,
  now: string,
): DecisionState {
  const i = at(state, id);
  const next: Record<string, unknown> = { ...state.decisions[i], updatedAt: now };
  for (const [key, value] of Object.entries(patch)) setOptional(next, key, value);
  return put(state, i, next);
}

export function updateOption(state: DecisionState, id: string, optionId: string, field: OptionField, value: string, now: string): DecisionState {
  const i = at(state, id);
  const d = state.decisions[i]!;
  const j = d.options.findIndex((o) => o.id === optionId);
  if (j < 0) fail('optionId', `no option with id ${describe(optionId)}`);
  const option: Record<string, unknown> = { ...d.options[j] };
  setOptional(option, field, value);
  const options = d.options.slice();
  options[j] = option as DecisionOption;
  return put(state, i, { ...d, options, updatedAt: now });
}

export function addOption(state: DecisionState, id: string, now: string, optionId = newId()): DecisionState {
  const i = at(state, id);
  const d = state.decisions[i]!;
  if (d.options.length >= MAX_OPTIONS) fail('options', `at most ${MAX_OPTIONS} items`);
  return put(state, i, { ...d, options: [...d.options, { id: optionId }], updatedAt: now });
}

/** Removes an option (never below two); a choice of it goes with it. */
export function removeOption(state: DecisionState, id: string, optionId: string, now: string): DecisionState {
  const i = at(state, id);
  const d = state.decisions[i]!;
  if (d.options.length <= MIN_OPTIONS) fail('options', `at least ${MIN_OPTIONS} options`);
  return put(state, i, { ...d, options: d.options.filter((o) => o.id !== optionId), choiceId: d.choiceId === optionId ? undefined : d.choiceId, updatedAt: now });
}

export function removeDecision(state: DecisionState, id: string): DecisionState {
  return { ...state, decisions: state.decisions.filter((d) => d.id !== id) };
}

/** The short lines of a "for" or "against" text: one reason a line, blank lines left out. */
export function lines(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
