/**
 * The problem-area picker's state and its pure operations: no DOM, no I/O.
 *
 * IPT focuses treatment on one, at most two, of four interpersonal problem areas. The
 * client rates how much each sounds like them, selects up to `max` areas (exactly one
 * primary whenever any is selected), and describes each selected area in their own words
 * with up to three goals.
 */
import type { RepairResult, StateModel } from '../core/model.js';
import {
  describe,
  expectArray,
  expectBoolean,
  expectInteger,
  expectObject,
  expectOneOf,
  expectString,
  fail,
  isPlainObject,
  newId,
  optionalTimestamp,
} from '../core/validate.js';
import { DISPUTE_STAGES, type DisputeStage } from '../core/vocabulary.js';

export { DISPUTE_STAGES, type DisputeStage };

export const TAG = 'ipt-problem-area-picker';

export const AREAS = ['grief', 'role-dispute', 'role-transition', 'interpersonal-deficits'] as const;
export type Area = (typeof AREAS)[number];

export const RATINGS = ['not-at-all', 'a-little', 'a-lot'] as const;
export type Rating = (typeof RATINGS)[number];


export const MAX_GOALS = 3;
export const MIN_MAX = 1;
/** IPT works on one problem area, at most two (Weissman, Markowitz & Klerman). */
export const MAX_MAX = 2;
export const DEFAULT_MAX = 2;
/**
 * Earlier versions let a page allow up to four areas. Their records and exports still
 * import; an element then loads them trimmed to its `max` (the primary kept), with the
 * original record kept aside and the trim reported, as when a page lowers `max`.
 */
export const LEGACY_MAX = 4;
/** Generous limits: long enough for anything a client writes, short enough to catch garbage. */
export const TEXT_LIMIT = 2000;
export const NAME_LIMIT = 200;
export const GOAL_LIMIT = 500;

/** Every detail is optional free text, in the client's words, except the ones typed below. */
export interface Details {
  /** grief, role-dispute: a person of the workbook's circle. */
  personId?: string;
  /** grief, role-dispute: a typed name (or the circle person's name when it was picked). */
  personName?: string;
  /** grief, role-transition: when it happened, in the client's words ("last March"). */
  when?: string;
  /** grief: what is hardest now. */
  hardest?: string;
  /** grief: what happened around the death. */
  circumstances?: string;
  /** grief: a realistic look back at the relationship, its good sides... */
  goodTimes?: string;
  /** grief: ...and its hard ones. */
  hardTimes?: string;
  /** role-dispute: what the disagreement is about. */
  issues?: string;
  /** role-dispute. */
  stage?: DisputeStage;
  /** role-dispute: what the client expects of the other person. */
  myExpectations?: string;
  /** role-dispute: what the client thinks the other person expects. */
  theirExpectations?: string;
  /** role-dispute: what the client could do, and what stops them sorting it out. */
  options?: string;
  /** role-transition. */
  fromRole?: string;
  toRole?: string;
  lost?: string;
  gained?: string;
  /** role-transition: the support or skills that would help in the new role. */
  helpNeeded?: string;
  /** interpersonal-deficits: what makes connection hard. */
  connectionHard?: string;
  /** interpersonal-deficits: who the client would like to be closer to. */
  closerTo?: string;
  /** interpersonal-deficits: relationships that went well in the past, and why. */
  pastRelationships?: string;
  [extra: string]: unknown;
}

/**
 * The detail fields each area offers, in the order the form shows them: what the manuals
 * explore for each area (grief: the death, its circumstances and a realistic review of the
 * relationship; disputes: the issues, the stage, expectations and options; transitions:
 * old and new role, losses and gains, the support needed; deficits: past relationships).
 */
export const DETAIL_FIELDS = {
  grief: ['personId', 'personName', 'when', 'circumstances', 'goodTimes', 'hardTimes', 'hardest'],
  'role-dispute': ['personId', 'personName', 'issues', 'stage', 'myExpectations', 'theirExpectations', 'options'],
  'role-transition': ['fromRole', 'toRole', 'when', 'lost', 'gained', 'helpNeeded'],
  'interpersonal-deficits': ['pastRelationships', 'connectionHard', 'closerTo'],
} as const satisfies Record<Area, readonly string[]>;

export type DetailField = (typeof DETAIL_FIELDS)[Area][number];
const SHORT_FIELDS: ReadonlySet<string> = new Set(['personId', 'personName', 'when', 'fromRole', 'toRole']);

