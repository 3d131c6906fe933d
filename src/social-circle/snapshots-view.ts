import { html, nothing, type TemplateResult } from 'lit';
import type { Params } from '../core/i18n.js';
import type { Comparison, Snapshot } from './model.js';

/**
 * The circle's snapshots section: the form that takes one, the list, and the comparison of
 * two. What it owns: the markup. What it does NOT own: which two are compared (the element
 * keeps the choice), taking a snapshot (handed back through `on.submit`).
 */
export interface SnapshotsView {
  t(key: string, params?: Params): string;
  readonly: boolean;
  snapshots: readonly Snapshot[];
  /** The chosen ids ('' until the person picks; `now` for the current people). */
  compareFrom: string;
  compareTo: string;
  /** A day (`YYYY-MM-DD`) in words, as snapshots are dated. */
  formatDay(date: string): string;
  /** The label offered for the next snapshot. */
  suggestion: string;
  ringLabel(ring: number): string;
  compare(fromId: string, toId: string): Comparison;
}

export interface SnapshotsActions {
  submit(e: SubmitEvent): void;
  compareFrom(id: string): void;
  compareTo(id: string): void;
}

export function renderSnapshots(v: SnapshotsView, on: SnapshotsActions): TemplateResult {
  const snaps = v.snapshots;
  const date = (s: Snapshot) => {
    const d = new Date(s.takenAt);
    return Number.isNaN(d.getTime()) ? '' : v.formatDay(localDate(d));
  };
  const from = v.compareFrom || snaps[0]?.id || '';
  const to = v.compareTo || 'now';
  let result: Comparison | undefined;
  if (snaps.length && from) {
    try {
      result = v.compare(from, to);
    } catch {
      result = undefined;
    }
  }
  const option = (s: Snapshot, selected: string) =>
    html`<option value=${s.id} ?selected=${s.id === selected}>${v.t('circle.snapshot.item', { label: s.label, date: date(s) })}</option>`;
  return html`<section class="snapshots" part="snapshots" aria-labelledby="snapshots-title">
    <h3 id="snapshots-title">${v.t('circle.snapshots')}</h3>
    ${v.readonly
      ? nothing
      : html`<form class="snapshot-controls bar" @submit=${on.submit}>
          <label class="field"
            >${v.t('circle.snapshot.label')}
            <input type="text" name="label" maxlength="100" list="snapshot-suggestions" placeholder=${v.suggestion} />
          </label>
          <datalist id="snapshot-suggestions">
            <option value=${v.t('circle.snapshot.suggest.intake')}></option>
            <option value=${v.t('circle.snapshot.suggest.mid')}></option>
            <option value=${v.t('circle.snapshot.suggest.end')}></option>
          </datalist>
          <button type="submit" class="snapshot-save">${v.t('circle.snapshot.save')}</button>
        </form>`}
    ${snaps.length === 0
      ? html`<p class="empty">${v.t('circle.snapshot.none')}</p>`
      : html`<ul class="snapshot-list">
            ${snaps.map((s) => html`<li>${v.t('circle.snapshot.item', { label: s.label, date: date(s) })}</li>`)}
          </ul>
          <div class="bar compare-controls">
            <label class="field"
              >${v.t('circle.compare.from')}
              <select class="compare-from" @change=${(e: Event) => on.compareFrom((e.target as HTMLSelectElement).value)}>
                ${snaps.map((s) => option(s, from))}
                <option value="now" ?selected=${from === 'now'}>${v.t('circle.snapshot.now')}</option>
              </select>
            </label>
            <label class="field"
              >${v.t('circle.compare.to')}
              <select class="compare-to" @change=${(e: Event) => on.compareTo((e.target as HTMLSelectElement).value)}>
                ${snaps.map((s) => option(s, to))}
                <option value="now" ?selected=${to === 'now'}>${v.t('circle.snapshot.now')}</option>
              </select>
            </label>
          </div>
          ${result ? renderComparison(v, result) : nothing}`}
  </section>`;
}

function renderComparison(v: SnapshotsView, c: Comparison): TemplateResult {
  if (!c.moved.length && !c.added.length && !c.removed.length) {
    return html`<div class="compare-result"><p>${v.t('circle.compare.nothing')}</p></div>`;
  }
  const ringWords = (r: number) => v.t('circle.ringOption', { ring: r, label: v.ringLabel(r) });
  return html`<div class="compare-result">
    ${c.moved.length
      ? html`<h4>${v.t('circle.compare.moved')}</h4>
          <ul class="moved">
            ${c.moved.map(
              (m) =>
                html`<li>
                  ${v.t('circle.compare.movedItem', { name: m.name, from: ringWords(m.from), to: ringWords(m.to) })}
                  (${v.t(m.to < m.from ? 'circle.compare.closer' : 'circle.compare.further')})
                </li>`,
            )}
          </ul>`
      : nothing}
    ${c.added.length
      ? html`<h4>${v.t('circle.compare.added')}</h4>
          <ul class="added">
            ${c.added.map((p) => html`<li>${p.name}</li>`)}
          </ul>`
      : nothing}
    ${c.removed.length
      ? html`<h4>${v.t('circle.compare.removed')}</h4>
          <ul class="removed">
            ${c.removed.map((p) => html`<li>${p.name}</li>`)}
          </ul>`
      : nothing}
    ${c.unchanged ? html`<p>${v.t('circle.compare.unchanged', { count: c.unchanged })}</p>` : nothing}
  </div>`;
}

/** The device's own day of a moment: a snapshot taken late in the evening is dated that evening. */
function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
