import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PersistentElement } from '../core/persistent-element.js';
import { IptElement } from '../core/ipt-element.js';
import { oneOf } from '../core/attributes.js';
import { defineElement } from '../core/define.js';
import { registerStrings } from '../core/i18n.js';
import { baseStyles } from '../core/theme.js';
import { csvText, downloadFile } from '../core/export.js';
import type { IptChangeEvent } from '../core/events.js';
import type { WorkbookSnapshot } from '../core/context.js';
import { WORDINGS, DEFAULT_WORDING, flattenTerms, type Wording } from '../problem-area-picker/terms.js';
import { TEXT_FIELDS, TEXT_LIMIT, compareCircles, firstAndLatest, model, setText, togglePerson, type EndingPlanState, type RingPerson, type TextField } from './model.js';
import { strings } from './strings.js';
import { endingPlanPrint, endingPlanStyles } from './ending-plan.styles.js';

registerStrings(strings, { es: () => import('./strings.es.js').then((m) => ({ ...m.default, ...flattenTerms(m.esTerms) })) });

export type { EndingPlanState } from './model.js';
export type EndingPlanChangeEvent = IptChangeEvent<EndingPlanState>;

const SHORT_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** What changed, in words: the element's summary of the workbook, for the screen and the exports. */
interface Review {
  circle?: { intro: string; lines: string[] };
  mood?: string;
  scores: string[];
  goals: { area: string; lines: string[] }[];
}

/**
 * The ending of an IPT treatment: what changed, drawn read-only from the workbook (the
 * circle's first and latest snapshots compared, the first and latest symptom-check
 * scores, the goals of the focus and which are done), and the client's plan for staying
 * well: warning signs, what helped, people to turn to (from the circle), what to do if the
 * low mood comes back, when to seek help again, and the program's crisis content. It
 * prints on one page and downloads as JSON or CSV (cells that a spreadsheet would run as
 * a formula are defused).
 *
 * @tagname ipt-ending-plan
 * @summary What changed (circle, mood, scores, goals, from the workbook) and a plan for staying well, printable on one page and downloadable.
 *
 * @slot heading - Replaces the heading. Not shown under `heading-level="none"`.
 *
 * @event ipt-change - `{ source, storageKey, workbook, state, change, at }`; `change.type` is `text` (with `change.field`), `person-pick` (with `change.id`), `replace` or `clear`.
 * @event ipt-ready - `{ source, storageKey }` once the saved state is loaded.
 * @event ipt-error - `{ source, storageKey, code, message }`: `invalid-attribute` (a bad `terms`), `invalid-state`, `storage-unavailable`, `quota-exceeded`, `crisis-content-missing`.
 *
 * @csspart heading - The heading.
 * @csspart changed - What changed.
 * @csspart plan - The plan.
 * @csspart crisis - The crisis content.
 * @csspart actions - Print and download.
 *
 * @cssprop --ipt-color-text - Text colour.
 * @cssprop --ipt-color-muted - Help text.
 * @cssprop --ipt-color-surface - Background of fields.
 * @cssprop --ipt-color-surface-alt - Background of what changed.
 * @cssprop --ipt-color-border - Borders.
 * @cssprop --ipt-color-accent - Buttons and the edge of what changed.
 * @cssprop --ipt-color-accent-contrast - Text on the accent colour.
 * @cssprop --ipt-color-focus - The focus ring.
 * @cssprop --ipt-font-family - Font family.
 * @cssprop --ipt-font-size - Base font size.
 * @cssprop --ipt-radius - Corner radius.
 * @cssprop --ipt-space - Base spacing unit.
 */
export class IptEndingPlan extends PersistentElement<EndingPlanState, void> {
  static override model = model;
  static override styles = [baseStyles, endingPlanStyles, endingPlanPrint];
  static override attributeRules = { ...IptElement.attributeRules, terms: oneOf('terms', WORDINGS, DEFAULT_WORDING) };

  /** The wording of the focus areas: `clinical`, `lay` (the default) or `adolescent`. */
  @property({ reflect: true }) terms: Wording = DEFAULT_WORDING;

  protected modelOptions(): void {}

  private get wording(): Wording {
    return WORDINGS.includes(this.terms) ? this.terms : DEFAULT_WORDING;
  }

  private get interactive(): boolean {
    return this.loaded && !this.isReadonly;
  }

  // ---- what changed ---------------------------------------------------------------

