import { html, nothing, type TemplateResult } from 'lit';
import { state as reactive } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PersistentElement } from '../core/persistent-element.js';
import { defineElement } from '../core/define.js';
import { collator, registerStrings } from '../core/i18n.js';
import { baseStyles } from '../core/theme.js';
import { csvText, downloadFile } from '../core/export.js';
import { nowIso } from '../core/time.js';
import { localToday } from '../core/validate.js';
import type { IptChangeEvent } from '../core/events.js';
import {
  FOLLOW_UP,
  NAME_LIMIT,
  ROLE_PLAY,
  STEPS,
  TEXT_FIELDS,
  TEXT_LIMIT,
  addAnalysis,
  answered,
  byPerson,
  firstOpenStep,
  model,
  removeAnalysis,
  updateAnalysis,
  type Analysis,
  type CommunicationChange,
  type CommunicationState,
  type TextField,
} from './model.js';
import { strings } from './strings.js';
import { communicationPrint, communicationStyles } from './communication-analysis.styles.js';

registerStrings(strings, { es: () => import('./strings.es.js') });

export type { CommunicationState, Analysis } from './model.js';
export type CommunicationAnalysisChangeEvent = IptChangeEvent<CommunicationState>;

const SHORT_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
/** The person select's value for a name typed here. */
const OTHER = '#other';

