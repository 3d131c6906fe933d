/**
 * The closeness circle's state and its pure operations: no DOM, no I/O.
 *
 * A person's ring is stored explicitly (ring 1 is closest); their angle is stored only
 * once the user has placed them, so unplaced people can be spread evenly by the layout.
 * Angles are degrees clockwise from the top, in [0, 360).
 */
import type { Item, RepairResult, StateModel } from '../core/model.js';
import {
  describe,
  expectArray,
  expectAtMost,
  expectBoolean,
  expectInteger,
  expectNumber,
  expectObject,
  expectOneOf,
  expectString,
  fail,
  isPlainObject,
  newId,
  optionalOneOf,
  optionalString,
  optionalTimestamp,
  isCalendarDate,
  expectDate,
} from '../core/validate.js';
import { DISPUTE_STAGES, type DisputeStage } from '../core/vocabulary.js';
import { collator } from '../core/i18n.js';

export { DISPUTE_STAGES, type DisputeStage };

export const TAG = 'ipt-social-circle';

export const RELATIONSHIPS = ['partner', 'family', 'friend', 'colleague', 'professional', 'other'] as const;
export const CONTACTS = ['daily', 'weekly', 'monthly', 'rarely', 'none'] as const;
export const LEVELS = ['none', 'some', 'a-lot'] as const;
/** Has the relationship changed since the low mood began (IPT links relationships to the onset). */
export const CHANGES = ['same', 'better', 'worse'] as const;
/** A plain answer, for "do they know you have been feeling low?". */
export const ANSWERS = ['yes', 'no', 'unsure'] as const;
/** The free-text inventory fields, in the order the editor and the CSV show them. */
export const TEXT_FIELDS = ['satisfying', 'unsatisfying', 'communication', 'expectations', 'wantToChange', 'notes'] as const;

export type Relationship = (typeof RELATIONSHIPS)[number];
export type Contact = (typeof CONTACTS)[number];
export type Level = (typeof LEVELS)[number];
export type Change = (typeof CHANGES)[number];
export type Answer = (typeof ANSWERS)[number];
export type TextField = (typeof TEXT_FIELDS)[number];

export const MIN_RINGS = 2;
export const MAX_RINGS = 5;
export const DEFAULT_RINGS = 3;

export const NAME_MAX = 200;
export const LABEL_MAX = 100;
export const TEXT_MAX = 10000;
/** The most people a circle holds: it still renders within about a second (README, Speed). */
export const MAX_PEOPLE = 300;
/** The most snapshots kept. */
export const MAX_SNAPSHOTS = 100;

export interface Person extends Item {
  name: string;
  relationship: Relationship;
  /** The user's own word for the relationship ("my sister", "coach"). */
  relationshipLabel?: string;
  ring: number;
  /** Degrees clockwise from the top; absent until the user places the person. */
  angle?: number;
  contact?: Contact;
  support?: Level;
  conflict?: Level;
  /** How much the client can confide in them. */
  confide?: Level;
  /** Whether the relationship changed since the client's low mood began. */
  changedSinceOnset?: Change;
  /** Whether they know the client has been feeling low. */
  knowsLowMood?: Answer;
  deceased?: boolean;
  /** When they died (YYYY-MM-DD), if the client wants to say. */
  diedOn?: string;
  satisfying?: string;
  unsatisfying?: string;
  /** How the two of them talk, and what happens when they argue. */
  communication?: string;
  expectations?: string;
  wantToChange?: string;
  disputeStage?: DisputeStage;
  notes?: string;
}

/** A dated copy of the people, taken at the start, the middle and the end of therapy... */
export interface Snapshot extends Item {
  label: string;
  /** ISO time the snapshot was taken. */
  takenAt: string;
  /** How many rings the circle had then, so old snapshots stay readable. */
  rings?: number;
  people: Person[];
}

export interface SocialCircleState {
  people: Person[];
  snapshots: Snapshot[];
}

/** What a host may assign to the circle's `state`: `snapshots` may be left out. */
export type SocialCircleInput = Omit<SocialCircleState, 'snapshots'> & { snapshots?: Snapshot[] };

