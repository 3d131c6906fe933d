import { css } from 'lit';
import { worksheetStyles } from '../core/worksheet.styles.js';

/** The shared worksheet layout (core/worksheet.styles.ts). */
export const endingPlanStyles = worksheetStyles;

/** One page on paper: compact type, no buttons or fields' chrome, sections kept whole. */
export const endingPlanPrint = css`
  .plan-text {
    white-space: pre-wrap;
  }
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    textarea,
    .help {
      display: none !important;
    }
    :host {
      font-size: 10pt;
      line-height: 1.3;
      color: #000;
      background: #fff;
    }
    .frame,
    fieldset {
      margin-bottom: 6pt;
    }
    h4 {
      margin: 0 0 2pt;
    }
    .no-print,
    .crisis-link,
    button {
      display: none !important;
    }
    .card {
      border: 1px solid #000;
      background: none;
      padding: 4pt 6pt;
      margin-bottom: 6pt;
    }
    ul {
      padding-inline-start: 14pt;
    }
    ul.choices li {
      min-height: 0;
    }
    section,
    fieldset,
    li {
      break-inside: avoid;
    }
    h2 {
      font-size: 14pt;
    }
    h3,
    legend {
      font-size: 11.5pt;
    }
    .columns {
      grid-template-columns: 1fr 1fr;
      gap: 8pt;
    }
    p,
    ul {
      margin: 0 0 4pt;
    }
  }
`;
