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

/**
 * One day's mood as the chart draws it. A day with one entry (nearly every day) holds no
 * list of its own: ten years of days are then half as many objects to make and collect.
 */
export class DayPoint {
  /** Set once a second entry arrives the same day: all of them, oldest first. */
  private several: Entry[] | undefined;

  constructor(
    readonly date: string,
    readonly day: number,
    /** The day's entry; with several entries per day, their average. */
    public mood: number,
    private first: Entry,
  ) {}

  /** That day's entries, oldest first. */
  get entries(): Entry[] {
    return this.several ?? [this.first];
  }

  add(entry: Entry): void {
    (this.several ??= [this.first]).push(entry);
  }

  /** A day with several entries: oldest first, and the mood it is drawn at. */
  settle(entriesPerDay: EntriesPerDay): void {
    if (!this.several) return;
    const list = this.several.sort(byCreated);
    this.first = list[0]; // the same day whatever order the entries came in
    // one per day: two tabs that checked in at once can leave two; the latest one counts
    this.mood = entriesPerDay === 'one' ? dayEntry(list, this.date)!.mood : list.reduce((sum, e) => sum + e.mood, 0) / list.length;
  }
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
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const day = dayNumber(e.date);
    if (last && day === last.day) {
      last.add(e);
      several = true;
    } else if (!last || day > last.day) {
      out.push((last = new DayPoint(e.date, day, e.mood, e)));
    } else {
      return dailyMoodsUnsorted(entries, entriesPerDay);
    }
  }
  if (several) for (const d of out) d.settle(entriesPerDay);
  return out;
}

function dailyMoodsUnsorted(entries: readonly Entry[], entriesPerDay: EntriesPerDay): DayPoint[] {
  const byDate = new Map<string, DayPoint>();
  for (const e of entries) {
    const d = byDate.get(e.date);
    if (d) d.add(e);
    else byDate.set(e.date, new DayPoint(e.date, dayNumber(e.date), e.mood, e));
  }
  const out = [...byDate.values()].sort((a, b) => a.day - b.day);
  for (const d of out) d.settle(entriesPerDay);
  return out;
}

/**
 * True when the entries are one a day in date order, as check-ins are kept: each is then
 * its day (same date, same mood), and views can read them without making days first.
 */
