import { html, nothing, type TemplateResult } from 'lit';
import { property, state as reactive } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PersistentElement } from '../core/persistent-element.js';
import { IptElement } from '../core/ipt-element.js';
import { oneOf } from '../core/attributes.js';
import { defineElement } from '../core/define.js';
import { registerStrings } from '../core/i18n.js';
import { baseStyles } from '../core/theme.js';
import { csvText, downloadFile } from '../core/export.js';
import { nowIso } from '../core/time.js';
import { localToday } from '../core/validate.js';
import type { IptChangeEvent } from '../core/events.js';
import { WORDINGS, DEFAULT_WORDING, flattenTerms, type Wording } from '../problem-area-picker/terms.js';
import {
  MAX_OPTIONS,
  MIN_OPTIONS,
  NAME_LIMIT,
  OPTION_LIMIT,
  TEXT_LIMIT,
  addDecision,
  addOption,
  lines,
  model,
  removeDecision,
  removeOption,
  updateDecision,
  updateOption,
  type Decision,
  type DecisionChange,
  type DecisionOption,
  type DecisionState,
  type OptionField,
} from './model.js';
import { strings } from './strings.js';
import { decisionPrint, decisionStyles } from './decision-analysis.styles.js';

registerStrings(strings, { es: () => import('./strings.es.js').then((m) => ({ ...m.default, ...flattenTerms(m.esTerms) })) });

export type { DecisionState, Decision, DecisionOption } from './model.js';
export type DecisionAnalysisChangeEvent = IptChangeEvent<DecisionState>;

const SHORT_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const OTHER = '#other';

/**
 * IPT's decision analysis: a choice the client faces, its options (two or more), what speaks
 * for and against each in short lines, the option chosen to try and the first step, and later
 * how it went. A decision may serve a problem area of the focus (offered from the picker
 * through the workbook) and concern a person of the circle (named live) or a typed name.
 * Read-only, it shows every answer of every decision. Prints, and downloads as JSON or CSV
 * (cells a spreadsheet would run are defused).
 *
 * @tagname ipt-decision-analysis
 * @summary Decision analysis: options, for and against each, the choice and first step, how it went; linked to the focus and the circle.
 *
 * @slot heading - Replaces the heading. Not shown under `heading-level="none"`.
 *
 * @event ipt-change - `{ source, storageKey, workbook, state, change, at }`; `change.type` is `decision-add`, `decision-update` (with `change.field`), `decision-remove`, `option-add`, `option-remove` (with `change.optionId`), `replace` or `clear`.
 * @event ipt-ready - `{ source, storageKey }` once the saved state is loaded.
 * @event ipt-error - `{ source, storageKey, code, message }`: `invalid-attribute` (a bad `terms`), `invalid-state`, `storage-unavailable`, `quota-exceeded`, `crisis-content-missing`.
 *
 * @csspart heading - The heading.
 * @csspart list - The list of decisions.
 * @csspart editor - The open decision.
 * @csspart options - The options with their reasons for and against.
 * @csspart record - The read-only (and printed) record of every decision.
 * @csspart crisis-link - The "Need help now?" button.
 * @csspart saving-notice - The line shown while changes stay on this page only.
 *
 * @cssprop --ipt-color-text - Text colour.
 * @cssprop --ipt-color-muted - Help text.
 * @cssprop --ipt-color-surface - Background of fields.
 * @cssprop --ipt-color-surface-alt - Background of cards.
 * @cssprop --ipt-color-border - Borders.
 * @cssprop --ipt-color-accent - Buttons.
 * @cssprop --ipt-color-accent-contrast - Text on the accent colour.
 * @cssprop --ipt-color-focus - The focus ring.
 * @cssprop --ipt-font-family - Font family.
 * @cssprop --ipt-font-size - Base font size.
 * @cssprop --ipt-radius - Corner radius.
 * @cssprop --ipt-space - Base spacing unit.
 */
export class IptDecisionAnalysis extends PersistentElement<DecisionState, void, DecisionChange> {
  static override model = model;
  static override styles = [baseStyles, ...decisionStyles, decisionPrint];
  static override attributeRules = { ...IptElement.attributeRules, terms: oneOf('terms', WORDINGS, DEFAULT_WORDING) };

  /** The wording of the problem areas: `clinical`, `lay` (the default) or `adolescent`. */
  @property({ reflect: true }) terms: Wording = DEFAULT_WORDING;