export interface Goal {
  id: string;
  text: string;
  done?: boolean;
  createdAt?: string;
  updatedAt?: string;
  [extra: string]: unknown;
}

export interface Selection {
  area: Area;
  primary: boolean;
  details: Details;
  goals: Goal[];
  createdAt?: string;
  updatedAt?: string;
  [extra: string]: unknown;
}

export type Ratings = Partial<Record<Area, Rating>>;

export interface ProblemAreaState {
  ratings: Ratings;
  selected: Selection[];
  [extra: string]: unknown;
}

export interface ProblemAreaOptions {
  /** How many areas may be selected: 1 or 2 (up to 4 only to read records of earlier versions). */
  max: number;
}

export const DEFAULT_OPTIONS: ProblemAreaOptions = { max: DEFAULT_MAX };

export function isArea(value: unknown): value is Area {
  return typeof value === 'string' && (AREAS as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------------------
// Strict validation (host assignment)

function checkMax(options: ProblemAreaOptions | undefined): number {
  const max = options?.max ?? DEFAULT_MAX;
  return expectInteger(max, 'options.max', MIN_MAX, LEGACY_MAX);
}

function validateRatings(input: unknown, path: string): Ratings {
  if (input === undefined || input === null) return {};
  const obj = expectObject(input, path);
  const out: Ratings = {};
  for (const [key, value] of Object.entries(obj)) {
    if (!isArea(key)) fail(`${path}.${key}`, `unknown area; expected one of ${AREAS.map((a) => `"${a}"`).join(', ')}`);
    if (value === undefined || value === null) continue;
    out[key] = expectOneOf(value, `${path}.${key}`, RATINGS);
  }
  return out;
}

function validateDetails(input: unknown, area: Area, path: string): Details {
  if (input === undefined || input === null) return {};
  const obj = expectObject(input, path);
  const out: Details = {};
  const known: readonly string[] = DETAIL_FIELDS[area];
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined || value === null) continue;
    if (!known.includes(key)) {
      // Unknown fields ride along untouched (a newer version or a host may add some).
      out[key] = value;
      continue;
    }
    if (key === 'stage') out.stage = expectOneOf(value, `${path}.stage`, DISPUTE_STAGES);
    else out[key] = expectString(value, `${path}.${key}`, { max: SHORT_FIELDS.has(key) ? NAME_LIMIT : TEXT_LIMIT });
  }
  return out;
}

function validateGoal(input: unknown, path: string): Goal {
  const obj = expectObject(input, path);
  const id = expectString(obj.id, `${path}.id`, { nonEmpty: true });
  const text = expectString(obj.text, `${path}.text`, { nonEmpty: true, max: GOAL_LIMIT });
  const goal: Goal = { ...obj, id, text };
  if (obj.done === undefined || obj.done === null) delete goal.done;
  else goal.done = expectBoolean(obj.done, `${path}.done`);
  stampFields(goal, obj, path);
  return goal;
}

function stampFields(target: Record<string, unknown>, source: Record<string, unknown>, path: string): void {
  for (const field of ['createdAt', 'updatedAt'] as const) {
    const value = optionalTimestamp(source[field], `${path}.${field}`);
    if (value === undefined) delete target[field];
    else target[field] = value;
  }
}

function validateSelection(input: unknown, path: string): Selection {
  const obj = expectObject(input, path);
  const area = expectOneOf(obj.area, `${path}.area`, AREAS);
  const primary = expectBoolean(obj.primary, `${path}.primary`);
  const details = validateDetails(obj.details, area, `${path}.details`);
  const goalsIn = obj.goals === undefined || obj.goals === null ? [] : expectArray(obj.goals, `${path}.goals`);
  if (goalsIn.length > MAX_GOALS) fail(`${path}.goals`, `at most ${MAX_GOALS} goals per area, got ${goalsIn.length}`);
  const goals = goalsIn.map((g, i) => validateGoal(g, `${path}.goals[${i}]`));
  const ids = new Set<string>();
  goals.forEach((g, i) => {
    if (ids.has(g.id)) fail(`${path}.goals[${i}].id`, `duplicate id "${g.id}"`);
    ids.add(g.id);
  });
  const selection: Selection = { ...obj, area, primary, details, goals };
  stampFields(selection, obj, path);
  return selection;
}

