import { css } from 'lit';

/**
 * The layout the worksheets of the therapy's arc share (formulation, session plan, ending
 * plan): frames, fieldsets, fields, cards and their read-only text.
 */
export const worksheetStyles = css`
  .frame,
  fieldset {
    border: 0;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    min-width: 0;
  }
  h2 {
    font-size: 1.35em;
    margin: 0 0 var(--_space);
  }
  h3,
  legend {
    font-size: 1.1em;
    font-weight: 600;
    margin: 0 0 calc(var(--_space) / 2);
    padding: 0;
  }
  p {
    margin: 0 0 var(--_space);
  }
  .intro,
  .help,
  .muted {
    color: var(--_color-muted);
  }
  .card {
    background: var(--_color-surface-alt);
    border-inline-start: 4px solid var(--_color-accent);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin-bottom: calc(var(--_space) * 2);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 4px;
  }
  /* a choice's label sits level with its box (the block labels' bottom margin would lift it) */
  .choice label {
    display: inline;
    font-weight: normal;
    margin: 0;
  }
  ul.choices {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  ul.choices li {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-height: 44px;
  }
  input[type='checkbox'] {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
  }
  input[type='date'],
  input[type='text'],
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 8px;
    min-height: 44px;
    box-sizing: border-box;
    max-width: 100%;
  }
  textarea {
    width: 100%;
    min-height: 6em;
  }
  .statement-draft,
  .said {
    background: var(--_color-surface-alt);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .columns {
    display: grid;
    gap: calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
  }
  .pre {
    white-space: pre-wrap;
  }
`;
