import { css } from 'lit';

/** The status line: quiet text in the kit's tokens, a dot whose colour says the status. */
export const syncStyles = css`
  :host {
    display: block;
  }
  :host(:not([show-status])) {
    display: none;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) / 2) 0;
    color: var(--_color-muted);
    font-size: 0.9375em;
  }
  .dot {
    flex: none;
    width: 0.625rem;
    height: 0.625rem;
    border-radius: 50%;
    background: var(--_color-support);
  }
  .sending .dot {
    background: var(--_color-accent);
  }
  .offline .dot,
  .retrying .dot {
    background: var(--_color-warning);
  }
  .error .dot {
    background: var(--_color-conflict);
  }
  .text {
    flex: 1 1 16rem;
  }
  button {
    min-height: 2.75rem;
  }
  @media (forced-colors: active) {
    .dot {
      border: 1px solid CanvasText;
    }
  }
`;
