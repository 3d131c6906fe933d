import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { downloadFile } from '../core/export.js';
import { PersistentElement } from '../core/persistent-element.js';
import { IptElement } from '../core/ipt-element.js';
import { oneOf, wholeNumber, type AttributeRule } from '../core/attributes.js';
import { defineElement } from '../core/define.js';
import { registerStrings } from '../core/i18n.js';
import { baseStyles } from '../core/theme.js';
import { isCalendarDate, localToday } from '../core/validate.js';
import { afterPaint, nowIso } from '../core/time.js';
import type { WorkbookLifeEvent } from '../core/context.js';
import type { StateModel } from '../core/model.js';
import {
  EVENT_KINDS,
  IMPACT_MAX,
  IMPACT_MIN,
  SCALE_LIMIT,
  addEvent,
  addMeasure,
  checkIn,
  dayEntry,
  moodTimelineModel,
  removeEntry,
  removeEvent,
  removeMeasure,
  updateEntry,
  updateEvent,
  type EntriesPerDay,
  type Entry,
  type EntryInput,
  type EventInput,
  type MeasureInput,
  type EventKind,
  type LifeEvent,
  type Measure,
  type MoodOptions,
  type MoodState,
  type OpResult,
  type MoodTimelineChange,
} from './model.js';
import {
  DEFAULT_RANGE,
  PHQ9_BANDS,
  PATH_SCALE,
  PHQ9_MAX,
  RANGES,
  dailyMoods,
  dayRows,
  inWindow,
  eventMark,
  oneADay,
  linear,
  markPaths,
  moodTicks,
  phq9Band,
  rangeWindow,
  timeTicks,
  weeklyAverages,
  runs,
  WEEKLY_MAX_STEP,
  type DateWindow,
  type DayPoint,
  type LinePoint,
  type DayRow,
  type Range,
  type WeekPoint,
} from './chart.js';
import { addDays, dayNumber, fromDayNumber } from './dates.js';
import { INSIGHT_MIN_DAYS, personInsights, type PersonInsight } from './insight.js';
import { toCsv } from './csv.js';
import { formatDate, formatDayLong, formatList, formatNumber, impactKey, strings } from './strings.js';
import { moodTimelineStyles } from './mood-timeline.styles.js';

registerStrings(strings);

export type MoodView = 'chart' | 'table';

/**
 * The drawing's own coordinate system; the SVG scales to its container. On a chart wider
 * than WIDE the drawing is WIDE units wide and grows with it; on a narrower one (a phone)
 * it is as many units wide as the chart is pixels, so its text keeps its size instead of
 * shrinking with the picture.
 */
const WIDE = 720;
/** Narrower than this, the drawing stops following and scales down after all. */
const NARROWEST = 240;
/** Time-axis labels closer than this (in units) are thinned out: every other one, and so on. */
const LABEL_SPACING = 44;
const H = 318;
const TOP = 14;
const PLOT_BOTTOM = 190;
const LANE_CENTER = 244;
const LANE_BOTTOM = 284;
const AXIS_Y = 304;
const IMPACT_STEP = 7;
/** Positions to a tenth of a unit: finer is invisible, and short numbers print faster. */
const round1 = (v: number) => Math.round(v * 10) / 10;
/** The questionnaire line joins scores at most three weeks apart. */
const MEASURE_MAX_STEP = 21;
/** Paths are written in tenths of a unit (see PATH_SCALE) and drawn in groups scaled back. */
const TENTHS = `scale(${1 / PATH_SCALE})`;
/** Below this many rated days in view every day gets a dot; above, the line alone reads better (and draws faster). */
const DOTS_UP_TO = 120;

const dateRule = (attribute: string): AttributeRule<string | undefined> => ({
  attribute,
  fallback: undefined,
  accepts: 'a real date as YYYY-MM-DD',
  isValid: (value) => value === undefined || value === null || isCalendarDate(value),
});

/** Everything the chart, the table and the announcements derive from one state and range. */
interface ViewModel {
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
  phq: Measure[];
  readonly insights: PersonInsight[];
}

interface EventDraft {
  id?: string;
  date: string;
  title: string;
  kind: EventKind;
  impact: number | undefined;
  personIds: string[];
  names: string;
  note: string;
}