/**
 * What `ipt-change` reports in `change` for a gesture in the circle; the core adds
 * `replace` and `clear`. `snapshot`'s id is the snapshot's, the others' the person's.
 */
export type SocialCircleChange =
  | { type: 'person-add' | 'person-update' | 'person-remove' | 'person-restore' | 'snapshot'; id: string }
  | { type: 'person-move'; id: string; from: number; to: number };

export interface SocialCircleOptions {
  /** 2 to 5. */
  rings: number;
}

/** What the add form and `updatePerson` accept: any person field but the bookkeeping. */
export type PersonInput = Omit<Person, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };
export type PersonPatch = Partial<Omit<Person, 'id' | 'createdAt'>>;

function checkRings(rings: number): number {
  if (!Number.isInteger(rings) || rings < MIN_RINGS || rings > MAX_RINGS) {
    throw new RangeError(`rings must be a whole number from ${MIN_RINGS} to ${MAX_RINGS}, got ${rings}`);
  }
  return rings;
}

/** Puts any finite angle into [0, 360). */
export function normalizeAngle(angle: number): number {
  const a = angle % 360;
  const b = a < 0 ? a + 360 : a;
  // -0 and 360 - tiny both become clean values for the stored JSON
  return b === 0 || b >= 360 ? 0 : Math.round(b * 100) / 100;
}

// ---------------------------------------------------------------------------------------
// Strict validation (a host assigns `state`)

function validatePerson(input: unknown, path: string, rings: number): Person {
  const o = expectObject(input, path);
  const out: Record<string, unknown> = { ...o };
  out.id = expectString(o.id, `${path}.id`, { nonEmpty: true });
  out.name = expectString(o.name, `${path}.name`, { nonEmpty: true, max: NAME_MAX });
  out.relationship = expectOneOf(o.relationship, `${path}.relationship`, RELATIONSHIPS);
  setOptional(out, 'relationshipLabel', optionalString(o.relationshipLabel, `${path}.relationshipLabel`, { max: LABEL_MAX }));
  out.ring = expectInteger(o.ring, `${path}.ring`, 1, rings);
  setOptional(
    out,
    'angle',
    o.angle === undefined || o.angle === null ? undefined : normalizeAngle(expectNumber(o.angle, `${path}.angle`, 0, 360)),
  );
  setOptional(out, 'contact', optionalOneOf(o.contact, `${path}.contact`, CONTACTS));
  setOptional(out, 'support', optionalOneOf(o.support, `${path}.support`, LEVELS));
  setOptional(out, 'conflict', optionalOneOf(o.conflict, `${path}.conflict`, LEVELS));
  setOptional(out, 'confide', optionalOneOf(o.confide, `${path}.confide`, LEVELS));
  setOptional(out, 'changedSinceOnset', optionalOneOf(o.changedSinceOnset, `${path}.changedSinceOnset`, CHANGES));
  setOptional(out, 'knowsLowMood', optionalOneOf(o.knowsLowMood, `${path}.knowsLowMood`, ANSWERS));
  setOptional(out, 'deceased', o.deceased === undefined || o.deceased === null ? undefined : expectBoolean(o.deceased, `${path}.deceased`));
  setOptional(out, 'diedOn', o.diedOn === undefined || o.diedOn === null ? undefined : expectDate(o.diedOn, `${path}.diedOn`));
  setOptional(out, 'disputeStage', optionalOneOf(o.disputeStage, `${path}.disputeStage`, DISPUTE_STAGES));
  for (const f of TEXT_FIELDS) setOptional(out, f, optionalString(o[f], `${path}.${f}`, { max: TEXT_MAX }));
  setOptional(out, 'createdAt', optionalTimestamp(o.createdAt, `${path}.createdAt`));
  setOptional(out, 'updatedAt', optionalTimestamp(o.updatedAt, `${path}.updatedAt`));
  return out as unknown as Person;
}

function setOptional(out: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined) delete out[key];
  else out[key] = value;
}

function validatePeople(input: unknown, path: string, rings: number): Person[] {
  const list = expectAtMost(expectArray(input, path), path, MAX_PEOPLE);
  const people = list.map((p, i) => validatePerson(p, `${path}[${i}]`, rings));
  const seen = new Set<string>();
  people.forEach((p, i) => {
    if (seen.has(p.id)) fail(`${path}[${i}].id`, `duplicate id "${p.id}"`);
    seen.add(p.id);
  });
  return people;
}