export function oneADay(entries: readonly Entry[]): boolean {
  for (let i = 1; i < entries.length; i++) if (!(entries[i].date > entries[i - 1].date)) return false;
  return true;
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
export const WEEKLY_MAX_STEP = 7;

export interface DateWindow {
  from: string;
  to: string;
}

/**
 * The days a range shows, ending today: 2 weeks is the last 14 days, 3 months and 1 year
 * run from the day after the same date 3 or 12 months back. `all` runs from the first
 * record to today. Events noted ahead of time (an anniversary, a planned move) are never in
 * a window: they are listed as coming up, not drawn beside moods already recorded.
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
      for (const list of [state?.entries ?? [], state?.events ?? [], state?.measures ?? []]) {
        for (let i = 0; i < list.length; i++) {
          const date = list[i].date;
          if (date < from) from = date;
          // a repaired entry or measure dated ahead (a wrong device clock) stays visible
          else if (date > to && list !== state?.events) to = date;
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

/** GAD-7 bands (Spitzer et al. 2006: 5, 10 and 15 mark mild, moderate and severe). */
export const GAD7_BANDS = [
  { band: 'minimal', from: 0, to: 4 },
  { band: 'mild', from: 5, to: 9 },
  { band: 'moderate', from: 10, to: 14 },
  { band: 'severe', from: 15, to: 21 },
] as const;

export type ScoreBand = Phq9Band;

/** The instruments drawn in a lane of their own, with their range and bands. */
export const SCORE_SCALES: Readonly<Record<string, { max: number; bands: readonly { band: ScoreBand; from: number; to: number }[] }>> = {
  'PHQ-9': { max: PHQ9_MAX, bands: PHQ9_BANDS },
  'GAD-7': { max: 21, bands: GAD7_BANDS },
};

/** The band of a score on a known instrument; undefined for any other instrument. */
export function scoreBand(instrument: string, score: number): ScoreBand | undefined {
  const scale = Object.hasOwn(SCORE_SCALES, instrument) ? SCORE_SCALES[instrument] : undefined;
  if (!scale) return undefined;
  for (const b of scale.bands) if (score <= b.to) return b.band;
  return scale.bands[scale.bands.length - 1].band;
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

/**
 * Path data is written in tenths of a unit, as whole numbers, and drawn in a group scaled
 * by 1 / PATH_SCALE: a whole number prints several times faster than a decimal, and a
 * ten-year line prints thousands of them.
 */
export const PATH_SCALE = 10;
const tenths = (v: number) => Math.round(v * PATH_SCALE);

const M = 77;
const L = 76;
const V = 86;
const SPACE = 32;
const decoder = new TextDecoder();
/** ` 0 1 0 `: no rotation, the large arc, counter-clockwise. */
const HALF_CIRCLE_FLAGS = [SPACE, 48, SPACE, 49, SPACE, 48, SPACE];

/**
 * Path data written as ASCII bytes, in tenths (see PATH_SCALE), and decoded once at the
 * end: built from thousands of small strings, a ten-year path was mostly garbage to collect.
 */
class PathData {
  private bytes: Uint8Array;
  private length = 0;

  /** `capacity`: the bytes expected, so a long path is not copied as it grows. */
  constructor(capacity = 4096) {
    this.bytes = new Uint8Array(capacity);
  }

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }

  private byte(code: number): void {
    this.bytes[this.length++] = code;
  }

  /** A whole number (at most 11 bytes: the room for it is made by the caller). */
  private whole(n: number): void {
    const bytes = this.bytes;
    if (n < 0) {
      bytes[this.length++] = 45;
      n = -n;
    }
    const start = this.length;
    do {
      const digit = n % 10;
      bytes[this.length++] = 48 + digit;
      n = (n - digit) / 10;
    } while (n > 0);
    for (let i = start, j = this.length - 1; i < j; i++, j--) {
      const t = bytes[i];
      bytes[i] = bytes[j];
      bytes[j] = t;
    }
  }

  /** `M` or `L` to a point given in units. */
  to(command: number, x: number, y: number): void {
    this.room(24);
    this.byte(command);
    this.whole(tenths(x));
    this.byte(SPACE);
    this.whole(tenths(y));
  }

  /** A vertical line to `y`, in units. */
  vertical(y: number): void {
    this.room(12);
    this.byte(V);
    this.whole(tenths(y));
  }

  /** A filled dot: two half-circle arcs of radius `r` around (cx, cy), in units. */
  dot(cx: number, cy: number, r: number): void {
    const radius = tenths(r);
    this.to(M, cx - r, cy);
    this.halfCircle(radius, 2 * radius);
    this.halfCircle(radius, -2 * radius);
  }

  /** `a r r 0 1 0 dx 0`: half a circle to the point `dx` tenths along. */
  private halfCircle(radius: number, dx: number): void {
    this.room(48);
    this.byte(97); // a
    this.whole(radius);
    this.byte(SPACE);
    this.whole(radius);
    for (let i = 0; i < HALF_CIRCLE_FLAGS.length; i++) this.byte(HALF_CIRCLE_FLAGS[i]);
    this.whole(dx);
    this.byte(SPACE);
    this.byte(48);
  }

  toString(): string {
    return decoder.decode(this.bytes.subarray(0, this.length));
  }
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
 * The markers of one class as two paths (in tenths, see PATH_SCALE): the stems from the
 * baseline and the dots (two arcs each). Hundreds of events stay two DOM nodes per class,
 * which keeps a ten-year chart's first render fast.
 */
export function markPaths(marks: readonly EventMark[], baseline: number): { stems: string; dots: string } {
  const stems = new PathData();
  const dots = new PathData();
  for (let i = 0; i < marks.length; i++) {
    const { cx, cy, r } = marks[i];
    if (tenths(cy) !== tenths(baseline)) {
      stems.to(M, cx, baseline);
      stems.vertical(cy);
    }
    dots.dot(cx, cy, r);
  }
  return { stems: stems.toString(), dots: dots.toString() };
}

/**
 * Writes one polyline point by point (into a PathData, in units). Where points crowd closer
 * than one unit of width (years of days on one chart), each unit column keeps only its
 * first, lowest, highest and last point: the line still covers the same pixels, with a
 * fraction of the path to build, parse and draw.
 */
class Polyline {
  private column = NaN;
  private count = 0;
  private started = false;
  // the column's first, lowest, highest and last points, with their place in the column
  private firstX = 0;
  private firstY = 0;
  private lowX = 0;
  private lowY = 0;
  private lowAt = 0;
  private highX = 0;
  private highY = 0;
  private highAt = 0;
  private lastX = 0;
  private lastY = 0;

  constructor(private readonly out: PathData) {}

  point(x: number, y: number): void {
    const column = Math.floor(x);
    if (column !== this.column) {
      this.flush();
      this.column = column;
      this.count = 1;
      this.firstX = this.lowX = this.highX = this.lastX = x;
      this.firstY = this.lowY = this.highY = this.lastY = y;
      this.lowAt = this.highAt = 0;
      return;
    }
    const at = this.count++;
    if (y < this.lowY) {
      this.lowX = x;
      this.lowY = y;
      this.lowAt = at;
    }
    if (y > this.highY) {
      this.highX = x;
      this.highY = y;
      this.highAt = at;
    }
    this.lastX = x;
    this.lastY = y;
  }

  /** Ends the polyline: the next point starts a new one (a new subpath). */
  end(): void {
    this.flush();
    this.started = false;
    this.column = NaN;
  }

  private flush(): void {
    if (this.count === 0) return;
    const last = this.count - 1;
    this.emit(this.firstX, this.firstY);
    // the lowest and the highest point, in the order they came
    if (this.lowAt <= this.highAt) {
      if (this.lowAt !== 0) this.emit(this.lowX, this.lowY);
      if (this.highAt !== this.lowAt) this.emit(this.highX, this.highY);
    } else {
      if (this.highAt !== 0) this.emit(this.highX, this.highY);
      this.emit(this.lowX, this.lowY);
    }
    const later = Math.max(this.lowAt, this.highAt);
    if (last !== later && last !== 0) this.emit(this.lastX, this.lastY);
    this.count = 0;
  }

  private emit(x: number, y: number): void {
    this.out.to(this.started ? L : M, x, y);
    this.started = true;
  }
}

/** A point of a line drawn over days: the mood of a day, a weekly mean, a score. */
export interface LinePoint {
  day: number;
  value: number;
}

/**
 * Points in day order drawn as runs: neighbours at most `maxStep` days apart are joined,
 * every run a subpath of one path (`d`, in tenths, see PATH_SCALE). A point that stands
 * alone is no line; it is returned in `lone`, for a dot.
 */
export interface Runs {
  d: string;
  lone: LinePoint[];
}

class RunsBuilder {
  private readonly d: PathData;
  private readonly line: Polyline;
  private readonly lone: LinePoint[] = [];
  private runLength = 0;
  private previous = -Infinity;
  // a run's first point waits for a second one: alone, it is a dot and not a line
  private heldDay = 0;
  private heldValue = 0;

  constructor(
    private readonly x: (day: number) => number,
    private readonly y: (value: number) => number,
    private readonly maxStep: number,
    points: number,
  ) {
    // at most four points a unit column, about a dozen bytes a point
    this.d = new PathData(Math.max(64, Math.min(points, 4 * 800) * 12));
    this.line = new Polyline(this.d);
  }

  add(day: number, value: number): void {
    if (day - this.previous > this.maxStep) this.endRun();
    this.previous = day;
    if (this.runLength++ === 0) {
      this.heldDay = day;
      this.heldValue = value;
      return;
    }
    if (this.runLength === 2) this.line.point(this.x(this.heldDay), this.y(this.heldValue));
    this.line.point(this.x(day), this.y(value));
  }

  private endRun(): void {
    if (this.runLength === 1) this.lone.push({ day: this.heldDay, value: this.heldValue });
    else if (this.runLength > 1) this.line.end();
    this.runLength = 0;
  }

  finish(): Runs {
    this.endRun();
    return { d: this.d.toString(), lone: this.lone };
  }
}

/**
 * The runs through points sorted by day. The mood line bridges one missing day
 * (MAX_BRIDGED_MISSING_DAYS), the weekly line a week (WEEKLY_MAX_STEP).
 */
export function runs<T>(
  points: readonly T[],
  day: (p: T) => number,
  value: (p: T) => number,
  x: (day: number) => number,
  y: (value: number) => number,
  maxStep = MAX_BRIDGED_MISSING_DAYS + 1,
): Runs {
  const line = new RunsBuilder(x, y, maxStep, points.length);
  for (let i = 0; i < points.length; i++) line.add(day(points[i]), value(points[i]));
  return line.finish();
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
