import { css } from 'lit';
import { communicationPrint, communicationStyles } from '../communication-analysis/communication-analysis.styles.js';

/** The middle phase's two worksheets share one look (lists, fields, read-only record, print). */
export const decisionStyles = [
  ...communicationStyles,
  css`
    fieldset.option {
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      padding: var(--_space);
    }
    fieldset.option legend {
      padding: 0 4px;
    }
    .reasons {
      display: grid;
      gap: var(--_space);
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    }
    ul.choices li input[type='radio'] {
      width: 24px;
      height: 24px;
      margin: 0;
    }
    .chosen {
      font-weight: 700;
    }
  `,
];

export { communicationPrint as decisionPrint };
