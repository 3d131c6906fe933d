/**
 * What the chart and the table show, computed from the state without the DOM: one mood
 * value per day, the line segments between them (broken at gaps), weekly averages, the
 * date window of each range, PHQ-9 bands, and SVG path data.
 */
import { addDays, addMonths, dayNumber, fromDayNumber, weekStart } from './dates.js';
import { dayEntry, type EntriesPerDay, type Entry, type LifeEvent, type Measure, type MoodState } from './model.js';

export const RANGES = ['2w', '3m', '1y', 'all'] as const;
export type Range = (typeof RANGES)[number];
export const DEFAULT_RANGE: Range = '3m';

/**
 * The line joins two ratings when at most this many days are missing between them. One
 * forgotten day is bridged (the line still reads as the week it was); two or more missing
 * days break the line, so it never suggests a mood nobody recorded.
 */
export const MAX_BRIDGED_MISSING_DAYS = 1;

/** One day's mood as the chart draws it. */
export interface DayPoint {
  date: string;
  day: number;
  /** The day's entry; with several entries per day, their average. */
  mood: number;
  /** That day's entries, oldest first. */
  entries: Entry[];
}

const byCreated = (a: Entry, b: Entry) => {
  const x = a.createdAt ?? '';
  const y = b.createdAt ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Sorted by date. Days without an entry are absent (they are the gaps). */
export function dailyMoods(entries: readonly Entry[], entriesPerDay: EntriesPerDay): DayPoint[] {
  // Entries are usually kept in date order: then one pass makes the days, with no map and
  // no sort (ten years of check-ins take a fraction of a millisecond).
  const out: DayPoint[] = [];
  let several = false;
  let last: DayPoint | undefined;
  for (const e of entries) {
    const day = dayNumber(e.date);
    if (last && day === last.day) {
      last.entries.push(e);
      several = true;
    } else if (!last || day > last.day) {
      out.push((last = { date: e.date, day, mood: e.mood, entries: [e] }));
    } else {
      return dailyMoodsUnsorted(entries, entriesPerDay);
    }
  }
  if (several) for (const d of out) if (d.entries.length > 1) settleDay(d, entriesPerDay);
  return out;
}

function dailyMoodsUnsorted(entries: readonly Entry[], entriesPerDay: EntriesPerDay): DayPoint[] {
  const byDate = new Map<string, DayPoint>();
  for (const e of entries) {
    const d = byDate.get(e.date);
    if (d) d.entries.push(e);
    else byDate.set(e.date, { date: e.date, day: dayNumber(e.date), mood: e.mood, entries: [e] });
  }
  const out = [...byDate.values()].sort((a, b) => a.day - b.day);
  for (const d of out) if (d.entries.length > 1) settleDay(d, entriesPerDay);
  return out;
}

/** A day with several entries: oldest first, and the mood it is drawn at. */
function settleDay(d: DayPoint, entriesPerDay: EntriesPerDay): void {
  const list = d.entries.sort(byCreated);
  // one per day: two tabs that checked in at once can leave two; the latest one counts
  d.mood = entriesPerDay === 'one' ? dayEntry(list, d.date)!.mood : list.reduce((sum, e) => sum + e.mood, 0) / list.length;
}

/** Splits sorted points into runs whose neighbours are at most `maxStep` days apart. */
export function segments<T extends { day: number }>(points: readonly T[], maxStep = MAX_BRIDGED_MISSING_DAYS + 1): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  for (const p of points) {
    if (run.length && p.day - run[run.length - 1].day > maxStep) {
      runs.push(run);
      run = [];
    }
    run.push(p);
  }
  if (run.length) runs.push(run);
  return runs;
}

export interface WeekPoint {
  /** The Monday that starts the week. */
  weekStart: string;
  /** The week's middle (Thursday), where the chart places its point. */
  day: number;
  mean: number;
  /** How many rated days the mean is taken over. */
  days: number;
}

