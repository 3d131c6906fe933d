import { css, unsafeCSS } from 'lit';
import { explicitTokens } from '../core/theme.js';

export const workbookStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
    ${unsafeCSS(explicitTokens(0))}
  }
  :host([theme='dark']) {
    color-scheme: dark;
    ${unsafeCSS(explicitTokens(1))}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      color-scheme: dark;
    }
  }
`;