export function validate(input: unknown, options: ProblemAreaOptions = DEFAULT_OPTIONS): ProblemAreaState {
  const max = checkMax(options);
  const obj = expectObject(input, 'state');
  const ratings = validateRatings(obj.ratings, 'ratings');
  const selectedIn = expectArray(obj.selected, 'selected');
  const selected = selectedIn.map((s, i) => validateSelection(s, `selected[${i}]`));
  const seen = new Set<Area>();
  selected.forEach((s, i) => {
    if (seen.has(s.area)) fail(`selected[${i}].area`, `"${s.area}" is selected twice`);
    seen.add(s.area);
  });
  if (selected.length > max) fail('selected', `at most ${max} ${max === 1 ? 'area' : 'areas'} can be selected, got ${selected.length}`);
  const primaries = selected.filter((s) => s.primary).length;
  if (selected.length > 0 && primaries !== 1) fail('selected', `exactly one selected area must be primary, got ${primaries}`);
  return { ...obj, ratings, selected };
}

// ---------------------------------------------------------------------------------------
// Lenient repair (stored data)

function repairRatings(input: unknown, problems: string[]): Ratings {
  if (input === undefined || input === null) return {};
  if (!isPlainObject(input)) {
    problems.push(`ratings: expected an object, got ${describe(input)}; cleared`);
    return {};
  }
  const out: Ratings = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    if (!isArea(key)) problems.push(`ratings.${key}: unknown area; dropped`);
    else if (!(RATINGS as readonly unknown[]).includes(value)) problems.push(`ratings.${key}: unknown rating ${describe(value)}; dropped`);
    else out[key] = value as Rating;
  }
  return out;
}

function repairDetails(input: unknown, area: Area, path: string, problems: string[]): Details {
  if (input === undefined || input === null) return {};
  if (!isPlainObject(input)) {
    problems.push(`${path}: expected an object, got ${describe(input)}; cleared`);
    return {};
  }
  const out: Details = {};
  const known: readonly string[] = DETAIL_FIELDS[area];
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    if (!known.includes(key)) out[key] = value;
    else if (key === 'stage') {
      if ((DISPUTE_STAGES as readonly unknown[]).includes(value)) out.stage = value as DisputeStage;
      else problems.push(`${path}.stage: unknown stage ${describe(value)}; dropped`);
    } else if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') {
      out[key] = String(value);
      problems.push(`${path}.${key}: expected text, got ${describe(value)}; kept as text`);
    } else problems.push(`${path}.${key}: expected text, got ${describe(value)}; dropped`);
  }
  return out;
}

function repairStamps(target: Record<string, unknown>, path: string, problems: string[]): void {
  for (const field of ['createdAt', 'updatedAt'] as const) {
    const value = target[field];
    if (value === undefined) continue;
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      delete target[field];
      problems.push(`${path}.${field}: not an ISO time (${describe(value)}); dropped`);
    }
  }
}

function repairGoals(input: unknown, path: string, problems: string[]): Goal[] {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input)) {
    problems.push(`${path}: expected an array, got ${describe(input)}; cleared`);
    return [];
  }
  const goals: Goal[] = [];
  const ids = new Set<string>();
  input.forEach((raw, i) => {
    const p = `${path}[${i}]`;
    if (!isPlainObject(raw)) return void problems.push(`${p}: expected an object, got ${describe(raw)}; dropped`);
    const text = typeof raw.text === 'string' ? raw.text : typeof raw.text === 'number' ? String(raw.text) : '';
    if (text.trim() === '') return void problems.push(`${p}.text: a goal needs text; dropped`);
    const goal: Goal = { ...raw, id: '', text };
    if (typeof raw.id !== 'string' || raw.id === '' || ids.has(raw.id)) {
      goal.id = newId();
      problems.push(`${p}.id: ${typeof raw.id === 'string' && raw.id !== '' ? `duplicate id "${raw.id}"` : 'missing id'}; given a new one`);
    } else goal.id = raw.id;
    if (raw.done !== undefined && typeof raw.done !== 'boolean') {
      delete goal.done;
      problems.push(`${p}.done: expected true or false, got ${describe(raw.done)}; dropped`);
    }
    repairStamps(goal, p, problems);
    ids.add(goal.id);
    goals.push(goal);
  });
  if (goals.length > MAX_GOALS) {
    problems.push(`${path}: at most ${MAX_GOALS} goals per area, found ${goals.length}; kept the first ${MAX_GOALS}`);
    goals.length = MAX_GOALS;
  }
  return goals;
}

