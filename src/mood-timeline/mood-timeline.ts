import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { downloadFile } from '../core/export.js';
import { PersistentElement } from '../core/persistent-element.js';
import { IptElement } from '../core/ipt-element.js';
import { oneOf, wholeNumber, type AttributeRule } from '../core/attributes.js';
import { defineElement } from '../core/define.js';
import { registerStrings } from '../core/i18n.js';
import { baseStyles } from '../core/theme.js';
import { isCalendarDate, localToday } from '../core/validate.js';
import { afterPaint, nowIso } from '../core/time.js';
import type { WorkbookLifeEvent, WorkbookMeasure, WorkbookMoods, WorkbookMoodWeek } from '../core/context.js';
import type { StateModel } from '../core/model.js';
import {
  INSTRUMENTS,
  SCALE_LIMIT,
  addEvent,
  addMeasure,
  canonicalInstrument,
  checkIn,
  dayEntry,
  moodTimelineModel,
  removeEntry,
  removeEvent,
  removeMeasure,
  setOnset,
  updateEntry,
  type EntriesPerDay,
  type Entry,
  type EntryInput,
  type EventInput,
  type MeasureInput,
  type LifeEvent,
  type Measure,
  type MoodOptions,
  type MoodState,
  type OpResult,
  type MoodTimelineChange,
} from './model.js';
import {
  DEFAULT_RANGE,
  RANGES,
  SCORE_SCALES,
  dailyMoods,
  dayRows,
  inWindow,
  oneADay,
  rangeWindow,
  scoreBand,
  weeklyAverages,
  type DayPoint,
  type DayRow,
  type Range,
  type WeekPoint,
} from './chart.js';
import { addDays, dayNumber, isRealDate } from './dates.js';
import { isAlertRun, lowRunAt, markReported, wasReported, type LowMoodRule } from './low-mood.js';
import type { PersonInsight } from './insight.js';
import { toCsv } from './csv.js';
import { formatDate, formatDayLong, formatList, formatNumber, impactKey, strings } from './strings.js';
import { moodTimelineStyles } from './mood-timeline.styles.js';
import { Announcer } from '../core/announcer.js';
import { PrintMode } from '../core/print-mode.js';
import { UndoOffer } from '../core/undo-offer.js';
import { WidthController } from '../core/width.js';
import { LazyModule } from '../core/lazy-module.js';
import { cssVars } from '../core/css-vars.js';
import { clearWhenLeft } from '../core/messages.js';
import { PLOT_BOTTOM, TOP, dayAt, drawHeight, renderCursor, renderDrawing, type ChartView } from './chart-drawing.js';
import type { EventDraft } from './event-form.js';
import type { DayWords, ShownMeasure, ViewModel } from './view-model.js';

registerStrings(strings, { es: () => import('./strings.es.js') });

export type MoodView = 'chart' | 'table';

/**
 * The drawing's own coordinate system; the SVG scales to its container. On a chart wider
 * than WIDE the drawing is WIDE units wide and grows with it; on a narrower one (a phone)
 * it is as many units wide as the chart is pixels, so its text keeps its size instead of
 * shrinking with the picture.
 */
const WIDE = 720;
/**
 * The table shows this many days at a time, newest first: 20,000 check-ins rendered as one
 * table would hold the page for many seconds. "Show older days" adds as many again.
 */
const TABLE_PAGE = 200;
/** Narrower than this, the drawing stops following and scales down after all. */
const NARROWEST = 240;

const dateRule = (attribute: string): AttributeRule<string | undefined> => ({
  attribute,
  fallback: undefined,
  accepts: 'a real date as YYYY-MM-DD',
  isValid: (value) => value === undefined || value === null || isCalendarDate(value),
});

const optionalWhole = (attribute: string, min: number, max: number): AttributeRule<number | undefined> => ({
  attribute,
  fallback: undefined,
  accepts: `a whole number from ${min} to ${max}`,
  isValid: (value) => value === undefined || value === null || (Number.isInteger(value) && (value as number) >= min && (value as number) <= max),
});


type Removed = { kind: 'entry'; item: Entry } | { kind: 'event'; item: LifeEvent } | { kind: 'measure'; item: Measure };

/**
 * Mood over time, linked to the people and events in the client's life: a daily check-in,
 * interpersonal events rated from -4 to +4, a chart with the events on the same time axis,
 * a table that holds everything the chart shows, and the pattern of mood around each person.
 * Questionnaire scores (PHQ-9, GAD-7, its own and those shared in the workbook) have lanes of
 * their own with named bands; events still to come are listed as coming up; one mark says when
 * the low mood started (published to the workbook as `onset`). With `alert-below`, a run of low
 * days opens the crisis content and emits `ipt-risk` once per run.
 *
 * @tagname ipt-mood-timeline
 * @attr {boolean} readonly - Someone else's view (a clinician's): no check-in, no event form, no edit buttons, none of the client's prompts, words that speak of the client; the chart, the notes, table, insight and exports stay (also when the workbook is `readonly`).
 * @summary Daily mood check-ins and life events with people, on one chart and in a table.
 *
 * @event ipt-change - After every change. `detail.change.type` is one of `entry-add`, `entry-update`,
 *   `entry-remove`, `event-add`, `event-update`, `event-remove`, `measure-add`, `measure-update`,
 *   `measure-remove`, `onset-set`, `onset-clear`, `replace`, `clear`; `detail.change.id` names the item.
 * @event ipt-risk - `{ source, workbook, storageKey, kind: 'low-mood', value, at }` once per run of low days
 *   (see `alert-below` and `alert-days`), from the instance where the person checked in; `value` is the
 *   lowest mood of the run. Never again for the same run: not on reload, not in a twin instance, not for
 *   further check-ins in that run.
 * @event ipt-ready - Once the saved state is loaded.
 * @event ipt-error - Storage trouble, a repaired saved record (`invalid-state`) or a bad attribute.
 *
 * @slot heading - The heading (default "How you have been feeling"). Not shown under `heading-level="none"`.
 * @slot min-label - Words at the low end of the scale (default "Very bad"); overrides `min-label`.
 * @slot max-label - Words at the high end of the scale (default "Very good"); overrides `max-label`.
 * @slot crisis - `<template slot="crisis" lang="en">` children: this element's crisis content, per language
 *   (inside a workbook, set it once on the workbook instead).
 *
 * @csspart notes - The period's check-in notes, listed as text under the chart.
 * @csspart saving-notice - The one calm line shown while changes stay on this page only (storage blocked or full).
 * @csspart base - The element's whole layout.
 * @csspart title - The heading.
 * @csspart checkin - The check-in form.
 * @csspart rating - The row of numbers to rate the mood.
 * @csspart controls - The range choice and the view toggles.
 * @csspart chart - The focusable chart.
 * @csspart day - The details of the chosen day under the chart.
 * @csspart table - The table view.
 * @csspart table-more - Below the table: how many days it shows, and the button that shows older ones.
 * @csspart event-form - The form for an event.
 * @csspart insight - The mood around events with people.
 * @csspart upcoming - The events still to come.
 * @csspart onset - The "when my low mood started" mark.
 * @csspart crisis - The "Need help now?" link and its content; open after a run of low days.
 * @csspart score-key - The key of a questionnaire's score ranges.
 * @csspart export - The export and print buttons.
 *
 * @cssprop --ipt-color-accent - Mood line, selected rating, primary buttons.
 * @cssprop --ipt-color-support - Markers of good events.
 * @cssprop --ipt-color-conflict - Markers of hard events, error messages.
 * @cssprop --ipt-color-warning - The questionnaire lines and bands (unless --ipt-mood-measure-color is set).
 * @cssprop --ipt-color-focus - The chart's cursor and focus rings.
 * @cssprop --ipt-mood-line-color - The mood line alone.
 * @cssprop --ipt-mood-weekly-color - The weekly-average line.
 * @cssprop --ipt-mood-measure-color - The questionnaire line and its bands.
 * @cssprop --ipt-color-text - Text.
 * @cssprop --ipt-color-muted - Secondary text, axis labels.
 * @cssprop --ipt-color-surface - Backgrounds.
 * @cssprop --ipt-color-border - Borders and axes.
 * @cssprop --ipt-font-family - Font.
 * @cssprop --ipt-radius - Corner radius.
 * @cssprop --ipt-space - Base spacing.
 */
