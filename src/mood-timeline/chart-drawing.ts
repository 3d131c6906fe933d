import { nothing, svg } from 'lit';
import {
  PATH_SCALE,
  SCORE_SCALES,
  WEEKLY_MAX_STEP,
  eventMark,
  linear,
  markPaths,
  moodTicks,
  runs,
  timeTicks,
  type LinePoint,
} from './chart.js';
import { dayNumber, fromDayNumber } from './dates.js';
import { formatDate } from './strings.js';
import type { DayWords, ViewModel } from './view-model.js';

/**
 * The chart's drawing as pure builders: the mood plot, the events lane, a lane per
 * questionnaire, the time axis and the cursor with its tooltip, in the drawing's own units.
 * What it owns: the geometry (the constants below) and the SVG markup. What it does NOT own:
 * the drawing's width (the element follows its container), the cursor's date, the pointer
 * and keys (the element), the numbers of the model (chart.ts).
 */
export interface ChartView extends DayWords {
  /** The mood scale. */
  min: number;
  max: number;
  /** The drawing's width in units. */
  width: number;
  weeklyAverage: boolean;
  /** "When my low mood started" (`YYYY-MM-DD`), if marked. */
  onset: string | null | undefined;
}

/** Room for the mood numbers left of the plot, and a margin right of it. */
export const LEFT = 44;
export const RIGHT = 14;
/** Time-axis labels closer than this (in units) are thinned out: every other one, and so on. */
const LABEL_SPACING = 44;
/** The drawing's height without score lanes; each lane adds SCORE_LANE. */
export const H = 318;
export const TOP = 14;
export const PLOT_BOTTOM = 190;
export const LANE_CENTER = 244;
export const LANE_BOTTOM = 284;
export const AXIS_Y = 304;
/** A questionnaire's lane under the events: its title, then its bands. */
export const SCORE_LANE = 112;
const SCORE_TITLE = 18;
const SCORE_GAP = 12;
const IMPACT_STEP = 7;
/** Positions to a tenth of a unit: finer is invisible, and short numbers print faster. */
const round1 = (v: number) => Math.round(v * 10) / 10;
/** The questionnaire line joins scores at most three weeks apart. */
const MEASURE_MAX_STEP = 21;
/** Paths are written in tenths of a unit (see PATH_SCALE) and drawn in groups scaled back. */
const TENTHS = `scale(${1 / PATH_SCALE})`;
/** Below this many rated days in view every day gets a dot; above, the line alone reads better (and draws faster). */
const DOTS_UP_TO = 120;

export function scales(view: ChartView, vm: ViewModel) {
  const { min, max } = view;
  const moodY = linear(min, max, PLOT_BOTTOM, TOP);
  return {
    x: linear(vm.fromDay - 0.5, vm.toDay + 0.5, LEFT, view.width - RIGHT),
    // a rating outside the scale (the scale attributes changed after it was saved) stays on the plot's edge
    y: (v: number) => moodY(Math.min(max, Math.max(min, v))),
  };
}

