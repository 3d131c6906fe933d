/**
 * Low mood over several days (`alert-below`, `alert-days`): the run of low days a check-in
 * belongs to, and whether that run was reported already. Pure: no DOM, no events.
 */
import { dailyMoods } from './chart.js';
import { addDays } from './dates.js';
import type { EntriesPerDay, Entry, LowMoodRun, MoodState } from './model.js';

export interface LowMoodRule {
  /** A day is low when its mood is at or below this. */
  below: number;
  /** How many low days in a row make a run. */
  days: number;
}

/** A run of low days in a row (a day without a check-in ends it). */
export interface LowRun {
  /** Its first and last day, `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** How many days it holds. */
  days: number;
  /** Its lowest mood. */
  lowest: number;
}

/**
 * A run counts only when it reaches into the last week: a run of low days long past is
 * something to talk about in a session, not to flag now.
 */
export const RECENT_DAYS = 7;

/**
 * The run of low days that holds `date`, when that day is low; undefined otherwise. With
 * several check-ins a day, the day's mood is the one the chart draws (the latest with
 * `one`, the average with `many`).
 */
export function lowRunAt(entries: readonly Entry[], date: string, rule: LowMoodRule, entriesPerDay: EntriesPerDay): LowRun | undefined {
  const days = dailyMoods(entries, entriesPerDay);
  const at = days.findIndex((d) => d.date === date);
  if (at < 0 || !(days[at].mood <= rule.below)) return undefined;
  let first = at;
  let last = at;
  while (first > 0 && days[first - 1].day === days[first].day - 1 && days[first - 1].mood <= rule.below) first -= 1;
  while (last < days.length - 1 && days[last + 1].day === days[last].day + 1 && days[last + 1].mood <= rule.below) last += 1;
  let lowest = Infinity;
  for (let i = first; i <= last; i++) lowest = Math.min(lowest, days[i].mood);
  return { from: days[first].date, to: days[last].date, days: last - first + 1, lowest };
}

/** True when the run is long enough and reaches into the last RECENT_DAYS days before `today`. */
export function isAlertRun(run: LowRun | undefined, rule: LowMoodRule, today: string): run is LowRun {
  return run !== undefined && run.days >= rule.days && run.to >= addDays(today, -(RECENT_DAYS - 1));
}

/**
 * True when the run was reported already: a reported run's first day lies inside it (the
 * run may have grown since, forwards or backwards, and stays the same run).
 */
export function wasReported(state: Pick<MoodState, 'lowMoodRuns'>, run: LowRun): boolean {
  return (state.lowMoodRuns ?? []).some((r) => r.from >= run.from && r.from <= run.to);
}

/** The state with the run kept as reported. */
export function markReported(state: MoodState, run: LowRun): MoodState {
  const item: LowMoodRun = { id: run.from, from: run.from, lowest: run.lowest };
  return { ...state, lowMoodRuns: [...(state.lowMoodRuns ?? []).filter((r) => r.id !== item.id), item] };
}