export class IptMoodTimeline extends PersistentElement<MoodState, MoodOptions, MoodTimelineChange> {
  static override model = moodTimelineModel as unknown as StateModel<object, unknown>;
  static override styles = [baseStyles, moodTimelineStyles];
  static override attributeRules: Record<string, AttributeRule> = {
    ...IptElement.attributeRules,
    min: wholeNumber('min', -SCALE_LIMIT, SCALE_LIMIT, 0),
    max: wholeNumber('max', -SCALE_LIMIT, SCALE_LIMIT, 10),
    entriesPerDay: oneOf('entries-per-day', ['one', 'many'], 'one'),
    range: oneOf('range', RANGES, DEFAULT_RANGE),
    view: oneOf('view', ['chart', 'table'], 'chart'),
    today: dateRule('today'),
    alertBelow: optionalWhole('alert-below', -SCALE_LIMIT, SCALE_LIMIT),
    alertDays: wholeNumber('alert-days', 1, 60, 3),
  };

  /** Lowest mood on the scale: a whole number, -100 to 100. */
  @property({ type: Number, reflect: true }) min = 0;
  /** Highest mood on the scale: a whole number, -100 to 100, above `min`. More than 11 steps: a slider instead of numbered buttons. */
  @property({ type: Number, reflect: true }) max = 10;
  /** Words at the low end of the scale; default "Very bad". The `min-label` slot overrides it. */
  @property({ attribute: 'min-label' }) minLabel = '';
  /** Words at the high end of the scale; default "Very good". The `max-label` slot overrides it. */
  @property({ attribute: 'max-label' }) maxLabel = '';
  /** `one` (default): a second check-in on the same day updates that day's entry. `many`: every check-in is kept, and the chart shows the day's average. */
  @property({ attribute: 'entries-per-day' }) entriesPerDay: EntriesPerDay = 'one';
  /** The period shown: the last 14 days (`2w`), 3 months (`3m`, default), 12 months (`1y`) or everything (`all`). The person can change it; the attribute follows. */
  @property({ reflect: true }) range: Range = '3m';
  /** Draws the weekly (Monday to Sunday) average as a dashed line. The person can switch it. */
  @property({ type: Boolean, attribute: 'weekly-average', reflect: true }) weeklyAverage = false;
  /** `chart` (default) or `table`. The person can switch it. */
  @property({ reflect: true }) view: MoodView = 'chart';
  /** The date treated as today (`YYYY-MM-DD`); defaults to the device's date. For demos and tests. */
  @property() today: string | undefined;
  /**
   * Opt-in: a day is low when its mood is at or below this (on the `min`..`max` scale, below
   * `max`). A run of `alert-days` low days in a row, completed by a check-in, opens the crisis
   * content with a supportive line and emits `ipt-risk` (`low-mood`) once per run.
   */
  @property({ type: Number, attribute: 'alert-below' }) alertBelow: number | undefined;
  /** How many low days in a row make a run (with `alert-below`): 1 to 60, default 3. */
  @property({ type: Number, attribute: 'alert-days' }) alertDays = 3;

  @state() private selectedDate = '';
  @state() private editingEntryId: string | undefined;
  @state() private draftMood: number | undefined;
  @state() private draftNote = '';
  @state() private checkinError = '';
  @state() private focusDate: string | undefined;
  @state() private hoverDate: string | undefined;
  @state() private plotFocused = false;
  @state() private status = '';
  @state() private eventDraft: EventDraft | undefined;
  @state() private eventError = '';
  /** How many days (newest first) the table shows; printing shows them all. */
  @state() private tableShown = TABLE_PAGE;
  /** The supportive line above the open crisis content after a check-in in a run of low days. */
  @state() private lowRunLead = '';
  @state() private onsetDraft = '';
  @state() private onsetError = '';
  /** Leaving a form for something else clears its message (src/core/messages.ts). */
  private readonly onCheckInLeft = clearWhenLeft(() => (this.checkinError = ''));
  private readonly onEventFormLeft = clearWhenLeft(() => (this.eventError = ''));
  /** False until the first frame (the chart) is painted; then the rest of the element renders. */
  @state() private complete = false;
  /** Settles once the parts after the first frame are in (or failed to load); set by the first update. */
  private whenComplete: Promise<void> | undefined;
  /** The patterns' code (insight.ts), loaded after the first frame. */
  private insightModule: typeof import('./insight-view.js') | undefined;
  /** The drawing's width in units (see WIDE). */
  private readonly sizer = new WidthController(this, {
    // a ruler of no height beside the drawing, not the drawing: the drawing's height follows
    // its width, and watching it would report that change back in the same frame
    target: () => this.renderRoot?.querySelector('.ruler'),
    initial: WIDE,
    fit: (width) => (Math.round(width) >= WIDE ? WIDE : Math.max(NARROWEST, Math.round(width))),
  });
  /** The drawing's width in units (see WIDE). */
  private get drawWidth(): number {
    return this.sizer.width;
  }
  private readonly announcer = new Announcer(this);
  private readonly printMode = new PrintMode(this);
  /** What Undo brings back: offered until the next change made here. */
  private readonly undoOffer = new UndoOffer<Removed>(this);
  // Parts most visits never open, fetched after the first frame (or on first use) rather
  // than with the element's own file; the controls that open them render once they are in.
  private readonly eventFormCode = new LazyModule(this, () => import('./event-form.js'));
  private readonly onsetFormCode = new LazyModule(this, () => import('./onset-form.js'));
  private readonly tableCode = new LazyModule(this, () => import('./table-view.js'));

  private get plot(): HTMLElement | null {
    return this.renderRoot.querySelector('.plot');
  }
  private get chartSvg(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg.chart');
  }

  private cache: { key: unknown[]; vm: ViewModel } | undefined;

  // -------------------------------------------------------------------------------------
  // Lifecycle

  protected modelOptions(): MoodOptions {
    return { min: this.min, max: this.max, entriesPerDay: this.entriesPerDay, today: this.todayDate };
  }

  /** The user's today, `YYYY-MM-DD`. */
  private get todayDate(): string {
    return this.today && isCalendarDate(this.today) ? this.today : localToday();
  }

