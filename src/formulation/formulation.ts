import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PersistentElement } from '../core/persistent-element.js';
import { IptElement } from '../core/ipt-element.js';
import { oneOf } from '../core/attributes.js';
import { defineElement } from '../core/define.js';
import { formatList, registerStrings } from '../core/i18n.js';
import { baseStyles } from '../core/theme.js';
import { isCalendarDate, localToday } from '../core/validate.js';
import type { IptChangeEvent } from '../core/events.js';
import { WORDINGS, DEFAULT_WORDING, flattenTerms, type Wording } from '../problem-area-picker/terms.js';
import {
  effectiveOnset,
  model,
  setAgreement,
  setOnset,
  setText,
  toggleId,
  type AgreementAnswer,
  type FormulationState,
} from './model.js';
import { strings } from './strings.js';
import { formulationStyles } from './formulation.styles.js';

registerStrings(strings, { es: () => import('./strings.es.js').then((m) => ({ ...m.default, ...flattenTerms(m.esTerms) })) });

export type { FormulationState } from './model.js';
export type FormulationChangeEvent = IptChangeEvent<FormulationState>;

const MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/**
 * The interpersonal formulation of IPT's initial phase: a short card on what depression is
 * (a common, treatable illness, not a weakness or a fault; fine to do less while
 * recovering), when the low mood began, what was happening then (events of the mood
 * timeline and people of the circle, picked, not retyped), the focus chosen in the
 * problem-area picker, a statement drafted from those pieces and editable, the client's
 * own words beside it, and the client's agreement with its date.
 *
 * Inside an `<ipt-workbook>` the names of events, people and areas are read live: a person
 * renamed in the circle is renamed here, and a focus changed in the picker changes the
 * draft. The client's own words are never changed by anything but the client.
 *
 * @tagname ipt-formulation
 * @summary The interpersonal formulation: sick-role card, onset, what was happening, focus, an editable statement, the client's own words and agreement.
 *
 * @slot heading - Replaces the heading. Not shown under `heading-level="none"`.
 *
 * @event ipt-change - `{ source, storageKey, workbook, state, change, at }`; `change.type` is `onset`, `event-pick`, `person-pick` (with `change.id`), `statement`, `own-words`, `agreement`, `replace` or `clear`.
 * @event ipt-ready - `{ source, storageKey }` once the saved state is loaded.
 * @event ipt-error - `{ source, storageKey, code, message }`: `invalid-attribute` (a bad `terms`), `invalid-state`, `storage-unavailable`, `quota-exceeded`, `crisis-content-missing`.
 *
 * @csspart heading - The heading.
 * @csspart card - The "what depression is" card.
 * @csspart statement - The formulation statement.
 * @csspart own-words - The client's own words.
 * @csspart agreement - The agreement step.
 *
 * @cssprop --ipt-color-text - Text colour.
 * @cssprop --ipt-color-muted - Help text.
 * @cssprop --ipt-color-surface - Background of fields.
 * @cssprop --ipt-color-surface-alt - Background of the card and the draft.
 * @cssprop --ipt-color-border - Borders.
 * @cssprop --ipt-color-accent - The card's edge and buttons.
 * @cssprop --ipt-color-accent-contrast - Text on the accent colour.
 * @cssprop --ipt-color-focus - The focus ring.
 * @cssprop --ipt-font-family - Font family.
 * @cssprop --ipt-font-size - Base font size.
 * @cssprop --ipt-radius - Corner radius.
 * @cssprop --ipt-space - Base spacing unit.
 */
export class IptFormulation extends PersistentElement<FormulationState, void> {
  static override model = model;
  static override styles = [baseStyles, formulationStyles];
  static override attributeRules = { ...IptElement.attributeRules, terms: oneOf('terms', WORDINGS, DEFAULT_WORDING) };

  /** The wording: `clinical`, `lay` (the default, as the picker's) or `adolescent`. */
  @property({ reflect: true }) terms: Wording = DEFAULT_WORDING;