export function repair(input: unknown, options: ProblemAreaOptions = DEFAULT_OPTIONS): RepairResult<ProblemAreaState> {
  const max = checkMax(options);
  if (!isPlainObject(input)) fail('state', `expected an object, got ${describe(input)}`);
  const problems: string[] = [];
  const ratings = repairRatings(input.ratings, problems);
  let selectedIn: unknown[];
  if (input.selected === undefined || input.selected === null) {
    selectedIn = [];
    if (input.selected === null) problems.push('selected: null; treated as none selected');
  } else if (Array.isArray(input.selected)) selectedIn = input.selected;
  else fail('selected', `expected an array, got ${describe(input.selected)}`);

  let selected: Selection[] = [];
  selectedIn.forEach((raw, i) => {
    const p = `selected[${i}]`;
    if (!isPlainObject(raw)) return void problems.push(`${p}: expected an object, got ${describe(raw)}; dropped`);
    if (!isArea(raw.area)) return void problems.push(`${p}.area: unknown area ${describe(raw.area)}; dropped`);
    const area = raw.area;
    if (selected.some((s) => s.area === area)) return void problems.push(`${p}.area: "${area}" selected twice; kept the first`);
    let primary = raw.primary === true;
    if (raw.primary !== undefined && typeof raw.primary !== 'boolean') {
      problems.push(`${p}.primary: expected true or false, got ${describe(raw.primary)}; read as false`);
      primary = false;
    }
    const selection: Selection = {
      ...raw,
      area,
      primary,
      details: repairDetails(raw.details, area, `${p}.details`, problems),
      goals: repairGoals(raw.goals, `${p}.goals`, problems),
    };
    repairStamps(selection, p, problems);
    selected.push(selection);
  });

  const primaries = selected.filter((s) => s.primary).length;
  if (selected.length > 0 && primaries !== 1) {
    selected = onePrimary(selected);
    problems.push(`selected: exactly one area must be primary, found ${primaries}; "${primaryArea({ ratings, selected })}" is now primary`);
  }
  if (selected.length > max) {
    // Keep the primary and the earliest choices: a stored record can only exceed `max`
    // when a page lowered the attribute, and failing to load at all would hide everything.
    const primary = selected.find((s) => s.primary)!;
    const kept = [primary, ...selected.filter((s) => s !== primary).slice(0, max - 1)];
    const dropped = selected.filter((s) => !kept.includes(s)).map((s) => `"${s.area}"`);
    problems.push(`selected: at most ${max} can be selected, found ${selected.length}; dropped ${dropped.join(', ')}`);
    selected = selected.filter((s) => kept.includes(s));
  }
  return { state: { ...input, ratings, selected }, problems };
}

/** Exactly one primary: the first marked one, else the first selected (the least surprising). */
function onePrimary(selected: Selection[]): Selection[] {
  if (selected.length === 0) return selected;
  const keep = selected.find((s) => s.primary)?.area ?? selected[0]!.area;
  return selected.map((s) => (s.primary === (s.area === keep) ? s : { ...s, primary: s.area === keep }));
}

/**
 * After two tabs' edits are merged item by item, each may have brought its own primary
 * (or both may have removed it): restore exactly one, keeping valid states untouched.
 */
export function normalize(state: ProblemAreaState): ProblemAreaState {
  const primaries = state.selected.filter((s) => s.primary).length;
  if (state.selected.length === 0 || primaries === 1) return state;
  return { ...state, selected: onePrimary(state.selected) };
}

export function empty(): ProblemAreaState {
  return { ratings: {}, selected: [] };
}

export const model: StateModel<ProblemAreaState, ProblemAreaOptions> = {
  tag: TAG,
  schema: 1,
  collections: ['selected'],
  idField: { selected: 'area' },
  empty,
  validate,
  repair,
  normalize,
  importOptions: { max: LEGACY_MAX },
};

// ---------------------------------------------------------------------------------------
// Pure operations. Each returns a NEW state (never mutating) and says what happened, so the
// element can commit it with the right change type, or tell the user why nothing changed.

export type ChangeType =
  | 'rating-set'
  | 'area-select'
  | 'area-deselect'
  | 'area-primary'
  | 'area-update'
  | 'goal-add'
  | 'goal-update'
  | 'goal-remove';

export interface PickerChange {
  type: ChangeType;
  area: Area;
  goalId?: string;
}

/** Why an operation changed nothing: each is a situation the user can reach and be told about. */
export type Refusal =
  | 'max-reached'
  | 'not-selected'
  | 'already-selected'
  | 'already-primary'
  | 'goals-full'
  | 'goal-empty'
  | 'goal-not-found'
  | 'unchanged';