type Removed = { kind: 'entry'; item: Entry } | { kind: 'event'; item: LifeEvent } | { kind: 'measure'; item: Measure };

/**
 * Mood over time, linked to the people and events in the client's life: a daily check-in,
 * interpersonal events rated from -4 to +4, a chart with the events on the same time axis,
 * a table that holds everything the chart shows, and the pattern of mood around each person.
 *
 * @tagname ipt-mood-timeline
 * @summary Daily mood check-ins and life events with people, on one chart and in a table.
 *
 * @event ipt-change - After every change. `detail.change.type` is one of `entry-add`, `entry-update`,
 *   `entry-remove`, `event-add`, `event-update`, `event-remove`, `measure-add`, `measure-update`,
 *   `measure-remove`, `replace`, `clear`; `detail.change.id` names the item.
 * @event ipt-ready - Once the saved state is loaded.
 * @event ipt-error - Storage trouble, a repaired saved record (`invalid-state`) or a bad attribute.
 *
 * @slot heading - The heading (default "How you have been feeling").
 * @slot min-label - Words at the low end of the scale (default "Very low"); overrides `min-label`.
 * @slot max-label - Words at the high end of the scale (default "Very good"); overrides `max-label`.
 *
 * @csspart base - The element's whole layout.
 * @csspart title - The heading.
 * @csspart checkin - The check-in form.
 * @csspart rating - The row of numbers to rate the mood.
 * @csspart controls - The range choice and the view toggles.
 * @csspart chart - The focusable chart.
 * @csspart day - The details of the chosen day under the chart.
 * @csspart table - The table view.
 * @csspart event-form - The form for an event.
 * @csspart insight - The patterns with people.
 * @csspart export - The export and print buttons.
 *
 * @cssprop --ipt-color-accent - Mood line, selected rating, primary buttons.
 * @cssprop --ipt-color-support - Markers of good events.
 * @cssprop --ipt-color-conflict - Markers of hard events, error messages.
 * @cssprop --ipt-color-warning - The PHQ-9 line and bands (unless --ipt-mood-measure-color is set).
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
  };

  /** Lowest mood on the scale (a whole number). */
  @property({ type: Number, reflect: true }) min = 0;
  /** Highest mood on the scale (a whole number, above `min`). */
  @property({ type: Number, reflect: true }) max = 10;
  /** Words at the low end of the scale; default "Very low". */
  @property({ attribute: 'min-label' }) minLabel = '';
  /** Words at the high end of the scale; default "Very good". */
  @property({ attribute: 'max-label' }) maxLabel = '';
  /** `one` (default): a check-in updates that day's entry. `many`: every check-in is a new entry. */
  @property({ attribute: 'entries-per-day' }) entriesPerDay: EntriesPerDay = 'one';
  /** The period shown: `2w`, `3m` (default), `1y` or `all`. The person can change it. */
  @property({ reflect: true }) range: Range = '3m';
  /** Draws the weekly-average line. The person can switch it. */
  @property({ type: Boolean, attribute: 'weekly-average', reflect: true }) weeklyAverage = false;
  /** `chart` (default) or `table`. The person can switch it. */
  @property({ reflect: true }) view: MoodView = 'chart';
  /** The date treated as today (`YYYY-MM-DD`); defaults to the device's date. For demos and tests. */
  @property() today: string | undefined;

  @state() private selectedDate = '';
  @state() private editingEntryId: string | undefined;
  @state() private draftMood: number | undefined;
  @state() private draftNote = '';
  @state() private checkinError = '';
  @state() private focusDate: string | undefined;
  @state() private hoverDate: string | undefined;
  @state() private plotFocused = false;
  @state() private announcement = '';
  @state() private status = '';
  @state() private removed: Removed | undefined;
  @state() private eventDraft: EventDraft | undefined;
  @state() private eventError = '';
  @state() private printing = false;
  /** False until the first frame (the chart) is painted; then the rest of the element renders. */
  @state() private complete = false;
  /** The drawing's width in units (see WIDE). */
  @state() private drawWidth = WIDE;
  private readonly sizer = new ResizeObserver(([entry]) => {
    const width = Math.round(entry.contentRect.width);
    if (width === 0) return; // hidden (table view): keep the drawing as it is
    const next = width >= WIDE ? WIDE : Math.max(NARROWEST, width);
    if (next !== this.drawWidth) this.drawWidth = next;
  });

  private get plot(): HTMLElement | null {
    return this.renderRoot.querySelector('.plot');
  }
  private get chartSvg(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg.chart');
  }

  private cache: { key: unknown[]; vm: ViewModel } | undefined;
  private readonly onBeforePrint = () => {
    this.printing = true;
  };
  private readonly onAfterPrint = () => {
    this.printing = false;
  };

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
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    if (this.hasUpdated) this.observeChart();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.workbook?.withdraw(this);
    this.sizer.disconnect();
  }

  /**
   * Follows the chart's width (the first report comes before the first paint). It watches a
   * ruler of no height beside the drawing, not the drawing: the drawing's height follows its
   * width, and watching it would report that change back in the same frame.
   */
  private observeChart(): void {
    const ruler = this.renderRoot.querySelector('.ruler');
    if (ruler) this.sizer.observe(ruler);
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
    if (!this.selectedDate) this.selectedDate = this.todayDate;
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.observeChart();
    void afterPaint().then(() => (this.complete = true));
  }

  /** `updateComplete` resolves once the whole element is rendered, not only its first frame. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.hasUpdated && !this.complete) {
      await afterPaint();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override stateChanged(): void {
    this.publish();
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
    this.workbook.publish(this, { lifeEvents });
  }

  // -------------------------------------------------------------------------------------
  // Derived data

  private get vm(): ViewModel {
    const data = this.data;
    const today = this.todayDate;
    const key = [data, this.range, today, this.entriesPerDay];
    if (this.cache && this.cache.key.every((k, i) => k === key[i])) return this.cache.vm;
    const window = rangeWindow(this.range, today, data);
    // "all" holds every record by definition: no need to filter
    const within = <T extends { date: string }>(items: T[]) => (this.range === 'all' ? items : inWindow(items, window));
    const entries = within(data.entries);
    const events = within(data.events);
    const entriesPerDay = this.entriesPerDay;
    let days: DayPoint[] | undefined;
    let entriesAreDays: boolean | undefined;
    let rows: Map<string, DayRow> | undefined;
    let rowDates: string[] | undefined;
    let weeks: WeekPoint[] | undefined;
    let insights: PersonInsight[] | undefined;
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
        return (rows ??= new Map(dayRows(data, window, entriesPerDay, this.days).map((r) => [r.date, r])));
      },
      get rowDates() {
        return (rowDates ??= [...this.rows.keys()]);
      },
      get weeks() {
        return (weeks ??= weeklyAverages(this.days));
      },
      events,
      phq: within(data.measures)
        .filter((m) => m.instrument === 'PHQ-9')
        .sort((a, b) => a.date.localeCompare(b.date)),
      get insights() {
        return (insights ??= personInsights(this.oneADay ? entries : this.days, events));
      },
    };
    this.cache = { key, vm };
    return vm;
  }

  /** A person's name: looked up live in the workbook's circle, so a rename shows at once. */
  private personName(id: string): string {
    return this.workbook?.people.find((p) => p.id === id)?.name ?? this.t('mood.person.unknown');
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

  private measureText(m: Measure): string {
    return m.instrument === 'PHQ-9'
      ? this.t('mood.day.measure', { instrument: m.instrument, score: this.num(m.score), band: this.t(`mood.band.${phq9Band(m.score)}`) })
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
      this.checkinError = (error as Error).message;
      this.loadDraft(date);
      return;
    }
    this.apply(result);
    this.status = this.t('mood.checkin.saved', {
      mood: this.num(this.draftMood),
      max: this.num(this.max),
      date: formatDayLong(date, this.locale, this.todayDate),
    });
    this.removed = undefined;
    this.focusDate = date;
    if (this.entriesPerDay === 'many') {
      this.editingEntryId = undefined;
      this.draftMood = undefined;
      this.draftNote = '';
    } else {
      this.editingEntryId = result.change.id;
    }
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
    this.removed = what;
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
    const what = this.removed;
    if (!what || this.isReadonly) return;
    this.removed = undefined;
    const key = what.kind === 'entry' ? 'entries' : what.kind === 'event' ? 'events' : 'measures';
    const list = this.data[key] as { id: string }[];
    if (list.some((i) => i.id === what.item.id)) return;
    this.commit({ ...this.data, [key]: [...list, what.item] }, { type: `${what.kind}-add`, id: what.item.id });
    this.status = '';
  }

  private openEventForm(event?: LifeEvent): void {
    this.eventError = '';
    this.eventDraft = event
      ? {
          id: event.id,
          date: event.date,
          title: event.title,
          kind: event.kind,
          impact: event.impact,
          personIds: [...(event.personIds ?? [])],
          names: (event.personNames ?? []).join(', '),
          note: event.note ?? '',
        }
      : { date: this.focusDate ?? this.todayDate, title: '', kind: 'other', impact: undefined, personIds: [], names: '', note: '' };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#event-title')?.focus());
  }

  private closeEventForm(): void {
    this.eventDraft = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add-event')?.focus());
  }

  private patchDraft(patch: Partial<EventDraft>): void {
    if (this.eventDraft) this.eventDraft = { ...this.eventDraft, ...patch };
  }

  private saveEvent(e: Event): void {
    e.preventDefault();
    const d = this.eventDraft;
    if (!d || this.isReadonly) return;
    if (!d.title.trim()) {
      this.eventError = this.t('mood.event.titleMissing');
      this.renderRoot.querySelector<HTMLInputElement>('#event-title')?.focus();
      return;
    }
    const names = d.names.split(/[,;]/).map((n) => n.trim()).filter(Boolean);
    try {
      const result = d.id
        ? // null removes a field the person emptied
          updateEvent(
            this.data,
            d.id,
            {
              date: d.date,
              title: d.title,
              kind: d.kind,
              impact: d.impact ?? null,
              // ids of people who left the circle stay: their events still count for them
              personIds: d.personIds.length ? d.personIds : null,
              personNames: names.length ? names : null,
              note: d.note.trim() ? d.note : null,
            },
            nowIso(),
          )
        : addEvent(this.data, { date: d.date, title: d.title, kind: d.kind, impact: d.impact, personIds: d.personIds, personNames: names, note: d.note }, nowIso());
      this.apply(result);
      this.status = this.t('mood.event.saved', { title: d.title.trim() });
      this.removed = undefined;
      this.focusDate = d.date;
      this.closeEventForm();
    } catch (error) {
      this.eventError = (error as Error).message;
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
    this.announcement = this.dayAnnouncement(next);
  }

  private onPlotFocus(): void {
    this.plotFocused = true;
    if (!this.focusDate || this.clampDate(this.focusDate) !== this.focusDate) this.focusDate = this.defaultFocus();
    this.announcement = this.dayAnnouncement(this.focusDate);
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
    const { fromDay, toDay } = this.vm;
    const day = Math.round(linear(this.left, this.drawWidth - this.right, fromDay - 0.5, toDay + 0.5)(vx));
    return fromDayNumber(Math.min(toDay, Math.max(fromDay, day)));
  }

  private onPointerMove(e: PointerEvent): void {
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
    this.apply(result);
    return result.change.id;
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
    copy.setAttribute('height', String(H));
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

  private get hasPhq(): boolean {
    return this.vm.phq.length > 0;
  }
  private get left(): number {
    return 44;
  }
  private get right(): number {
    return this.hasPhq ? 56 : 14;
  }

  protected override render(): TemplateResult {
    const vm = this.vm;
    const chartView = this.view === 'chart';
    // The first frame holds what the person came to see: the chart (or the table) of the
    // whole period. Everything below it (legend, controls, forms, patterns) follows once
    // that frame is painted, so nothing the first frame drew moves.
    return html`<div class="base" part="base">
      <h2 part="title"><slot name="heading">${this.t('mood.title')}</slot></h2>
      ${this.renderSummary(vm)}
      <div class="chart-view" ?hidden=${!chartView}>
        ${this.renderChart(vm)}
        ${this.complete
          ? html`<div class="sr-only" aria-live="polite">${this.announcement}</div>
              ${this.renderLegend(vm)}`
          : nothing}
      </div>
      ${!chartView || this.printing
        ? html`<div class="table-view">${guard([vm, this.locale, this.isReadonly, this.workbook], () => this.renderTable(vm))}</div>`
        : nothing}
      ${this.complete ? this.renderAround(vm) : nothing}
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
      ${this.view === 'chart' ? this.renderDay(vm) : nothing}
      <div>
        ${this.isReadonly ? nothing : this.renderCheckIn()}
        <!-- what just happened, next to where it is done; Undo after a removal -->
        <div class="status actions" role="status">
          ${this.status ? html`<span>${this.status}</span>` : nothing}
          ${this.removed && !this.isReadonly ? html`<button type="button" class="undo" @click=${this.undo}>${this.t('mood.undo')}</button>` : nothing}
        </div>
      </div>
      ${this.isReadonly ? nothing : this.renderEventSection()} ${this.renderInsight(vm)}
      <div class="export actions" part="export">
        <button type="button" @click=${() => this.download('csv')}>${this.t('mood.export.csv')}</button>
        <button type="button" @click=${() => this.download('json')}>${this.t('mood.export.json')}</button>
        <button type="button" @click=${() => this.download('svg')}>${this.t('mood.export.svg')}</button>
        <button type="button" @click=${() => window.print()}>${this.t('mood.export.print')}</button>
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
    if (!vm.entryCount && !vm.events.length && !vm.phq.length) {
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
    return html`<form class="checkin" part="checkin" @submit=${this.saveCheckIn}>
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
        <svg class="chart" viewBox="0 0 ${this.drawWidth} ${H}" aria-hidden="true" focusable="false">
          ${guard([vm, this.min, this.max, this.weeklyAverage, this.locale, this.drawWidth], () => this.renderDrawing(vm))}
          <g class="cursor">${cursorDate ? this.renderCursor(vm, cursorDate) : nothing}</g>
        </svg>
      </div>`;
  }

  private scales(vm: ViewModel) {
    const { min, max } = this;
    const moodY = linear(min, max, PLOT_BOTTOM, TOP);
    return {
      x: linear(vm.fromDay - 0.5, vm.toDay + 0.5, this.left, this.drawWidth - this.right),
      // a rating outside the scale (the scale attributes changed after it was saved) stays on the plot's edge
      y: (v: number) => moodY(Math.min(max, Math.max(min, v))),
      yPhq: linear(0, PHQ9_MAX, PLOT_BOTTOM, TOP),
    };
  }

  private renderDrawing(vm: ViewModel) {
    const { x, y, yPhq } = this.scales(vm);
    const right = this.drawWidth - this.right;
    // check-ins kept one a day in date order are their own days: ten years of them draw
    // straight from the entries, without making a day of each first
    const fromEntries = vm.entryCount > DOTS_UP_TO && vm.oneADay;
    const line = fromEntries
      ? runs(vm.entries, (e) => dayNumber(e.date), (e) => e.mood, x, y)
      : runs(vm.days, (d) => d.day, (d) => d.mood, x, y);
    const dots: LinePoint[] = !fromEntries && vm.days.length <= DOTS_UP_TO ? vm.days.map((d) => ({ day: d.day, value: d.mood })) : line.lone;
    const ticks = timeTicks(vm.window);
    const tickX = ticks.map((t) => round1(x(dayNumber(t.date))));
    const yTicks = moodTicks(this.min, this.max);
    // on a narrow chart every tick keeps its mark, but only every so many its label
    const labelEvery = Math.max(1, Math.ceil(LABEL_SPACING / ((right - this.left) / Math.max(1, ticks.length))));
    const allMarks = vm.events.map((e) => eventMark(e.impact, x(dayNumber(e.date)), LANE_CENTER, IMPACT_STEP));
    const tickLabel = (t: { date: string; unit: string }, i: number) =>
      t.unit === 'year'
        ? formatDate(t.date, this.locale, 'year')
        : t.unit === 'month'
          ? formatDate(t.date, this.locale, i === 0 || t.date.endsWith('-01-01') ? 'monthYear' : 'month')
          : formatDate(t.date, this.locale, 'dayNumeric');
    return svg`
      ${
        this.hasPhq
          ? PHQ9_BANDS.map(
              (b, i) =>
                svg`<rect class="band band-${i}" x=${this.left} width=${right - this.left} y=${yPhq(b.to + (i === 4 ? 0 : 0.5))} height=${yPhq(b.from - (i === 0 ? 0 : 0.5)) - yPhq(b.to + (i === 4 ? 0 : 0.5))}></rect>`,
            )
          : nothing
      }
      <path class="grid" d=${yTicks.map((v) => `M${this.left} ${round1(y(v))}H${right}`).join('')}></path>
      ${yTicks.map((v) => svg`<text x=${this.left - 6} y=${round1(y(v) + 4)} text-anchor="end">${this.num(v)}</text>`)}
      <path
        class="axis"
        d=${`M${this.left} ${LANE_CENTER}H${right}M${this.left} ${TOP}V${LANE_BOTTOM}` +
        tickX.map((tx) => `M${tx} ${LANE_BOTTOM}v5`).join('')}
      ></path>
      ${ticks.map((t, i) => (i % labelEvery ? nothing : svg`<text x=${tickX[i]} y=${AXIS_Y + 6} text-anchor="middle">${tickLabel(t, i)}</text>`))}
      ${
        this.hasPhq
          ? svg`<g class="measures">
              ${[0, 5, 10, 15, 20, 27].map((v) => svg`<text x=${right + 6} y=${yPhq(v) + 4}>${this.num(v)}</text>`)}
              <g class="tenths" transform=${TENTHS}>
                <path class="measure-line" d=${runs(vm.phq, (m) => dayNumber(m.date), (m) => m.score, x, yPhq, MEASURE_MAX_STEP).d}></path>
              </g>
              ${vm.phq.map((m) => svg`<rect class="measure-dot" x=${x(dayNumber(m.date)) - 3.5} y=${yPhq(m.score) - 3.5} width="7" height="7"></rect>`)}
            </g>`
          : nothing
      }
      <g class="mood">
        <g class="tenths" transform=${TENTHS}><path class="mood-line" d=${line.d}></path></g>
        ${dots.map((p) => svg`<circle class="mood-dot" cx=${x(p.day)} cy=${y(p.value)} r="3"></circle>`)}
      </g>
      ${
        this.weeklyAverage
          ? svg`<g class="weekly">${this.renderWeekly(vm, x, y)}</g>`
          : nothing
      }
      <g class="events tenths" transform=${TENTHS}>
        ${(['event-up', 'event-down', 'event-flat'] as const).map((cls) => {
          const marks = allMarks.filter((m) => m.cls === cls);
          if (!marks.length) return nothing;
          const { stems, dots } = markPaths(marks, LANE_CENTER);
          return svg`<g class=${cls} data-count=${marks.length}><path class="stem" d=${stems}></path><path class="dot" d=${dots}></path></g>`;
        })}
      </g>`;
  }

  private renderWeekly(vm: ViewModel, x: (day: number) => number, y: (mood: number) => number) {
    const weekly = runs(vm.weeks, (w) => w.day, (w) => w.mean, x, y, WEEKLY_MAX_STEP);
    return svg`<g class="tenths" transform=${TENTHS}><path class="weekly-line" d=${weekly.d}></path></g>
      ${weekly.lone.map((w) => svg`<circle class="mood-dot" cx=${x(w.day)} cy=${y(w.value)} r="2"></circle>`)}`;
  }

  private renderCursor(vm: ViewModel, date: string) {
    const { x, y } = this.scales(vm);
    const cx = x(dayNumber(date));
    const row = vm.rows.get(date);
    const clip = (s: string) => (s.length > 38 ? `${s.slice(0, 37)}…` : s);
    const lines = [this.moodText(row)];
    const events = row?.events ?? [];
    for (const e of events.slice(0, 3)) lines.push(clip(this.eventSummary(e)));
    if (events.length > 3) lines.push(`+${events.length - 3}`);
    for (const m of row?.measures ?? []) lines.push(this.measureText(m));
    const boxW = 250;
    const boxH = 24 + lines.length * 16;
    const width = this.drawWidth;
    // beside the cursor where there is room, else as far to the side as the drawing allows
    const bx = Math.max(0, Math.min(width - boxW, cx + 12 + boxW > width ? cx - 12 - boxW : cx + 12));
    return svg`<line class="cursor-line" x1=${cx} x2=${cx} y1=${TOP} y2=${LANE_BOTTOM}></line>
      ${row?.mood !== undefined ? svg`<circle class="cursor-dot" cx=${cx} cy=${y(row.mood)} r="5"></circle>` : nothing}
      <g class="tip" transform="translate(${bx} ${TOP})">
        <rect class="tip-box" width=${boxW} height=${boxH} rx="6"></rect>
        <text class="tip-text tip-title" x="10" y="18">${formatDate(date, this.locale, 'dayShort')}</text>
        ${lines.map((l, i) => svg`<text class="tip-text" x="10" y=${36 + i * 16}>${l}</text>`)}
      </g>`;
  }

  private renderLegend(vm: ViewModel): TemplateResult {
    return html`<ul class="legend">
      <li><span class="swatch line"></span>${this.t('mood.legend.mood')}</li>
      ${this.weeklyAverage ? html`<li><span class="swatch weekly"></span>${this.t('mood.weekly.legend')}</li>` : nothing}
      <li><span class="swatch dot up"></span>${this.t('mood.legend.eventUp')}</li>
      <li><span class="swatch dot down"></span>${this.t('mood.legend.eventDown')}</li>
      ${vm.phq.length ? html`<li><span class="swatch measure"></span>${this.t('mood.measure.legend')}</li>` : nothing}
    </ul>`;
  }

  private renderDay(vm: ViewModel): TemplateResult | typeof nothing {
    const date = this.focusDate;
    if (!date || date < vm.window.from || date > vm.window.to) return nothing;
    const row = vm.rows.get(date);
    const ro = this.isReadonly;
    return html`<section class="day" part="day" aria-label=${formatDayLong(date, this.locale, this.todayDate)}>
      <h3>${formatDayLong(date, this.locale, this.todayDate)}</h3>
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
        ? html`<ul>
            ${row.measures.map(
              (m) => html`<li>
                ${this.measureText(m)}
                ${ro
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

  private renderTable(vm: ViewModel): TemplateResult {
    const rows = [...vm.rows.values()].reverse(); // newest first: what people look for
    return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-labelledby="table-caption">
      <table>
        <caption id="table-caption">
          ${this.t('mood.table.caption', {
            from: formatDate(vm.window.from, this.locale, 'dayShort'),
            to: formatDate(vm.window.to, this.locale, 'dayShort'),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('mood.table.date')}</th>
            <th scope="col">${this.t('mood.table.mood')}</th>
            <th scope="col">${this.t('mood.table.events')}</th>
            <th scope="col">${this.t('mood.table.measures')}</th>
            <th scope="col">${this.t('mood.table.notes')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr data-date=${r.date}>
              <th scope="row">${formatDate(r.date, this.locale, 'dayShort')}</th>
              <td class="mood-cell">${r.mood === undefined ? '' : this.num(r.mood)}</td>
              <td class="events-cell">${r.events.length ? this.renderEventList(r.events) : nothing}</td>
              <td class="measures-cell">${r.measures.map((m) => html`<div>${this.measureText(m)}</div>`)}</td>
              <td class="notes-cell">${r.entries.filter((e) => e.note).map((e) => html`<div class="note">${e.note}</div>`)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${rows.length ? nothing : html`<p>${this.t('mood.chart.empty')}</p>`}
    </div>`;
  }

  private renderEventSection(): TemplateResult {
    const d = this.eventDraft;
    if (!d) {
      return html`<div><button type="button" class="add-event" @click=${() => this.openEventForm()}>${this.t('mood.event.add')}</button></div>`;
    }
    const people = this.workbook?.people ?? [];
    const impacts = Array.from({ length: IMPACT_MAX - IMPACT_MIN + 1 }, (_, i) => IMPACT_MIN + i);
    return html`<form class="event-form" part="event-form" @submit=${this.saveEvent} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.closeEventForm()}>
      <fieldset>
        <legend>${this.t('mood.event.heading')}</legend>
        <div class="field">
          <label for="event-title">${this.t('mood.event.title')}</label>
          <input
            id="event-title"
            type="text"
            maxlength="200"
            aria-describedby="event-title-hint"
            aria-invalid=${this.eventError ? 'true' : 'false'}
            .value=${live(d.title)}
            @input=${(e: Event) => this.patchDraft({ title: (e.target as HTMLInputElement).value })}
          />
          <span id="event-title-hint" class="muted">${this.t('mood.event.titleHint')}</span>
        </div>
        <div class="row">
          <div class="field">
            <label for="event-date">${this.t('mood.event.date')}</label>
            <input
              id="event-date"
              type="date"
              max=${this.todayDate}
              .value=${live(d.date)}
              @change=${(e: Event) => {
                const v = (e.target as HTMLInputElement).value;
                if (isCalendarDate(v) && v <= this.todayDate) this.patchDraft({ date: v });
              }}
            />
          </div>
          <div class="field">
            <label for="event-kind">${this.t('mood.event.kind')}</label>
            <select id="event-kind" @change=${(e: Event) => this.patchDraft({ kind: (e.target as HTMLSelectElement).value as EventKind })}>
              ${EVENT_KINDS.map((k) => html`<option value=${k} ?selected=${k === d.kind}>${this.t(`mood.kind.${k}`)}</option>`)}
            </select>
          </div>
        </div>
        <div class="field">
          <label for="event-impact">${this.t('mood.event.impact')}</label>
          <select
            id="event-impact"
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value;
              this.patchDraft({ impact: v === '' ? undefined : Number(v) });
            }}
          >
            <option value="" ?selected=${d.impact === undefined}>${this.t('mood.event.noImpact')}</option>
            ${impacts.map((v) => html`<option value=${String(v)} ?selected=${d.impact === v}>${this.impactText(v)}</option>`)}
          </select>
        </div>
        ${people.length
          ? html`<fieldset class="people">
              <legend>${this.t('mood.event.people')}</legend>
              ${people.map(
                (p) => html`<label
                  ><input
                    type="checkbox"
                    value=${p.id}
                    .checked=${live(d.personIds.includes(p.id))}
                    @change=${(e: Event) => {
                      const on = (e.target as HTMLInputElement).checked;
                      this.patchDraft({ personIds: on ? [...d.personIds, p.id] : d.personIds.filter((id) => id !== p.id) });
                    }}
                  />
                  ${p.name}</label
                >`,
              )}
            </fieldset>`
          : nothing}
        <div class="field">
          <label for="event-names">${this.t('mood.event.peopleTyped')}</label>
          <input id="event-names" type="text" .value=${live(d.names)} @input=${(e: Event) => this.patchDraft({ names: (e.target as HTMLInputElement).value })} />
        </div>
        <div class="field">
          <label for="event-note">${this.t('mood.event.note')}</label>
          <textarea id="event-note" .value=${live(d.note)} @input=${(e: Event) => this.patchDraft({ note: (e.target as HTMLTextAreaElement).value })}></textarea>
        </div>
        ${this.eventError ? html`<p class="error" role="alert">${this.eventError}</p>` : nothing}
        <div class="actions">
          <button type="submit" class="primary save-event">${this.t('mood.event.save')}</button>
          <button type="button" class="cancel-event" @click=${this.closeEventForm}>${this.t('mood.cancel')}</button>
        </div>
      </fieldset>
    </form>`;
  }

  private renderInsight(vm: ViewModel): TemplateResult {
    const name = (p: PersonInsight) => (p.personId !== undefined ? this.personName(p.personId) : (p.name ?? ''));
    const ready = vm.insights.filter((p) => p.enough);
    const waiting = vm.insights.filter((p) => !p.enough);
    return html`<section class="insight" part="insight" aria-labelledby="insight-heading">
      <h3 id="insight-heading">${this.t('mood.insight.heading')}</h3>
      ${vm.insights.length === 0 ? html`<p class="muted">${this.t('mood.insight.none')}</p>` : nothing}
      ${ready.map(
        (p) => html`<p class="pattern" data-key=${p.key}>
          ${this.t('mood.insight.person', { name: name(p), with: this.num(p.withMean!), other: this.num(p.otherMean!) })}
        </p>`,
      )}
      ${ready.length ? html`<p class="muted">${this.t('mood.insight.note')}</p>` : nothing}
      ${waiting.length
        ? html`<p class="muted waiting">
            ${this.t('mood.insight.waiting', { names: formatList(waiting.map(name), this.locale), min: INSIGHT_MIN_DAYS })}
          </p>`
        : nothing}
    </section>`;
  }
}

defineElement('ipt-mood-timeline', IptMoodTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-mood-timeline': IptMoodTimeline;
  }
}
