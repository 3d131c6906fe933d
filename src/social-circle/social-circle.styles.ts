import { css } from 'lit';

export const socialCircleStyles = css`
  :host {
    --_circle-node: var(--ipt-circle-node-color, var(--_color-accent));
    --_circle-ring: var(--ipt-circle-ring-color, var(--_color-border));
    --_circle-label-size: var(--ipt-circle-label-size, 14px);
  }
  .base {
    display: grid;
    /* minmax(0, 1fr): a wide table scrolls in its own box instead of widening the page */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  .intro {
    margin: 0;
    color: var(--_color-muted);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .view-toggle {
    display: inline-flex;
    gap: 0;
  }
  .view-toggle button[aria-pressed='true'] {
    background: var(--_color-accent);
    color: var(--_color-accent-contrast);
    border-color: var(--_color-accent);
  }
  .view-toggle button:first-child {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .view-toggle button:last-child {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  form.add {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }
  label.field {
    display: grid;
    gap: 0.15em;
    font-size: 0.95em;
    /* a field shrinks with the form on a narrow phone; its control fills it */
    min-width: 0;
    max-width: 100%;
  }
  form.add label.field {
    flex: 1 1 9rem;
  }
  label.field > input[type='text'],
  label.field > select {
    width: 100%;
    min-width: 0;
  }
  input[type='text'],
  select,
  textarea {
    min-height: 2.75rem;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  textarea {
    min-height: 4.5em;
    width: 100%;
    resize: vertical;
  }
  .error {
    color: var(--_color-conflict);
    font-weight: 600;
  }

  /* the picture */
  .picture {
    position: relative;
  }
  svg.circle {
    display: block;
    margin-inline: auto;
    height: auto;
    max-width: 100%;
    font-family: var(--_font-family);
    font-size: var(--_circle-label-size);
    user-select: none;
    -webkit-user-select: none;
    overflow: visible;
  }
  .ring {
    fill: none;
    stroke: var(--_circle-ring);
    stroke-width: 1.5;
  }
  .ring.target {
    stroke: var(--_color-focus);
    stroke-width: 4;
  }
  .ring-label-bg {
    fill: var(--_color-surface);
  }
  .ring-label {
    fill: var(--_color-muted);
    font-style: italic;
  }
  .me circle {
    fill: var(--_color-surface-alt);
    stroke: var(--_color-text);
    stroke-width: 2;
  }
  .me text {
    fill: var(--_color-text);
    font-weight: 700;
  }
  .support {
    stroke: var(--_color-support);
    stroke-linecap: round;
  }
  .support.some {
    stroke-width: 1.5;
  }
  .support.a-lot {
    stroke-width: 4;
  }
  /* touch-action holds on the svg, not on its children: a finger away from people scrolls
     the page vertically or zooms; one on a person is kept for the drag by the element
     (its touchstart is cancelled). */
  svg.circle {
    touch-action: pan-y pinch-zoom;
  }
  .person {
    cursor: grab;
    outline: none;
  }
  :host([readonly]) .person,
  .readonly .person {
    cursor: pointer;
  }
  .person.dragging {
    cursor: grabbing;
  }
  .hit {
    fill: transparent;
    /* painted or not, the hit circle takes the pointer */
    pointer-events: all;
    r: var(--_hit-fine);
  }
  @media (pointer: coarse) {
    .hit {
      r: var(--_hit-coarse);
    }
  }
  .node {
    fill: var(--_circle-node);
    stroke: var(--_color-surface);
    stroke-width: 2;
  }
  .conflict-some .node {
    stroke: var(--_color-conflict);
    stroke-width: 3;
    stroke-dasharray: 3 2;
  }
  .conflict-a-lot .node {
    stroke: var(--_color-conflict);
    stroke-width: 4;
  }
  .mark {
    fill: var(--_color-accent-contrast);
    font-weight: 700;
    font-size: 12px;
  }
  /* A person who has died: a pale dot in a soft ring, like a remembrance, never a crossed-out sign. */
  .deceased .node {
    fill: var(--_circle-node);
    fill-opacity: 0.3;
    stroke: var(--_color-surface);
    stroke-width: 2;
  }
  .deceased.conflict-some .node,
  .deceased.conflict-a-lot .node {
    stroke: var(--_color-conflict);
  }
  .deceased .mark {
    fill: var(--_color-text);
  }
  .memorial {
    fill: var(--_color-surface);
    stroke: var(--_color-muted);
    stroke-width: 1.5;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_color-focus);
    stroke-width: var(--_focus-width);
    visibility: hidden;
  }
  .person:focus-visible .focus-ring,
  .person.dragging .focus-ring {
    visibility: visible;
  }
  .label-bg {
    fill: var(--_color-surface);
    opacity: 0.85;
  }
  .label {
    fill: var(--_color-text);
  }
  .deceased .label {
    font-style: italic;
  }
  .leader {
    stroke: var(--_color-muted);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .empty {
    margin: 0;
    padding: var(--_space);
    color: var(--_color-muted);
  }
  .hint,
  .keys {
    margin: 0;
    font-size: 0.9em;
    color: var(--_color-muted);
  }
  /* The key help is for keyboard users: it shows while a person has keyboard focus, and
     stays in the accessibility tree (the picture's description) the rest of the time. */
  .keys {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .base:has(.person:focus-visible) .keys {
    position: static;
    width: auto;
    height: auto;
    overflow: visible;
    clip-path: none;
    white-space: normal;
  }

  /* the legend */
  .legend {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
    font-size: 0.9em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .legend svg {
    width: 40px;
    height: 24px;
    flex: none;
  }

  /* the list */
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.4em 0.5em;
    border-bottom: 1px solid var(--_color-border);
  }
  th button {
    min-height: 2.75rem;
    border: none;
    background: none;
    padding: 0 0.25em;
    font-weight: 700;
  }
  td .more {
    margin: 0;
    min-width: 12em;
    font-size: 0.9em;
  }
  td .more dt {
    font-weight: 600;
  }
  td .more dd {
    margin: 0 0 0.3em;
    white-space: pre-wrap;
  }
  .row-actions {
    display: flex;
    gap: 0.25em;
    flex-wrap: wrap;
  }

  /* snapshots */
  .snapshots {
    display: grid;
    gap: var(--_space);
    border-top: 1px solid var(--_color-border);
    padding-top: var(--_space);
  }
  .snapshots h3 {
    margin: 0;
    font-size: 1.05em;
  }
  .snapshots ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .compare-result h4 {
    margin: 0.5em 0 0.2em;
    font-size: 1em;
  }

  /* undo */
  .toast {
    display: flex;
    gap: var(--_space);
    align-items: center;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_color-text);
    color: var(--_color-surface);
  }
  .toast button {
    color: var(--_color-text);
  }

  /* the editor */
  dialog {
    width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    padding: calc(var(--_space) * 2);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog form {
    display: grid;
    gap: var(--_space);
  }
  dialog h3 {
    margin: 0;
  }
  fieldset {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    display: grid;
    gap: 0.3em;
  }
  fieldset label {
    display: flex;
    gap: 0.5em;
    align-items: start;
    min-height: 2.75rem;
  }
  fieldset label input {
    margin-top: 0.35em;
  }
  .hint {
    display: block;
    color: var(--_color-muted);
    font-size: 0.9em;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: space-between;
  }
  details.export {
    position: relative;
  }
  details.export summary {
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  details.export .menu {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    padding-top: var(--_space);
  }
  .details-view dt {
    font-weight: 600;
  }
  .details-view dd {
    margin: 0 0 0.5em;
    white-space: pre-wrap;
  }

  @media (forced-colors: active) {
    .node {
      fill: CanvasText;
    }
    .deceased .node {
      fill: Canvas;
      stroke: CanvasText;
    }
    .memorial {
      fill: Canvas;
      stroke: CanvasText;
    }
    .ring,
    .support,
    .leader {
      stroke: CanvasText;
    }
    .label,
    .ring-label {
      fill: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
  }

  @media print {
    .bar,
    form.add,
    .toast,
    .keys,
    .snapshot-controls,
    .row-actions {
      display: none !important;
    }
    .view-circle .list-view,
    .view-list .picture-view {
      display: block !important;
    }
    .list-view {
      break-before: page;
    }
    svg.circle {
      max-height: 95vh;
    }
    select {
      appearance: none;
      border: none;
    }
  }
`;
