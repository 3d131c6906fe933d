import { css } from 'lit';

/**
 * The table view's rules, fetched with its code (table-view.ts) and adopted into the
 * element's shadow root then (constructable stylesheets, so strict-CSP pages are fine).
 */
export const tableViewStyles = css`
  .events-cell ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .table-wrap {
    overflow-x: auto;
    max-height: 32rem;
    overflow-y: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_space);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: calc(var(--_space) / 2) var(--_space);
    border-bottom: 1px solid var(--_color-border);
  }
  /* Headers, days and ratings break between words only ("Mood", never "Moo / d"): a long
     note widens its own column, within its minimum, and the table scrolls in its box on a
     phone. Only the free-text columns may break inside a word (a long link in a note). */
  th,
  .mood-cell {
    overflow-wrap: normal;
    hyphens: manual;
  }
  tbody th {
    white-space: nowrap;
  }
  .events-cell {
    min-width: 12rem;
    overflow-wrap: anywhere;
  }
  .notes-cell {
    min-width: 10rem;
    overflow-wrap: anywhere;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_color-surface-alt);
  }


  @media print {
    .table-wrap {
      max-height: none;
      overflow: visible;
    }
    thead th {
      position: static;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
