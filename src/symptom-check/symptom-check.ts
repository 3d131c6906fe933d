import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { PersistentElement } from '../core/persistent-element.js';
import { IptElement } from '../core/ipt-element.js';
import { oneOf, type AttributeRule } from '../core/attributes.js';
import { defineElement } from '../core/define.js';
import { Announcer } from '../core/announcer.js';
import { registerStrings } from '../core/i18n.js';
import { baseStyles } from '../core/theme.js';
import { localToday } from '../core/validate.js';
import { nowIso } from '../core/time.js';
import type { IptChangeEvent } from '../core/events.js';
import {
  ANSWERS,
  INSTRUMENTS,
  ITEM9_INDEX,
  ITEM_COUNT,
  MAX_SCORE,
  TAG,
  answer,
  answeredCount,
  band,
  changeSince,
  completedResponses,
  finish,
  measures,
  model,
  nextDue,
  openResponse,
  score,
  setDifficulty,
  type Answer,
  type Instrument,
  type SymptomCheckState,
  type SymptomResponse,
} from './model.js';
import { strings } from './strings.js';
import { symptomCheckStyles } from './symptom-check.styles.js';

registerStrings(strings, { es: () => import('./strings.es.js') });

const everyRule: AttributeRule<number | undefined> = {
  attribute: 'every',
  fallback: undefined,
  accepts: 'a whole number of days from 1 to 365',
  isValid: (value) => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 365,
};

const SHORT_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/**
 * Twin instances (the same record, the same instrument, in one workbook) publish their
 * measures once: the first connected one does, and hands over when it leaves.
 */
const twins = new Map<string, Set<IptSymptomCheck>>();

/**
 * The PHQ-9 (depression) or the GAD-7 (anxiety), answered item by item, with every answer
 * kept. After the last question: the score with its meaning, how it compares with the last
 * check, and a history. Answering PHQ-9 item 9 above "Not at all" shows the host's crisis
 * content right there and emits `ipt-risk` once for that response. Inside an
 * `<ipt-workbook>`, finished responses are shared as measures with `<ipt-mood-timeline>`.
 *
 * Keyboard: Tab moves from question to question; the arrow keys choose an answer within a
 * question (a group of radio buttons); Enter on "See my result" finishes.
 *
 * @tagname ipt-symptom-check
 * @attr {boolean} readonly - A clinician's view: every response item by item, in the third person, no controls (also when the workbook is `readonly`).
 * @summary PHQ-9 or GAD-7 item by item: every answer kept, the score with its meaning, history, due dates, and the crisis content at once when item 9 is answered above 0.
 *
 * @slot heading - Replaces the heading.
 * @slot intro - Replaces the introduction under the heading.
 *
 * @event ipt-change - `{ source, storageKey, workbook, state, change, at }`; `change.type` is `answer` (with `change.id` the response id and `change.item`, 1-based), `difficulty`, `finish`, `replace` or `clear`.
 * @event ipt-risk - `{ source, workbook, storageKey, kind: 'phq9-item9', value, responseId, at }` the moment PHQ-9 item 9 is answered above 0 (`value` the answer, 1 to 3): once per response, emitted before that answer's `ipt-change`, only from the instance where the person answered. Changing the answer, reloading half way or a second instance of the same record does not emit it again (the response keeps `riskReportedAt`).
 * @event ipt-ready - `{ source, storageKey }` once the saved state is loaded.
 * @event ipt-error - `{ source, storageKey, code, message }`: `invalid-attribute` (a bad `instrument` or `every`), `invalid-state`, `storage-unavailable`, `quota-exceeded`, `crisis-content-missing`.
 *
 * @csspart heading - The heading.
 * @csspart form - The questions.
 * @csspart item - Each question's group of answers.
 * @csspart result - The result after finishing.
 * @csspart history - The list of past checks.
 * @csspart due - The line that says when the next check is due.
 *
 * @cssprop --ipt-color-text - Text colour.
 * @cssprop --ipt-color-muted - Secondary text (progress, notes).
 * @cssprop --ipt-color-surface - Background of the questions.
 * @cssprop --ipt-color-surface-alt - Background of the result and of answered questions.
 * @cssprop --ipt-color-border - Borders.
 * @cssprop --ipt-color-accent - Chosen answers and buttons.
 * @cssprop --ipt-color-accent-contrast - Text on the accent colour.
 * @cssprop --ipt-color-warning - The border of notices.
 * @cssprop --ipt-color-conflict - The mark beside item 9 in the read-only view.
 * @cssprop --ipt-color-focus - The focus ring.
 * @cssprop --ipt-font-family - Font family.
 * @cssprop --ipt-font-size - Base font size.
 * @cssprop --ipt-radius - Corner radius.
 * @cssprop --ipt-space - Base spacing unit.
 * @cssprop --ipt-focus-width - Width of the focus ring.
 */
