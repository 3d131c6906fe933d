import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Params } from '../core/i18n.js';
import { stageLabelKey } from '../core/vocabulary.js';
import { TEXT_FIELDS, sortPeople, type Person, type SortKey } from './model.js';

/**
 * The circle's list view: one sortable row per person, with everything the picture holds
 * (and the text fields it cannot show). What it owns: the table's markup. What it does NOT
 * own: the sort order (the element keeps it), changes (handed back through `on`).
 */
export interface ListView {
  t(key: string, params?: Params): string;
  locale: string;
  readonly: boolean;
  /** How many rings are shown. */
  rings: number;
  ringLabel(ring: number): string;
  /** The ring a person is drawn on (a ring beyond those shown is the outermost). */
  shownRing(p: Person): number;
  relationshipText(p: Person): string;
  sortKey: SortKey;
  sortDesc: boolean;
}

export interface ListActions {
  /** A column's sort button: the same key again flips the order. */
  sort(key: SortKey): void;
  move(id: string, ring: number): void;
  edit(id: string, from: HTMLElement): void;
  remove(id: string): void;
}

export function renderList(v: ListView, people: readonly Person[], on: ListActions): TemplateResult {
  const sorted = sortPeople(people, v.sortKey, v.sortDesc, v.locale);
  const readonly = v.readonly;
  const header = (key: SortKey, text: string) => {
    const active = v.sortKey === key;
    return html`<th scope="col" aria-sort=${active ? (v.sortDesc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" class="sort-${key}" @click=${() => on.sort(key)}>
        ${text}${active ? (v.sortDesc ? ' ▼' : ' ▲') : ''}
      </button>
    </th>`;
  };
  const level = (value: string | undefined) => (value ? v.t(`circle.level.${value}`) : '');
  // A region that may scroll sideways on a phone: focusable so the keyboard can scroll it.
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label=${v.t('circle.title')}>
    <table part="list">
      <caption class="sr-only">${v.t('circle.title')}</caption>
      <thead>
        <tr>
          ${header('name', v.t('circle.sort.name'))} ${header('relationship', v.t('circle.sort.relationship'))}
          ${header('ring', v.t('circle.sort.ring'))}
          <th scope="col">${v.t('circle.col.contact')}</th>
          <th scope="col">${v.t('circle.col.support')}</th>
          <th scope="col">${v.t('circle.col.conflict')}</th>
          <th scope="col">${v.t('circle.col.more')}</th>
          ${readonly ? nothing : html`<th scope="col">${v.t('circle.col.actions')}</th>`}
        </tr>
      </thead>
      <tbody>
        ${repeat(
          sorted,
          (p) => p.id,
          (p) => html`<tr data-id=${p.id}>
            <th scope="row">${p.name}${p.deceased ? html` <span class="died">(${v.t('circle.person.deceased')})</span>` : nothing}</th>
            <td>${v.relationshipText(p)}</td>
            <td>
              ${readonly
                ? v.t('circle.ringOption', { ring: v.shownRing(p), label: v.ringLabel(v.shownRing(p)) })
                : html`<select
                    class="ring-select"
                    aria-label=${`${v.t('circle.field.ring')}: ${p.name}`}
                    @change=${(e: Event) => on.move(p.id, Number((e.target as HTMLSelectElement).value))}
                  >
                    ${Array.from({ length: v.rings }, (_, i) => i + 1).map(
                      (r) =>
                        html`<option value=${r} ?selected=${r === v.shownRing(p)}>
                          ${v.t('circle.ringOption', { ring: r, label: v.ringLabel(r) })}
                        </option>`,
                    )}
                  </select>`}
            </td>
            <td>${p.contact ? v.t(`circle.contact.${p.contact}`) : ''}</td>
            <td>${level(p.support)}</td>
            <td>${level(p.conflict)}${p.disputeStage ? html`<br />${v.t(stageLabelKey(p.disputeStage))}` : nothing}</td>
            <td>${renderMore(v, p)}</td>
            ${readonly
              ? nothing
              : html`<td>
                  <div class="row-actions">
                    <button
                      type="button"
                      class="edit"
                      aria-label=${v.t('circle.editNamed', { name: p.name })}
                      @click=${(e: Event) => on.edit(p.id, e.currentTarget as HTMLElement)}
                    >
                      ${v.t('circle.edit')}
                    </button>
                    <button
                      type="button"
                      class="remove"
                      aria-label=${v.t('circle.removeNamed', { name: p.name })}
                      @click=${() => on.remove(p.id)}
                    >
                      ${v.t('circle.remove')}
                    </button>
                  </div>
                </td>`}
          </tr>`,
        )}
      </tbody>
    </table>
    ${people.length === 0 ? html`<p class="empty">${v.t('circle.empty')}</p>` : nothing}
  </div>`;
}

function renderMore(v: ListView, p: Person): TemplateResult | typeof nothing {
  const filled = TEXT_FIELDS.filter((f) => p[f]);
  if (!filled.length) return nothing;
  return html`<dl class="more">
    ${filled.map((f) => html`<dt>${v.t(`circle.field.${f}`)}</dt><dd>${p[f]}</dd>`)}
  </dl>`;
}