/**
 * IPT's communication analysis: one conversation that went wrong, gone through one short
 * question at a time (what happened, what I said, what they said, how I felt, what I wanted
 * them to understand, what I expected, what actually happened, what else I could say or do),
 * then "what I will try" and, later, "how it went"; and a plan for a conversation to come
 * (role play) with notes from practising it in session. Each analysis is tied to a person of
 * the workbook's circle (named live: a renamed person shows renamed) or a typed name, and may
 * point at an event of the timeline, picked or made from here (the event lives in the
 * timeline's record; the analysis keeps its id). Read-only, it shows every answer of every
 * analysis. Prints, and downloads as JSON or CSV (cells a spreadsheet would run are defused).
 *
 * @tagname ipt-communication-analysis
 * @summary Communication analysis of conversations with the people of the circle, step by step, with a role-play plan; tied to the timeline's events.
 *
 * @slot heading - Replaces the heading. Not shown under `heading-level="none"`.
 *
 * @event ipt-change - `{ source, storageKey, workbook, state, change, at }`; `change.type` is `analysis-add`, `analysis-update` (with `change.field`), `analysis-remove`, `event-link` (with `change.eventId`), `replace` or `clear`. An event made from here is added by the timeline, which emits its own `event-add`.
 * @event ipt-ready - `{ source, storageKey }` once the saved state is loaded.
 * @event ipt-error - `{ source, storageKey, code, message }`: `invalid-attribute`, `invalid-state`, `storage-unavailable`, `quota-exceeded`, `crisis-content-missing`.
 *
 * @csspart heading - The heading.
 * @csspart list - The list of analyses by person.
 * @csspart editor - The open analysis.
 * @csspart steps - The step-by-step questions.
 * @csspart record - The read-only (and printed) record of every analysis.
 * @csspart actions - Print and download.
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
export class IptCommunicationAnalysis extends PersistentElement<CommunicationState, void, CommunicationChange> {
  static override model = model;
  static override styles = [baseStyles, ...communicationStyles, communicationPrint];

  /** The analysis open in the editor. */
  @reactive() private openId: string | undefined;
  /** The step shown (0-based). */
  @reactive() private step = 0;
  /** The person is someone typed by name (the select's "someone else"). */
  @reactive() private typingName = false;
  @reactive() private confirmRemove = false;
  /** The "put it on my timeline" form: its title while open. */
  @reactive() private eventTitle: string | undefined;
  @reactive() private eventNotice: 'added' | 'failed' | undefined;

  protected modelOptions(): void {}

  private get interactive(): boolean {
    return this.loaded && !this.isReadonly;
  }

  private get open(): Analysis | undefined {
    return this.openId === undefined ? undefined : this.data.analyses.find((a) => a.id === this.openId);
  }

  /** The person's name as shown now: the circle's (live), a typed one, or a placeholder. */
  private personLabel(a: Analysis): string {
    if (a.personId) return this.workbookPersonName(a.personId) ?? a.personName ?? this.t('comm.missingPerson');
    return a.personName ?? this.t('comm.noPerson');
  }

  private eventLabel(a: Analysis): string | undefined {
    if (!a.eventId) return undefined;
    const event = this.workbook?.lifeEvents.find((e) => e.id === a.eventId);
    return event ? this.t('comm.event.linked', { title: event.title, date: this.date(event.date) }) : this.t('comm.event.notShown');
  }

  private date(day: string): string {
    return this.i18n.formatDate(day, SHORT_DATE);
  }

  private patch(field: Parameters<typeof updateAnalysis>[2], name: string): void {
    const a = this.open;
    if (!a || !this.interactive) return this.requestUpdate();
    this.commit(updateAnalysis(this.data, a.id, field, nowIso()), { type: 'analysis-update', id: a.id, field: name });
  }

  // ---- gestures -------------------------------------------------------------------

  private startNew(): void {
    if (!this.interactive) return;
    const { state, id } = addAnalysis(this.data, { date: localToday() }, nowIso());
    this.commit(state, { type: 'analysis-add', id });
    this.openAnalysis(id, 'date');
  }

  private openAnalysis(id: string | undefined, focus?: string): void {
    this.openId = id;
    this.confirmRemove = false;
    this.eventTitle = undefined;
    this.eventNotice = undefined;
    const a = this.open;
    this.typingName = !!a && !a.personId && !!a.personName;
    this.step = a ? firstOpenStep(a) : 0;
    void this.updateComplete.then(() => {
      const target = focus ?? (id ? 'heading-open' : 'new');
      this.shadowRoot?.getElementById(target)?.focus();
    });
  }

  private goTo(step: number): void {
    this.step = Math.max(0, Math.min(STEPS.length - 1, step));
    void this.updateComplete.then(() => this.shadowRoot?.getElementById('answer')?.focus());
  }

  private async addToTimeline(a: Analysis): Promise<void> {
    const title = (this.eventTitle ?? '').trim();
    const wb = this.workbook;
    if (!title || !wb?.addLifeEvent || !this.interactive) return;
    try {
      const person = a.personId ? { personIds: [a.personId] } : a.personName ? { personNames: [a.personName] } : {};
      const eventId = await wb.addLifeEvent({ date: a.date, title, ...person });
      if (!eventId) throw new Error('no timeline');
      this.eventTitle = undefined;
      this.eventNotice = 'added';
      this.commit(updateAnalysis(this.data, a.id, { eventId }, nowIso()), { type: 'event-link', id: a.id, eventId });
    } catch {
      this.eventNotice = 'failed';
    }
  }

  // ---- exports --------------------------------------------------------------------

  /** Every analysis as JSON: the stored state, with the names and events as shown now. */
  exportJson(): string {
    const analyses = this.data.analyses.map((a) => ({ ...a, person: this.personLabel(a), event: this.eventLabel(a) ?? null }));
    return JSON.stringify({ analyses, lang: this.locale, exportedAt: new Date().toISOString() }, null, 2);
  }

  /** Every answer as CSV (analysis, person, date, event, question, answer); text a spreadsheet would run is defused. */
  exportCsv(): string {
    const rows: unknown[][] = [['analysis', 'person', 'date', 'event', 'question', 'answer'].map((k) => this.t(`comm.csv.${k}`))];
    this.data.analyses.forEach((a, i) => {
      for (const field of TEXT_FIELDS) rows.push([i + 1, this.personLabel(a), a.date, this.eventLabel(a) ?? '', this.t(`comm.l.${field}`), a[field] ?? '']);
    });
    return csvText(rows);
  }

  // ---- rendering ------------------------------------------------------------------

  protected override render(): TemplateResult {
    const ro = this.isReadonly;
    const a = ro ? undefined : this.open;
    // Read-only, t() picks `comm.ro.heading`: the clinician's page names the work, not the gesture.
    const title = this.t('comm.heading');
    return html`<section class="frame" aria-labelledby=${ifDefined(this.hasTopHeading ? 'heading' : undefined)} aria-label=${ifDefined(this.hasTopHeading ? undefined : title)}>
      ${this.heading(0, html`<slot name="heading">${title}</slot>`, { part: 'heading', id: 'heading' })}
      ${this.savingNotice()}
      ${ro
        ? this.renderRecord()
        : html`<div class="no-print">
              <p class="intro">${this.t('comm.intro')}</p>
              ${this.crisis.link()} ${a ? this.renderEditor(a) : this.renderList()}
            </div>
            <div class="print-only">${this.renderRecord()}</div>`}
    </section>`;
  }

  private groups(): { name: string; analyses: Analysis[] }[] {
    const c = collator(this.locale);
    return byPerson(this.data.analyses, (a) => this.personLabel(a), (x, y) => c.compare(x, y));
  }

  private renderList(): TemplateResult {
    const groups = this.groups();
    return html`<section part="list" aria-labelledby="list-h">
      ${this.heading(1, this.t('comm.list.heading'), { id: 'list-h' })}
      ${groups.length === 0 ? html`<p class="muted">${this.t('comm.list.empty')}</p>` : nothing}
      ${groups.map(
        (g) => html`${this.heading(2, g.name)}
          <ul class="list">
            ${g.analyses.map(
              (a) => html`<li>
                <button type="button" class="open-button" @click=${() => this.openAnalysis(a.id)}>
                  <span>${this.date(a.date)}${a.happened ? html`: ${a.happened.slice(0, 80)}` : nothing}</span>
                  <span class="count">${this.t('comm.steps.count', { count: answered(a), total: STEPS.length })}</span>
                </button>
              </li>`,
            )}
          </ul>`,
      )}
      <div class="actions">
        <button type="button" class="primary" id="new" ?disabled=${!this.loaded} @click=${() => this.startNew()}>${this.t('comm.new')}</button>
        ${this.data.analyses.length
          ? html`<button type="button" @click=${() => window.print()}>${this.t('comm.print')}</button>
              <button type="button" @click=${() => downloadFile(this, 'communication-analysis.json', this.exportJson(), 'application/json')}>${this.t('comm.json')}</button>
              <button type="button" @click=${() => downloadFile(this, 'communication-analysis.csv', this.exportCsv(), 'text/csv')}>${this.t('comm.csv')}</button>`
          : nothing}
      </div>
    </section>`;
  }

  private renderEditor(a: Analysis): TemplateResult {
    return html`<section part="editor" aria-labelledby="heading-open">
      <button type="button" @click=${() => this.openAnalysis(undefined)}>${this.t('comm.back')}</button>
      ${this.heading(1, this.t('comm.with', { name: this.personLabel(a), date: this.date(a.date) }), { id: 'heading-open', tabindex: '-1' })}
      <fieldset>
        <legend>${this.t('comm.about')}</legend>
        ${this.renderPerson(a)}
        <div class="field">
          <label for="date">${this.t('comm.date')}</label>
          <input type="date" id="date" min="1900-01-01" max="2100-12-31" .value=${live(a.date)}
            @change=${(e: Event) => {
              const v = (e.target as HTMLInputElement).value;
              if (/^\d{4}-\d{2}-\d{2}$/.test(v)) this.patch({ date: v }, 'date');
              else this.requestUpdate();
            }} />
        </div>
        ${this.renderEvent(a)}
      </fieldset>
      ${this.renderSteps(a)}
      <fieldset>
        <legend>${this.t('comm.followUp.heading')}</legend>
        ${FOLLOW_UP.map((f) => this.renderText(a, f))}
      </fieldset>
      <fieldset>
        <legend>${this.t('comm.rolePlay.heading')}</legend>
        <p class="help">${this.t('comm.rolePlay.intro')}</p>
        ${ROLE_PLAY.map((f) => this.renderText(a, f))}
      </fieldset>
      <div class="actions">
        ${this.confirmRemove
          ? html`<p role="status">${this.t('comm.remove.confirm')}</p>
              <button type="button" id="remove-yes" @click=${() => {
                if (!this.interactive) return;
                this.commit(removeAnalysis(this.data, a.id), { type: 'analysis-remove', id: a.id });
                this.openAnalysis(undefined);
              }}>${this.t('comm.remove.yes')}</button>
              <button type="button" id="remove-no" @click=${() => (this.confirmRemove = false)}>${this.t('comm.remove.no')}</button>`
          : html`<button type="button" id="remove" @click=${() => (this.confirmRemove = true)}>${this.t('comm.remove')}</button>`}
      </div>
    </section>`;
  }

  private renderPerson(a: Analysis): TemplateResult {
    const people = this.workbook?.people ?? [];
    const nameInput = (label: string) => html`<div class="field">
      <label for="person-name">${this.t(label)}</label>
      <input type="text" id="person-name" maxlength=${NAME_LIMIT} autocomplete="off" .value=${live(a.personName ?? '')}
        @input=${(e: Event) => this.patch({ personName: (e.target as HTMLInputElement).value, personId: undefined }, 'personName')} />
    </div>`;
    if (people.length === 0) return nameInput('comm.person');
    const known = a.personId !== undefined && people.some((p) => p.id === a.personId);
    const value = known ? a.personId! : this.typingName || a.personName ? OTHER : '';
    return html`<div class="field">
        <label for="person">${this.t('comm.person')}</label>
        <select id="person" .value=${live(value)}
          @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            this.typingName = v === OTHER;
            if (v === OTHER) this.patch({ personId: undefined }, 'personId');
            else this.patch({ personId: v || undefined, personName: undefined }, 'personId');
          }}>
          <option value="" ?selected=${value === ''}>${this.t('comm.person.choose')}</option>
          ${people.map((p) => html`<option value=${p.id} ?selected=${value === p.id}>${p.name}</option>`)}
          <option value=${OTHER} ?selected=${value === OTHER}>${this.t('comm.person.other')}</option>
        </select>
      </div>
      ${value === OTHER ? nameInput('comm.person.name') : nothing}`;
  }

  private renderEvent(a: Analysis): TemplateResult | typeof nothing {
    const wb = this.workbook;
    if (!wb) return nothing;
    const events = [...wb.lifeEvents].sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0));
    const linked = a.eventId !== undefined && events.some((e) => e.id === a.eventId);
    return html`<div class="field">
        <label for="event">${this.t('comm.event')}</label>
        <select id="event" .value=${live(a.eventId ?? '')}
          @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            this.eventNotice = undefined;
            this.patch({ eventId: v || undefined }, 'eventId');
          }}>
          <option value="" ?selected=${!a.eventId}>${this.t('comm.event.none')}</option>
          ${a.eventId && !linked ? html`<option value=${a.eventId} selected>${this.t('comm.event.notShown')}</option>` : nothing}
          ${events.map((e) => html`<option value=${e.id} ?selected=${a.eventId === e.id}>${e.title} (${this.date(e.date)})</option>`)}
        </select>
      </div>
      ${this.eventNotice ? html`<p class="notice" role="status">${this.t(`comm.event.${this.eventNotice}`)}</p>` : nothing}
      ${wb.canAddLifeEvents && !a.eventId
        ? this.eventTitle === undefined
          ? html`<div class="actions"><button type="button" id="event-create" @click=${() => {
              this.eventTitle = '';
              void this.updateComplete.then(() => this.shadowRoot?.getElementById('event-title')?.focus());
            }}>${this.t('comm.event.create')}</button></div>`
          : html`<div class="field card">
              <label for="event-title">${this.t('comm.event.title')}</label>
              <p class="help" id="event-title-help">${this.t('comm.event.titleHelp')}</p>
              <input type="text" id="event-title" maxlength="200" aria-describedby="event-title-help" .value=${live(this.eventTitle)}
                @input=${(e: Event) => (this.eventTitle = (e.target as HTMLInputElement).value)}
                @keydown=${(e: KeyboardEvent) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    void this.addToTimeline(a);
                  }
                }} />
              <div class="actions"><button type="button" id="event-add" ?disabled=${!this.eventTitle.trim()} @click=${() => void this.addToTimeline(a)}>${this.t('comm.event.add')}</button></div>
            </div>`
        : nothing}`;
  }

  private renderSteps(a: Analysis): TemplateResult {
    const field = STEPS[this.step]!;
    const total = STEPS.length;
    return html`<section part="steps" class="card" aria-labelledby="steps-h">
      ${this.heading(1, this.t('comm.steps.heading'), { id: 'steps-h' })}
      <details>
        <summary>${this.t('comm.step.list')}</summary>
        <ol class="steps">
          ${STEPS.map(
            (s, i) => html`<li><button type="button" aria-current=${i === this.step ? 'step' : 'false'} @click=${() => this.goTo(i)}>
              ${this.t('comm.step.go', { n: i + 1, label: this.t(`comm.l.${s}`) })}${a[s] ? html` (${this.t('comm.step.done')})` : nothing}
            </button></li>`,
          )}
        </ol>
      </details>
      <p class="step-count" id="step-count">${this.t('comm.step.of', { n: this.step + 1, total })}</p>
      <label for="answer">${this.t(`comm.q.${field}`)}</label>
      <textarea id="answer" aria-describedby="step-count" maxlength=${TEXT_LIMIT} .value=${live(a[field] ?? '')}
        @input=${(e: Event) => this.patch({ [field]: (e.target as HTMLTextAreaElement).value }, field)}></textarea>
      <div class="step-nav">
        <button type="button" id="prev" ?disabled=${this.step === 0} @click=${() => this.goTo(this.step - 1)}>${this.t('comm.step.prev')}</button>
        <button type="button" id="next" class="primary" ?disabled=${this.step === total - 1} @click=${() => this.goTo(this.step + 1)}>${this.t('comm.step.next')}</button>
      </div>
    </section>`;
  }

  private renderText(a: Analysis, field: TextField): TemplateResult {
    return html`<div class="field">
      <label for=${field}>${this.t(`comm.l.${field}`)}</label>
      <p class="help" id="${field}-help">${this.t(`comm.h.${field}`)}</p>
      <textarea id=${field} aria-describedby="${field}-help" maxlength=${TEXT_LIMIT} .value=${live(a[field] ?? '')}
        @input=${(e: Event) => this.patch({ [field]: (e.target as HTMLTextAreaElement).value }, field)}></textarea>
    </div>`;
  }

  /** Every answer of every analysis, by person: the clinician's view and the printout (no ids: it is drawn twice when printing). */
  private renderRecord(): TemplateResult {
    const groups = this.groups();
    return html`<div part="record">
      ${groups.length === 0 ? html`<p class="muted">${this.t('comm.ro.empty')}</p>` : nothing}
      ${groups.map((g) =>
        g.analyses.map((a) => {
          const event = this.eventLabel(a);
          return html`<article class="analysis">
            ${this.heading(1, this.t('comm.with', { name: g.name, date: this.date(a.date) }))}
            ${event ? html`<p>${event}</p>` : nothing}
            <dl class="record">
              ${TEXT_FIELDS.map((f) => html`<dt>${this.t(`comm.l.${f}`)}</dt><dd>${a[f] ?? html`<span class="muted">${this.t('comm.ro.notAnswered')}</span>`}</dd>`)}
            </dl>
          </article>`;
        }),
      )}
    </div>`;
  }
}

defineElement('ipt-communication-analysis', IptCommunicationAnalysis);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-communication-analysis': IptCommunicationAnalysis;
  }
}