  @reactive() private openId: string | undefined;
  @reactive() private typingName = false;
  @reactive() private confirmRemove = false;

  protected modelOptions(): void {}

  private get interactive(): boolean {
    return this.loaded && !this.isReadonly;
  }

  private get wording(): Wording {
    return WORDINGS.includes(this.terms) ? this.terms : DEFAULT_WORDING;
  }

  private get open(): Decision | undefined {
    return this.openId === undefined ? undefined : this.data.decisions.find((d) => d.id === this.openId);
  }

  private personLabel(d: Decision): string | undefined {
    if (d.personId) return this.workbookPersonName(d.personId) ?? d.personName ?? this.t('decision.missingPerson');
    return d.personName;
  }

  private areaLabel(area: string): string {
    return this.t(`picker.terms.${this.wording}.${area}.name`);
  }

  private optionLabel(o: DecisionOption, i: number): string {
    return o.text?.trim() ? o.text : this.t('decision.option.unnamed', { n: i + 1 });
  }

  private date(day: string): string {
    return this.i18n.formatDate(day, SHORT_DATE);
  }

  private change(next: () => DecisionState, change: DecisionChange): void {
    if (!this.interactive) return this.requestUpdate();
    this.commit(next(), change);
  }

  private set(d: Decision, patch: Parameters<typeof updateDecision>[2], field: string): void {
    this.change(() => updateDecision(this.data, d.id, patch, nowIso()), { type: 'decision-update', id: d.id, field });
  }

  private openDecision(id: string | undefined, focus?: string): void {
    this.openId = id;
    this.confirmRemove = false;
    const d = this.open;
    this.typingName = !!d && !d.personId && !!d.personName;
    void this.updateComplete.then(() => this.shadowRoot?.getElementById(focus ?? (id ? 'heading-open' : 'new'))?.focus());
  }

  private startNew(): void {
    if (!this.interactive) return;
    const { state, id } = addDecision(this.data, { date: localToday() }, nowIso());
    this.commit(state, { type: 'decision-add', id });
    this.openDecision(id, 'question');
  }

  // ---- exports --------------------------------------------------------------------

  /** Every decision as JSON: the stored state, with the person, the area and the chosen option as shown now. */
  exportJson(): string {
    const decisions = this.data.decisions.map((d) => ({
      ...d,
      person: this.personLabel(d) ?? null,
      areaName: d.area ? this.areaLabel(d.area) : null,
      chosen: d.options.find((o) => o.id === d.choiceId)?.text ?? null,
    }));
    return JSON.stringify({ decisions, lang: this.locale, exportedAt: new Date().toISOString() }, null, 2);
  }

  /** Every decision as CSV (decision, item, value; a reason a row); text a spreadsheet would run is defused. */
  exportCsv(): string {
    const rows: unknown[][] = [[this.t('decision.csv.decision'), this.t('decision.csv.item'), this.t('decision.csv.value')]];
    this.data.decisions.forEach((d, n) => {
      const row = (item: string, value: unknown) => rows.push([n + 1, item, value ?? '']);
      row(this.t('decision.question'), d.question);
      row(this.t('decision.date'), d.date);
      if (d.area) row(this.t('decision.area'), this.areaLabel(d.area));
      const person = this.personLabel(d);
      if (person) row(this.t('decision.person'), person);
      d.options.forEach((o, i) => {
        row(this.t('decision.option', { n: i + 1 }), o.text);
        for (const l of lines(o.pros)) row(this.t('decision.option.pros', { n: i + 1 }), l);
        for (const l of lines(o.cons)) row(this.t('decision.option.cons', { n: i + 1 }), l);
      });
      const chosen = d.options.findIndex((o) => o.id === d.choiceId);
      row(this.t('decision.ro.chosen'), chosen < 0 ? '' : this.optionLabel(d.options[chosen]!, chosen));
      row(this.t('decision.firstStep'), d.firstStep);
      row(this.t('decision.howItWent'), d.howItWent);
    });
    return csvText(rows);
  }

  // ---- rendering ------------------------------------------------------------------

