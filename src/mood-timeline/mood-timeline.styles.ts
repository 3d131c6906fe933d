import { css } from 'lit';

export const moodTimelineStyles = css`
  :host {
    --_mood-line: var(--ipt-mood-line-color, var(--_color-accent));
    --_weekly-line: var(--ipt-mood-weekly-color, var(--_color-muted));
    --_measure-line: var(--ipt-mood-measure-color, var(--_color-warning));
  }
  .base {
    display: grid;
    /* minmax(0, 1fr): a wide table scrolls in its own box instead of widening the page */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.05em;
  }
  fieldset {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    margin: 0;
    padding: calc(var(--_space) * 1.5);
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 var(--_space);
  }
  label {
    display: block;
  }
  input[type='date'],
  input[type='text'],
  select,
  textarea {
    min-height: 2.75rem;
    padding: 0 var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    max-width: 100%;
  }
  textarea {
    width: 100%;
    min-height: 4.5rem;
    padding: var(--_space);
    resize: vertical;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-block: var(--_space);
  }
  /* a date input as wide as a date, not as the card */
  .field input[type='date'] {
    justify-self: start;
    max-width: 100%;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .error {
    color: var(--_color-conflict);
    font-weight: 600;
  }
  .muted {
    color: var(--_color-muted);
  }
  .summary {
    margin: 0;
  }

  /* rating: native radios, shown as numbered tiles */
  /* One row of equal tiles across the card, whatever the scale's length, so the end labels
     below sit under the first and the last tile (a wrapped row left "10" alone under "Very
     low"). The radios are absolutely placed: only the labels take grid cells. */
  .rating {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: 4px;
    padding: 0;
    margin: var(--_space) 0 0;
    border: 0;
  }
  .rating input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
    margin: 0;
  }
  .rating label {
    display: inline-grid;
    place-items: center;
    min-width: 0;
    min-height: 2.75rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  .rating input:checked + label {
    background: var(--_color-accent);
    color: var(--_color-accent-contrast);
    border-color: var(--_color-accent);
    font-weight: 700;
  }
  .rating input:focus-visible + label {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  /* on a wide card the tiles stop at a comfortable size, the end labels with them */
  .rating,
  .ends {
    max-width: 40rem;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
    font-size: 0.9em;
    color: var(--_color-muted);
  }
  .slider {
    width: 100%;
    min-height: 2.75rem;
  }

  /* chart */
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: center;
  }
  .controls label {
    display: inline-flex;
    gap: var(--_space);
    align-items: center;
  }
  .plot {
    position: relative;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    touch-action: pan-y;
  }
  /* the note of a chart with no rated day or one: across the mood plot (its place in the
     drawing comes from the element), in the half away from the one dot */
  .plot-note {
    position: absolute;
    inset-inline: 3.5rem 2rem;
    margin: 0;
    text-align: center;
    color: var(--_color-muted);
    font-size: 0.95em;
    line-height: 1.35;
    pointer-events: none;
  }
  .plot-note.none {
    top: var(--_plot-mid);
    transform: translateY(-50%);
  }
  .plot-note.high {
    top: calc(var(--_plot-top) + 0.5rem);
  }
  .plot-note.low {
    top: calc(var(--_plot-bottom) - 0.5rem);
    transform: translateY(-100%);
  }
  .plot svg {
    display: block;
    width: 100%;
    height: auto;
  }
  /* as wide as the drawing, no height: what the element watches to size its drawing */
  .ruler {
    height: 0;
  }
  svg text {
    fill: var(--_color-muted);
    font-size: 11px;
    font-family: var(--_font-family);
  }
  .grid {
    stroke: var(--_color-surface-alt);
    stroke-width: 1;
  }
  .axis {
    fill: none;
    stroke: var(--_color-border);
    stroke-width: 1;
  }
  .mood-line {
    fill: none;
    stroke: var(--_mood-line);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .mood-dot {
    fill: var(--_mood-line);
  }
  .weekly-line {
    fill: none;
    stroke: var(--_weekly-line);
    stroke-width: 2.5;
    stroke-dasharray: 6 4;
  }
  .measure-line {
    fill: none;
    stroke: var(--_measure-line);
    stroke-width: 1.5;
  }
  .measure-dot {
    fill: var(--_measure-line);
  }
  .band {
    fill: var(--_measure-line);
  }
  /* the bands darken with the score: more symptoms, a deeper shade */
  .band-0 {
    fill-opacity: 0.03;
  }
  .band-1 {
    fill-opacity: 0.08;
  }
  .band-2 {
    fill-opacity: 0.14;
  }
  .band-3 {
    fill-opacity: 0.2;
  }
  .band-4 {
    fill-opacity: 0.27;
  }
  svg .lane-title {
    fill: var(--_color-text);
    font-weight: 600;
  }
  svg .band-label {
    font-size: 10px;
    paint-order: stroke;
    stroke: var(--_color-surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .onset-line {
    stroke: var(--_color-text);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  svg .onset-label {
    fill: var(--_color-text);
    paint-order: stroke;
    stroke: var(--_color-surface);
    stroke-width: 3px;
  }
  .event-up {
    fill: var(--_color-support);
    stroke: var(--_color-support);
  }
  .event-down {
    fill: var(--_color-conflict);
    stroke: var(--_color-conflict);
  }
  .event-flat {
    fill: var(--_color-muted);
    stroke: var(--_color-muted);
  }
  .stem {
    fill: none;
    stroke-width: 1.5;
  }
  /* paths written in tenths of a unit (see PATH_SCALE) are drawn scaled by 0.1: their strokes are ten times as wide */
  .tenths .mood-line {
    stroke-width: 20;
  }
  .tenths .weekly-line {
    stroke-width: 25;
    stroke-dasharray: 60 40;
  }
  .tenths .measure-line {
    stroke-width: 15;
  }
  .tenths .stem {
    stroke-width: 15;
  }
  .tenths .dot {
    stroke-width: 10;
  }
  .cursor-line {
    stroke: var(--_color-focus);
    stroke-width: 1.5;
  }
  .cursor-dot {
    fill: var(--_color-surface);
    stroke: var(--_color-focus);
    stroke-width: 2;
  }
  .tip-box {
    fill: var(--_color-surface);
    stroke: var(--_color-border);
  }
  svg .tip-text {
    fill: var(--_color-text);
    font-size: 12px;
  }
  svg .tip-title {
    font-weight: 700;
  }
  .plot:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: var(--_space) 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .legend li {
    display: inline-flex;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }
  /* drawn with CSS, not small SVGs: the legend is part of the chart's first frame */
  .swatch {
    flex: none;
    box-sizing: border-box;
    width: 24px;
    height: 0;
    forced-color-adjust: none;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .swatch.line {
    border-top: 2px solid var(--_mood-line);
  }
  .swatch.weekly {
    border-top: 3px dashed var(--_weekly-line);
  }
  .swatch.dot {
    width: 10px;
    height: 10px;
    margin: 0 7px;
    border-radius: 50%;
  }
  .swatch.up {
    background: var(--_color-support);
  }
  .swatch.down {
    background: var(--_color-conflict);
  }
  .swatch.measure {
    width: 8px;
    height: 8px;
    margin: 0 8px;
    background: var(--_measure-line);
  }

  .day {
    margin-top: var(--_space);
    border-inline-start: 4px solid var(--_color-accent);
    padding-inline-start: calc(var(--_space) * 1.5);
  }
  .day ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .note {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .table-more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  /* The table's own rules are in table-view.styles.ts, adopted when its code arrives. */

  .insight p {
    margin: var(--_space) 0;
  }
  .patterns {
    margin: var(--_space) 0;
    padding-inline-start: 1.2em;
  }
  .patterns li + li {
    margin-top: var(--_space);
  }
  .caveat {
    display: block;
    font-size: 0.9em;
  }
  .insight summary {
    cursor: pointer;
    min-height: 24px;
  }
  .score-keys {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
    margin-top: var(--_space);
    font-size: 0.9em;
  }
  .score-keys > p {
    flex-basis: 100%;
    margin: 0;
  }
  .score-key-title {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    margin: 0 0 calc(var(--_space) / 2);
    font-weight: 600;
  }
  .score-key ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .score-key li {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .swatch.band-swatch {
    width: 16px;
    height: 12px;
    margin: 0 4px;
    border: 1px solid var(--_measure-line);
    background: var(--_measure-line);
  }
  .swatch.band-0 {
    background: color-mix(in srgb, var(--_measure-line) 3%, var(--_color-surface));
  }
  .swatch.band-1 {
    background: color-mix(in srgb, var(--_measure-line) 8%, var(--_color-surface));
  }
  .swatch.band-2 {
    background: color-mix(in srgb, var(--_measure-line) 14%, var(--_color-surface));
  }
  .swatch.band-3 {
    background: color-mix(in srgb, var(--_measure-line) 20%, var(--_color-surface));
  }
  .swatch.band-4 {
    background: color-mix(in srgb, var(--_measure-line) 27%, var(--_color-surface));
  }
  .swatch.onset {
    border-top: 2px dashed var(--_color-text);
  }
  .upcoming-when {
    margin: var(--_space) 0 0;
    font-weight: 600;
  }
  .onset-form {
    align-items: flex-end;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .status {
    align-items: center;
    margin-top: var(--_space);
  }

  @media (forced-colors: active) {
    .mood-line,
    .weekly-line,
    .measure-line,
    .cursor-line {
      stroke: CanvasText;
    }
    .mood-dot,
    .event-up,
    .event-down,
    .event-flat {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .swatch {
      border-color: CanvasText;
    }
    .swatch.dot,
    .swatch.measure {
      background: CanvasText;
    }
    .rating input:checked + label {
      background: Highlight;
      color: HighlightText;
    }
  }

  @media print {
    :host {
      color: #000;
    }
    .checkin,
    .controls,
    .export,
    .add-event,
    .event-form,
    .onset-form,
    .status,
    .day,
    button {
      display: none !important;
    }
    .plot {
      border: 0;
      break-inside: avoid;
    }
    .cursor {
      display: none;
    }
    .table-wrap {
      max-height: none;
      overflow: visible;
    }
    .table-view[hidden] {
      display: block !important;
    }
  }
`;