export class IptSymptomCheck extends PersistentElement<SymptomCheckState, void> {
  static override model = model;
  static override styles = [baseStyles, symptomCheckStyles];
  static override attributeRules = {
    ...IptElement.attributeRules,
    instrument: oneOf('instrument', INSTRUMENTS, 'phq9'),
    every: everyRule,
  };

  /** Which questionnaire: `phq9` (depression, the default) or `gad7` (anxiety). */
  @property({ reflect: true }) instrument: Instrument = 'phq9';

  /** Days between checks (1 to 365): the element says when the next one is due. No reminders are sent. */
  @property({ type: Number, reflect: true }) every: number | undefined;

  /** The person chose "Start a new check" after a finished one. */
  @state() private startingNew = false;
  /** Question numbers (1-based) still unanswered when the person tried to finish. */
  @state() private missing: number[] = [];
  private readonly announcer = new Announcer(this);

  /** The response this instance started: another one that is open was left earlier and is resumed. */
  private startedHere: string | undefined;
  private twinKey = '';

  protected modelOptions(): void {}

  private get kind(): Instrument {
    return INSTRUMENTS.includes(this.instrument) ? this.instrument : 'phq9';
  }

  // ---- workbook measures ------------------------------------------------------------

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.leaveTwins();
    this.workbook?.withdraw(this);
  }

  protected override stateChanged(): void {
    this.publishMeasures();
  }

  protected override workbookChanged(): void {
    super.workbookChanged();
    this.publishMeasures();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('instrument') || changed.has('storageKey')) this.publishMeasures();
  }

  private publishMeasures(): void {
    if (!this.loaded || !this.isConnected || !this.workbook) return;
    const key = `${this.workbookId}|${this.storageKey}|${this.persist}|${this.kind}`;
    if (key !== this.twinKey) {
      this.leaveTwins();
      this.twinKey = key;
      const set = twins.get(key) ?? new Set<IptSymptomCheck>();
      set.add(this);
      twins.set(key, set);
    }
    if (twins.get(key)?.values().next().value !== this) {
      this.workbook.withdraw(this);
      return;
    }
    const source = this.localName;
    this.workbook.publish(this, { measures: measures(this.data, this.kind).map((m) => ({ ...m, source })) });
  }

  private leaveTwins(): void {
    const key = this.twinKey;
    if (!key) return;
    this.twinKey = '';
    const set = twins.get(key);
    if (!set) return;
    const wasFirst = set.values().next().value === this;
    set.delete(this);
    if (set.size === 0) twins.delete(key);
    else if (wasFirst) set.values().next().value?.publishMeasures();
  }

  // ---- gestures -----------------------------------------------------------------

  private get interactive(): boolean {
    return this.loaded && !this.isReadonly;
  }

  private onAnswer(index: number, value: Answer): void {
    if (!this.interactive) return this.requestUpdate();
    const result = answer(this.data, this.kind, index, value, { today: localToday(), now: nowIso() });
    if (!openResponse(this.data, this.kind)) this.startedHere = result.response.id;
    this.missing = this.missing.filter((n) => n !== index + 1);
    // The risk is reported before the change is announced anywhere else; riskReportedAt,
    // committed in the same change, keeps it at one per response in every instance and tab.
    if (result.risk) {
      this.emitRisk('phq9-item9', value, { responseId: result.response.id });
      this.announce(this.t('symptom.item9.announce'));
    }
    this.commit(result.state, { type: 'answer', id: result.response.id, item: index + 1 });
  }

  private onDifficulty(value: Answer): void {
    if (!this.interactive) return this.requestUpdate();
    const result = setDifficulty(this.data, this.kind, value, { today: localToday() });
    if (!openResponse(this.data, this.kind)) this.startedHere = result.response.id;
    this.commit(result.state, { type: 'difficulty', id: result.response.id });
  }

  private onFinish(event: Event): void {
    event.preventDefault();
    if (!this.interactive) return;
    const result = finish(this.data, this.kind, { today: localToday(), now: nowIso() });
    if (!result.ok) {
      const count = ITEM_COUNT[this.kind];
      this.missing = result.reason === 'none-open' ? Array.from({ length: count }, (_, i) => i + 1) : result.missing.map((i) => i + 1);
      const first = this.missing[0]!;
      this.announce(this.t('symptom.missing', { count: this.missing.length, first }));
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#item-${first - 1}-0`)?.focus());
      return;
    }
    this.missing = [];
    this.startingNew = false;
    this.commit(result.state, { type: 'finish', id: result.response.id });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus());
  }

  private onStartNew(): void {
    this.startingNew = true;
    this.missing = [];
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#item-0-0')?.focus());
  }

  private onBackToResult(): void {
    this.startingNew = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus());
  }

  private announce(text: string): void {
    this.announcer.say(text);
  }

  // ---- words ----------------------------------------------------------------------

  private itemText(index: number): string {
    return this.t(`symptom.${this.kind}.${index + 1}`);
  }

  private scoreLine(response: SymptomResponse, key = 'symptom.result.score'): string {
    const total = score(response)!;
    return this.t(key, {
      score: this.i18n.formatNumber(total),
      max: this.i18n.formatNumber(MAX_SCORE[response.instrument]),
      band: this.t(`symptom.band.${band(response.instrument, total)}`),
      date: this.i18n.formatDate(response.date, SHORT_DATE),
    });
  }

  private changeLine(response: SymptomResponse, prefix: 'symptom.result' | 'symptom.ro'): string {
    const change = changeSince(this.data, response);
    if (!change) return prefix === 'symptom.result' ? this.t('symptom.result.first') : '';
    const params = {
      points: this.t('symptom.points', { count: Math.abs(change.delta) }),
      previous: this.i18n.formatNumber(change.previousScore),
      // The result speaks in whole dates, like its own; the clinician's view is denser.
      date: prefix === 'symptom.result' ? this.i18n.formatDate(change.previous.date) : this.i18n.formatDate(change.previous.date, SHORT_DATE),
    };
    if (change.delta === 0) return this.t(`${prefix}.${prefix === 'symptom.ro' ? 'change.' : ''}same`, params);
    const direction = change.delta < 0 ? 'lower' : 'higher';
    return this.t(`${prefix}.${prefix === 'symptom.ro' ? 'change.' : ''}${direction}`, params);
  }

  // ---- rendering ------------------------------------------------------------------

  protected override render(): TemplateResult {
    const kind = this.kind;
    return html`
      <section class="frame" aria-labelledby="heading">
        <h2 part="heading" id="heading">
          <slot name="heading">${this.t(this.isReadonly ? `symptom.ro.heading.${kind}` : `symptom.heading.${kind}`)}</slot>
        </h2>
        ${this.isReadonly ? this.renderReadonly() : this.renderForPerson()}
        ${this.announcer.render()}
      </section>
    `;
  }

  private renderForPerson(): TemplateResult {
    const kind = this.kind;
    const open = openResponse(this.data, kind);
    const done = completedResponses(this.data, kind);
    const latest = done.at(-1);
    const showForm = open !== undefined || latest === undefined || this.startingNew;
    return html`
      <div class="intro"><slot name="intro"><p>${this.t(`symptom.intro.${kind}`)}</p></slot></div>
      ${this.crisis.link()} ${this.renderDue()}
      ${showForm ? this.renderForm(open, latest !== undefined && open === undefined) : this.renderResult(latest)}
      ${this.renderHistory(done)}
    `;
  }

  private renderDue(): TemplateResult | typeof nothing {
    if (this.every === undefined || !everyRule.isValid(this.every)) return nothing;
    const due = nextDue(this.data, this.kind, this.every, localToday());
    if (!due) return nothing;
    return html`<p class="due" part="due">
      ${due.now ? this.t('symptom.due.now') : this.t('symptom.due.next', { date: this.i18n.formatDate(due.date) })}
    </p>`;
  }

  private renderForm(open: SymptomResponse | undefined, canGoBack: boolean): TemplateResult {
    const kind = this.kind;
    const count = ITEM_COUNT[kind];
    const items: (Answer | null)[] = open?.items ?? new Array<Answer | null>(count).fill(null);
    const resumed = open !== undefined && open.id !== this.startedHere && answeredCount(open) > 0;
    const missing = this.missing;
    return html`
      <form part="form" novalidate @submit=${(e: Event) => this.onFinish(e)} aria-labelledby="frame-q">
        <p class="frame-q" id="frame-q">${this.t(`symptom.${kind}.frame`)}</p>
        ${resumed ? html`<p class="resumed">${this.t('symptom.resumed', { date: this.i18n.formatDate(open.date) })}</p>` : nothing}
        <p class="progress" aria-live="off">${this.t('symptom.progress', { answered: answeredCount({ items }), count })}</p>
        <ol class="items">
          ${items.map((value, index) => this.renderItem(index, value, missing.includes(index + 1)))}
        </ol>
        ${kind === 'phq9' ? this.renderDifficulty(open?.difficulty) : nothing}
        <div class="actions">
          <button type="submit" class="primary" aria-describedby=${missing.length ? 'missing' : nothing}>${this.t('symptom.finish')}</button>
          ${canGoBack ? html`<button type="button" @click=${() => this.onBackToResult()}>${this.t('symptom.backToResult')}</button>` : nothing}
        </div>
        ${missing.length
          ? html`<p class="notice" id="missing">${this.t('symptom.missing', { count: missing.length, first: missing[0]! })}</p>`
          : nothing}
      </form>
    `;
  }

  private renderItem(index: number, value: Answer | null, isMissing: boolean): TemplateResult {
    const item9 = this.kind === 'phq9' && index === ITEM9_INDEX;
    const showHelp = item9 && value !== null && value > 0;
    return html`<li class="item-row">
      <fieldset class="item ${value !== null ? 'answered' : ''} ${isMissing ? 'missing' : ''}" part="item">
        <legend>${this.t('symptom.item', { n: index + 1, text: this.itemText(index) })}</legend>
        <div class="options">
          ${ANSWERS.map(
            (a) => html`<label class="option" for="item-${index}-${a}">
              <input
                type="radio"
                id="item-${index}-${a}"
                name="item-${index}"
                value=${a}
                .checked=${live(value === a)}
                @change=${() => this.onAnswer(index, a)}
              />
              <span>${this.t(`symptom.answer.${a}`)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      ${showHelp ? html`<div class="item9-help">${this.crisis.panel({ lead: this.t('symptom.item9.lead') })}</div>` : nothing}
    </li>`;
  }

  private renderDifficulty(value: Answer | undefined): TemplateResult {
    return html`<fieldset class="item difficulty ${value !== undefined ? 'answered' : ''}" part="item">
      <legend>${this.t('symptom.difficulty.question')} <span class="optional">${this.t('symptom.difficulty.optional')}</span></legend>
      <div class="options">
        ${ANSWERS.map(
          (a) => html`<label class="option" for="difficulty-${a}">
            <input
              type="radio"
              id="difficulty-${a}"
              name="difficulty"
              value=${a}
              .checked=${live(value === a)}
              @change=${() => this.onDifficulty(a)}
            />
            <span>${this.t(`symptom.difficulty.${a}`)}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderResult(response: SymptomResponse): TemplateResult {
    const item9 = response.instrument === 'phq9' ? response.items[ITEM9_INDEX] : null;
    return html`<section class="result" part="result" aria-labelledby="result-heading">
      <h3 id="result-heading" tabindex="-1">${this.t('symptom.result.heading')}</h3>
      ${item9 !== null && item9 > 0 ? this.crisis.panel({ lead: this.t('symptom.item9.lead') }) : nothing}
      <p class="score">${this.scoreLine(response)}</p>
      <p>${this.t('symptom.result.date', { date: this.i18n.formatDate(response.date) })} ${this.changeLine(response, 'symptom.result')}</p>
      <p class="note">${this.t('symptom.result.note')}</p>
      <button type="button" @click=${() => this.onStartNew()}>${this.t('symptom.again')}</button>
    </section>`;
  }

  private renderHistory(done: SymptomResponse[]): TemplateResult | typeof nothing {
    if (done.length === 0) return nothing;
    return html`<section class="history" part="history" aria-labelledby="history-heading">
      <h3 id="history-heading">${this.t('symptom.history.heading')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">${this.t('symptom.history.date')}</th>
            <th scope="col">${this.t('symptom.history.score')}</th>
            <th scope="col">${this.t('symptom.history.band')}</th>
          </tr>
        </thead>
        <tbody>
          ${[...done].reverse().map((r) => {
            const total = score(r)!;
            return html`<tr>
              <th scope="row">${this.i18n.formatDate(r.date, SHORT_DATE)}</th>
              <td>${this.t('symptom.history.cell', { score: this.i18n.formatNumber(total), max: this.i18n.formatNumber(MAX_SCORE[r.instrument]) })}</td>
              <td>${this.t(`symptom.band.${band(r.instrument, total)}`)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </section>`;
  }

  // ---- read-only view: a clinician's, in the third person ---------------------------

  private renderReadonly(): TemplateResult {
    const kind = this.kind;
    const open = openResponse(this.data, kind);
    const done = [...completedResponses(this.data, kind)].reverse();
    if (!open && done.length === 0) return html`<p class="muted">${this.t('symptom.ro.none')}</p>`;
    return html`
      ${open ? this.renderReadonlyResponse(open) : nothing}
      ${done.map((r) => this.renderReadonlyResponse(r))}
    `;
  }

  private renderReadonlyResponse(r: SymptomResponse): TemplateResult {
    const finished = r.completedAt !== undefined;
    const headingId = `ro-${r.id}`;
    const item9 = r.instrument === 'phq9' ? r.items[ITEM9_INDEX] : null;
    const answerText = (v: Answer | null | undefined, scale: 'answer' | 'difficulty' = 'answer') =>
      v === null || v === undefined ? this.t('symptom.ro.unanswered') : `${this.t(`symptom.${scale}.${v}`)} (${v})`;
    const change = finished ? this.changeLine(r, 'symptom.ro') : '';
    return html`<section class="ro-response ${finished ? '' : 'open'}" aria-labelledby=${headingId}>
      <h3 id=${headingId}>
        ${finished
          ? this.scoreLine(r, 'symptom.ro.response')
          : this.t('symptom.ro.open', { date: this.i18n.formatDate(r.date, SHORT_DATE), answered: answeredCount(r), count: r.items.length })}
      </h3>
      ${change ? html`<p>${change}</p>` : nothing}
      ${item9 !== null && item9 > 0
        ? html`<p class="flag">
            ${this.t('symptom.ro.item9', { answer: this.t(`symptom.answer.${item9}`) })}
            ${r.riskReportedAt ? this.t('symptom.ro.item9.reported', { date: this.i18n.formatDate(r.riskReportedAt.slice(0, 10), SHORT_DATE) }) : nothing}
          </p>`
        : nothing}
      <h4 class="sr-only">${this.t('symptom.ro.items')}</h4>
      <ol class="answers">
        ${r.items.map(
          (v, i) => html`<li><span class="q">${this.t(`symptom.${r.instrument}.${i + 1}`)}</span>: <strong>${answerText(v)}</strong></li>`,
        )}
      </ol>
      ${r.instrument === 'phq9' && r.difficulty !== undefined
        ? html`<p>${this.t('symptom.ro.difficulty', { answer: answerText(r.difficulty, 'difficulty') })}</p>`
        : nothing}
    </section>`;
  }
}

defineElement(TAG, IptSymptomCheck);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-symptom-check': IptSymptomCheck;
  }
}

/** The `ipt-change` event of the symptom check, typed with its state. */
export type SymptomCheckChangeEvent = IptChangeEvent<SymptomCheckState>;
export type { SymptomCheckState, SymptomResponse, Instrument, Answer } from './model.js';
