import { css } from 'lit';

export const symptomCheckStyles = css`
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
  p {
    margin: 0 0 var(--_space);
  }
  .intro,
  .progress,
  .note,
  .optional,
  .muted {
    color: var(--_color-muted);
  }
  .frame-q {
    font-weight: 600;
    font-size: 1.05em;
  }
  .due,
  .resumed,
  .notice {
    border-inline-start: 4px solid var(--_color-warning);
    background: var(--_color-surface-alt);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
  }
  .notice {
    font-weight: 600;
  }
  .items {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .item {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    padding: calc(var(--_space) * 1.5);
  }
  .item.answered {
    background: var(--_color-surface-alt);
  }
  .item.missing {
    border: 2px solid var(--_color-warning);
  }
  .item.difficulty {
    margin-bottom: calc(var(--_space) * 2);
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: calc(var(--_space) / 2);
    float: left;
    width: 100%;
  }
  legend + * {
    clear: both;
  }
  .options {
    display: grid;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-height: 2.75rem;
    padding: 0 calc(var(--_space) / 2);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(input:checked) {
    font-weight: 600;
  }
  input[type='radio'] {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .item9-help {
    margin-top: var(--_space);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .result {
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .result .score {
    font-size: 1.2em;
    font-weight: 600;
  }
  .history table {
    border-collapse: collapse;
    width: 100%;
    max-width: 36rem;
  }
  .history th,
  .history td {
    text-align: start;
    padding: calc(var(--_space) / 2) var(--_space);
    border-bottom: 1px solid var(--_color-border);
  }
  .history tbody th {
    font-weight: normal;
  }
  .ro-response {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .ro-response.open {
    border-style: dashed;
  }
  .flag {
    border-inline-start: 4px solid var(--_color-conflict);
    padding-inline-start: var(--_space);
    font-weight: 600;
  }
  .answers {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.5em;
  }
  .answers li {
    margin-bottom: calc(var(--_space) / 2);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
  }
  @media (forced-colors: active) {
    .item.missing,
    .result {
      border-color: Highlight;
    }
  }
  @media print {
    .actions,
    button {
      display: none;
    }
  }
`;
