/**
 * Suggestions of problem areas from what the client has already recorded in the workbook
 * (the social circle's people, the mood timeline's events). Pure: the element feeds it the
 * workbook data and words each reason through its catalogs, so a suggestion never carries
 * text of its own besides the client's names and titles as parameters.
 *
 * A suggestion is only a hint shown next to the area: nothing is ever selected from it.
 */
import { isCalendarDate } from '../core/validate.js';
import type { Area } from './model.js';

/** A person as the social circle publishes them into the workbook. */
export interface WorkbookPerson {
  id: string;
  name: string;
  relationship?: string;
  ring: number;
  deceased?: boolean;
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

export function suggest(input: SuggestInput): Suggestion[] {
  // The data comes from other elements (or a host): skip what cannot be read rather than fail.
  const people = (input.people ?? []).filter(usablePerson);
  const events = (input.events ?? []).filter(usableEvent);
  const out: Suggestion[] = [];

  const deceased = people.filter((p) => p.deceased === true).sort(byCloseness);
  if (deceased.length > 0) out.push(named('grief', 'picker.suggest.grief', 'name', deceased.map((p) => p.name)));

  const disputes = people
    .filter((p) => p.deceased !== true && (p.conflict === 'a-lot' || (typeof p.disputeStage === 'string' && p.disputeStage !== '')))
    .sort(byCloseness);
  if (disputes.length > 0) out.push(named('role-dispute', 'picker.suggest.dispute', 'name', disputes.map((p) => p.name)));

  if (isCalendarDate(input.today)) {
    const today = dayNumber(input.today);
    const window = input.recentDays ?? DEFAULT_RECENT_DAYS;
    const changes = events
      .filter((e) => e.kind === 'change')
      .filter((e) => {
        const age = today - dayNumber(e.date);
        return age >= 0 && age <= window;
      })
      .sort((a, b) => b.date.localeCompare(a.date));
    if (changes.length > 0) out.push(named('role-transition', 'picker.suggest.transition', 'title', changes.map((e) => e.title)));
  }

  // An empty circle says nothing yet: only suggest loneliness once someone has been placed.
  const innerCircle = people.some((p) => p.deceased !== true && p.ring <= INNER_RINGS);
  if (out.length === 0 && input.people !== undefined && people.length > 0 && !innerCircle) {
    out.push({ area: 'interpersonal-deficits', reasonKey: 'picker.suggest.deficits', params: {} });
  }
  return out;
}