export function renderDrawing(view: ChartView, vm: ViewModel) {
  const { x, y } = scales(view, vm);
  const bottom = lanesBottom(vm);
  const axisY = AXIS_Y + bottom - LANE_BOTTOM;
  const right = view.width - RIGHT;
  // check-ins kept one a day in date order are their own days: ten years of them draw
  // straight from the entries, without making a day of each first
  const fromEntries = vm.entryCount > DOTS_UP_TO && vm.oneADay;
  const line = fromEntries
    ? runs(vm.entries, (e) => dayNumber(e.date), (e) => e.mood, x, y)
    : runs(vm.days, (d) => d.day, (d) => d.mood, x, y);
  const dots: LinePoint[] = !fromEntries && vm.days.length <= DOTS_UP_TO ? vm.days.map((d) => ({ day: d.day, value: d.mood })) : line.lone;
  const ticks = timeTicks(vm.window);
  const tickX = ticks.map((t) => round1(x(dayNumber(t.date))));
  const yTicks = moodTicks(view.min, view.max);
  // on a narrow chart every tick keeps its mark, but only every so many its label
  const labelEvery = Math.max(1, Math.ceil(LABEL_SPACING / ((right - LEFT) / Math.max(1, ticks.length))));
  const allMarks = vm.events.map((e) => eventMark(e.impact, x(dayNumber(e.date)), LANE_CENTER, IMPACT_STEP));
  const tickLabel = (t: { date: string; unit: string }, i: number) =>
    t.unit === 'year'
      ? formatDate(t.date, view.locale, 'year')
      : t.unit === 'month'
        ? formatDate(t.date, view.locale, i === 0 || t.date.endsWith('-01-01') ? 'monthYear' : 'month')
        : formatDate(t.date, view.locale, 'dayNumeric');
  return svg`
    <path class="grid" d=${yTicks.map((v) => `M${LEFT} ${round1(y(v))}H${right}`).join('')}></path>
    ${yTicks.map((v) => svg`<text x=${LEFT - 6} y=${round1(y(v) + 4)} text-anchor="end">${view.num(v)}</text>`)}
    <path
      class="axis"
      d=${`M${LEFT} ${LANE_CENTER}H${right}M${LEFT} ${TOP}V${bottom}` +
      tickX.map((tx) => `M${tx} ${bottom}v5`).join('')}
    ></path>
    ${ticks.map((t, i) => (i % labelEvery ? nothing : svg`<text x=${tickX[i]} y=${axisY + 6} text-anchor="middle">${tickLabel(t, i)}</text>`))}
    ${vm.lanes.map((name, i) => renderScoreLane(view, vm, name, LANE_BOTTOM + i * SCORE_LANE, x))}
    ${renderOnsetMark(view, vm, x)}
    <g class="mood">
      <g class="tenths" transform=${TENTHS}><path class="mood-line" d=${line.d}></path></g>
      ${dots.map((p) => svg`<circle class="mood-dot" cx=${x(p.day)} cy=${y(p.value)} r="3"></circle>`)}
    </g>
    ${
      view.weeklyAverage
        ? svg`<g class="weekly">${renderWeekly(vm, x, y)}</g>`
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

/**
 * One questionnaire's lane: its title ("PHQ-9, higher = more symptoms"), its bands shaded
 * and named, the score axis at the band edges, and the scores as a line with a square per score.
 */
function renderScoreLane(view: ChartView, vm: ViewModel, name: string, top: number, x: (day: number) => number) {
  const scale = SCORE_SCALES[name];
  const right = view.width - RIGHT;
  const bandsTop = top + SCORE_GAP + SCORE_TITLE;
  const bandsBottom = top + SCORE_LANE;
  const yScore = linear(0, scale.max, bandsBottom, bandsTop);
  // each band covers its whole points: 0-4 runs from 0 to 4.5, the last one to the top
  const edge = (v: number) => round1(yScore(Math.min(scale.max, Math.max(0, v))));
  const scores = vm.measures.filter((m) => m.instrument === name);
  const ticks = [...scale.bands.map((b) => b.from), scale.max];
  return svg`<g class="score-lane" data-instrument=${name}>
    <text class="lane-title" x=${LEFT} y=${top + SCORE_GAP + 11}>${view.t('mood.measure.lane', { instrument: name })}</text>
    ${scale.bands.map((b, i) => {
      const y0 = edge(i === scale.bands.length - 1 ? scale.max : b.to + 0.5);
      const y1 = edge(i === 0 ? 0 : b.from - 0.5);
      return svg`<rect class="band band-${i}" data-band=${b.band} x=${LEFT} width=${right - LEFT} y=${y0} height=${round1(y1 - y0)}></rect>
        <text class="band-label" x=${LEFT + 6} y=${round1((y0 + y1) / 2 + 3.5)}>${view.t(`mood.bandShort.${b.band}`)}</text>`;
    })}
    <path class="axis" d=${`M${LEFT} ${bandsTop}V${bandsBottom}H${right}`}></path>
    ${ticks.map((v) => svg`<text x=${LEFT - 6} y=${round1(yScore(v) + 4)} text-anchor="end">${view.num(v)}</text>`)}
    <g class="tenths" transform=${TENTHS}>
      <path class="measure-line" d=${runs(scores, (m) => dayNumber(m.date), (m) => m.score, x, yScore, MEASURE_MAX_STEP).d}></path>
    </g>
    ${scores.map((m) => svg`<rect class="measure-dot" x=${round1(x(dayNumber(m.date)) - 3.5)} y=${round1(yScore(m.score) - 3.5)} width="7" height="7"></rect>`)}
  </g>`;
}

/** The "when my low mood started" mark: a dashed line across the mood plot, when in view. */
function renderOnsetMark(view: ChartView, vm: ViewModel, x: (day: number) => number) {
  const onset = view.onset;
  if (!onset || onset < vm.window.from || onset > vm.window.to) return nothing;
  const ox = round1(x(dayNumber(onset)));
  const right = view.width - RIGHT;
  const anchor = ox > right - 110 ? 'end' : 'start';
  return svg`<g class="onset-mark">
    <line class="onset-line" x1=${ox} x2=${ox} y1=${TOP} y2=${PLOT_BOTTOM}></line>
    <text class="onset-label" x=${anchor === 'end' ? ox - 4 : ox + 4} y=${TOP + 10} text-anchor=${anchor}>${view.t('mood.onset.legend')}</text>
  </g>`;
}

function renderWeekly(vm: ViewModel, x: (day: number) => number, y: (mood: number) => number) {
  const weekly = runs(vm.weeks, (w) => w.day, (w) => w.mean, x, y, WEEKLY_MAX_STEP);
  return svg`<g class="tenths" transform=${TENTHS}><path class="weekly-line" d=${weekly.d}></path></g>
    ${weekly.lone.map((w) => svg`<circle class="mood-dot" cx=${x(w.day)} cy=${y(w.value)} r="2"></circle>`)}`;
}

export function renderCursor(view: ChartView, vm: ViewModel, date: string) {
  const { x, y } = scales(view, vm);
  const cx = x(dayNumber(date));
  const row = vm.rows.get(date);
  const clip = (s: string) => (s.length > 38 ? `${s.slice(0, 37)}…` : s);
  const lines = [view.moodText(row)];
  const events = row?.events ?? [];
  for (const e of events.slice(0, 3)) lines.push(clip(view.eventSummary(e)));
  if (events.length > 3) lines.push(`+${events.length - 3}`);
  for (const m of row?.measures ?? []) lines.push(view.measureText(m));
  // wide enough for a score with its meaning ("PHQ-9: 14 of 27, moderate symptoms (past two weeks)")
  const longest = lines.reduce((n, l) => Math.max(n, l.length), 0);
  const boxW = Math.min(view.width, Math.max(250, Math.ceil(longest * 6.4) + 20));
  const boxH = 24 + lines.length * 16;
  const width = view.width;
  // beside the cursor where there is room, else as far to the side as the drawing allows
  const bx = Math.max(0, Math.min(width - boxW, cx + 12 + boxW > width ? cx - 12 - boxW : cx + 12));
  return svg`<line class="cursor-line" x1=${cx} x2=${cx} y1=${TOP} y2=${lanesBottom(vm)}></line>
    ${row?.mood !== undefined ? svg`<circle class="cursor-dot" cx=${cx} cy=${y(row.mood)} r="5"></circle>` : nothing}
    <g class="tip" transform="translate(${bx} ${TOP})">
      <rect class="tip-box" width=${boxW} height=${boxH} rx="6"></rect>
      <text class="tip-text tip-title" x="10" y="18">${formatDate(date, view.locale, 'dayShort')}</text>
      ${lines.map((l, i) => svg`<text class="tip-text" x="10" y=${36 + i * 16}>${l}</text>`)}
    </g>`;
}

/** The bottom of the last lane (events, then one per questionnaire): where the time axis runs. */
export function lanesBottom(vm: ViewModel): number {
  return LANE_BOTTOM + vm.lanes.length * SCORE_LANE;
}

/** The drawing's height: the mood plot, the events, a lane per questionnaire, the time axis. */
export function drawHeight(vm: ViewModel): number {
  return H + vm.lanes.length * SCORE_LANE;
}

/** The day under a point `vx` units from the drawing's left edge, within the period. */
export function dayAt(vm: ViewModel, width: number, vx: number): string {
  const { fromDay, toDay } = vm;
  const day = Math.round(linear(LEFT, width - RIGHT, fromDay - 0.5, toDay + 0.5)(vx));
  return fromDayNumber(Math.min(toDay, Math.max(fromDay, day)));
}
