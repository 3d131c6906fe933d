import { html, nothing, type TemplateResult } from 'lit';
import type { LifeEvent } from './model.js';
import type { DayRow } from './chart.js';
import { formatDate } from './strings.js';
import type { DayWords, ShownMeasure, ViewModel } from './view-model.js';

/** Adopted by the element's `LazyModule` when this code arrives. */
export { tableViewStyles as styles } from './table-view.styles.js';

/**
 * The table view: a row per day, newest first, a page at a time (every day on paper).
 * What it owns: the table's markup. What it does NOT own: how many days are shown (the
 * element keeps the count and moves the focus after "Show older days"), the event list in
 * a cell (the element's, with its edit and remove buttons).
 */
export interface TableView extends DayWords {
  /** While printing every day is in the table. */
  printing: boolean;
  /** How many days (newest first) are shown. */
  shown: number;
  /** How many more "Show older days" adds. */
  page: number;
  eventList(events: LifeEvent[]): TemplateResult;
}

export function renderTable(view: TableView, vm: ViewModel, on: { showOlder(): void }): TemplateResult {
  const all = vm.rowDates.length;
  // newest first: what people look for; a page at a time, but all of them on paper
  const shown = view.printing ? all : Math.min(all, view.shown);
  const rows: DayRow[] = [];
  for (let i = all - 1; i >= all - shown; i--) rows.push(vm.rows.get(vm.rowDates[i])!);
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-labelledby="table-caption">
    <table>
      <caption id="table-caption">
        ${view.t('mood.table.caption', {
          from: formatDate(vm.window.from, view.locale, 'dayShort'),
          to: formatDate(vm.window.to, view.locale, 'dayShort'),
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${view.t('mood.table.date')}</th>
          <th scope="col">${view.t('mood.table.mood')}</th>
          <th scope="col">${view.t('mood.table.events')}</th>
          <th scope="col">${view.t('mood.table.measures')}</th>
          <th scope="col">${view.t('mood.table.notes')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr data-date=${r.date}>
            <th scope="row" tabindex="-1">${formatDate(r.date, view.locale, 'dayShort')}</th>
            <td class="mood-cell">${r.mood === undefined ? '' : view.num(r.mood)}</td>
            <td class="events-cell">${r.events.length ? view.eventList(r.events) : nothing}</td>
            <td class="measures-cell">
              ${r.measures.map(
                (m) =>
                  html`<div>
                    ${view.measureText(m)}${(m as ShownMeasure).shared !== undefined
                      ? html` <span class="muted">(${view.t('mood.measure.shared')})</span>`
                      : nothing}
                  </div>`,
              )}
            </td>
            <td class="notes-cell">${r.entries.filter((e) => e.note).map((e) => html`<div class="note">${e.note}</div>`)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${rows.length ? nothing : html`<p>${view.t('mood.chart.empty')}</p>`}
  </div>
  ${shown < all
    ? html`<p class="table-more" part="table-more">
        <span id="table-count">${view.t('mood.table.shown', { shown: count(view, shown), total: count(view, all) })}</span>
        <button type="button" class="show-older" aria-describedby="table-count" @click=${on.showOlder}>
          ${view.t('mood.table.more', { count: Math.min(view.page, all - shown) })}
        </button>
        <span class="muted">${view.t('mood.table.moreHint')}</span>
      </p>`
    : nothing}`;
}

/** A count with the locale's grouping (20,000; 20.000). */
function count(view: TableView, n: number): string {
  return n.toLocaleString(view.locale);
}
