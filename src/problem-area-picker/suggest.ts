/**
 * Suggestions of problem areas from what the client has already recorded in the workbook
 * (the social circle's people, the mood timeline's events and its "when my low mood
 * started" marker). Pure: the element feeds it the workbook data and words each reason
 * through its catalogs, as a question, so a suggestion never carries text of its own
 * besides the client's names and titles as parameters.
 *
 * IPT chooses an area because it is linked to the onset or the maintenance of the low
 * period: a death counts when it is recent, when the low mood began after it, or when the
 * client says grief sounds like them; events count when they are recent or near the onset.
 * A suggestion is only a hint shown next to the area: nothing is ever selected from it.
 */
import { isCalendarDate } from '../core/validate.js';
import type { Area, Rating } from './model.js';

/** A person as the social circle publishes them into the workbook. */
export interface WorkbookPerson {
  id: string;
  name: string;
  relationship?: string;
  ring: number;
  deceased?: boolean;
  /** YYYY-MM-DD, when the circle knows it. */
  diedOn?: string;
  /** none, some, a-lot */
  conflict?: string;
  /** renegotiation, impasse, dissolution */
  disputeStage?: string;
}

/** An interpersonal event as the mood timeline publishes it into the workbook. */
export interface WorkbookEvent {
  id: string;
  date: string;
  title: string;
  /** conflict, loss, change, connection, support, other */
  kind?: string;
  impact?: number;
  personIds?: readonly string[];
}

export interface SuggestInput {
  /** `undefined` when the workbook holds no social circle (then deficits is never suggested). */
  people?: readonly WorkbookPerson[];
  events?: readonly WorkbookEvent[];
  /** Today as YYYY-MM-DD in the user's calendar (passed in to keep this pure). */
  today: string;
  /** How far back a life change counts as recent. */
  recentDays?: number;
  /** When the client's low mood started (YYYY-MM-DD), if the workbook knows. */
  onset?: string;
  /** The client's own ratings of the areas ("how much does this sound like you?"). */
  ratings?: Partial<Record<Area, Rating>>;
}

export interface Suggestion {
  area: Area;
  /** A key of the picker's catalog: `picker.suggest.*`. */
  reasonKey: string;
  /** The client's own words (names, titles) and counts for the reason's placeholders. */
  params: Record<string, string | number>;
}

/** About a year: IPT looks at changes around the onset of the current low period. */
export const DEFAULT_RECENT_DAYS = 365;
/** About two years: a death longer ago suggests grief only when the low mood began after it. */
export const RECENT_DEATH_DAYS = 730;
/** A low mood that began within about a year of a death counts as "low since they died". */
export const LOW_SINCE_DAYS = 365;
/** Events within about six months either side of the onset count as around it. */
export const NEAR_ONSET_DAYS = 183;
/** Rings 1 and 2 are the closest: with no one living there, loneliness may be the focus. */
export const INNER_RINGS = 2;

const DAY = 86_400_000;

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY;
}

function usablePerson(p: unknown): p is WorkbookPerson {
  if (typeof p !== 'object' || p === null) return false;
  const person = p as Partial<WorkbookPerson>;
  return typeof person.id === 'string' && typeof person.name === 'string' && person.name.trim() !== '' && typeof person.ring === 'number';
}

function usableEvent(e: unknown): e is WorkbookEvent {
  if (typeof e !== 'object' || e === null) return false;
  const event = e as Partial<WorkbookEvent>;
  return typeof event.id === 'string' && typeof event.title === 'string' && event.title.trim() !== '' && isCalendarDate(event.date);
}

const byCloseness = (a: WorkbookPerson, b: WorkbookPerson) => a.ring - b.ring || a.name.localeCompare(b.name);

/** One reason per area, naming the first person or event and counting the rest. */
function named(area: Area, key: string, param: 'name' | 'title', values: string[]): Suggestion {
  const others = values.length - 1;
  return others === 0
    ? { area, reasonKey: key, params: { [param]: values[0]! } }
    : { area, reasonKey: `${key}-more`, params: { [param]: values[0]!, count: others } };
}