  override connectedCallback(): void {
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.workbook?.withdraw(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if ((changed.has('min') || changed.has('max')) && !(this.min < this.max)) {
      this.reportError(
        'invalid-attribute',
        `min="${this.min}" and max="${this.max}" are not valid: max must be greater than min. Using 0 and 10.`,
      );
      this.min = 0;
      this.max = 10;
    }
    if (
      (changed.has('alertBelow') || changed.has('min') || changed.has('max')) &&
      this.alertBelow !== undefined &&
      this.alertBelow !== null &&
      !(this.alertBelow >= this.min && this.alertBelow < this.max)
    ) {
      this.reportError(
        'invalid-attribute',
        `alert-below="${this.alertBelow}" is not valid: expected a whole number from min (${this.min}) to below max (${this.max}). No low-mood alert.`,
      );
      this.alertBelow = undefined;
    }
    if (!this.selectedDate) this.selectedDate = this.todayDate;
    if (changed.has('range')) this.tableShown = TABLE_PAGE;
  }

  /** The low-mood rule, when the host opted in. */
  private get lowMoodRule(): LowMoodRule | undefined {
    const below = this.alertBelow;
    return below === undefined || below === null || !Number.isFinite(below) ? undefined : { below, days: this.alertDays };
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // The patterns with people render with the rest, after the chart's first frame: their
    // code comes then too, so the first frame does not wait for it (a failed load leaves them out).
    // The forms and the table come the same way: the controls that open them render with
    // the rest, so they are in before anyone can use them.
    this.whenComplete = afterPaint()
      .then(() =>
        Promise.all([
          import('./insight-view.js').then(
            (module) => (this.insightModule = module),
            () => undefined,
          ),
          this.eventFormCode.prefetch(),
          this.onsetFormCode.prefetch(),
          this.tableCode.prefetch(),
        ]),
      )
      .then(() => {
        this.complete = true;
      });
  }

  /**
   * The table is what the first frame shows in the table view (and what a print shows): its
   * code is fetched before that frame rather than after it, so the frame is never empty.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if ((this.view === 'table' || this.printMode.printing) && !this.tableCode.module) {
      return this.tableCode.prefetch().then(() => super.scheduleUpdate());
    }
    return super.scheduleUpdate();
  }

  /** `updateComplete` resolves once the whole element is rendered, not only its first frame. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (!this.whenComplete || this.complete) return result;
    await this.whenComplete;
    // the render that brings the rest in
    return super.getUpdateComplete();
  }

  protected override stateChanged(): void {
    this.publish();
    // a message about the check-in form's last try is stale once the timeline changed since
    this.checkinError = '';
    // the day in the check-in form may have gained or lost its entry elsewhere
    if (!this.eventDraft && this.draftMood === undefined) this.loadDraft(this.selectedDate || this.todayDate);
  }

  protected override workbookChanged(): void {
    super.workbookChanged();
    this.publish();
  }

  /** Shares the events with the workbook, so the problem-area picker can suggest from them. */
  private publish(): void {
    if (!this.workbook || !this.loaded) return;
    const lifeEvents: WorkbookLifeEvent[] = this.data.events.map((e) => ({
      id: e.id,
      date: e.date,
      title: e.title,
      kind: e.kind,
      ...(e.impact !== undefined ? { impact: e.impact } : {}),
      ...(e.personIds ? { personIds: [...e.personIds] } : {}),
    }));
    this.workbook.publish(this, { lifeEvents, onset: this.data.onset ?? undefined, moods: moodWeeks(this.data.entries, this.min, this.max) });
  }

  /**
   * The scores other elements share through the workbook (completed symptom checks), read
   * live and never copied into this state. Anything malformed, in the future or already in
   * this state (same id) is left out.
   */
  private sharedMeasures(): ShownMeasure[] {
    const shared = this.workbook?.measures;
    if (!shared?.length) return [];
    const own = new Set(this.data.measures.map((m) => m.id));
    const today = this.todayDate;
    const out: ShownMeasure[] = [];
    for (const m of shared as readonly WorkbookMeasure[]) {
      if (!m || typeof m.id !== 'string' || own.has(m.id) || !isRealDate(m.date) || m.date > today) continue;
      if (typeof m.instrument !== 'string' || typeof m.score !== 'number' || !Number.isFinite(m.score)) continue;
      const instrument = canonicalInstrument(m.instrument);
      const range = INSTRUMENTS[instrument];
      if (range && (m.score < range.min || m.score > range.max)) continue;
      out.push({ id: m.id, date: m.date, instrument, score: m.score, shared: String(m.source ?? '') });
    }
    return out;
  }

  // -------------------------------------------------------------------------------------
  // Derived data

  private get vm(): ViewModel {
    const data = this.data;
    const today = this.todayDate;
    const key = [data, this.range, today, this.entriesPerDay, this.workbook?.measures, this.insightModule];
    if (this.cache && this.cache.key.every((k, i) => k === key[i])) return this.cache.vm;
    const shared = this.sharedMeasures();
    const allMeasures: ShownMeasure[] = shared.length ? [...data.measures, ...shared] : data.measures;
    const window = rangeWindow(this.range, today, shared.length ? { ...data, measures: allMeasures } : data);
    // "all" holds every record by definition: no need to filter
    const within = <T extends { date: string }>(items: T[]) => (this.range === 'all' ? items : inWindow(items, window));
    const entries = within(data.entries);
    // events still to come are listed apart ("coming up"), never beside recorded moods
    const events = inWindow(data.events, this.range === 'all' ? { from: window.from, to: today } : window);
    const measures = within(allMeasures).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const entriesPerDay = this.entriesPerDay;
    let days: DayPoint[] | undefined;
    let entriesAreDays: boolean | undefined;
    let rows: Map<string, DayRow> | undefined;
    let rowDates: string[] | undefined;
    let weeks: WeekPoint[] | undefined;
    let insights: PersonInsight[] | undefined;
    const insightModule = this.insightModule;
    // what only some views need is worked out when first asked for: the first frame of ten
    // years draws its line straight from the entries (see renderDrawing)
    const vm: ViewModel = {
      window,
      entries,
      entryCount: entries.length,
      fromDay: dayNumber(window.from),
      toDay: dayNumber(window.to),
      get days() {
        return (days ??= dailyMoods(entries, entriesPerDay));
      },
      get oneADay() {
        return (entriesAreDays ??= oneADay(entries));
      },
      get rows() {
        const source = shared.length ? { ...data, measures: allMeasures } : data;
        return (rows ??= new Map(dayRows(source, window, entriesPerDay, this.days).map((r) => [r.date, r])));
      },
      get rowDates() {
        return (rowDates ??= [...this.rows.keys()]);
      },
      get weeks() {
        return (weeks ??= weeklyAverages(this.days));
      },
      events,
      measures,
      lanes: Object.keys(SCORE_SCALES).filter((name) => measures.some((m) => m.instrument === name)),
      get insights() {
        return (insights ??= insightModule ? insightModule.personInsights(this.oneADay ? entries : this.days, events) : []);
      },
    };
    this.cache = { key, vm };
    return vm;
  }

  /** A person's name: looked up live in the workbook's circle, so a rename shows at once. */
  private personName(id: string): string {
    return this.workbookPersonName(id) ?? this.t('mood.person.unknown');
  }

  private peopleOf(e: LifeEvent): string[] {
    return [...(e.personIds ?? []).map((id) => this.personName(id)), ...(e.personNames ?? [])];
  }

  private num(value: number, signed = false): string {
    return formatNumber(value, this.locale, { signed });
  }

  private impactText(impact: number): string {
    return `${this.num(impact, true)} (${this.t(impactKey(impact))})`;
  }

  /** "event: argument with Ana, -3": the words of announcements and tooltips. */
  private eventSummary(e: LifeEvent): string {
    const people = this.peopleOf(e);
    const params = {
      title: e.title,
      people: formatList(people, this.locale),
      impact: e.impact === undefined ? '' : this.num(e.impact, true),
    };
    const key =
      e.impact === undefined
        ? people.length
          ? 'mood.day.eventWithNoImpact'
          : 'mood.day.eventNoImpact'
        : people.length
          ? 'mood.day.eventWith'
          : 'mood.day.event';
    return this.t(key, params);
  }

  private moodText(row: DayRow | undefined): string {
    if (!row || row.mood === undefined) return this.t('mood.day.noMood');
    const params = { mood: this.num(row.mood), max: this.num(this.max), count: row.entries.length };
    return row.entries.length > 1 ? this.t('mood.day.moods', params) : this.t('mood.day.mood', params);
  }

  /** "PHQ-9: 14 of 27, moderate symptoms (past two weeks)": a score with its meaning. */
  private measureText(m: Measure): string {
    const band = scoreBand(m.instrument, m.score);
    return band
      ? this.t('mood.day.measure', {
          instrument: m.instrument,
          score: this.num(m.score),
          max: this.num(SCORE_SCALES[m.instrument].max),
          band: this.t(`mood.band.${band}`),
        })
      : this.t('mood.day.measurePlain', { instrument: m.instrument, score: this.num(m.score) });
  }

  /** "Tuesday 3 March: mood 4 of 10; event: argument with Ana, -3". */
  private dayAnnouncement(date: string): string {
    const row = this.vm.rows.get(date);
    const parts = [this.moodText(row)];
    for (const e of row?.events ?? []) parts.push(this.eventSummary(e));
    for (const m of row?.measures ?? []) parts.push(this.measureText(m));
    return `${formatDayLong(date, this.locale, this.todayDate)}: ${parts.join('; ')}`;
  }

  // -------------------------------------------------------------------------------------
  // Changes

  private apply(result: OpResult): void {
    this.commit(result.state, { ...result.change });
  }

  private loadDraft(date: string, entry?: Entry): void {
    const existing =
      entry ?? (this.entriesPerDay === 'one' ? dayEntry(this.data.entries, date) : undefined);
    this.selectedDate = date;
    this.editingEntryId = existing?.id;
    this.draftMood = existing?.mood;
    this.draftNote = existing?.note ?? '';
  }

  private onDateInput(e: Event): void {
    const value = (e.target as HTMLInputElement).value;
    this.checkinError = '';
    if (!isCalendarDate(value)) return;
    if (value > this.todayDate) {
      this.checkinError = this.t('mood.checkin.future');
      return;
    }
    this.loadDraft(value);
  }

  private onRating(e: Event): void {
    this.draftMood = Number((e.target as HTMLInputElement).value);
    this.checkinError = '';
  }

  private saveCheckIn(e: Event): void {
    e.preventDefault();
    if (this.isReadonly) return;
    if (this.draftMood === undefined) {
      this.checkinError = this.t('mood.checkin.pick');
      return;
    }
    const date = this.selectedDate;
    if (date > this.todayDate) {
      this.checkinError = this.t('mood.checkin.future');
      return;
    }
    const note = this.draftNote;
    let result: OpResult;
    try {
      result = this.editingEntryId
        ? updateEntry(this.data, this.editingEntryId, { mood: this.draftMood, note: note.trim() ? note : null, date }, this.modelOptions(), nowIso())
        : checkIn(this.data, { date, mood: this.draftMood, note }, this.modelOptions(), nowIso());
    } catch (error) {
      // only reachable when the entry changed under the form (another tab removed it)
      console.warn(`[ipt-widgets] <ipt-mood-timeline> check-in not saved: ${(error as Error).message}`);
      this.checkinError = this.t('mood.checkin.failed');
      this.loadDraft(date);
      return;
    }
    this.applyCheckIn(result, date);
    this.status = this.t('mood.checkin.saved', {
      mood: this.num(this.draftMood),
      max: this.num(this.max),
      date: formatDayLong(date, this.locale, this.todayDate),
    });
    this.undoOffer.withdraw();
    this.focusDate = date;
    if (this.entriesPerDay === 'many') {
      this.editingEntryId = undefined;
      this.draftMood = undefined;
      this.draftNote = '';
    } else {
      this.editingEntryId = result.change.id;
    }
  }

  /**
   * Saves a check-in and, with `alert-below`, looks at the run of low days it belongs to:
   * a run long enough opens the crisis content with a supportive line, and one not yet
   * reported is kept as reported in the same change and emitted as `ipt-risk` here, the one
   * instance where the person checked in.
   */
  private applyCheckIn(result: OpResult, date: string): void {
    const rule = this.lowMoodRule;
    const run = rule ? lowRunAt(result.state.entries, date, rule, this.entriesPerDay) : undefined;
    if (!rule || !isAlertRun(run, rule, this.todayDate)) {
      this.lowRunLead = '';
      this.apply(result);
      return;
    }
    const report = !wasReported(result.state, run);
    this.commit(report ? markReported(result.state, run) : result.state, { ...result.change });
    this.lowRunLead = this.t('mood.lowRun.lead', { count: run.days });
    if (report) this.emitRisk('low-mood', run.lowest);
  }

  private editEntry(entry: Entry): void {
    this.loadDraft(entry.date, entry);
    void this.updateComplete.then(() => {
      const checked = this.renderRoot.querySelector<HTMLInputElement>('.rating input:checked, .slider');
      (checked ?? this.renderRoot.querySelector<HTMLInputElement>('.rating input'))?.focus();
    });
  }

  private removeItem(what: Removed): void {
    if (this.isReadonly) return;
    const result =
      what.kind === 'entry'
        ? removeEntry(this.data, what.item.id)
        : what.kind === 'event'
          ? removeEvent(this.data, what.item.id)
          : removeMeasure(this.data, what.item.id);
    this.apply(result);
    this.undoOffer.offer(what);
    const day = formatDayLong(what.item.date, this.locale, this.todayDate);
    this.status =
      what.kind === 'event'
        ? this.t('mood.event.removed', { title: what.item.title })
        : this.t(what.kind === 'entry' ? 'mood.entry.removed' : 'mood.measure.removed', { date: day });
    if (what.kind === 'entry' && what.item.id === this.editingEntryId) this.loadDraft(this.selectedDate);
    // the pressed button is gone with its item: keep the focus nearby, on Undo
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.undo')?.focus());
  }

  private undo(): void {
    if (this.isReadonly) return;
    const what = this.undoOffer.take();
    if (!what) return;
    const key = what.kind === 'entry' ? 'entries' : what.kind === 'event' ? 'events' : 'measures';
    const list = this.data[key] as { id: string }[];
    if (list.some((i) => i.id === what.item.id)) return;
    this.commit({ ...this.data, [key]: [...list, what.item] }, { type: `${what.kind}-add`, id: what.item.id });
    this.status = '';
  }

  private openEventForm(event?: LifeEvent): void {
    if (!this.eventFormCode.module) {
      // asked for before its code is in (or after a failed fetch): it opens once it is
      void this.eventFormCode.load().then((code) => code && this.openEventForm(event));
      return;
    }
    this.eventError = '';
    this.eventDraft = this.eventFormCode.module.draftOf(event, this.focusDate ?? this.todayDate);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#event-title')?.focus());
  }

  private closeEventForm(): void {
    this.eventDraft = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add-event')?.focus());
  }

  private patchDraft(patch: Partial<EventDraft>): void {
    if (this.eventDraft) this.eventDraft = { ...this.eventDraft, ...patch };
    // "What happened" is filled in: the message that it was missing no longer applies
    if (patch.title?.trim()) this.eventError = '';
  }

  private saveEvent(e: Event): void {
    e.preventDefault();
    const d = this.eventDraft;
    // the form, and so its code, is there whenever a draft is saved
    const code = this.eventFormCode.module;
    if (!d || !code || this.isReadonly) return;
    if (!d.title.trim()) {
      this.eventError = this.t('mood.event.titleMissing');
      this.renderRoot.querySelector<HTMLInputElement>('#event-title')?.focus();
      return;
    }
    try {
      const result = code.saveDraft(this.data, d, nowIso());
      this.apply(result);
      this.status = this.t('mood.event.saved', { title: d.title.trim() });
      this.undoOffer.withdraw();
      this.focusDate = d.date;
      this.closeEventForm();
    } catch (error) {
      console.warn(`[ipt-widgets] <ipt-mood-timeline> event not saved: ${(error as Error).message}`);
      this.eventError = this.t('mood.event.failed');
    }
  }

  // -------------------------------------------------------------------------------------
  // Chart interaction

  private clampDate(date: string): string {
    const { from, to } = this.vm.window;
    return date < from ? from : date > to ? to : date;
  }

  private defaultFocus(): string {
    const today = this.todayDate;
    const dates = this.vm.rowDates;
    for (let i = dates.length - 1; i >= 0; i--) if (dates[i] <= today) return dates[i];
    return this.clampDate(today);
  }

  private moveFocus(date: string): void {
    const next = this.clampDate(date);
    this.focusDate = next;
    this.announcer.say(this.dayAnnouncement(next));
  }

  private onPlotFocus(): void {
    this.plotFocused = true;
    if (!this.focusDate || this.clampDate(this.focusDate) !== this.focusDate) this.focusDate = this.defaultFocus();
    this.announcer.say(this.dayAnnouncement(this.focusDate));
  }

  private onPlotKey(e: KeyboardEvent): void {
    const current = this.focusDate ?? this.defaultFocus();
    const rowDates = () => this.vm.rowDates;
    let next: string | undefined;
    switch (e.key) {
      case 'ArrowLeft':
        next = addDays(current, -1);
        break;
      case 'ArrowRight':
        next = addDays(current, 1);
        break;
      case 'PageUp':
        next = addDays(current, -7);
        break;
      case 'PageDown':
        next = addDays(current, 7);
        break;
      case 'Home':
        next = this.vm.window.from;
        break;
      case 'End':
        next = this.vm.window.to;
        break;
      case 'ArrowUp':
        next = rowDates().filter((d) => d < current).at(-1) ?? current;
        break;
      case 'ArrowDown':
        next = rowDates().find((d) => d > current) ?? current;
        break;
      case 'Escape':
        this.hoverDate = undefined;
        return;
      default:
        return;
    }
    e.preventDefault();
    // the latest way of pointing wins: the tooltip follows the keys, not a mouse left resting on the chart
    this.hoverDate = undefined;
    this.moveFocus(next);
  }

  private dateAt(clientX: number): string | undefined {
    const svgEl = this.chartSvg;
    if (!svgEl) return undefined;
    const rect = svgEl.getBoundingClientRect();
    if (!rect.width) return undefined;
    const vx = ((clientX - rect.left) * this.drawWidth) / rect.width;
    return dayAt(this.vm, this.drawWidth, vx);
  }

  /** Where the pointer last was: WebKit sends a move when the drawing changes under a resting pointer. */
  private pointerAt = '';

  private onPointerMove(e: PointerEvent): void {
    // A pointer that has not moved does not take the cursor back from the keys.
    const at = `${e.clientX},${e.clientY}`;
    if (at === this.pointerAt) return;
    this.pointerAt = at;
    const date = this.dateAt(e.clientX);
    if (date !== this.hoverDate) this.hoverDate = date;
  }

  private onPlotClick(e: MouseEvent): void {
    const date = this.dateAt(e.clientX);
    if (!date) return;
    this.plot?.focus();
    this.moveFocus(date);
  }

  // -------------------------------------------------------------------------------------
  // Methods for hosts: the same changes the forms make, each emitting its ipt-change

  /**
   * Rates a day (today unless `date` is given): with one entry per day, a second rating of
   * the same day updates it. Throws a TypeError naming the field for a bad value. Returns the entry id.
   */
  checkIn(mood: number, options: { date?: string; note?: string } = {}): string {
    const input: EntryInput = { date: options.date ?? this.todayDate, mood, ...(options.note !== undefined ? { note: options.note } : {}) };
    const result = checkIn(this.data, input, this.modelOptions(), nowIso());
    this.applyCheckIn(result, input.date);
    return result.change.id;
  }

  /** Marks the day the low mood started (`YYYY-MM-DD`), or unmarks it with null. Throws a TypeError naming `onset` for a bad day. */
  setOnset(date: string | null): void {
    this.commit(setOnset(this.data, date, this.modelOptions()), { type: date === null ? 'onset-clear' : 'onset-set' });
  }

  /** Adds an interpersonal event; returns its id. Throws a TypeError naming the field for a bad value. */
  addEvent(input: EventInput): string {
    const result = addEvent(this.data, input, nowIso());
    this.apply(result);
    return result.change.id;
  }

  /** Adds a questionnaire score (for example `{ date, instrument: 'PHQ-9', score: 12 }`); returns its id. */
  addMeasure(input: MeasureInput): string {
    const result = addMeasure(this.data, input, this.modelOptions(), nowIso());
    this.apply(result);
    return result.change.id;
  }

  // -------------------------------------------------------------------------------------
  // Export

  /** The whole record as a CSV table (entries, events, measures), safe to open in a spreadsheet. */
  toCSV(): string {
    return toCsv(this.data, { personName: (id) => this.personName(id), bom: true });
  }

  /** The chart as a standalone SVG document, its colours written into the drawing. */
  toSVG(): string {
    const source = this.chartSvg;
    if (!source) return '';
    const copy = source.cloneNode(true) as SVGSVGElement;
    copy.querySelectorAll('.cursor').forEach((n) => n.remove());
    const originals = [source, ...source.querySelectorAll('*')].filter((n) => !n.closest('.cursor'));
    const copies = [copy, ...copy.querySelectorAll('*')];
    const props = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-size', 'font-family', 'font-weight'];
    copies.forEach((node, i) => {
      const cs = getComputedStyle(originals[i]);
      for (const p of props) {
        const v = cs.getPropertyValue(p);
        if (v) node.setAttribute(p, v);
      }
      node.removeAttribute('class');
    });
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.setAttribute('width', String(this.drawWidth));
    copy.setAttribute('height', String(drawHeight(this.vm)));
    return new XMLSerializer().serializeToString(copy);
  }

  private download(format: 'csv' | 'json' | 'svg'): void {
    const [body, type] =
      format === 'csv'
        ? [this.toCSV(), 'text/csv;charset=utf-8']
        : format === 'json'
          ? [JSON.stringify(this.state, null, 2), 'application/json']
          : [this.toSVG(), 'image/svg+xml'];
    downloadFile(this, `mood-timeline-${this.todayDate}.${format}`, body, type);
  }

  // -------------------------------------------------------------------------------------
  // Rendering


  protected override render(): TemplateResult {
    const vm = this.vm;
    const chartView = this.view === 'chart';
    // The first frame holds what the person came to see: the chart (or the table) of the
    // whole period. Everything below it (legend, controls, forms, patterns) follows once
    // that frame is painted, so nothing the first frame drew moves.
    return html`<div
      class="base"
      part="base"
      role=${ifDefined(this.hasTopHeading ? undefined : 'region')}
      aria-label=${ifDefined(this.hasTopHeading ? undefined : this.t('mood.title'))}
    >
      ${this.heading(0, html`<slot name="heading">${this.t('mood.title')}</slot>`, { part: 'title' })}
      ${this.savingNotice()}
      ${this.renderSummary(vm)}
      <div class="chart-view" ?hidden=${!chartView}>
        ${this.renderChart(vm)}
        ${this.complete ? this.renderLegend(vm) : nothing}
      </div>
      ${!chartView || this.printMode.printing
        ? html`<div class="table-view">${guard([vm, this.locale, this.isReadonly, this.workbook, this.tableShown, this.printMode.printing, this.tableCode.module], () =>
            this.renderTable(vm),
          )}</div>`
        : nothing}
      ${this.complete ? this.renderAround(vm) : nothing}
      ${this.complete ? this.announcer.render() : nothing}
    </div>`;
  }

  /** Everything around the chart: its controls, the chosen day, the forms, the patterns, the downloads. */
  private renderAround(vm: ViewModel): TemplateResult {
    return html`<div class="controls" part="controls">
        <label
          >${this.t('mood.range.label')}
          <select @change=${(e: Event) => this.setRange((e.target as HTMLSelectElement).value as Range)}>
            ${RANGES.map((r) => html`<option value=${r} ?selected=${r === this.range}>${this.t(`mood.range.${r}`)}</option>`)}
          </select></label
        >
        <label
          ><input
            type="checkbox"
            .checked=${live(this.weeklyAverage)}
            @change=${(e: Event) => (this.weeklyAverage = (e.target as HTMLInputElement).checked)}
          />${this.t('mood.weekly.toggle')}</label
        >
        <button type="button" class="view-toggle" @click=${() => (this.view = this.view === 'chart' ? 'table' : 'chart')}>
          ${this.view === 'chart' ? this.t('mood.view.table') : this.t('mood.view.chart')}
        </button>
      </div>
      ${this.view === 'chart' ? this.renderDay(vm) : nothing} ${this.view === 'chart' ? this.renderNotes(vm) : nothing}
      <div>
        ${this.isReadonly ? nothing : this.renderCheckIn()}
        <!-- what just happened, next to where it is done; Undo after a removal -->
        <div class="status actions" role="status">
          ${this.status ? html`<span>${this.status}</span>` : nothing}
          ${this.undoOffer.item && !this.isReadonly ? html`<button type="button" class="undo" @click=${this.undo}>${this.t('mood.undo')}</button>` : nothing}
        </div>
        ${this.lowRunLead && !this.isReadonly ? html`<div class="low-run">${this.crisis.panel({ lead: this.lowRunLead })}</div>` : nothing}
      </div>
      ${this.renderUpcoming()} ${this.isReadonly ? nothing : this.renderEventSection()} ${this.renderOnset()} ${this.renderInsight(vm)}
      <div class="export actions" part="export">
        <button type="button" @click=${() => this.download('csv')}>${this.t('mood.export.csv')}</button>
        <button type="button" @click=${() => this.download('json')}>${this.t('mood.export.json')}</button>
        <button type="button" @click=${() => this.download('svg')}>${this.t('mood.export.svg')}</button>
        <button type="button" @click=${() => void this.printMode.print()}>${this.t('mood.export.print')}</button>
      </div>`;
  }

  private setRange(range: Range): void {
    if (!(RANGES as readonly string[]).includes(range)) return;
    this.range = range;
    this.hoverDate = undefined;
  }

  /** How much the period holds, or a kind word when there is nothing yet. */
  private renderSummary(vm: ViewModel): TemplateResult {
    const data = this.data;
    if (!vm.entryCount && !vm.events.length && !vm.measures.length) {
      const none = !data.entries.length && !data.events.length && !data.measures.length;
      return html`<p class="muted summary">${none ? this.t('mood.empty') : this.t('mood.chart.empty')}</p>`;
    }
    const entries = vm.entryCount;
    return html`<p class="muted summary">
      ${this.t('mood.count.entries', { count: entries })}, ${this.t('mood.count.events', { count: vm.events.length })}
    </p>`;
  }

  private renderCheckIn(): TemplateResult {
    const today = this.todayDate;
    const past = this.selectedDate !== today;
    const dateText = formatDayLong(this.selectedDate, this.locale, today);
    const minLabel = this.minLabel || this.t('mood.checkin.minLabel');
    const maxLabel = this.maxLabel || this.t('mood.checkin.maxLabel');
    const steps = this.max - this.min + 1;
    const values = steps <= 11 ? Array.from({ length: steps }, (_, i) => this.min + i) : undefined;
    return html`<form class="checkin" part="checkin" @submit=${this.saveCheckIn} @focusout=${this.onCheckInLeft}>
      <fieldset aria-describedby="scale-ends">
        <legend>${past ? this.t('mood.checkin.headingPast', { date: dateText }) : this.t('mood.checkin.heading')}</legend>
        <div class="field">
          <label for="checkin-date">${this.t('mood.checkin.day')}</label>
          <input id="checkin-date" type="date" max=${today} .value=${live(this.selectedDate)} @change=${this.onDateInput} />
        </div>
        ${values
          ? // one listener for the whole row: the change of a radio bubbles to it
            html`<div
              class="rating"
              part="rating"
              role="radiogroup"
              aria-label=${this.t('mood.checkin.scale', { min: this.num(this.min), max: this.num(this.max), minLabel, maxLabel })}
              @change=${this.onRating}
            >
              ${values.map(
                (v) => html`<input
                    type="radio"
                    name="mood"
                    id=${`mood-${v}`}
                    .value=${String(v)}
                    .checked=${live(this.draftMood === v)}
                  /><label for=${`mood-${v}`}>${this.num(v)}</label>`,
              )}
            </div>`
          : html`<input
              class="slider"
              part="rating"
              type="range"
              min=${this.min}
              max=${this.max}
              step="1"
              .value=${live(String(this.draftMood ?? Math.round((this.min + this.max) / 2)))}
              aria-label=${this.t('mood.checkin.scale', { min: this.num(this.min), max: this.num(this.max), minLabel, maxLabel })}
              aria-valuetext=${this.draftMood === undefined ? '' : this.t('mood.checkin.value', { mood: this.num(this.draftMood), max: this.num(this.max) })}
              @input=${this.onRating}
            />`}
        <div class="ends" id="scale-ends">
          <span><slot name="min-label">${minLabel}</slot></span><span><slot name="max-label">${maxLabel}</slot></span>
        </div>
        <div class="field">
          <label for="checkin-note">${past ? this.t('mood.checkin.notePast') : this.t('mood.checkin.note')}</label>
          <textarea id="checkin-note" .value=${live(this.draftNote)} @input=${(e: Event) => (this.draftNote = (e.target as HTMLTextAreaElement).value)}></textarea>
        </div>
        ${this.checkinError ? html`<p class="error" role="alert">${this.checkinError}</p>` : nothing}
        <div class="actions">
          <button type="submit" class="primary save">${this.editingEntryId ? this.t('mood.checkin.update') : this.t('mood.checkin.save')}</button>
          ${past
            ? html`<button type="button" class="to-today" @click=${() => this.loadDraft(today)}>${this.t('mood.checkin.today')}</button>`
            : nothing}
        </div>
      </fieldset>
    </form>
    ${this.crisis.link()}`;
  }

  private renderChart(vm: ViewModel): TemplateResult {
    const label = this.t('mood.chart.label', {
      from: formatDate(vm.window.from, this.locale, 'dayShort'),
      to: formatDate(vm.window.to, this.locale, 'dayShort'),
    });
    const cursorDate = this.hoverDate ?? (this.plotFocused ? this.focusDate : undefined);
    return html`<div
        class="plot"
        part="chart"
        tabindex="0"
        role="application"
        aria-label=${label}
        @focus=${this.onPlotFocus}
        @blur=${() => (this.plotFocused = false)}
        @keydown=${this.onPlotKey}
        @pointermove=${this.onPointerMove}
        @pointerleave=${() => (this.hoverDate = undefined)}
        @click=${this.onPlotClick}
      >
        <div class="ruler"></div>
        <svg class="chart" viewBox="0 0 ${this.drawWidth} ${drawHeight(vm)}" aria-hidden="true" focusable="false">
          ${guard([vm, this.min, this.max, this.weeklyAverage, this.locale, this.drawWidth, this.data.onset], () => renderDrawing(this.chartView(), vm))}
          <g class="cursor">${cursorDate ? renderCursor(this.chartView(), vm, cursorDate) : nothing}</g>
        </svg>
        ${this.renderPlotNote(vm)}
      </div>`;
  }

  /**
   * With no rated day or one in view, a line in the plot says what will appear there, so a
   * near-empty frame reads as a start, not a fault. It sits in the half of the plot away from
   * the one dot. (The summary above says the same to a screen reader.)
   */
  private renderPlotNote(vm: ViewModel) {
    if (vm.days.length > 1) return nothing;
    const one = vm.days[0];
    const high = one !== undefined && one.mood >= (this.min + this.max) / 2;
    // where the mood plot lies in the drawing (score lanes below make the drawing taller)
    const at = (y: number) => `${((100 * y) / drawHeight(vm)).toFixed(2)}%`;
    return html`<p
      class="plot-note ${one === undefined ? 'none' : high ? 'low' : 'high'}"
      aria-hidden="true"
      ${cssVars({ '--_plot-top': at(TOP), '--_plot-mid': at((TOP + PLOT_BOTTOM) / 2), '--_plot-bottom': at(PLOT_BOTTOM) })}
    >
      ${this.t(one === undefined ? 'mood.chart.none' : 'mood.chart.one')}
    </p>`;
  }

  /** What the drawing reads from the element. */
  private chartView(): ChartView {
    return {
      ...this.dayWords(),
      min: this.min,
      max: this.max,
      width: this.drawWidth,
      weeklyAverage: this.weeklyAverage,
      onset: this.data.onset,
    };
  }

  /** The words of a day, for the drawing, the table and the announcements. */
  private dayWords(): DayWords {
    return {
      t: (k, p) => this.t(k, p),
      locale: this.locale,
      num: (value, signed) => this.num(value, signed),
      moodText: (row) => this.moodText(row),
      eventSummary: (e) => this.eventSummary(e),
      measureText: (m) => this.measureText(m),
    };
  }

  private renderLegend(vm: ViewModel): TemplateResult {
    return html`<ul class="legend">
      <li><span class="swatch line"></span>${this.t('mood.legend.mood')}</li>
      ${this.weeklyAverage ? html`<li><span class="swatch weekly"></span>${this.t('mood.weekly.legend')}</li>` : nothing}
      <li><span class="swatch dot up"></span>${this.t('mood.legend.eventUp')}</li>
      <li><span class="swatch dot down"></span>${this.t('mood.legend.eventDown')}</li>
      ${this.data.onset && this.data.onset >= vm.window.from && this.data.onset <= vm.window.to
        ? html`<li><span class="swatch onset"></span>${this.t('mood.onset.legend')}</li>`
        : nothing}
    </ul>
    ${vm.lanes.length
      ? html`<div class="score-keys">
          ${vm.lanes.map((name) => this.renderScoreKey(name))}
          <p class="muted">${this.t('mood.measure.meaning')}</p>
        </div>`
      : nothing}`;
  }

  /** The key of a questionnaire's lane: what the line is, and each band's range and meaning. */
  private renderScoreKey(name: string): TemplateResult {
    const scale = SCORE_SCALES[name];
    return html`<div class="score-key" part="score-key" data-instrument=${name}>
      <p class="score-key-title"><span class="swatch measure"></span>${this.t('mood.measure.legend', { instrument: name, max: this.num(scale.max) })}</p>
      <ul aria-label=${this.t('mood.measure.key', { instrument: name })}>
        ${scale.bands.map(
          (b, i) => html`<li data-band=${b.band}>
            <span class="swatch band-swatch band-${i}"></span>${this.t('mood.measure.keyItem', {
              from: this.num(b.from),
              to: this.num(b.to),
              band: this.t(`mood.band.${b.band}`),
            })}
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderDay(vm: ViewModel): TemplateResult | typeof nothing {
    const date = this.focusDate;
    if (!date || date < vm.window.from || date > vm.window.to) return nothing;
    const row = vm.rows.get(date);
    const ro = this.isReadonly;
    return html`<section class="day" part="day" aria-label=${formatDayLong(date, this.locale, this.todayDate)}>
      ${this.heading(1, formatDayLong(date, this.locale, this.todayDate))}
      ${row?.entries.length === 1 ? nothing : html`<p>${this.moodText(row)}</p>`}
      ${row?.entries.length
        ? html`<ul>
            ${row.entries.map(
              (e) => html`<li>
                ${this.t('mood.checkin.value', { mood: this.num(e.mood), max: this.num(this.max) })}
                ${e.note ? html`<span class="note">— ${e.note}</span>` : nothing}
                ${ro
                  ? nothing
                  : html`<span class="actions">
                      <button type="button" class="edit-entry" @click=${() => this.editEntry(e)}>${this.t('mood.entry.edit')}</button>
                      <button type="button" class="remove-entry" @click=${() => this.removeItem({ kind: 'entry', item: e })}>
                        ${this.t('mood.entry.remove')}
                      </button>
                    </span>`}
              </li>`,
            )}
          </ul>`
        : ro || date > this.todayDate
          ? nothing
          : html`<button type="button" class="edit-entry" @click=${() => this.loadDraft(date)}>${this.t('mood.checkin.another')}</button>`}
      ${row?.events.length ? this.renderEventList(row.events) : nothing}
      ${row?.measures.length
        ? html`<ul class="measure-list">
            ${row.measures.map(
              (m) => html`<li>
                ${this.measureText(m)}
                ${(m as ShownMeasure).shared !== undefined ? html`<span class="muted">(${this.t('mood.measure.shared')})</span>` : nothing}
                ${ro || (m as ShownMeasure).shared !== undefined
                  ? nothing
                  : html`<button type="button" class="remove-measure" @click=${() => this.removeItem({ kind: 'measure', item: m })}>
                      ${this.t('mood.entry.remove')}
                    </button>`}
              </li>`,
            )}
          </ul>`
        : nothing}
    </section>`;
  }

  /** The period's check-in notes as text (its code comes with the patterns', after the first frame). */
  private renderNotes(vm: ViewModel): TemplateResult | typeof nothing {
    const code = this.insightModule;
    if (!code) return nothing;
    return code.renderNotes(
      { ...this.dayWords(), heading: (depth, content, attributes) => this.heading(depth, content, attributes), max: this.max, today: this.todayDate },
      vm,
    );
  }

  private renderEventList(events: LifeEvent[]): TemplateResult {
    const ro = this.isReadonly;
    return html`<ul class="event-list">
      ${events.map(
        (e) => html`<li>
          <span class="event-title">${e.title}</span> — ${this.t(`mood.kind.${e.kind}`)}${e.impact !== undefined
            ? `, ${this.impactText(e.impact)}`
            : ''}${this.peopleOf(e).length ? html`, <span class="event-people">${formatList(this.peopleOf(e), this.locale)}</span>` : nothing}
          ${e.note ? html`<div class="note">${e.note}</div>` : nothing}
          ${ro
            ? nothing
            : html`<span class="actions">
                <button type="button" class="edit-event" @click=${() => this.openEventForm(e)}>${this.t('mood.event.edit')}</button>
                <button type="button" class="remove-event" @click=${() => this.removeItem({ kind: 'event', item: e })}>
                  ${this.t('mood.event.remove')}
                </button>
              </span>`}
        </li>`,
      )}
    </ul>`;
  }

  private renderTable(vm: ViewModel): TemplateResult | typeof nothing {
    const code = this.tableCode.module;
    if (!code) return nothing;
    return code.renderTable(
      {
        ...this.dayWords(),
        printing: this.printMode.printing,
        shown: this.tableShown,
        page: TABLE_PAGE,
        eventList: (events) => this.renderEventList(events),
      },
      vm,
      { showOlder: this.showOlder },
    );
  }

  private readonly showOlder = async () => {
    const first = this.tableShown;
    this.tableShown = first + TABLE_PAGE;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.table-view tbody th[scope="row"]')[first]?.focus();
  };

  private renderEventSection(): TemplateResult {
    const d = this.eventDraft;
    const code = this.eventFormCode.module;
    if (!d || !code) {
      return html`<div><button type="button" class="add-event" @click=${() => this.openEventForm()}>${this.t('mood.event.add')}</button></div>`;
    }
    return code.renderEventForm(
      { t: (k, p) => this.t(k, p), impactText: (i) => this.impactText(i), people: this.workbook?.people ?? [], error: this.eventError },
      d,
      { save: (e) => this.saveEvent(e), cancel: () => this.closeEventForm(), patch: (patch) => this.patchDraft(patch), left: this.onEventFormLeft },
    );
  }

  /** Events dated after today (an anniversary, a planned move): listed as coming up, soonest first. */
  /** Events still to come (their code comes with the patterns', after the first frame). */
  private renderUpcoming(): TemplateResult | typeof nothing {
    const code = this.insightModule;
    if (!code) return nothing;
    return code.renderUpcoming(
      {
        t: (k, p) => this.t(k, p),
        locale: this.locale,
        today: this.todayDate,
        heading: (depth, content, attributes) => this.heading(depth, content, attributes),
        eventList: (events) => this.renderEventList(events),
      },
      this.data.events,
    );
  }

  /** "When my low mood started": one day, shown, changed or removed; published to the workbook as `onset`. */
  private renderOnset(): TemplateResult | typeof nothing {
    const code = this.onsetFormCode.module;
    if (!code) return nothing;
    return code.renderOnset(
      {
        t: (k, p) => this.t(k, p),
        heading: (depth, content, attributes) => this.heading(depth, content, attributes),
        locale: this.locale,
        readonly: this.isReadonly,
        onset: this.data.onset,
        today: this.todayDate,
        draft: this.onsetDraft,
        error: this.onsetError,
      },
      {
        save: (e) => this.saveOnset(e),
        clear: () => this.clearOnset(),
        draft: (value) => {
          this.onsetDraft = value;
          this.onsetError = '';
        },
      },
    );
  }

  private saveOnset(e: Event): void {
    e.preventDefault();
    if (this.isReadonly) return;
    const date = this.onsetDraft || this.data.onset || '';
    if (!isCalendarDate(date) || date > this.todayDate) {
      this.onsetError = this.t('mood.onset.future');
      return;
    }
    this.setOnset(date);
    this.onsetDraft = '';
    this.status = this.t('mood.onset.saved', { date: formatDayLong(date, this.locale, this.todayDate) });
    this.undoOffer.withdraw();
  }

  private clearOnset(): void {
    if (this.isReadonly) return;
    this.setOnset(null);
    this.onsetDraft = '';
    this.status = this.t('mood.onset.cleared');
    this.undoOffer.withdraw();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#onset-date')?.focus());
  }

  private renderInsight(vm: ViewModel): TemplateResult | typeof nothing {
    const code = this.insightModule;
    if (!code) return nothing;
    return code.renderInsight(
      {
        ...this.dayWords(),
        heading: (depth, content, attributes) => this.heading(depth, content, attributes),
        readonly: this.isReadonly,
        people: this.workbook?.people ?? [],
        personName: (id) => this.personName(id),
      },
      vm.insights,
    );
  }
}

/** The first and the latest week of check-ins (seven days from the first, seven up to the last), for the workbook. */
function moodWeeks(entries: readonly Entry[], min: number, max: number): WorkbookMoods | undefined {
  if (entries.length === 0) return undefined;
  const dates = entries.map((e) => e.date).sort();
  const week = (from: string, to: string): WorkbookMoodWeek => {
    const moods = entries.filter((e) => e.date >= from && e.date <= to).map((e) => e.mood);
    const days = dates.filter((d) => d >= from && d <= to);
    return { from: days[0], to: days[days.length - 1], average: moods.reduce((a, b) => a + b, 0) / moods.length };
  };
  const first = dates[0];
  const last = dates[dates.length - 1];
  return { min, max, first: week(first, addDays(first, 6)), latest: week(addDays(last, -6), last) };
}

defineElement('ipt-mood-timeline', IptMoodTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-mood-timeline': IptMoodTimeline;
  }
}