  protected override render(): TemplateResult {
    const ro = this.isReadonly;
    const d = ro ? undefined : this.open;
    // Read-only, t() picks `decision.ro.heading`: the clinician's page names the work, not the gesture.
    const title = this.t('decision.heading');
    return html`<section class="frame" aria-labelledby=${ifDefined(this.hasTopHeading ? 'heading' : undefined)} aria-label=${ifDefined(this.hasTopHeading ? undefined : title)}>
      ${this.heading(0, html`<slot name="heading">${title}</slot>`, { part: 'heading', id: 'heading' })}
      ${this.savingNotice()}
      ${ro
        ? this.renderRecord()
        : html`<div class="no-print">
              <p class="intro">${this.t('decision.intro')}</p>
              ${this.crisis.link()} ${d ? this.renderEditor(d) : this.renderList()}
            </div>
            <div class="print-only">${this.renderRecord()}</div>`}
    </section>`;
  }

  private sorted(): Decision[] {
    return [...this.data.decisions].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  }

  private renderList(): TemplateResult {
    const list = this.sorted();
    return html`<section part="list" aria-labelledby="list-h">
      ${this.heading(1, this.t('decision.list.heading'), { id: 'list-h' })}
      ${list.length === 0 ? html`<p class="muted">${this.t('decision.list.empty')}</p>` : nothing}
      <ul class="list">
        ${list.map((d) => {
          const chosen = d.options.findIndex((o) => o.id === d.choiceId);
          const about = [this.personLabel(d), d.area ? this.areaLabel(d.area) : undefined].filter(Boolean).join(' · ');
          return html`<li>
            <button type="button" class="open-button" @click=${() => this.openDecision(d.id)}>
              <span>${d.question?.trim() ? d.question.slice(0, 100) : this.t('decision.untitled')}</span>
              <span class="count">${this.date(d.date)}${about ? ` · ${about}` : ''}${chosen >= 0 ? ` · ${this.t('decision.chosenShort', { option: this.optionLabel(d.options[chosen]!, chosen) })}` : ''}</span>
            </button>
          </li>`;
        })}
      </ul>
      <div class="actions">
        <button type="button" class="primary" id="new" ?disabled=${!this.loaded} @click=${() => this.startNew()}>${this.t('decision.new')}</button>
        ${list.length
          ? html`<button type="button" @click=${() => window.print()}>${this.t('decision.print')}</button>
              <button type="button" @click=${() => downloadFile(this, 'decision-analysis.json', this.exportJson(), 'application/json')}>${this.t('decision.json')}</button>
              <button type="button" @click=${() => downloadFile(this, 'decision-analysis.csv', this.exportCsv(), 'text/csv')}>${this.t('decision.csv')}</button>`
          : nothing}
      </div>
    </section>`;
  }

  private renderEditor(d: Decision): TemplateResult {
    return html`<section part="editor" aria-labelledby="heading-open">
      <button type="button" @click=${() => this.openDecision(undefined)}>${this.t('decision.back')}</button>
      ${this.heading(1, d.question?.trim() ? d.question.slice(0, 100) : this.t('decision.untitled'), { id: 'heading-open', tabindex: '-1' })}
      <div class="field">
        <label for="question">${this.t('decision.question')}</label>
        <p class="help" id="question-help">${this.t('decision.question.help')}</p>
        <textarea id="question" aria-describedby="question-help" maxlength=${TEXT_LIMIT} .value=${live(d.question ?? '')}
          @input=${(e: Event) => this.set(d, { question: (e.target as HTMLTextAreaElement).value }, 'question')}></textarea>
      </div>
      <div class="field">
        <label for="date">${this.t('decision.date')}</label>
        <input type="date" id="date" min="1900-01-01" max="2100-12-31" .value=${live(d.date)}
          @change=${(e: Event) => {
            const v = (e.target as HTMLInputElement).value;
            if (/^\d{4}-\d{2}-\d{2}$/.test(v)) this.set(d, { date: v }, 'date');
            else this.requestUpdate();
          }} />
      </div>
      ${this.renderArea(d)} ${this.renderPerson(d)} ${this.renderOptionList(d)}
      <fieldset>
        <legend>${this.t('decision.choice')}</legend>
        <ul class="choices">
          <li class="choice"><input type="radio" name="choice" id="choice-none" .checked=${live(!d.choiceId)}
            @change=${() => this.set(d, { choiceId: undefined }, 'choiceId')} /><label for="choice-none">${this.t('decision.choice.none')}</label></li>
          ${d.options.map(
            (o, i) => html`<li class="choice"><input type="radio" name="choice" id="choice-${i}" .checked=${live(d.choiceId === o.id)}
              @change=${() => this.set(d, { choiceId: o.id }, 'choiceId')} /><label for="choice-${i}">${this.optionLabel(o, i)}</label></li>`,
          )}
        </ul>
      </fieldset>
      ${(['firstStep', 'howItWent'] as const).map(
        (f) => html`<div class="field">
          <label for=${f}>${this.t(`decision.${f}`)}</label>
          <p class="help" id="${f}-help">${this.t(`decision.${f}.help`)}</p>
          <textarea id=${f} aria-describedby="${f}-help" maxlength=${TEXT_LIMIT} .value=${live(d[f] ?? '')}
            @input=${(e: Event) => this.set(d, { [f]: (e.target as HTMLTextAreaElement).value }, f)}></textarea>
        </div>`,
      )}
      <div class="actions">
        ${this.confirmRemove
          ? html`<p role="status">${this.t('decision.remove.confirm')}</p>
              <button type="button" id="remove-yes" @click=${() => {
                this.change(() => removeDecision(this.data, d.id), { type: 'decision-remove', id: d.id });
                this.openDecision(undefined);
              }}>${this.t('decision.remove.yes')}</button>
              <button type="button" id="remove-no" @click=${() => (this.confirmRemove = false)}>${this.t('decision.remove.no')}</button>`
          : html`<button type="button" id="remove" @click=${() => (this.confirmRemove = true)}>${this.t('decision.remove')}</button>`}
      </div>
    </section>`;
  }