/** The days from `from` to `to` (negative when `to` is earlier). */
function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Names the first of the chosen items (the category of the first picks the wording) and counts the rest. */
function firstOf<T>(area: Area, groups: [key: string, items: T[]][], param: 'name' | 'title', text: (item: T) => string): Suggestion | undefined {
  const seen = new Set<T>();
  const all: T[] = [];
  let key: string | undefined;
  for (const [k, items] of groups) {
    for (const item of items) {
      if (seen.has(item)) continue;
      seen.add(item);
      all.push(item);
      key ??= k;
    }
  }
  return key === undefined ? undefined : named(area, key, param, all.map(text));
}

export function suggest(input: SuggestInput): Suggestion[] {
  // The data comes from other elements (or a host): skip what cannot be read rather than fail.
  const people = (input.people ?? []).filter(usablePerson);
  const events = (input.events ?? []).filter(usableEvent);
  const today = isCalendarDate(input.today) ? input.today : undefined;
  const onset = isCalendarDate(input.onset) ? input.onset : undefined;
  const window = input.recentDays ?? DEFAULT_RECENT_DAYS;
  const out: Suggestion[] = [];
  const push = (s: Suggestion | undefined) => s && out.push(s);

  const deceased = people.filter((p) => p.deceased === true).sort(byCloseness);
  const dated = deceased.filter((p) => isCalendarDate(p.diedOn));
  const recentDeaths = today
    ? dated.filter((p) => {
        const age = daysBetween(p.diedOn!, today);
        return age >= 0 && age <= RECENT_DEATH_DAYS;
      })
    : [];
  const lowSince = onset
    ? dated.filter((p) => {
        const after = daysBetween(p.diedOn!, onset);
        return after >= 0 && after <= LOW_SINCE_DAYS;
      })
    : [];
  const rated = input.ratings?.grief === 'a-lot' || input.ratings?.grief === 'a-little';
  push(
    firstOf('grief', [
      ['picker.suggest.grief', recentDeaths],
      ['picker.suggest.grief-onset', lowSince],
      ['picker.suggest.grief-said', rated ? deceased : []],
    ], 'name', (p) => p.name),
  );

  // An event counts when it happened (not one still to come) in the last year or around the onset.
  const counts = (e: WorkbookEvent): boolean => {
    if (!today) return false;
    const age = daysBetween(e.date, today);
    if (age < 0) return false;
    return age <= window || nearOnset(e);
  };
  const nearOnset = (e: WorkbookEvent): boolean => onset !== undefined && Math.abs(daysBetween(onset, e.date)) <= NEAR_ONSET_DAYS;
  const newestFirst = (a: WorkbookEvent, b: WorkbookEvent) => b.date.localeCompare(a.date);

  const living = people.filter((p) => p.deceased !== true);
  const byId = new Map(living.map((p) => [p.id, p]));
  const clashes = living.filter((p) => p.conflict === 'a-lot' || (typeof p.disputeStage === 'string' && p.disputeStage !== ''));
  const conflictEvents = events.filter((e) => e.kind === 'conflict' && counts(e)).sort(newestFirst);
  const conflictPeople = conflictEvents.flatMap((e) => (e.personIds ?? []).map((id) => byId.get(id)).filter((p): p is WorkbookPerson => p !== undefined));
  const disputeByPerson = firstOf('role-dispute', [['picker.suggest.dispute', [...clashes, ...conflictPeople].sort(byCloseness)]], 'name', (p) => p.name);
  push(disputeByPerson ?? firstOf('role-dispute', [['picker.suggest.dispute-event', conflictEvents]], 'title', (e) => e.title));

  // A loss that names someone who has died belongs to grief, not to a life change.
  const died = new Set(deceased.map((p) => p.id));
  const changes = events
    .filter((e) => (e.kind === 'change' || (e.kind === 'loss' && !(e.personIds ?? []).some((id) => died.has(id)))) && counts(e))
    .sort(newestFirst);
  push(
    firstOf('role-transition', [
      ['picker.suggest.transition-onset', changes.filter(nearOnset)],
      ['picker.suggest.transition', changes],
    ], 'title', (e) => e.title),
  );

  // An empty circle says nothing yet: only suggest loneliness once someone has been placed.
  const innerCircle = living.some((p) => p.ring <= INNER_RINGS);
  if (out.length === 0 && input.people !== undefined && people.length > 0 && !innerCircle) {
    out.push({ area: 'interpersonal-deficits', reasonKey: 'picker.suggest.deficits', params: {} });
  }
  return out;
}