function validateSnapshot(input: unknown, path: string): Snapshot {
  const o = expectObject(input, path);
  const out: Record<string, unknown> = { ...o };
  out.id = expectString(o.id, `${path}.id`, { nonEmpty: true });
  out.label = expectString(o.label, `${path}.label`, { max: LABEL_MAX });
  const takenAt = optionalTimestamp(o.takenAt, `${path}.takenAt`);
  if (takenAt === undefined) fail(`${path}.takenAt`, 'expected an ISO time, got nothing');
  out.takenAt = takenAt;
  const rings = o.rings === undefined || o.rings === null ? undefined : expectInteger(o.rings, `${path}.rings`, MIN_RINGS, MAX_RINGS);
  setOptional(out, 'rings', rings);
  out.people = validatePeople(o.people, `${path}.people`, rings ?? MAX_RINGS);
  setOptional(out, 'createdAt', optionalTimestamp(o.createdAt, `${path}.createdAt`));
  setOptional(out, 'updatedAt', optionalTimestamp(o.updatedAt, `${path}.updatedAt`));
  return out as unknown as Snapshot;
}

/** Strict: throws a TypeError naming the first faulty field. Returns a normalized copy. */
export function validate(input: unknown, options: SocialCircleOptions): SocialCircleState {
  const rings = checkRings(options.rings);
  const o = expectObject(input, 'state');
  const people = validatePeople(o.people, 'people', rings);
  const snapshots =
    o.snapshots === undefined || o.snapshots === null
      ? []
      : expectAtMost(expectArray(o.snapshots, 'snapshots'), 'snapshots', MAX_SNAPSHOTS).map((s, i) => validateSnapshot(s, `snapshots[${i}]`));
  const seen = new Set<string>();
  snapshots.forEach((s, i) => {
    if (seen.has(s.id)) fail(`snapshots[${i}].id`, `duplicate id "${s.id}"`);
    seen.add(s.id);
  });
  return { ...o, people, snapshots } as SocialCircleState;
}

// ---------------------------------------------------------------------------------------
// Lenient repair (stored data)