  private review(): Review {
    const wb = this.workbook;
    const out: Review = { scores: [], goals: [] };
    if (!wb) return out;
    const date = (d: string) => this.i18n.formatDate(d.slice(0, 10), SHORT_DATE);
    const snaps = wb.snapshots ?? [];
    const first = snaps[0];
    if (first) {
      const latest: WorkbookSnapshot | undefined = snaps.length > 1 ? snaps.at(-1) : undefined;
      // The names are today's: a person renamed in the circle is named so here.
      const live = (p: RingPerson): RingPerson => ({ ...p, name: this.workbookPersonName(p.id) ?? p.name });
      const now = latest ? latest.people.map(live) : wb.people.map((p) => ({ id: p.id, name: p.name, ring: p.ring }));
      const change = compareCircles(first.people.map(live), now);
      const label = (s: WorkbookSnapshot) => s.label || this.t('ending.circle.snapshot');
      const intro = latest
        ? this.t('ending.circle.compare', { first: label(first), firstDate: date(first.takenAt), latest: label(latest), latestDate: date(latest.takenAt) })
        : this.t('ending.circle.compareNow', { first: label(first), firstDate: date(first.takenAt) });
      const lines = [
        ...change.closer.map((c) => this.t('ending.circle.closer', { ...c })),
        ...change.added.map((c) => this.t('ending.circle.added', { ...c })),
        ...change.further.map((c) => this.t('ending.circle.further', { ...c })),
      ];
      out.circle = { intro, lines: lines.length ? lines : [this.t('ending.circle.same')] };
    }
    if (wb.moods) {
      const { first, latest, max } = wb.moods;
      const num = (n: number) => this.i18n.formatNumber(Math.round(n * 10) / 10);
      const week = { latest: num(latest.average), max: num(max), latestFrom: date(latest.from), latestTo: date(latest.to) };
      out.mood =
        first.from === latest.from
          ? this.t('ending.mood.one', week)
          : this.t('ending.mood.line', { ...week, first: num(first.average), firstFrom: date(first.from), firstTo: date(first.to) });
    }
    for (const { instrument, first: a, latest: b } of firstAndLatest(wb.measures)) {
      if (a === b) {
        out.scores.push(this.t('ending.scores.one', { instrument, latest: b.score, latestDate: date(b.date) }));
        continue;
      }
      const delta = b.score - a.score;
      const points = this.t('ending.points', { count: Math.abs(delta) });
      const how = delta < 0 ? this.t('ending.scores.lower', { points }) : delta > 0 ? this.t('ending.scores.higher', { points }) : this.t('ending.scores.same');
      out.scores.push(`${this.t('ending.scores.line', { instrument, first: a.score, firstDate: date(a.date), latest: b.score, latestDate: date(b.date) })} ${how}`);
    }
    for (const f of wb.focus ?? []) {
      const goals = f.goals ?? [];
      if (!goals.length) continue;
      out.goals.push({
        area: this.t(`picker.terms.${this.wording}.${f.area}.name`),
        lines: goals.map((g) => this.t('ending.goals.item', { goal: g.text, status: this.t(g.done ? 'ending.goals.done' : 'ending.goals.notDone') })),
      });
    }
    return out;
  }

  // ---- exports --------------------------------------------------------------------

  /** The plan and what changed as JSON: the stored state plus the summary in words, in the current language. */
  exportJson(): string {
    const r = this.review();
    const people = this.data.personIds.map((id) => ({ id, name: this.workbookPersonName(id) ?? null }));
    return JSON.stringify({ plan: this.state, people, changed: r, lang: this.locale, exportedAt: new Date().toISOString() }, null, 2);
  }

  /** The plan and what changed as CSV (section, item, value); text a spreadsheet would run is defused. */
  exportCsv(): string {
    const r = this.review();
    const rows: unknown[][] = [[this.t('ending.csv.section'), this.t('ending.csv.item'), this.t('ending.csv.value')]];
    const changed = this.t('ending.changed.heading');
    if (r.circle) for (const line of r.circle.lines) rows.push([changed, this.t('ending.circle.heading'), line]);
    if (r.mood) rows.push([changed, this.t('ending.mood.heading'), r.mood]);
    for (const line of r.scores) rows.push([changed, this.t('ending.scores.heading'), line]);
    for (const g of r.goals) for (const line of g.lines) rows.push([changed, g.area, line]);
    const plan = this.t('ending.plan.heading');
    for (const field of TEXT_FIELDS) rows.push([plan, this.t(`ending.${field}`), this.data[field] ?? '']);
    for (const id of this.data.personIds) rows.push([plan, this.t('ending.people'), this.workbookPersonName(id) ?? this.t('ending.missing')]);
    return csvText(rows);
  }

  // ---- rendering ------------------------------------------------------------------

  protected override render(): TemplateResult {
    const ro = this.isReadonly;
    const title = this.t('ending.heading');
    return html`<section class="frame" aria-labelledby=${ifDefined(this.hasTopHeading ? 'heading' : undefined)} aria-label=${ifDefined(this.hasTopHeading ? undefined : title)}>
      ${this.heading(0, html`<slot name="heading">${title}</slot>`, { part: 'heading', id: 'heading' })}
      ${ro ? nothing : html`<p class="intro no-print">${this.t('ending.intro')}</p><div class="no-print">${this.crisis.link()}</div>`}
      ${this.renderChanged()} ${this.renderPlan(ro)}
      ${ro
        ? nothing
        : html`<section part="crisis" aria-labelledby="crisis-h">
            ${this.heading(1, this.t('ending.crisis.heading'), { id: 'crisis-h' })}
            ${this.crisis.panel({ lead: this.t('ending.crisis.lead') })}
          </section>`}
      ${ro
        ? nothing
        : html`<div part="actions" class="actions no-print">
            <button type="button" class="primary" @click=${() => window.print()}>${this.t('ending.print')}</button>
            <button type="button" @click=${() => downloadFile(this, 'ending-plan.json', this.exportJson(), 'application/json')}>${this.t('ending.json')}</button>
            <button type="button" @click=${() => downloadFile(this, 'ending-plan.csv', this.exportCsv(), 'text/csv')}>${this.t('ending.csv')}</button>
          </div>`}
    </section>`;
  }

