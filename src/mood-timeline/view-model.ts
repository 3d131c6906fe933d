import type { LifeEvent, Entry, Measure } from './model.js';
import type { DateWindow, DayPoint, DayRow, WeekPoint } from './chart.js';
import type { PersonInsight } from './insight.js';
import type { Params } from '../core/i18n.js';

/** Everything the chart, the table and the announcements derive from one state and range. */
export interface ViewModel {
  window: DateWindow;
  fromDay: number;
  toDay: number;
  /** The days with a check-in in the window. */
  readonly days: DayPoint[];
  /** The check-ins in the window, as stored. */
  entries: Entry[];
  /** The check-ins are one a day in date order: each is its day (see oneADay). */
  readonly oneADay: boolean;
  entryCount: number;
  readonly rows: Map<string, DayRow>;
  /** The dates of the rows, oldest first. */
  readonly rowDates: string[];
  readonly weeks: WeekPoint[];
  events: LifeEvent[];
  /** The period's scores: the timeline's own and those shared in the workbook, by date. */
  measures: ShownMeasure[];
  /** The instruments drawn in lanes of their own (those of SCORE_SCALES with scores in the period). */
  lanes: string[];
  readonly insights: PersonInsight[];
}

/** A score as shown: the timeline's own, or one another element shares through the workbook. */
export type ShownMeasure = Measure & { shared?: string };

/** The words a day is described with: shared by the chart's tooltip, the table and the announcements. */
export interface DayWords {
  t(key: string, params?: Params): string;
  locale: string;
  /** A number in the locale; `signed` writes a plus sign on positive numbers. */
  num(value: number, signed?: boolean): string;
  /** "mood 4 of 10" (or that there was none). */
  moodText(row: DayRow | undefined): string;
  /** "event: argument with Ana, -3". */
  eventSummary(e: LifeEvent): string;
  /** "PHQ-9: 14 of 27, moderate symptoms (past two weeks)". */
  measureText(m: Measure): string;
}
