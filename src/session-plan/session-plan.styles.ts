import { css } from 'lit';
import { worksheetStyles } from '../core/worksheet.styles.js';

/** The shared worksheet layout (core/worksheet.styles.ts). */
export const sessionPlanStyles = worksheetStyles;

export const sessionPlanExtra = css`
  .where {
    font-size: 1.2em;
    font-weight: 600;
    margin-bottom: calc(var(--_space) / 2);
  }
  ol.sessions {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ol.sessions li {
    border-top: 1px solid var(--_color-border);
    padding: var(--_space) 0;
    display: grid;
    gap: calc(var(--_space) / 2) var(--_space);
    grid-template-columns: minmax(7rem, auto) minmax(10rem, auto) 1fr;
    align-items: start;
  }
  ol.sessions li.current {
    background: var(--_color-surface-alt);
  }
  @media (max-width: 40rem) {
    ol.sessions li {
      grid-template-columns: 1fr;
    }
  }
  .phase-head {
    margin-top: var(--_space);
  }
  .sr-label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  input[type='number'] {
    font: inherit;
    width: 5em;
    min-height: 44px;
    padding: 8px;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: inherit;
  }
`;