/** The mean of the daily moods of each ISO week (Monday to Sunday) that has any. */
export function weeklyAverages(days: readonly DayPoint[]): WeekPoint[] {
  const weeks = new Map<number, { sum: number; n: number }>();
  for (const d of days) {
    const start = weekStart(d.day);
    const w = weeks.get(start);
    if (w) {
      w.sum += d.mood;
      w.n += 1;
    } else weeks.set(start, { sum: d.mood, n: 1 });
  }
  return [...weeks.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([start, w]) => ({ weekStart: fromDayNumber(start), day: start + 3, mean: w.sum / w.n, days: w.n }));
}

/** The weekly line breaks where a week has no rating at all. */
export function weeklySegments(weeks: readonly WeekPoint[]): WeekPoint[][] {
  return segments(weeks, 7);
}

export interface DateWindow {
  from: string;
  to: string;
}

/**
 * The days a range shows, ending today: 2 weeks is the last 14 days, 3 months and 1 year
 * run from the day after the same date 3 or 12 months back. `all` runs from the first
 * record to today, or to the last record when an event was noted ahead of time.
 */
export function rangeWindow(range: Range, today: string, state?: Pick<MoodState, 'entries' | 'events' | 'measures'>): DateWindow {
  switch (range) {
    case '2w':
      return { from: addDays(today, -13), to: today };
    case '3m':
      return { from: addDays(addMonths(today, -3), 1), to: today };
    case '1y':
      return { from: addDays(addMonths(today, -12), 1), to: today };
    case 'all': {
      let from = today;
      let to = today;
      for (const list of [state?.entries, state?.events, state?.measures]) {
        for (const item of list ?? []) {
          if (item.date < from) from = item.date;
          if (item.date > to) to = item.date;
        }
      }
      return { from, to };
    }
  }
}

export function inWindow<T extends { date: string }>(items: readonly T[], window: DateWindow): T[] {
  return items.filter((item) => item.date >= window.from && item.date <= window.to);
}

/** Every day of the window, for keyboard travel day by day. */
export function windowDays(window: DateWindow): number {
  return dayNumber(window.to) - dayNumber(window.from) + 1;
}

/** Everything the chart shows about one day: the table's row and the announcement's source. */
export interface DayRow {
  date: string;
  mood?: number;
  entries: Entry[];
  events: LifeEvent[];
  measures: Measure[];
}

/**
 * One row per day in the window that has an entry, an event or a measure, oldest first.
 * `days` may pass the window's daily moods when the caller has them already.
 */
