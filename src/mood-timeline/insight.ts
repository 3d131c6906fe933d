/**
 * The per-person pattern: for each person tagged in events, the average mood on days with
 * an event involving them against the average on the other rated days. It shows a pattern
 * in what was recorded, never a cause, and only once both sides rest on enough days.
 */
import type { DayPoint } from './chart.js';
import type { LifeEvent } from './model.js';

/** Both averages need at least this many rated days before the pattern is shown. */
export const INSIGHT_MIN_DAYS = 3;

export interface PersonInsight {
  /** `id:<person id>` for people of the circle, `name:<lower-case name>` for typed names. */
  key: string;
  personId?: string;
  /** The typed name as first written (people of the circle are named by the caller). */
  name?: string;
  /** Rated days with an event involving the person. */
  withDays: number;
  /** Rated days without one. */
  otherDays: number;
  /** The averages; null until both sides have INSIGHT_MIN_DAYS days. */
  withMean: number | null;
  otherMean: number | null;
  enough: boolean;
}

export function nameKey(name: string): string {
  return `name:${name.trim().toLocaleLowerCase()}`;
}

/**
 * One insight per person tagged in any event (days counted over `days`, the rated days
 * the caller chose, for example the visible range). Sorted with the people who have the
 * most event days first.
 */
export function personInsights(days: readonly Pick<DayPoint, 'date' | 'mood'>[], events: readonly LifeEvent[]): PersonInsight[] {
  const people = new Map<string, { personId?: string; name?: string; withSum: number; withDays: number }>();
  // date -> the people with an event that day: one pass over the days then serves everyone
  const onDate = new Map<string, Set<string>>();
  const tag = (key: string, init: { personId?: string; name?: string }, date: string) => {
    if (!people.has(key)) people.set(key, { ...init, withSum: 0, withDays: 0 });
    let keys = onDate.get(date);
    if (!keys) onDate.set(date, (keys = new Set()));
    keys.add(key);
  };
  for (const e of events) {
    for (const id of e.personIds ?? []) tag(`id:${id}`, { personId: id }, e.date);
    for (const name of e.personNames ?? []) tag(nameKey(name), { name: name.trim() }, e.date);
  }
  let sum = 0;
  let count = 0;
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    sum += d.mood;
    count += 1;
    const keys = onDate.get(d.date);
    if (!keys) continue;
    for (const key of keys) {
      const p = people.get(key)!;
      p.withSum += d.mood;
      p.withDays += 1;
    }
  }
  const out: PersonInsight[] = [];
  for (const [key, p] of people) {
    const { withSum, withDays } = p;
    const otherDays = count - withDays;
    const enough = withDays >= INSIGHT_MIN_DAYS && otherDays >= INSIGHT_MIN_DAYS;
    out.push({
      key,
      ...(p.personId !== undefined ? { personId: p.personId } : {}),
      ...(p.name !== undefined ? { name: p.name } : {}),
      withDays,
      otherDays,
      withMean: enough ? withSum / withDays : null,
      otherMean: enough ? (sum - withSum) / otherDays : null,
      enough,
    });
  }
  return out.sort((a, b) => b.withDays - a.withDays || a.key.localeCompare(b.key));
}