  protected modelOptions(): void {}

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.workbook?.withdraw(this);
  }

  protected override stateChanged(): void {
    // The session plan reminds of the formulation in the initial phase until it is agreed.
    const a = this.data.agreement;
    if (this.loaded) this.workbook?.publish(this, { formulation: a?.answer === 'fits' ? { agreedOn: a.date } : {} });
  }

  protected override workbookChanged(): void {
    super.workbookChanged();
    this.stateChanged();
  }

  private get wording(): Wording {
    return WORDINGS.includes(this.terms) ? this.terms : DEFAULT_WORDING;
  }

  private get interactive(): boolean {
    return this.loaded && !this.isReadonly;
  }

  private change(next: FormulationState, type: string, id?: string): void {
    if (!this.interactive) return this.requestUpdate();
    this.commit(next, id === undefined ? { type } : { type, id });
  }

  // ---- words ----------------------------------------------------------------------

  private areaName(area: string): string {
    return this.t(`picker.terms.${this.wording}.${area}.name`);
  }

  private whenWords(): string | undefined {
    const onset = effectiveOnset(this.data, this.workbook?.onset);
    if (onset.period) return onset.period;
    if (onset.date) return this.i18n.formatDate(onset.date, MONTH);
    return undefined;
  }

  private eventTitle(id: string): string | undefined {
    return this.workbook?.lifeEvents.find((e) => e.id === id)?.title;
  }

  /** The statement drafted from the pieces, in the current language and wording. */
  private draft(): string {
    const parts: string[] = [];
    const when = this.whenWords();
    if (when) parts.push(this.t(`formulation.draft.began.${this.wording}`, { when }));
    const events = this.data.eventIds.map((id) => this.eventTitle(id)).filter((t): t is string => !!t);
    const people = this.data.personIds.map((id) => this.workbookPersonName(id)).filter((t): t is string => !!t);
    if (events.length) parts.push(this.t('formulation.draft.events', { events: formatList(events, this.locale) }));
    if (people.length) parts.push(this.t('formulation.draft.people', { people: formatList(people, this.locale) }));
    const focus = this.workbook?.focus ?? [];
    const main = focus.find((f) => f.primary) ?? focus[0];
    if (main) {
      parts.push(this.t('formulation.draft.linked', { area: this.areaName(main.area).toLocaleLowerCase(this.locale) }));
      parts.push(this.t('formulation.draft.work', { work: this.t(`formulation.work.${main.area}`) }));
    }
    return parts.join(' ');
  }

  // ---- gestures -------------------------------------------------------------------

  private onOnsetDate(e: Event): void {
    const value = (e.target as HTMLInputElement).value;
    const onset = { ...this.data.onset };
    if (isCalendarDate(value)) onset.date = value;
    else if (value === '') delete onset.date;
    else return;
    this.change(setOnset(this.data, onset), 'onset');
  }

  private onOnsetPeriod(e: Event): void {
    const value = (e.target as HTMLInputElement).value;
    const onset = { ...this.data.onset };
    if (value.trim() === '') delete onset.period;
    else onset.period = value;
    this.change(setOnset(this.data, onset), 'onset');
  }

  private onAgree(answer: AgreementAnswer): void {
    const current = this.data.agreement;
    const next = { answer, date: localToday(), ...(answer === 'change' && current?.change ? { change: current.change } : {}) };
    this.change(setAgreement(this.data, next), 'agreement');
  }

  private onChangeText(e: Event): void {
    const current = this.data.agreement;
    if (!current) return;
    const value = (e.target as HTMLTextAreaElement).value;
    const next = { ...current };
    if (value === '') delete next.change;
    else next.change = value;
    this.change(setAgreement(this.data, next), 'agreement');
  }

  // ---- rendering ------------------------------------------------------------------

  protected override render(): TemplateResult {
    const ro = this.isReadonly;
    const title = this.t(ro ? 'formulation.ro.heading' : 'formulation.heading');
    return html`<section class="frame" aria-labelledby=${ifDefined(this.hasTopHeading ? 'heading' : undefined)} aria-label=${ifDefined(this.hasTopHeading ? undefined : title)}>
      ${this.heading(0, html`<slot name="heading">${title}</slot>`, { part: 'heading', id: 'heading' })}
      ${ro ? nothing : html`<p class="intro">${this.t('formulation.intro')}</p>${this.crisis.link()}`}
      ${ro ? nothing : this.renderCard()} ${this.renderOnset(ro)} ${this.renderThen(ro)} ${this.renderFocus()} ${this.renderStatement(ro)}
      ${this.renderAgreement(ro)}
    </section>`;
  }

  private renderCard(): TemplateResult {
    const w = this.wording;
    return html`<aside class="card" part="card" aria-labelledby="card-heading">
      ${this.heading(1, this.t(`formulation.card.heading.${w}`), { id: 'card-heading' })}
      <p>${this.t(`formulation.card.body.${w}`)}</p>
      <p>${this.t(`formulation.card.role.${w}`)}</p>
    </aside>`;
  }

  private renderOnset(ro: boolean): TemplateResult {
    const own = this.data.onset;
    const timeline = this.workbook?.onset;
    const onset = effectiveOnset(this.data, timeline);
    if (ro) {
      const words = onset.period ?? (onset.date ? this.i18n.formatDate(onset.date) : undefined);
      return html`<section class="onset" aria-labelledby="onset-h">${this.heading(1, this.t('formulation.ro.onset'), { id: 'onset-h' })}
        <p>${words ?? this.t('formulation.onset.none')}</p></section>`;
    }
    const offerTimeline = timeline !== undefined && own.date !== undefined && own.date !== timeline;
    return html`<fieldset class="onset">
      <legend>${this.t('formulation.onset.legend')}</legend>
      <p class="help" id="onset-help">${this.t('formulation.onset.help')}</p>
      ${onset.fromTimeline && onset.date ? html`<p>${this.t('formulation.onset.fromTimeline', { date: this.i18n.formatDate(onset.date) })}</p>` : nothing}
      <div class="row">
        <div>
          <label for="onset-date">${this.t('formulation.onset.date')}</label>
          <input id="onset-date" type="date" aria-describedby="onset-help" max=${localToday()} .value=${live(own.date ?? '')} @change=${this.onOnsetDate} />
        </div>
        <div>
          <label for="onset-period">${this.t('formulation.onset.period')}</label>
          <input id="onset-period" type="text" maxlength="200" .value=${live(own.period ?? '')} @input=${this.onOnsetPeriod} />
        </div>
      </div>
      ${offerTimeline
        ? html`<p>${this.t('formulation.onset.timeline', { date: this.i18n.formatDate(timeline) })}
            <button type="button" @click=${() => this.change(setOnset(this.data, { ...own, date: timeline }), 'onset')}>${this.t('formulation.onset.useTimeline')}</button></p>`
        : nothing}
    </fieldset>`;
  }

  private renderThen(ro: boolean): TemplateResult {
    const wb = this.workbook;
    const events = wb?.lifeEvents ?? [];
    const people = wb?.people ?? [];
    if (ro) {
      const ev = this.data.eventIds.map((id) => this.eventTitle(id) ?? this.t('formulation.ro.missing'));
      const pe = this.data.personIds.map((id) => this.workbookPersonName(id) ?? this.t('formulation.ro.missing'));
      return html`<section aria-labelledby="then-h">${this.heading(1, this.t('formulation.ro.then'), { id: 'then-h' })}
        ${ev.length + pe.length === 0 ? html`<p class="muted">${this.t('formulation.ro.none')}</p>` : nothing}
        ${ev.length ? html`<p><strong>${this.t('formulation.ro.events')}:</strong> ${formatList(ev, this.locale)}</p>` : nothing}
        ${pe.length ? html`<p><strong>${this.t('formulation.ro.people')}:</strong> ${formatList(pe, this.locale)}</p>` : nothing}
      </section>`;
    }
    if (!wb) return html`<section aria-labelledby="then-h">${this.heading(1, this.t('formulation.then.legend'), { id: 'then-h' })}<p class="help">${this.t('formulation.noWorkbook')}</p></section>`;
    const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return html`<section class="then" aria-labelledby="then-h">
      ${this.heading(1, this.t('formulation.then.legend'), { id: 'then-h' })}
      <p class="help">${this.t('formulation.then.help')}</p>
      <div class="columns">
        <fieldset>
          <legend>${this.t('formulation.events.legend')}</legend>
          ${sorted.length === 0 ? html`<p class="help">${this.t('formulation.events.none')}</p>` : nothing}
          <ul class="choices">
            ${sorted.map(
              (e, i) => html`<li class="choice">
                <input type="checkbox" id="event-${i}" .checked=${live(this.data.eventIds.includes(e.id))}
                  @change=${(ev: Event) => this.change(toggleId(this.data, 'eventIds', e.id, (ev.target as HTMLInputElement).checked), 'event-pick', e.id)} />
                <label for="event-${i}">${e.title} <span class="muted">(${this.i18n.formatDate(e.date, MONTH)})</span></label>
              </li>`,
            )}
          </ul>
        </fieldset>
        <fieldset>
          <legend>${this.t('formulation.people.legend')}</legend>
          ${people.length === 0 ? html`<p class="help">${this.t('formulation.people.none')}</p>` : nothing}
          <ul class="choices">
            ${people.map(
              (p, i) => html`<li class="choice">
                <input type="checkbox" id="person-${i}" .checked=${live(this.data.personIds.includes(p.id))}
                  @change=${(ev: Event) => this.change(toggleId(this.data, 'personIds', p.id, (ev.target as HTMLInputElement).checked), 'person-pick', p.id)} />
                <label for="person-${i}">${p.name}</label>
              </li>`,
            )}
          </ul>
        </fieldset>
      </div>
    </section>`;
  }

  private renderFocus(): TemplateResult {
    const focus = this.workbook?.focus ?? [];
    return html`<section class="focus" aria-labelledby="focus-h">
      ${this.heading(1, this.t('formulation.focus.legend'), { id: 'focus-h' })}
      ${focus.length === 0
        ? html`<p class="muted">${this.t(this.isReadonly ? 'formulation.ro.focusNone' : 'formulation.focus.none')}</p>`
        : html`<ul>
            ${focus.map((f) => html`<li>${f.primary ? this.t('formulation.focus.primary', { area: this.areaName(f.area) }) : this.areaName(f.area)}</li>`)}
          </ul>`}
    </section>`;
  }

  private renderStatement(ro: boolean): TemplateResult {
    const draft = this.draft();
    const edited = this.data.statement;
    const own = this.data.ownWords;
    if (ro) {
      return html`<div class="columns">
        <section part="statement" aria-labelledby="st-h">${this.heading(1, this.t('formulation.statement.legend'), { id: 'st-h' })}
          <p class="pre">${edited ?? (draft || this.t('formulation.ro.none'))}</p></section>
        <section part="own-words" aria-labelledby="own-h">${this.heading(1, this.t('formulation.ro.own'), { id: 'own-h' })}
          <p class="pre">${own ?? this.t('formulation.ro.none')}</p></section>
      </div>`;
    }
    return html`<div class="columns">
      <fieldset part="statement">
        <legend>${this.t('formulation.statement.legend')}</legend>
        <p class="help" id="st-help">${draft || edited ? this.t('formulation.statement.draft') : this.t('formulation.statement.empty')}</p>
        <label for="statement">${this.t('formulation.statement.label')}</label>
        <textarea id="statement" aria-describedby="st-help" maxlength="5000" .value=${live(edited ?? draft)}
          @input=${(e: Event) => this.change(setText(this.data, 'statement', (e.target as HTMLTextAreaElement).value), 'statement')}></textarea>
        ${edited !== undefined && edited !== draft
          ? html`<p class="help">${this.t('formulation.statement.edited')}</p>
              <p class="statement-draft">${draft}</p>
              <button type="button" @click=${() => this.change(setText(this.data, 'statement', undefined), 'statement')}>${this.t('formulation.statement.useDraft')}</button>`
          : nothing}
      </fieldset>
      <div part="own-words">
        <label for="own">${this.t('formulation.own.label')}</label>
        <p class="help" id="own-help">${this.t('formulation.own.help')}</p>
        <textarea id="own" aria-describedby="own-help" maxlength="5000" .value=${live(own ?? '')}
          @input=${(e: Event) => {
            const v = (e.target as HTMLTextAreaElement).value;
            this.change(setText(this.data, 'ownWords', v === '' ? undefined : v), 'own-words');
          }}></textarea>
      </div>
    </div>`;
  }

  private renderAgreement(ro: boolean): TemplateResult {
    const a = this.data.agreement;
    const said = a ? this.t(a.answer === 'fits' ? 'formulation.agree.saidFits' : ro ? 'formulation.ro.saidChange' : 'formulation.agree.saidChange', { date: this.i18n.formatDate(a.date) }) : undefined;
    if (ro) {
      return html`<section part="agreement" aria-labelledby="ag-h">${this.heading(1, this.t('formulation.ro.agreement'), { id: 'ag-h' })}
        <p>${said ?? this.t('formulation.ro.notYet')}</p>${a?.change ? html`<p class="pre">${a.change}</p>` : nothing}</section>`;
    }
    return html`<fieldset part="agreement" class="agreement">
      <legend>${this.t('formulation.agree.legend')}</legend>
      ${said ? html`<p class="said" role="status">${said}</p>` : nothing}
      <div class="actions">
        <button type="button" class=${a?.answer === 'fits' ? 'primary' : ''} aria-pressed=${a?.answer === 'fits' ? 'true' : 'false'} @click=${() => this.onAgree('fits')}>${this.t('formulation.agree.fits')}</button>
        <button type="button" class=${a?.answer === 'change' ? 'primary' : ''} aria-pressed=${a?.answer === 'change' ? 'true' : 'false'} @click=${() => this.onAgree('change')}>${this.t('formulation.agree.change')}</button>
      </div>
      ${a?.answer === 'change'
        ? html`<label for="change">${this.t('formulation.agree.changeLabel')}</label>
            <textarea id="change" maxlength="5000" .value=${live(a.change ?? '')} @input=${this.onChangeText}></textarea>`
        : nothing}
    </fieldset>`;
  }
}

defineElement('ipt-formulation', IptFormulation);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-formulation': IptFormulation;
  }
}