export function dayRows(state: MoodState, window: DateWindow, entriesPerDay: EntriesPerDay, days?: DayPoint[]): DayRow[] {
  const rows = new Map<string, DayRow>();
  const row = (date: string) => {
    let r = rows.get(date);
    if (!r) rows.set(date, (r = { date, entries: [], events: [], measures: [] }));
    return r;
  };
  for (const d of days ?? dailyMoods(inWindow(state.entries, window), entriesPerDay)) {
    const r = row(d.date);
    r.mood = d.mood;
    r.entries = d.entries;
  }
  for (const e of inWindow(state.events, window)) row(e.date).events.push(e);
  for (const m of inWindow(state.measures, window)) row(m.date).measures.push(m);
  return [...rows.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

// ---------------------------------------------------------------------------------------
// PHQ-9

export const PHQ9_MAX = 27;
export const PHQ9_BANDS = [
  { band: 'minimal', from: 0, to: 4 },
  { band: 'mild', from: 5, to: 9 },
  { band: 'moderate', from: 10, to: 14 },
  { band: 'moderately-severe', from: 15, to: 19 },
  { band: 'severe', from: 20, to: 27 },
] as const;
export type Phq9Band = (typeof PHQ9_BANDS)[number]['band'];

export function phq9Band(score: number): Phq9Band {
  for (const b of PHQ9_BANDS) if (score <= b.to) return b.band;
  return 'severe';
}

// ---------------------------------------------------------------------------------------
// Geometry

/** A linear map from [d0, d1] onto [r0, r1]. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** Event markers grow with the size of the impact; an event without an impact is smallest. */
export function markerRadius(impact: number | undefined, base = 3, step = 1.5): number {
  return base + step * Math.abs(impact ?? 0);
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * `v` rounded to one decimal, as path text. Integer arithmetic: about three times faster
 * than printing a double, and a ten-year line prints thousands of them.
 */
export function tenth(v: number): string {
  let t = Math.round(v * 10);
  if (t === 0) return '0';
  const sign = t < 0 ? '-' : '';
  if (t < 0) t = -t;
  const whole = Math.floor(t / 10);
  const rest = t - whole * 10;
  return rest ? `${sign}${whole}.${rest}` : `${sign}${whole}`;
}

export type MarkClass = 'event-up' | 'event-down' | 'event-flat';

/** Where an event's marker sits: above the lane's baseline for a good event, below for a hard one. */
export interface EventMark {
  cls: MarkClass;
  cx: number;
  cy: number;
  r: number;
}

export function eventMark(impact: number | undefined, cx: number, baseline: number, step: number): EventMark {
  const i = impact ?? 0;
  return { cls: i > 0 ? 'event-up' : i < 0 ? 'event-down' : 'event-flat', cx, cy: baseline - i * step, r: markerRadius(impact) };
}

/**
 * The markers of one class as two paths: the stems from the baseline and the dots (two
 * arcs each). Hundreds of events stay two DOM nodes per class, which keeps a ten-year
 * chart's first render fast.
 */
export function markPaths(marks: readonly EventMark[], baseline: number): { stems: string; dots: string } {
  let stems = '';
  let dots = '';
  const base = tenth(baseline);
  for (const { cx, cy, r } of marks) {
    const y = tenth(cy);
    if (round1(cy) !== baseline) stems += `M${tenth(cx)} ${base}V${y}`;
    dots += `M${tenth(cx - r)} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  }
  return { stems, dots };
}

/** SVG path data through the points of one segment (a lone point is drawn as a dot instead). */
export function linePath<T>(points: readonly T[], x: (p: T) => number, y: (p: T) => number): string {
  let d = '';
  for (let i = 0; i < points.length; i++) {
    d += `${i === 0 ? 'M' : 'L'}${tenth(x(points[i]))} ${tenth(y(points[i]))}`;
  }
  return d;
}

/** Readable tick values for the mood axis: every step that keeps about five labels. */
export function moodTicks(min: number, max: number): number[] {
  const span = max - min;
  const step = span <= 5 ? 1 : span <= 10 ? 2 : Math.ceil(span / 5);
  const ticks: number[] = [];
  for (let v = min; v <= max; v += step) ticks.push(v);
  if (ticks[ticks.length - 1] !== max) ticks.push(max);
  return ticks;
}

/**
 * Dates for the time axis labels: days for short windows, Mondays for a few months,
 * first days of months for a year, and years (or quarters) beyond that.
 */
export function timeTicks(window: DateWindow): { date: string; unit: 'day' | 'week' | 'month' | 'year' }[] {
  const from = dayNumber(window.from);
  const to = dayNumber(window.to);
  const span = to - from + 1;
  const out: { date: string; unit: 'day' | 'week' | 'month' | 'year' }[] = [];
  if (span <= 16) {
    const step = span <= 8 ? 1 : 2;
    for (let d = from; d <= to; d += step) out.push({ date: fromDayNumber(d), unit: 'day' });
  } else if (span <= 62) {
    for (let d = weekStart(from) + (weekStart(from) < from ? 7 : 0); d <= to; d += 7) out.push({ date: fromDayNumber(d), unit: 'week' });
  } else if (span <= 800) {
    const everyMonths = span <= 200 ? 1 : 2;
    let date = `${window.from.slice(0, 8)}01`;
    if (date < window.from) date = addMonths(date, 1);
    for (; date <= window.to; date = addMonths(date, everyMonths)) out.push({ date, unit: 'month' });
  } else {
    const years = Math.ceil(span / 365);
    const every = years <= 12 ? 1 : Math.ceil(years / 10);
    let y = Number(window.from.slice(0, 4));
    if (`${y}-01-01` < window.from) y += 1;
    for (; `${y}-01-01` <= window.to; y += every) out.push({ date: `${String(y).padStart(4, '0')}-01-01`, unit: 'year' });
  }
  return out;
}