function repairPerson(
  input: unknown,
  path: string,
  rings: number,
  seen: Set<string>,
  problems: string[],
): Person | undefined {
  if (!isPlainObject(input)) {
    problems.push(`${path}: not a person (${describe(input)}), left out`);
    return undefined;
  }
  const o = input;
  const out: Record<string, unknown> = { ...o };

  if (typeof o.id !== 'string' || o.id === '') {
    out.id = newId();
    problems.push(`${path}.id: missing, gave a new id`);
  } else if (seen.has(o.id)) {
    out.id = newId();
    problems.push(`${path}.id: duplicate id "${o.id}", gave a new id`);
  }
  seen.add(out.id as string);

  if (typeof o.name === 'string' && o.name.trim() !== '') {
    if (o.name.length > NAME_MAX) {
      out.name = o.name.slice(0, NAME_MAX);
      problems.push(`${path}.name: longer than ${NAME_MAX} characters, shortened`);
    }
  } else if (typeof o.name === 'number') {
    out.name = String(o.name);
    problems.push(`${path}.name: was a number, kept as text`);
  } else {
    out.name = '?';
    problems.push(`${path}.name: missing, shown as "?"`);
  }

  if (!(RELATIONSHIPS as readonly unknown[]).includes(o.relationship)) {
    out.relationship = 'other';
    // Keep the stored word so nothing the user wrote is lost.
    if (typeof o.relationship === 'string' && o.relationship.trim() !== '' && typeof o.relationshipLabel !== 'string') {
      out.relationshipLabel = o.relationship.slice(0, LABEL_MAX);
    }
    problems.push(`${path}.relationship: unknown value ${describe(o.relationship)}, set to "other"`);
  }
  repairText(out, o, 'relationshipLabel', path, LABEL_MAX, problems);

  if (typeof o.ring === 'number' && Number.isFinite(o.ring)) {
    const rounded = Math.round(o.ring);
    const ring = Math.min(Math.max(rounded, 1), rings);
    if (ring !== o.ring) {
      out.ring = ring;
      problems.push(`${path}.ring: ${o.ring} is outside 1 to ${rings}, moved to ring ${ring}`);
    }
  } else {
    out.ring = rings;
    problems.push(`${path}.ring: missing or not a number (${describe(o.ring)}), put on the outermost ring`);
  }

  if (o.angle !== undefined && o.angle !== null) {
    if (typeof o.angle === 'number' && Number.isFinite(o.angle)) {
      const a = normalizeAngle(o.angle);
      if (a !== o.angle) {
        out.angle = a;
        if (o.angle < 0 || o.angle > 360) problems.push(`${path}.angle: ${o.angle} turned into ${a}`);
      }
    } else {
      delete out.angle;
      problems.push(`${path}.angle: not a number (${describe(o.angle)}), left unplaced`);
    }
  } else delete out.angle;

  repairEnum(out, o, 'contact', CONTACTS, path, problems);
  repairEnum(out, o, 'support', LEVELS, path, problems);
  repairEnum(out, o, 'conflict', LEVELS, path, problems);
  repairEnum(out, o, 'disputeStage', DISPUTE_STAGES, path, problems);
  repairEnum(out, o, 'confide', LEVELS, path, problems);
  repairEnum(out, o, 'changedSinceOnset', CHANGES, path, problems);
  repairEnum(out, o, 'knowsLowMood', ANSWERS, path, problems);
  if (o.diedOn === null) delete out.diedOn;
  else if (o.diedOn !== undefined && !isCalendarDate(o.diedOn)) {
    // Not a date the kit can use; the client's words stay readable in the notes.
    delete out.diedOn;
    if (typeof o.diedOn === 'string' && o.diedOn.trim() !== '') {
      const note = `${o.diedOn.trim()}`.slice(0, LABEL_MAX);
      out.notes = typeof out.notes === 'string' && out.notes !== '' ? `${out.notes}\n${note}` : note;
      problems.push(`${path}.diedOn: not a date as YYYY-MM-DD (${describe(o.diedOn)}), moved to notes`);
    } else problems.push(`${path}.diedOn: not a date as YYYY-MM-DD (${describe(o.diedOn)}), dropped`);
  }

  if (o.deceased !== undefined && o.deceased !== null && typeof o.deceased !== 'boolean') {
    if (o.deceased === 'true' || o.deceased === 'false') out.deceased = o.deceased === 'true';
    else delete out.deceased;
    problems.push(`${path}.deceased: expected true or false, got ${describe(o.deceased)}`);
  } else if (o.deceased === null) delete out.deceased;

  for (const f of TEXT_FIELDS) repairText(out, o, f, path, TEXT_MAX, problems);
  for (const f of ['createdAt', 'updatedAt'] as const) {
    if (o[f] === undefined) continue;
    if (typeof o[f] !== 'string' || Number.isNaN(Date.parse(o[f]))) {
      delete out[f];
      problems.push(`${path}.${f}: not a time (${describe(o[f])}), dropped`);
    }
  }
  return out as unknown as Person;
}

function repairEnum(
  out: Record<string, unknown>,
  o: Record<string, unknown>,
  key: string,
  allowed: readonly string[],
  path: string,
  problems: string[],
): void {
  const v = o[key];
  if (v === undefined) return;
  if (v === null) {
    delete out[key];
    return;
  }
  // Older or hand-written data may spell "a lot" with a space.
  if (v === 'a lot' && allowed.includes('a-lot')) {
    out[key] = 'a-lot';
    return;
  }
  if (!allowed.includes(v as string)) {
    delete out[key];
    problems.push(`${path}.${key}: unknown value ${describe(v)}, dropped`);
  }
}

function repairText(
  out: Record<string, unknown>,
  o: Record<string, unknown>,
  key: string,
  path: string,
  max: number,
  problems: string[],
): void {
  const v = o[key];
  if (v === undefined) return;
  if (v === null) {
    delete out[key];
    return;
  }
  if (typeof v === 'number' || typeof v === 'boolean') {
    out[key] = String(v);
    problems.push(`${path}.${key}: was ${typeof v}, kept as text`);
  } else if (typeof v !== 'string') {
    delete out[key];
    problems.push(`${path}.${key}: not text (${describe(v)}), dropped`);
  } else if (v.length > max) {
    // Never cut the user's words silently; the problem line says so.
    out[key] = v.slice(0, max);
    problems.push(`${path}.${key}: longer than ${max} characters, shortened`);
  }
}

