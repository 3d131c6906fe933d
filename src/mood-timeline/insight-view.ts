import { html, nothing, type TemplateResult } from 'lit';
import type { WorkbookPerson } from '../core/context.js';
import { INSIGHT_MIN_DAYS, type PersonInsight } from './insight.js';
import { formatList } from './strings.js';
import type { DayWords } from './view-model.js';

// The patterns' numbers come with their words: one chunk, loaded after the first frame.
export { INSIGHT_MIN_DAYS, personInsights } from './insight.js';

/**
 * The mood around events with each person. What it owns: the section's markup, and the
 * gentle wording for someone who has died. What it does NOT own: the numbers (insight.ts),
 * the names (looked up live in the workbook by the element).
 */
export interface InsightView extends DayWords {
  /** The workbook's circle: who has died. */
  people: readonly WorkbookPerson[];
  personName(id: string): string;
}

export function renderInsight(view: InsightView, insights: readonly PersonInsight[]): TemplateResult {
  const people = view.people;
  const name = (p: PersonInsight) => (p.personId !== undefined ? view.personName(p.personId) : (p.name ?? ''));
  const hasDied = (p: PersonInsight) => p.personId !== undefined && people.some((q) => q.id === p.personId && q.deceased === true);
  const ready = insights.filter((p) => p.enough);
  const waiting = insights.filter((p) => !p.enough);
  const line = (p: PersonInsight) =>
    html`${view.t('mood.insight.person', {
        name: name(p),
        with: view.num(p.withMean!),
        withDays: p.withDays,
        other: view.num(p.otherMean!),
        otherDays: p.otherDays,
      })}
      <span class="caveat muted">${view.t('mood.insight.caveat')}</span>`;
  return html`<section class="insight" part="insight" aria-labelledby="insight-heading">
    <h3 id="insight-heading">${view.t('mood.insight.heading')}</h3>
    ${insights.length === 0 ? html`<p class="muted">${view.t('mood.insight.none')}</p>` : nothing}
    ${ready.length
      ? html`<ul class="patterns">
          ${ready.map((p) =>
            hasDied(p)
              ? // someone who has died: offered behind a gentle word, never as a bare average
                html`<li class="pattern deceased" data-key=${p.key}>
                  <details>
                    <summary>${view.t('mood.insight.deceased', { name: name(p) })}</summary>
                    <p class="muted">${view.t('mood.insight.deceasedLead')}</p>
                    <p>${line(p)}</p>
                  </details>
                </li>`
              : html`<li class="pattern" data-key=${p.key}>${line(p)}</li>`,
          )}
        </ul>`
      : nothing}
    ${ready.length ? html`<p class="muted">${view.t('mood.insight.note')}</p>` : nothing}
    ${waiting.length
      ? html`<p class="muted waiting">
          ${view.t('mood.insight.waiting', { names: formatList(waiting.map(name), view.locale), min: INSIGHT_MIN_DAYS })}
        </p>`
      : nothing}
  </section>`;
}