  private renderArea(d: Decision): TemplateResult {
    const focus = (this.workbook?.focus ?? []).map((f) => f.area);
    const areas = d.area && !focus.includes(d.area) ? [...focus, d.area] : focus;
    if (areas.length === 0) return html`<p class="help">${this.t('decision.area.noFocus')}</p>`;
    return html`<div class="field">
      <label for="area">${this.t('decision.area')}</label>
      <select id="area" .value=${live(d.area ?? '')} @change=${(e: Event) => this.set(d, { area: (e.target as HTMLSelectElement).value || undefined }, 'area')}>
        <option value="" ?selected=${!d.area}>${this.t('decision.area.none')}</option>
        ${areas.map((a) => html`<option value=${a} ?selected=${d.area === a}>${this.areaLabel(a)}</option>`)}
      </select>
    </div>`;
  }

  private renderPerson(d: Decision): TemplateResult {
    const people = this.workbook?.people ?? [];
    const nameInput = (label: string) => html`<div class="field">
      <label for="person-name">${this.t(label)}</label>
      <input type="text" id="person-name" maxlength=${NAME_LIMIT} autocomplete="off" .value=${live(d.personName ?? '')}
        @input=${(e: Event) => this.set(d, { personName: (e.target as HTMLInputElement).value, personId: undefined }, 'personName')} />
    </div>`;
    if (people.length === 0) return nameInput('decision.person');
    const known = d.personId !== undefined && people.some((p) => p.id === d.personId);
    const value = known ? d.personId! : this.typingName || d.personName ? OTHER : '';
    return html`<div class="field">
        <label for="person">${this.t('decision.person')}</label>
        <select id="person" .value=${live(value)}
          @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            this.typingName = v === OTHER;
            if (v === OTHER) this.set(d, { personId: undefined }, 'personId');
            else this.set(d, { personId: v || undefined, personName: undefined }, 'personId');
          }}>
          <option value="" ?selected=${value === ''}>${this.t('decision.person.none')}</option>
          ${people.map((p) => html`<option value=${p.id} ?selected=${value === p.id}>${p.name}</option>`)}
          <option value=${OTHER} ?selected=${value === OTHER}>${this.t('decision.person.other')}</option>
        </select>
      </div>
      ${value === OTHER ? nameInput('decision.person.name') : nothing}`;
  }

