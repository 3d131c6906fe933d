// STUB of the safety core (removed when main has it): just enough to build against.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

export type CrisisContent = Record<string, string | HTMLTemplateElement>;

const GENERIC = 'If you are in danger or thinking about harming yourself, call your local emergency number now.';

export class CrisisController {
  private open = false;
  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { crisisContent?: CrisisContent }) {}

  private content(): TemplateResult {
    const own = this.host.crisisContent;
    const first = own ? Object.values(own)[0] : undefined;
    if (typeof first === 'string') return html`${unsafeHTML(first)}`;
    return html`<p>${GENERIC}</p>`;
  }

  link(): TemplateResult {
    return html`<div class="crisis-link" part="crisis-link">
      <button type="button" aria-expanded=${this.open ? 'true' : 'false'} @click=${() => { this.open = !this.open; this.host.requestUpdate(); }}>Need help now?</button>
      ${this.open ? html`<div class="crisis-content">${this.content()}</div>` : nothing}
    </div>`;
  }

  panel(options: { lead?: string; id?: string } = {}): TemplateResult {
    return html`<section class="crisis-panel" part="crisis" id=${options.id ?? nothing} role="region" aria-label="Help now">
      ${options.lead ? html`<p class="crisis-lead">${options.lead}</p>` : nothing}
      <div class="crisis-content">${this.content()}</div>
    </section>`;
  }
}