  private renderChanged(): TemplateResult {
    const r = this.review();
    const empty = !r.circle && !r.mood && r.scores.length === 0 && r.goals.length === 0;
    return html`<section part="changed" class="card changed" aria-labelledby="changed-h">
      ${this.heading(1, this.t('ending.changed.heading'), { id: 'changed-h' })}
      ${empty ? html`<p class="muted">${this.t('ending.changed.none')}</p>` : nothing}
      <div class="columns">
        ${r.circle
          ? html`<div class="circle">${this.heading(2, this.t('ending.circle.heading'))}<p>${r.circle.intro}</p>
              <ul>${r.circle.lines.map((l) => html`<li>${l}</li>`)}</ul></div>`
          : nothing}
        ${r.mood ? html`<div class="mood">${this.heading(2, this.t('ending.mood.heading'))}<p>${r.mood}</p></div>` : nothing}
        ${r.scores.length
          ? html`<div class="scores">${this.heading(2, this.t('ending.scores.heading'))}<ul>${r.scores.map((l) => html`<li>${l}</li>`)}</ul></div>`
          : nothing}
        ${r.goals.length
          ? html`<div class="goals">${this.heading(2, this.t('ending.goals.heading'))}
              ${r.goals.map((g) => html`<p><strong>${g.area}</strong></p><ul>${g.lines.map((l) => html`<li>${l}</li>`)}</ul>`)}</div>`
          : nothing}
      </div>
    </section>`;
  }

  private renderPlan(ro: boolean): TemplateResult {
    return html`<section part="plan" class="plan" aria-labelledby="plan-h">
      ${this.heading(1, this.t('ending.plan.heading'), { id: 'plan-h' })}
      <div class="columns">
        ${this.renderField('warningSigns', ro)} ${this.renderField('helped', ro)} ${this.renderPeople(ro)} ${this.renderField('ifLow', ro)}
        ${this.renderField('seekHelp', ro)}
      </div>
    </section>`;
  }

  private renderField(field: TextField, ro: boolean): TemplateResult {
    const value = this.data[field];
    if (ro) {
      return html`<div class="field">${this.heading(2, this.t(`ending.${field}`))}<p class="plan-text">${value ?? this.t('ending.ro.empty')}</p></div>`;
    }
    return html`<div class="field">
      <label for=${field}>${this.t(`ending.${field}`)}</label>
      <p class="help" id="${field}-help">${this.t(`ending.${field}.help`)}</p>
      <textarea id=${field} aria-describedby="${field}-help" maxlength=${TEXT_LIMIT} .value=${live(value ?? '')}
        @input=${(e: Event) => {
          if (!this.interactive) return this.requestUpdate();
          this.commit(setText(this.data, field, (e.target as HTMLTextAreaElement).value), { type: 'text', field });
        }}></textarea>
      <p class="print-only plan-text">${value ?? ''}</p>
    </div>`;
  }

  private renderPeople(ro: boolean): TemplateResult {
    const chosen = this.data.personIds;
    const people = this.workbook?.people;
    if (ro || !people) {
      const names = chosen.map((id) => this.workbookPersonName(id) ?? this.t('ending.missing'));
      return html`<div class="field people">${this.heading(2, this.t('ending.people'))}
        ${names.length ? html`<ul>${names.map((n) => html`<li>${n}</li>`)}</ul>` : html`<p class="muted">${ro ? this.t('ending.ro.empty') : this.t('ending.people.noWorkbook')}</p>`}</div>`;
    }
    return html`<fieldset class="field people">
      <legend>${this.t('ending.people')}</legend>
      ${people.length === 0 ? html`<p class="help">${this.t('ending.people.none')}</p>` : nothing}
      <ul class="choices">
        ${people.map(
          (p, i) => html`<li class="choice">
            <input type="checkbox" id="person-${i}" .checked=${live(chosen.includes(p.id))}
              @change=${(e: Event) => {
                if (!this.interactive) return this.requestUpdate();
                this.commit(togglePerson(this.data, p.id, (e.target as HTMLInputElement).checked), { type: 'person-pick', id: p.id });
              }} />
            <label for="person-${i}">${p.name}</label>
          </li>`,
        )}
      </ul>
      <ul class="print-only">${chosen.map((id) => html`<li>${this.workbookPersonName(id) ?? this.t('ending.missing')}</li>`)}</ul>
    </fieldset>`;
  }
}

defineElement('ipt-ending-plan', IptEndingPlan);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-ending-plan': IptEndingPlan;
  }
}