  private renderOptionList(d: Decision): TemplateResult {
    const setOption = (o: DecisionOption, field: OptionField) => (e: Event) =>
      this.change(() => updateOption(this.data, d.id, o.id, field, (e.target as HTMLInputElement).value, nowIso()), { type: 'decision-update', id: d.id, field: `options.${field}` });
    return html`<section part="options" aria-labelledby="options-h">
      ${this.heading(2, this.t('decision.options.heading'), { id: 'options-h' })}
      <p class="help">${this.t('decision.options.help')}</p>
      ${d.options.map(
        (o, i) => html`<fieldset class="option">
          <legend>${this.t('decision.option', { n: i + 1 })}</legend>
          <div class="field">
            <label for="opt-${i}-text">${this.t('decision.option.text', { n: i + 1 })}</label>
            <input type="text" id="opt-${i}-text" maxlength=${OPTION_LIMIT} .value=${live(o.text ?? '')} @input=${setOption(o, 'text')} />
          </div>
          <div class="reasons">
            ${(['pros', 'cons'] as const).map(
              (f) => html`<div class="field">
                <label for="opt-${i}-${f}">${this.t(`decision.option.${f}`, { n: i + 1 })}</label>
                <textarea id="opt-${i}-${f}" maxlength=${TEXT_LIMIT} .value=${live(o[f] ?? '')} @input=${setOption(o, f)}></textarea>
              </div>`,
            )}
          </div>
          ${d.options.length > MIN_OPTIONS
            ? html`<button type="button" @click=${() => {
                this.change(() => removeOption(this.data, d.id, o.id, nowIso()), { type: 'option-remove', id: d.id, optionId: o.id });
                void this.updateComplete.then(() => this.shadowRoot?.getElementById('add-option')?.focus());
              }}>${this.t('decision.option.remove', { n: i + 1 })}</button>`
            : nothing}
        </fieldset>`,
      )}
      ${d.options.length < MAX_OPTIONS
        ? html`<div class="actions"><button type="button" id="add-option" @click=${() => {
            const n = d.options.length;
            this.change(() => addOption(this.data, d.id, nowIso()), { type: 'option-add', id: d.id, optionId: '' });
            void this.updateComplete.then(() => this.shadowRoot?.getElementById(`opt-${n}-text`)?.focus());
          }}>${this.t('decision.option.add')}</button></div>`
        : nothing}
    </section>`;
  }

  /** Every answer of every decision: the clinician's view and the printout (no ids: it is drawn twice when printing). */
  private renderRecord(): TemplateResult {
    const list = this.sorted();
    const text = (value: string | undefined) => value ?? html`<span class="muted">${this.t('decision.ro.notAnswered')}</span>`;
    const reasons = (value: string | undefined) => {
      const l = lines(value);
      return l.length ? html`<ul>${l.map((x) => html`<li>${x}</li>`)}</ul>` : html`<span class="muted">${this.t('decision.ro.none')}</span>`;
    };
    return html`<div part="record">
      ${list.length === 0 ? html`<p class="muted">${this.t('decision.ro.empty')}</p>` : nothing}
      ${list.map((d) => {
        const about = [this.personLabel(d), d.area ? this.areaLabel(d.area) : undefined].filter(Boolean).join(' · ');
        const chosen = d.options.find((o) => o.id === d.choiceId);
        return html`<article class="analysis">
          ${this.heading(1, d.question?.trim() ? d.question : this.t('decision.untitled'))}
          <p class="muted">${about ? this.t('decision.ro.meta', { date: this.date(d.date), about }) : this.date(d.date)}</p>
          ${d.options.map(
            (o, i) => html`${this.heading(2, `${this.optionLabel(o, i)}${d.choiceId === o.id ? ` (${this.t('decision.ro.chosen')})` : ''}`, { class: d.choiceId === o.id ? 'chosen' : undefined })}
              <dl class="record"><dt>${this.t('decision.ro.for')}</dt><dd>${reasons(o.pros)}</dd><dt>${this.t('decision.ro.against')}</dt><dd>${reasons(o.cons)}</dd></dl>`,
          )}
          <dl class="record">
            <dt>${this.t('decision.choice')}</dt><dd>${chosen ? this.optionLabel(chosen, d.options.indexOf(chosen)) : html`<span class="muted">${this.t('decision.choice.none')}</span>`}</dd>
            <dt>${this.t('decision.firstStep')}</dt><dd>${text(d.firstStep)}</dd>
            <dt>${this.t('decision.howItWent')}</dt><dd>${text(d.howItWent)}</dd>
          </dl>
        </article>`;
      })}
    </div>`;
  }
}

defineElement('ipt-decision-analysis', IptDecisionAnalysis);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-decision-analysis': IptDecisionAnalysis;
  }
}