export type OpResult =
  | { ok: true; state: ProblemAreaState; change: PickerChange }
  | { ok: false; state: ProblemAreaState; reason: Refusal };

function done(state: ProblemAreaState, type: ChangeType, area: Area, goalId?: string): OpResult {
  return { ok: true, state, change: goalId === undefined ? { type, area } : { type, area, goalId } };
}

function refuse(state: ProblemAreaState, reason: Refusal): OpResult {
  return { ok: false, state, reason };
}

function checkArea(area: unknown): Area {
  return expectOneOf(area, 'area', AREAS);
}

function withSelection(state: ProblemAreaState, area: Area, update: (s: Selection) => Selection): ProblemAreaState {
  return { ...state, selected: state.selected.map((s) => (s.area === area ? update(s) : s)) };
}

export function findSelection(state: ProblemAreaState, area: Area): Selection | undefined {
  return state.selected.find((s) => s.area === area);
}

export function primaryArea(state: ProblemAreaState): Area | undefined {
  return state.selected.find((s) => s.primary)?.area;
}

/** Sets (or, with `undefined`, clears) how much an area sounds like the client. */
export function rate(state: ProblemAreaState, area: Area, rating: Rating | undefined): OpResult {
  checkArea(area);
  if (rating !== undefined) expectOneOf(rating, 'rating', RATINGS);
  if (state.ratings[area] === rating) return refuse(state, 'unchanged');
  const ratings = { ...state.ratings };
  if (rating === undefined) delete ratings[area];
  else ratings[area] = rating;
  return done({ ...state, ratings }, 'rating-set', area);
}

/** Selects an area; the first selected becomes primary. Refused once `max` are selected. */
export function select(state: ProblemAreaState, area: Area, options: ProblemAreaOptions = DEFAULT_OPTIONS): OpResult {
  checkArea(area);
  const max = checkMax(options);
  if (findSelection(state, area)) return refuse(state, 'already-selected');
  if (state.selected.length >= max) return refuse(state, 'max-reached');
  const selection: Selection = { area, primary: !state.selected.some((s) => s.primary), details: {}, goals: [] };
  return done({ ...state, selected: [...state.selected, selection] }, 'area-select', area);
}

/**
 * Puts back a selection that was just deselected (Undo), with its details and goals, at
 * its old place and, if it was primary, as primary again.
 */
export function restoreSelection(
  state: ProblemAreaState,
  selection: Selection,
  index: number,
  options: ProblemAreaOptions = DEFAULT_OPTIONS,
): OpResult {
  const area = checkArea(selection.area);
  const max = checkMax(options);
  if (findSelection(state, area)) return refuse(state, 'already-selected');
  if (state.selected.length >= max) return refuse(state, 'max-reached');
  const others = selection.primary ? state.selected.map((s) => (s.primary ? { ...s, primary: false } : s)) : [...state.selected];
  const item: Selection = { ...selection, primary: selection.primary || !others.some((s) => s.primary) };
  others.splice(Math.max(0, Math.min(index, others.length)), 0, item);
  return done({ ...state, selected: others }, 'area-select', area);
}

/** Deselects an area; when it was primary, the next remaining selection becomes primary. */
export function deselect(state: ProblemAreaState, area: Area): OpResult {
  checkArea(area);
  const removed = findSelection(state, area);
  if (!removed) return refuse(state, 'not-selected');
  let selected = state.selected.filter((s) => s.area !== area);
  if (removed.primary && selected.length > 0) {
    const index = state.selected.indexOf(removed);
    // "Next" is the one after it in selection order, wrapping to the first.
    const next = selected[index] ?? selected[0]!;
    selected = selected.map((s) => (s === next ? { ...s, primary: true } : s));
  }
  return done({ ...state, selected }, 'area-deselect', area);
}

export function setPrimary(state: ProblemAreaState, area: Area): OpResult {
  checkArea(area);
  const target = findSelection(state, area);
  if (!target) return refuse(state, 'not-selected');
  if (target.primary) return refuse(state, 'already-primary');
  const selected = state.selected.map((s) => (s.primary === (s.area === area) ? s : { ...s, primary: s.area === area }));
  return done({ ...state, selected }, 'area-primary', area);
}

export type DetailsPatch = Partial<Record<DetailField, string | undefined>>;

/**
 * Merges a patch into an area's details. An empty string or `undefined` clears a field,
 * so a cleared text box leaves nothing behind. Fields the area does not offer are a
 * programming error (TypeError).
 */
