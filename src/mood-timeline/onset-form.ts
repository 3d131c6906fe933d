import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Params } from '../core/i18n.js';
import { formatDayLong } from './strings.js';

/**
 * "When my low mood started": the day shown, and the form that sets, changes or clears it.
 * What it owns: the markup. What it does NOT own: the draft day and its error (the element
 * keeps them), saving, the focus.
 */
export interface OnsetView {
  t(key: string, params?: Params): string;
  locale: string;
  readonly: boolean;
  /** The marked day, if any. */
  onset: string | null | undefined;
  today: string;
  /** The day typed but not saved yet ('' when none). */
  draft: string;
  error: string;
}

export interface OnsetActions {
  save(e: Event): void;
  clear(): void;
  /** The date field changed. */
  draft(value: string): void;
}

export function renderOnset(view: OnsetView, on: OnsetActions): TemplateResult {
  const onset = view.onset ?? undefined;
  const today = view.today;
  const shown = onset
    ? html`<p class="onset-shown">${view.t('mood.onset.shown', { date: formatDayLong(onset, view.locale, today) })}</p>`
    : html`<p class="muted onset-shown">${view.t('mood.onset.none')}</p>`;
  if (view.readonly) {
    return html`<section class="onset" part="onset" aria-labelledby="onset-heading">
      <h3 id="onset-heading">${view.t('mood.onset.heading')}</h3>
      ${shown}
    </section>`;
  }
  return html`<section class="onset" part="onset" aria-labelledby="onset-heading">
    <h3 id="onset-heading">${view.t('mood.onset.heading')}</h3>
    <p class="muted" id="onset-intro">${view.t('mood.onset.intro')}</p>
    ${shown}
    <form class="onset-form actions" novalidate @submit=${on.save}>
      <div class="field">
        <label for="onset-date">${view.t('mood.onset.date')}</label>
        <input
          id="onset-date"
          type="date"
          max=${today}
          aria-describedby="onset-intro"
          aria-invalid=${view.error ? 'true' : 'false'}
          .value=${live(view.draft || onset || '')}
          @change=${(e: Event) => on.draft((e.target as HTMLInputElement).value)}
        />
      </div>
      <button type="submit" class="save-onset">${view.t('mood.onset.save')}</button>
      ${onset ? html`<button type="button" class="clear-onset" @click=${on.clear}>${view.t('mood.onset.clear')}</button>` : nothing}
    </form>
    ${view.error ? html`<p class="error" role="alert">${view.error}</p>` : nothing}
  </section>`;
}