function repairPeople(input: unknown[], path: string, rings: number, problems: string[]): Person[] {
  const seen = new Set<string>();
  const out: Person[] = [];
  input.forEach((p, i) => {
    const person = repairPerson(p, `${path}[${i}]`, rings, seen, problems);
    if (person) out.push(person);
  });
  return out;
}

/** Lenient: fixes what is unambiguous, lists each fault; throws only when unreadable. */
export function repair(input: unknown, options: SocialCircleOptions): RepairResult<SocialCircleState> {
  const rings = checkRings(options.rings);
  if (!isPlainObject(input)) fail('state', `expected an object, got ${describe(input)}`);
  if (!Array.isArray(input.people)) fail('people', `expected an array, got ${describe(input.people)}`);
  const problems: string[] = [];
  // beyond the maximum: the first ones are shown, the original is kept aside whole (record-hub)
  if (input.people.length > MAX_PEOPLE) problems.push(`people: ${input.people.length} is more than ${MAX_PEOPLE}; the first ${MAX_PEOPLE} are shown`);
  const people = repairPeople(input.people.slice(0, MAX_PEOPLE), 'people', rings, problems);

  const snapshots: Snapshot[] = [];
  if (input.snapshots !== undefined && input.snapshots !== null && !Array.isArray(input.snapshots)) {
    // Keep the snapshots readable elsewhere: the caller keeps the original record aside.
    problems.push(`snapshots: expected an array, got ${describe(input.snapshots)}, left out`);
  } else if (Array.isArray(input.snapshots)) {
    const seen = new Set<string>();
    input.snapshots.forEach((s, i) => {
      const path = `snapshots[${i}]`;
      if (!isPlainObject(s) || !Array.isArray(s.people)) {
        problems.push(`${path}: not a readable snapshot, left out`);
        return;
      }
      const out: Record<string, unknown> = { ...s };
      if (typeof s.id !== 'string' || s.id === '' || seen.has(s.id)) {
        out.id = newId();
        problems.push(`${path}.id: missing or duplicate, gave a new id`);
      }
      seen.add(out.id as string);
      if (typeof s.label !== 'string') {
        out.label = s.label === undefined || s.label === null ? '' : String(s.label);
        problems.push(`${path}.label: not text, kept as text`);
      }
      if (typeof s.takenAt !== 'string' || Number.isNaN(Date.parse(s.takenAt))) {
        out.takenAt = new Date(0).toISOString();
        problems.push(`${path}.takenAt: not a time (${describe(s.takenAt)}), date unknown`);
      }
      let snapRings = MAX_RINGS;
      if (s.rings !== undefined) {
        if (typeof s.rings === 'number' && Number.isInteger(s.rings) && s.rings >= MIN_RINGS && s.rings <= MAX_RINGS) {
          snapRings = s.rings;
        } else {
          delete out.rings;
          problems.push(`${path}.rings: ${describe(s.rings)} is not 2 to 5, dropped`);
        }
      }
      out.people = repairPeople(s.people, `${path}.people`, snapRings, problems);
      snapshots.push(out as unknown as Snapshot);
    });
  }
  return { state: { ...input, people, snapshots } as SocialCircleState, problems };
}

// ---------------------------------------------------------------------------------------
// Pure operations: each returns a new state and never mutates its input.

export function emptyState(): SocialCircleState {
  return { people: [], snapshots: [] };
}

export function findPerson(state: SocialCircleState, id: string): Person | undefined {
  return state.people.find((p) => p.id === id);
}

function indexOrThrow(state: SocialCircleState, id: string): number {
  const i = state.people.findIndex((p) => p.id === id);
  if (i < 0) throw new RangeError(`no person with id "${id}"`);
  return i;
}

/**
 * Adds a person (checked like a host assignment, so bad input throws a TypeError naming
 * the field). Returns the new state and the person as stored.
 */