export function updateDetails(state: ProblemAreaState, area: Area, patch: DetailsPatch): OpResult {
  checkArea(area);
  const target = findSelection(state, area);
  if (!target) return refuse(state, 'not-selected');
  expectObject(patch, 'details');
  const known: readonly string[] = DETAIL_FIELDS[area];
  const details: Details = { ...target.details };
  let changed = false;
  for (const [key, value] of Object.entries(patch)) {
    if (!known.includes(key)) fail(`details.${key}`, `not a detail of "${area}"; expected one of ${known.join(', ')}`);
    if (value === undefined || value === '') {
      if (key in details) {
        delete details[key];
        changed = true;
      }
      continue;
    }
    const checked =
      key === 'stage'
        ? expectOneOf(value, 'details.stage', DISPUTE_STAGES)
        : expectString(value, `details.${key}`, { max: SHORT_FIELDS.has(key) ? NAME_LIMIT : TEXT_LIMIT });
    if (details[key] !== checked) {
      details[key] = checked;
      changed = true;
    }
  }
  if (!changed) return refuse(state, 'unchanged');
  return done(withSelection(state, area, (s) => ({ ...s, details })), 'area-update', area);
}

export interface GoalOptions {
  /** ISO time stamped on the goal. */
  now?: string;
  /** The new goal's id (tests pass one; otherwise a random one). */
  id?: string;
}

export function addGoal(state: ProblemAreaState, area: Area, text: string, opts: GoalOptions = {}): OpResult {
  checkArea(area);
  const target = findSelection(state, area);
  if (!target) return refuse(state, 'not-selected');
  if (typeof text !== 'string' || text.trim() === '') return refuse(state, 'goal-empty');
  expectString(text, 'goal.text', { max: GOAL_LIMIT });
  if (target.goals.length >= MAX_GOALS) return refuse(state, 'goals-full');
  const goal: Goal = { id: opts.id ?? newId(), text: text.trim() };
  if (opts.now) {
    goal.createdAt = opts.now;
    goal.updatedAt = opts.now;
  }
  return done(withSelection(state, area, (s) => ({ ...s, goals: [...s.goals, goal] })), 'goal-add', area, goal.id);
}

export interface GoalPatch {
  text?: string;
  done?: boolean;
}

export function updateGoal(
  state: ProblemAreaState,
  area: Area,
  goalId: string,
  patch: GoalPatch,
  opts: { now?: string } = {},
): OpResult {
  checkArea(area);
  const target = findSelection(state, area);
  if (!target) return refuse(state, 'not-selected');
  const goal = target.goals.find((g) => g.id === goalId);
  if (!goal) return refuse(state, 'goal-not-found');
  const next: Goal = { ...goal };
  if (patch.text !== undefined) {
    if (typeof patch.text !== 'string' || patch.text.trim() === '') return refuse(state, 'goal-empty');
    next.text = expectString(patch.text, 'goal.text', { max: GOAL_LIMIT }).trim();
  }
  if (patch.done !== undefined) next.done = expectBoolean(patch.done, 'goal.done');
  if (next.text === goal.text && next.done === goal.done) return refuse(state, 'unchanged');
  if (opts.now) next.updatedAt = opts.now;
  return done(
    withSelection(state, area, (s) => ({ ...s, goals: s.goals.map((g) => (g.id === goalId ? next : g)) })),
    'goal-update',
    area,
    goalId,
  );
}

export function removeGoal(state: ProblemAreaState, area: Area, goalId: string): OpResult {
  checkArea(area);
  const target = findSelection(state, area);
  if (!target) return refuse(state, 'not-selected');
  if (!target.goals.some((g) => g.id === goalId)) return refuse(state, 'goal-not-found');
  return done(
    withSelection(state, area, (s) => ({ ...s, goals: s.goals.filter((g) => g.id !== goalId) })),
    'goal-remove',
    area,
    goalId,
  );
}

/**
 * True when the note on interpersonal deficits shows: it is chosen while another area
 * also seems to fit (chosen too, suggested from the workbook, or rated "a lot"). The
 * manual's rule: deficits is the focus only when none of the other areas can be found.
 */
export function showsDeficitsNote(state: ProblemAreaState, suggested: readonly Area[] = []): boolean {
  if (!state.selected.some((s) => s.area === 'interpersonal-deficits')) return false;
  return AREAS.some(
    (area) =>
      area !== 'interpersonal-deficits' &&
      (findSelection(state, area) !== undefined || suggested.includes(area) || state.ratings[area] === 'a-lot'),
  );
}
