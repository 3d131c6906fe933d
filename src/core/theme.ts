/**
 * The kit's design tokens. Hosts theme with `--ipt-*` custom properties (on the elements,
 * on `<ipt-workbook>`, or on any ancestor); elements read them through private `--_*`
 * variables whose fallbacks follow the light or dark scheme of the user.
 */
import { css, unsafeCSS } from 'lit';
import { crisisStyles } from './crisis.js';

/** Token name → [light, dark] default. */
export const TOKENS: Record<string, readonly [string, string]> = {
  'color-text': ['#1f2a37', '#e8edf3'],
  'color-muted': ['#52606d', '#a9b4c2'],
  'color-surface': ['#ffffff', '#161b22'],
  'color-surface-alt': ['#f4f6f8', '#1f2630'],
  'color-border': ['#8a96a3', '#5b6775'],
  'color-accent': ['#2f6f73', '#7cc4c8'],
  'color-accent-contrast': ['#ffffff', '#0d1117'],
  'color-support': ['#2e7d4f', '#7fd39f'],
  'color-conflict': ['#b3261e', '#ff9a8f'],
  'color-warning': ['#8a5a00', '#f2c46d'],
  'color-focus': ['#1a56db', '#8ab4ff'],
  'font-family': ['system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'],
  'font-size': ['1rem', '1rem'],
  radius: ['0.5rem', '0.5rem'],
  space: ['0.5rem', '0.5rem'],
  // Space above and below each element, so bare elements on a CMS page do not butt against
  // each other or the page's text. Set it to 0 where the host lays the elements out itself.
  'outer-space': ['1.5rem', '1.5rem'],
  'focus-width': ['3px', '3px'],
};

function declarations(scheme: 0 | 1): string {
  return Object.entries(TOKENS)
    .map(([name, values]) => `--_${name}: var(--ipt-${name}, ${values[scheme]});`)
    .join('\n');
}

/** Explicit token values, used by `<ipt-workbook theme="light|dark">`. */
export function explicitTokens(scheme: 0 | 1): string {
  return Object.entries(TOKENS)
    .map(([name, values]) => `--ipt-${name}: ${values[scheme]};`)
    .join('\n');
}

/** Shared by every element: tokens, focus ring, hidden text, reduced motion, forced colours. */
const foundationStyles = css`
  :host {
    ${unsafeCSS(declarations(0))}
    display: block;
    box-sizing: border-box;
    margin-block: var(--_outer-space);
    color: var(--_color-text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${unsafeCSS(declarations(1))}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .saving-notice {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 3px solid var(--_color-border);
    color: var(--_color-text);
    background: var(--_color-surface-alt);
    border-radius: var(--_radius);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  button.primary {
    background: var(--_color-accent);
    color: var(--_color-accent-contrast);
    border-color: var(--_color-accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    button {
      border-color: ButtonText;
    }
  }
`;

/** Shared by every element: the foundation above and the crisis link and panel. */
export const baseStyles = [foundationStyles, crisisStyles];