export function addPerson(
  state: SocialCircleState,
  input: PersonInput,
  options: SocialCircleOptions,
  now: string,
  id: string = input.id ?? newId(),
): { state: SocialCircleState; person: Person } {
  if (state.people.some((p) => p.id === id)) fail('person.id', `duplicate id "${id}"`);
  if (state.people.length >= MAX_PEOPLE) fail('people', `at most ${MAX_PEOPLE} items, got ${state.people.length + 1}`);
  const person = validatePerson({ ...input, id, createdAt: now, updatedAt: now }, 'person', checkRings(options.rings));
  return { state: { ...state, people: [...state.people, person] }, person };
}

/**
 * Changes some fields of one person. A key whose value is `undefined` removes that
 * optional field (the editor clears a field that way). `id` and `createdAt` never change.
 */
export function updatePerson(
  state: SocialCircleState,
  id: string,
  patch: PersonPatch,
  options: SocialCircleOptions,
  now: string,
): { state: SocialCircleState; person: Person } {
  const i = indexOrThrow(state, id);
  const merged: Record<string, unknown> = { ...state.people[i] };
  for (const [k, v] of Object.entries(patch)) {
    if (k === 'id' || k === 'createdAt') continue;
    if (v === undefined) delete merged[k];
    else merged[k] = v;
  }
  merged.updatedAt = now;
  const person = validatePerson(merged, 'person', checkRings(options.rings));
  const people = state.people.slice();
  people[i] = person;
  return { state: { ...state, people }, person };
}

/**
 * Moves a person to a ring and, when given, an angle. Without an angle a placed person
 * keeps theirs; `angle: null` makes them unplaced again (spread evenly).
 */
export function movePerson(
  state: SocialCircleState,
  id: string,
  ring: number,
  angle: number | null | undefined,
  options: SocialCircleOptions,
  now: string,
): { state: SocialCircleState; person: Person; from: number } {
  const i = indexOrThrow(state, id);
  const rings = checkRings(options.rings);
  const from = state.people[i].ring;
  const person: Person = { ...state.people[i], ring: expectInteger(ring, 'ring', 1, rings), updatedAt: now };
  if (angle === null) delete person.angle;
  else if (angle !== undefined) person.angle = normalizeAngle(expectNumber(angle, 'angle', -1e6, 1e6));
  const people = state.people.slice();
  people[i] = person;
  return { state: { ...state, people }, person, from };
}

/**
 * Gives the people who have no angle yet the angle they are shown at (`shown`, from the
 * layout), so that a later add or move cannot re-spread them: once on screen, a person stays
 * where they are until the client moves them. People with an angle are left as they are, and
 * `updatedAt` does not change (nothing moved on screen). Angles go through the same checks as
 * a host assignment; one that is not a finite number is skipped (that person stays unplaced).
 */
export function fixShownAngles(state: SocialCircleState, shown: ReadonlyMap<string, number>): SocialCircleState {
  let changed = false;
  const people = state.people.map((p) => {
    const a = shown.get(p.id);
    if (p.angle !== undefined || a === undefined || !Number.isFinite(a)) return p;
    changed = true;
    return { ...p, angle: normalizeAngle(a) };
  });
  return changed ? { ...state, people } : state;
}

/** What `removePerson` hands back so `restorePerson` can undo it exactly. */
export interface Removed {
  person: Person;
  index: number;
}

export function removePerson(state: SocialCircleState, id: string): { state: SocialCircleState; removed: Removed } {
  const index = indexOrThrow(state, id);
  const people = state.people.slice();
  const [person] = people.splice(index, 1);
  return { state: { ...state, people }, removed: { person, index } };
}

/** Puts a removed person back where they were (Undo). A no-op if they are back already. */
export function restorePerson(state: SocialCircleState, removed: Removed, now: string): SocialCircleState {
  if (state.people.some((p) => p.id === removed.person.id)) return state;
  const people = state.people.slice();
  const at = Math.min(Math.max(removed.index, 0), people.length);
  people.splice(at, 0, { ...removed.person, updatedAt: now });
  return { ...state, people };
}

