import { css } from 'lit';

export const pickerStyles = css`
  .frame,
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  h2 {
    font-size: 1.35em;
    margin: 0 0 var(--_space);
  }
  h3 {
    font-size: 1.1em;
    margin: 0 0 calc(var(--_space) / 2);
  }
  h4 {
    font-size: 1em;
    margin: calc(var(--_space) * 2) 0 calc(var(--_space) / 2);
  }
  p {
    margin: 0 0 var(--_space);
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: calc(var(--_space) / 2);
  }
  .choose-group > legend {
    font-size: 1.1em;
  }
  .help,
  .count,
  .examples {
    color: var(--_color-muted);
  }
  .suggest-note,
  .note {
    border-inline-start: 4px solid var(--_color-warning);
    background: var(--_color-surface-alt);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
  }
  .areas {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
  }
  .area {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    padding: calc(var(--_space) * 2);
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .area.chosen {
    border: 2px solid var(--_color-accent);
    background: var(--_color-surface-alt);
  }
  .examples ul {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }
  .examples p {
    margin: 0;
  }
  .goal-ideas p {
    margin: 0;
  }
  .goal-ideas ul {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }
  .badge {
    display: inline-block;
    font-size: 0.8em;
    font-weight: 600;
    padding: 0 0.5em;
    border-radius: 999px;
    border: 1px solid var(--_color-accent);
    color: var(--_color-text);
    vertical-align: middle;
  }
  .badge.main {
    background: var(--_color-accent);
    color: var(--_color-accent-contrast);
  }
  .badge.suggested {
    border-style: dashed;
  }
  .suggestion {
    margin: 0;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
  }
  .option,
  .choose {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-height: 2.75rem;
  }
  .choose {
    margin-top: auto;
    font-weight: 600;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .notice {
    font-weight: 600;
    margin: 0;
  }
  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0;
  }
  .primary-group,
  .details {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .details {
    background: var(--_color-surface-alt);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    margin-bottom: calc(var(--_space) * 1.5);
    max-width: 40rem;
  }
  .field label {
    font-weight: 600;
  }
  input[type='text'],
  textarea,
  select {
    min-height: 2.75rem;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    width: 100%;
  }
  .stage {
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .stage-option .help {
    margin: 0 0 var(--_space) calc(1.25rem + var(--_space) / 2);
  }
  .goal-list {
    padding: 0;
    margin: 0 0 var(--_space);
    list-style: none;
  }
  .goal,
  .add-goal {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .goal input[type='text'],
  .add-goal input[type='text'] {
    flex: 1 1 14rem;
    width: auto;
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 var(--_space);
    white-space: pre-wrap;
  }
  @media (forced-colors: active) {
    .area.chosen,
    .badge {
      border-color: Highlight;
    }
    .badge.main {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .choose,
    .rating,
    .add-goal,
    button {
      display: none;
    }
  }
`;
