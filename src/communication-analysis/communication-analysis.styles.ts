import { css } from 'lit';
import { worksheetStyles } from '../core/worksheet.styles.js';

/** The shared worksheet layout, and the list, the steps and the read-only record. */
export const communicationStyles = [
  worksheetStyles,
  css`
    ul.list {
      list-style: none;
      margin: 0 0 var(--_space);
      padding: 0;
    }
    ul.list li {
      margin-bottom: calc(var(--_space) / 2);
    }
    .open-button {
      width: 100%;
      text-align: start;
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: calc(var(--_space) / 2);
    }
    .open-button .count {
      color: var(--_color-muted);
      font-weight: normal;
    }
    h4 {
      margin: var(--_space) 0 calc(var(--_space) / 2);
    }
    select,
    input[type='text'],
    input[type='date'] {
      font: inherit;
      min-height: 44px;
      width: 100%;
      max-width: 28rem;
      box-sizing: border-box;
    }
    select {
      color: inherit;
      background: var(--_color-surface);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      padding: 8px;
    }
    .field {
      margin-bottom: var(--_space);
    }
    #heading-open {
      font-size: 1.2em;
      margin: var(--_space) 0;
    }
    [part='steps'] {
      margin-bottom: calc(var(--_space) * 2);
    }
    .step-count {
      color: var(--_color-muted);
      margin: 0 0 4px;
    }
    .step-nav {
      display: flex;
      justify-content: space-between;
      gap: var(--_space);
      margin: var(--_space) 0;
    }
    details {
      margin-bottom: var(--_space);
    }
    summary {
      padding: 10px 0;
      cursor: pointer;
    }
    ol.steps {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    ol.steps button,
    .open-button {
      box-sizing: border-box;
      white-space: normal;
      overflow-wrap: anywhere;
    }
    ol.steps button {
      width: 100%;
      text-align: start;
      margin-bottom: 4px;
    }
    ol.steps button[aria-current='step'] {
      border-width: 2px;
      font-weight: 700;
    }
    dl.record {
      margin: 0 0 var(--_space);
    }
    dl.record dt {
      font-weight: 600;
      margin-top: calc(var(--_space) / 2);
    }
    dl.record dd {
      margin: 0;
      white-space: pre-wrap;
    }
    article.analysis {
      border-top: 1px solid var(--_color-border);
      padding-top: var(--_space);
      margin-bottom: var(--_space);
    }
    .notice {
      font-weight: 600;
    }
  `,
];

export const communicationPrint = css`
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    .no-print,
    .crisis,
    button {
      display: none !important;
    }
    :host {
      font-size: 10pt;
      color: #000;
      background: #fff;
    }
    article.analysis {
      break-inside: avoid;
    }
  }
`;
