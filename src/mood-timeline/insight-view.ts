import { html, nothing, type TemplateResult } from 'lit';
import type { WorkbookPerson } from '../core/context.js';
import { INSIGHT_MIN_DAYS, type PersonInsight } from './insight.js';
import { formatDayLong, formatList } from './strings.js';
import type { DayWords, ViewModel } from './view-model.js';
import { dayNumber } from './dates.js';
import type { LifeEvent } from './model.js';

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
  /** The element's heading at a depth below its own (it follows `heading-level`). */
  heading(depth: number, content: unknown, attributes?: { id?: string }): unknown;
  /** Read-only: the note that speaks to the client stays out. */
  readonly: boolean;
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
    ${view.heading(1, view.t('mood.insight.heading'), { id: 'insight-heading' })}
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
    ${ready.length && !view.readonly ? html`<p class="muted">${view.t('mood.insight.note')}</p>` : nothing}
    ${waiting.length
      ? html`<p class="muted waiting">
          ${view.t('mood.insight.waiting', { names: formatList(waiting.map(name), view.locale), min: INSIGHT_MIN_DAYS })}
        </p>`
      : nothing}
  </section>`;
}

export interface NotesView extends DayWords {
  heading(depth: number, content: unknown, attributes?: { id?: string }): unknown;
  /** The top of the scale, for "4 of 10". */
  max: number;
  /** Today, in the person's calendar: "today" and "yesterday" in the dates. */
  today: string;
}

/**
 * The period's check-in notes as text, newest first: in the chart they are otherwise read
 * one day at a time (a tooltip, the chosen day), and a clinician reading the chart would
 * miss them.
 */
export function renderNotes(view: NotesView, vm: ViewModel): TemplateResult | typeof nothing {
  const notes: { date: string; mood: number; note: string }[] = [];
  for (let i = vm.rowDates.length - 1; i >= 0; i--) {
    const date = vm.rowDates[i]!;
    if (date < vm.window.from || date > vm.window.to) continue;
    for (const e of vm.rows.get(date)?.entries ?? []) if (e.note) notes.push({ date, mood: e.mood, note: e.note });
  }
  if (notes.length === 0) return nothing;
  return html`<section class="notes" part="notes" aria-labelledby="notes-heading">
    ${view.heading(1, view.t('mood.notes.heading'), { id: 'notes-heading' })}
    <ul class="note-list">
      ${notes.map(
        (n) => html`<li>${view.t('mood.notes.item', {
          date: formatDayLong(n.date, view.locale, view.today),
          mood: view.num(n.mood),
          max: view.num(view.max),
          note: n.note,
        })}</li>`,
      )}
    </ul>
  </section>`;
}

export interface UpcomingView {
  t(key: string, params?: Record<string, string | number>): string;
  locale: string;
  today: string;
  heading(depth: number, content: unknown, attributes?: { id?: string }): unknown;
  /** The element's own list of events (the same markup as in the day view). */
  eventList(events: LifeEvent[]): unknown;
}

/** Events dated after today, soonest first: "Coming up". */
export function renderUpcoming(view: UpcomingView, events: readonly LifeEvent[]): TemplateResult | typeof nothing {
  const today = view.today;
  const coming = events.filter((e) => e.date > today).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (!coming.length) return nothing;
  const relative = new Intl.RelativeTimeFormat(view.locale, { numeric: 'auto' });
  return html`<section class="upcoming" part="upcoming" aria-labelledby="upcoming-heading">
    ${view.heading(1, view.t('mood.upcoming.heading'), { id: 'upcoming-heading' })}
    ${coming.map(
      (e) => html`<div class="upcoming-item" data-date=${e.date}>
        <p class="upcoming-when">
          ${view.t('mood.upcoming.item', {
            date: formatDayLong(e.date, view.locale, today),
            when: relative.format(dayNumber(e.date) - dayNumber(today), 'day'),
          })}
        </p>
        ${view.eventList([e])}
      </div>`,
    )}
  </section>`;
}