/** Stores a dated copy of the people. Returns the new state and the snapshot. */
export function takeSnapshot(
  state: SocialCircleState,
  label: string,
  options: SocialCircleOptions,
  now: string,
  id: string = newId(),
): { state: SocialCircleState; snapshot: Snapshot } {
  const clean = expectString(label, 'label', { max: LABEL_MAX }).trim();
  const snapshot: Snapshot = {
    id,
    label: clean,
    takenAt: now,
    rings: checkRings(options.rings),
    people: structuredClone(state.people),
    createdAt: now,
    updatedAt: now,
  };
  return { state: { ...state, snapshots: [...state.snapshots, snapshot] }, snapshot };
}

export function removeSnapshot(state: SocialCircleState, id: string): SocialCircleState {
  return { ...state, snapshots: state.snapshots.filter((s) => s.id !== id) };
}

export interface Move {
  id: string;
  name: string;
  from: number;
  to: number;
}

export interface Comparison {
  /** People on a different ring in `b` than in `a`, closer first. */
  moved: Move[];
  /** In `b` but not in `a`. */
  added: Person[];
  /** In `a` but not in `b`. */
  removed: Person[];
  /** How many are on the same ring in both. */
  unchanged: number;
}

/**
 * What changed from `a` to `b` (two snapshots, or a snapshot and the current people).
 * People are matched by id, so a renamed person still counts as the same person.
 */
export function compareSnapshots(a: { people: readonly Person[] }, b: { people: readonly Person[] }): Comparison {
  const before = new Map(a.people.map((p) => [p.id, p]));
  const after = new Map(b.people.map((p) => [p.id, p]));
  const moved: Move[] = [];
  const added: Person[] = [];
  let unchanged = 0;
  for (const p of b.people) {
    const old = before.get(p.id);
    if (!old) added.push(p);
    else if (old.ring !== p.ring) moved.push({ id: p.id, name: p.name, from: old.ring, to: p.ring });
    else unchanged += 1;
  }
  const removed = a.people.filter((p) => !after.has(p.id));
  moved.sort((x, y) => x.to - x.from - (y.to - y.from) || x.name.localeCompare(y.name));
  return { moved, added, removed, unchanged };
}

export type SortKey = 'ring' | 'name' | 'relationship';

const BY_NAME: Intl.CollatorOptions = { sensitivity: 'base', numeric: true };

/** The list view's order: stable, and name breaks ties. */
export function sortPeople(people: readonly Person[], key: SortKey, descending = false, locale?: string): Person[] {
  const names = collator(locale, BY_NAME);
  const byName = (a: Person, b: Person) => names.compare(a.name, b.name);
  const cmp: Record<SortKey, (a: Person, b: Person) => number> = {
    ring: (a, b) => a.ring - b.ring || byName(a, b),
    name: byName,
    relationship: (a, b) => RELATIONSHIPS.indexOf(a.relationship) - RELATIONSHIPS.indexOf(b.relationship) || byName(a, b),
  };
  const sorted = people.slice().sort(cmp[key]);
  return descending ? sorted.reverse() : sorted;
}

/** The fields the workbook shares with the other elements. */
export interface SharedPerson {
  id: string;
  name: string;
  relationship: Relationship;
  ring: number;
  deceased?: boolean;
  /** Only for a person who has died, when the client gave the date. */
  diedOn?: string;
  conflict?: Level;
  disputeStage?: DisputeStage;
}

export function sharedPeople(state: SocialCircleState): SharedPerson[] {
  return state.people.map((p) => {
    const s: SharedPerson = { id: p.id, name: p.name, relationship: p.relationship, ring: p.ring };
    if (p.deceased !== undefined) s.deceased = p.deceased;
    if (p.deceased === true && p.diedOn !== undefined) s.diedOn = p.diedOn;
    if (p.conflict !== undefined) s.conflict = p.conflict;
    if (p.disputeStage !== undefined) s.disputeStage = p.disputeStage;
    return s;
  });
}

export const socialCircleModel: StateModel<SocialCircleState, SocialCircleOptions> = {
  tag: TAG,
  schema: 1,
  collections: ['people', 'snapshots'],
  empty: emptyState,
  validate,
  repair,
  importOptions: { rings: MAX_RINGS },
};
