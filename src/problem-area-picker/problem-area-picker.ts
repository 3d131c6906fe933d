import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PersistentElement } from '../core/persistent-element.js';
import { IptElement } from '../core/ipt-element.js';
import { oneOf, wholeNumber } from '../core/attributes.js';
import { defineElement } from '../core/define.js';
import { Announcer } from '../core/announcer.js';
import { registerStrings } from '../core/i18n.js';
import { baseStyles } from '../core/theme.js';
import { localToday } from '../core/validate.js';
import { nowIso } from '../core/time.js';
import type { IptChangeEvent } from '../core/events.js';
import { stageHelpKey, stageLabelKey } from '../core/vocabulary.js';
import {
  AREAS,
  DEFAULT_MAX,
  DETAIL_FIELDS,
  DISPUTE_STAGES,
  GOAL_LIMIT,
  MAX_GOALS,
  MAX_MAX,
  MIN_MAX,
  NAME_LIMIT,
  RATINGS,
  TAG,
  TEXT_LIMIT,
  addGoal,
  deselect,
  findSelection,
  model,
  rate,
  removeGoal,
  restoreSelection,
  select,
  setPrimary,
  showsDeficitsNote,
  updateDetails,
  updateGoal,
  type Area,
  type DetailField,
  type DetailsPatch,
  type OpResult,
  type ProblemAreaOptions,
  type ProblemAreaState,
  type Rating,
  type Refusal,
  type Selection,
  type ProblemAreaPickerChange,
} from './model.js';
import { strings } from './strings.js';
import { DEFAULT_WORDING, WORDINGS, exampleCount, flattenTerms } from './terms.js';
import type { Suggestion } from './suggest.js';
import { pickerStyles } from './problem-area-picker.styles.js';

registerStrings(strings, { es: () => import('./strings.es.js').then((m) => ({ ...m.default, ...flattenTerms(m.esTerms) })) });

const maxRule = wholeNumber('max', MIN_MAX, MAX_MAX, DEFAULT_MAX);
const MULTILINE: ReadonlySet<string> = new Set([
  'hardest',
  'circumstances',
  'goodTimes',
  'hardTimes',
  'issues',
  'myExpectations',
  'theirExpectations',
  'options',
  'lost',
  'gained',
  'helpNeeded',
  'pastRelationships',
  'connectionHard',
]);
/** How many goal ideas each area offers (`picker.goals.ideas.<area>.1..3`). */
const GOAL_IDEAS = 3;
const SHORT: ReadonlySet<string> = new Set(['when', 'fromRole', 'toRole', 'personName']);
const TYPED = '__typed';

/** A message shown next to the control it is about (a refusal the person should understand). */
interface Notice {
  area: Area;
  where: 'choose' | 'goals';
  key: string;
  params?: Record<string, string | number>;
}

/**
 * Choosing and describing the focus of treatment among the four IPT problem areas
 * (grief, role dispute, role transition, interpersonal deficits), with a self-rating per
 * area, suggestions from the workbook's people and events (worded as questions), details
 * and up to three goals per chosen area, with example goals. IPT works on one area, at
 * most two: `max` is 1 or 2. A form control: with a `name` it submits its state as JSON.
 *
 * Keyboard: Tab moves through the controls in reading order; Space toggles a checkbox;
 * the arrow keys move within a group of radio buttons (rating, main focus, stage);
 * Enter in "A new goal" adds it.
 *
 * @tagname ipt-problem-area-picker
 * @summary Choose and describe the focus of treatment among the four IPT problem areas.
 *
 * @slot heading - Replaces the heading ("What would you like to work on?"). Not shown under `heading-level="none"`.
 * @slot intro - Replaces the introduction under the heading.
 *
 * @event ipt-change - `{ source, storageKey, workbook, state, change, at }`; `change.type` is one of `rating-set`, `area-select`, `area-deselect`, `area-primary`, `area-update`, `goal-add`, `goal-update`, `goal-remove`, `replace`, `clear`, with `change.area` (and `change.goalId` for goals).
 * @event ipt-ready - `{ source, storageKey }` once the saved state is loaded.
 * @event ipt-error - `{ source, storageKey, code, message }`: `invalid-attribute` (a bad `terms` or `max`), `invalid-state`, `storage-unavailable`, `quota-exceeded`.
 *
 * @csspart saving-notice - The one calm line shown while changes stay on this page only (storage blocked or full).
 * @csspart heading - The heading.
 * @csspart area - Each area's card.
 * @csspart suggestion - A suggestion from the workbook inside a card.
 * @csspart note - The note shown when interpersonal deficits is chosen while another area is chosen, suggested or rated "a lot".
 * @csspart details - Each chosen area's details and goals.
 *
 * @cssprop --ipt-color-text - Text colour.
 * @cssprop --ipt-color-muted - Secondary text (examples, help).
 * @cssprop --ipt-color-surface - Card background.
 * @cssprop --ipt-color-surface-alt - Background of chosen cards and the details.
 * @cssprop --ipt-color-border - Borders.
 * @cssprop --ipt-color-accent - Chosen cards, badges and buttons.
 * @cssprop --ipt-color-accent-contrast - Text on the accent colour.
 * @cssprop --ipt-color-warning - The border of notes.
 * @cssprop --ipt-color-focus - The focus ring.
 * @cssprop --ipt-font-family - Font family.
 * @cssprop --ipt-font-size - Base font size.
 * @cssprop --ipt-radius - Corner radius.
 * @cssprop --ipt-space - Base spacing unit.
 * @cssprop --ipt-focus-width - Width of the focus ring.
 */
export class IptProblemAreaPicker extends PersistentElement<ProblemAreaState, ProblemAreaOptions, ProblemAreaPickerChange> {
  // The index signature of the state (unknown fields ride along) defeats the base's variance check.
  static override model = model;
  static override styles = [baseStyles, pickerStyles];
  static override attributeRules = {
    ...IptElement.attributeRules,
    terms: oneOf('terms', WORDINGS, DEFAULT_WORDING),
    max: maxRule,
  };
  /** Takes part in a host `<form>` (ElementInternals). */
  static formAssociated = true;

  /** The wording of the areas: `clinical`, `lay` (adapted from the WHO Group IPT lay terms) or `adolescent`. */
  @property({ reflect: true }) terms: 'clinical' | 'lay' | 'adolescent' = 'lay';

  /** How many areas may be chosen: 1 or 2 (IPT works on one area, at most two). */
  @property({ type: Number, reflect: true }) max: number = 2;

  /** The form field name: with one, the state is submitted as a JSON string. */
  @property({ reflect: true }) name = '';

  /** Invalid (`valueMissing`) until an area is chosen. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** No interaction, and nothing submitted (also when inside a disabled `<fieldset>`). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private formDisabled = false;
  @state() private notice: Notice | undefined;
  @state() private undo: { selection: Selection; index: number } | undefined;
  private readonly announcer = new Announcer(this);

  private readonly internals: ElementInternals;
  private renderedDisabled = false;
  private initial: ProblemAreaState | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  protected modelOptions(): ProblemAreaOptions {
    // Called before attribute checks run on the first connect: never hand the model a bad max.
    return { max: maxRule.isValid(this.max) ? this.max : DEFAULT_MAX };
  }

  // ---- form control ---------------------------------------------------------------

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The element's tag name, as `type` is for native controls. */
  get type(): string {
    return this.localName;
  }

  /** `valueMissing` when `required` and nothing is chosen. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Why the control is invalid, in the person's language. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the form checks this control (not when disabled). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Like a native control's: false (and an `invalid` event) when invalid. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like a native control's: also shows the message to the person. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal Restores the state this element had when it loaded. */
  formResetCallback(): void {
    if (!this.initial || this.isReadonly) return;
    this.notice = undefined;
    this.undo = undefined;
    this.commit(structuredClone(this.initial), { type: 'replace' });
  }

  /** @internal Restores the state after back-navigation or autofill. */
  formStateRestoreCallback(saved: unknown): void {
    if (typeof saved !== 'string') return;
    try {
      this.state = JSON.parse(saved) as ProblemAreaState;
    } catch (error) {
      this.reportError('invalid-state', `the form's restored value could not be used: ${(error as Error).message}`);
    }
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  private get interactive(): boolean {
    return !this.isReadonly && !this.isDisabled;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.workbook?.withdraw(this);
  }

  protected override stateChanged(): void {
    if (this.loaded && this.initial === undefined) this.initial = structuredClone(this.data);
    // The formulation and the ending plan read the focus and its goals, primary first.
    const focus = [...this.data.selected].sort((a, b) => Number(b.primary) - Number(a.primary));
    if (this.loaded) this.workbook?.publish(this, { focus: focus.map((s) => ({ area: s.area, primary: s.primary, goals: s.goals.map((g) => ({ text: g.text, done: g.done === true })) })) });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Lit reflects `disabled` after rendering, and the browser's formDisabledCallback then
    // runs inside that same update, where a state change is dropped: render once more.
    if (this.renderedDisabled !== this.isDisabled) this.requestUpdate();
    const json = JSON.stringify(this.data);
    this.internals.setFormValue(json, json);
    const anchor = this.renderRoot.querySelector<HTMLElement>('input[type="checkbox"]') ?? undefined;
    if (this.required && !this.isReadonly && this.data.selected.length === 0) {
      this.internals.setValidity({ valueMissing: true }, this.t('picker.required'), anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  // ---- words ----------------------------------------------------------------------

  private term(area: Area, part: string): string {
    return this.t(`picker.terms.${this.terms}.${area}.${part}`);
  }

  private areaName(area: Area): string {
    return this.term(area, 'name');
  }

  private examples(area: Area): string[] {
    const lang = this.locale.toLowerCase().startsWith('es') ? 'es' : 'en';
    return Array.from({ length: exampleCount(lang, this.terms, area) }, (_, i) => this.term(area, `ex${i + 1}`));
  }

  /**
   * The suggestions come only from a workbook's people and events, so their code loads only
   * in a workbook (a page with the picker alone never fetches it); `updateComplete` waits for it.
   */
  private suggestModule: typeof import('./suggest.js') | undefined;
  private suggestLoading: Promise<unknown> | undefined;

  private suggestions(): Suggestion[] {
    const wb = this.workbook;
    if (!wb) return [];
    if (!this.suggestModule) {
      this.suggestLoading ??= import('./suggest.js').then(
        (module) => {
          this.suggestModule = module;
          this.requestUpdate();
        },
        () => undefined, // not loaded (offline): no suggestions, the picker works as it is
      );
      return [];
    }
    // `onset`: the timeline's "when my low mood started", when the workbook has one.
    return this.suggestModule.suggest({ people: wb.people, events: wb.lifeEvents, onset: wb.onset, today: localToday(), ratings: this.data.ratings });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.suggestLoading && !this.suggestModule && this.isConnected) {
      const loading = this.suggestLoading;
      await loading;
      result = await super.getUpdateComplete();
      if (loading === this.suggestLoading && !this.suggestModule) break; // the load failed
    }
    return result;
  }

  // ---- gestures -------------------------------------------------------------------

  /** Commits an operation's result, or shows why nothing changed; true when it changed. */
  private apply(result: OpResult, refusalAt?: Notice['where'], area?: Area): boolean {
    if (!result.ok) {
      if (refusalAt && area) this.refuse(result.reason, refusalAt, area);
      return false;
    }
    this.notice = undefined;
    this.commit(result.state, { ...result.change });
    const key = `picker.announce.${result.change.type}`;
    const text = this.t(key, { area: this.areaName(result.change.area) });
    if (text !== key) this.announce(text);
    return true;
  }

  private refuse(reason: Refusal, where: Notice['where'], area: Area): void {
    const messages: Partial<Record<Refusal, Omit<Notice, 'area' | 'where'>>> = {
      'max-reached': { key: 'picker.choose.max', params: { count: this.modelOptions().max } },
      'goals-full': { key: 'picker.goals.full', params: { count: MAX_GOALS } },
      'goal-empty': { key: 'picker.goals.empty' },
    };
    const message = messages[reason];
    if (!message) return;
    this.notice = { area, where, ...message };
    this.announce(this.t(message.key, message.params));
    // Controls bound with live() snap back to the state on the next render.
    this.requestUpdate();
  }

  private announce(text: string): void {
    this.announcer.say(text);
  }

  private onRate(area: Area, rating: Rating): void {
    if (!this.interactive) return;
    this.apply(rate(this.data, area, rating));
  }

  private onToggle(area: Area, event: Event): void {
    const input = event.target as HTMLInputElement;
    if (!this.interactive) {
      this.requestUpdate();
      return;
    }
    if (input.checked) {
      if (this.apply(select(this.data, area, this.modelOptions()), 'choose', area)) this.undo = undefined;
    } else {
      const index = this.data.selected.findIndex((s) => s.area === area);
      const removed = this.data.selected[index];
      if (removed && this.apply(deselect(this.data, area))) {
        const wrote = removed.goals.length > 0 || Object.keys(removed.details).length > 0;
        this.undo = wrote ? { selection: removed, index } : undefined;
      }
    }
  }

  private onUndo(): void {
    const undo = this.undo;
    if (!undo || !this.interactive) return;
    const area = undo.selection.area;
    if (this.apply(restoreSelection(this.data, undo.selection, undo.index, this.modelOptions()), 'choose', area)) {
      this.undo = undefined;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#choose-${area}`)?.focus());
    }
  }

  private onPrimary(area: Area): void {
    if (!this.interactive) return;
    this.apply(setPrimary(this.data, area));
  }

  private onDetails(area: Area, patch: DetailsPatch): void {
    if (!this.interactive) return;
    this.apply(updateDetails(this.data, area, patch));
  }

  private onPerson(area: Area, value: string): void {
    if (value === '') this.onDetails(area, { personId: undefined, personName: undefined });
    else if (value === TYPED) this.onDetails(area, { personId: undefined });
    else {
      const person = this.workbook?.people.find((p) => p.id === value);
      this.onDetails(area, { personId: value, personName: person?.name ?? findSelection(this.data, area)?.details.personName });
    }
  }

  private onAddGoal(area: Area): void {
    if (!this.interactive) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#new-goal-${area}`);
    if (!input) return;
    if (this.apply(addGoal(this.data, area, input.value, { now: nowIso() }), 'goals', area)) input.value = '';
  }

  private onGoalText(area: Area, goalId: string, text: string): void {
    if (!this.interactive) return;
    this.apply(updateGoal(this.data, area, goalId, { text }, { now: nowIso() }), 'goals', area);
  }

  private onGoalDone(area: Area, goalId: string, done: boolean): void {
    if (!this.interactive) return;
    this.apply(updateGoal(this.data, area, goalId, { done }, { now: nowIso() }));
  }

  private onRemoveGoal(area: Area, goalId: string): void {
    if (!this.interactive) return;
    if (this.apply(removeGoal(this.data, area, goalId))) {
      // The button that had focus is gone: continue where a new goal is written.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#new-goal-${area}`)?.focus());
    }
  }

  // ---- rendering ------------------------------------------------------------------

  protected override render(): TemplateResult {
    const d = this.data;
    const suggestions = this.suggestions();
    const max = this.modelOptions().max;
    const readonly = this.isReadonly;
    this.renderedDisabled = this.isDisabled;
    return html`
      <fieldset class="frame" ?disabled=${this.isDisabled} aria-label=${ifDefined(this.hasTopHeading ? undefined : this.t('picker.heading'))}>
        ${this.heading(0, html`<slot name="heading">${this.t('picker.heading')}</slot>`, { part: 'heading', id: 'heading' })}
        ${this.savingNotice()}
        ${readonly ? nothing : html`<div class="intro"><slot name="intro"><p>${this.t('picker.intro')}</p></slot></div>`}
        ${suggestions.length > 0 && !readonly
          ? html`<p class="suggest-note"><strong>${this.t('picker.suggest.heading')}.</strong> ${this.t('picker.suggest.note')}</p>`
          : nothing}
        ${readonly ? this.renderReadonly() : this.renderChoosing(d, suggestions, max)}
        <div class="note-region" aria-live="polite">
          ${showsDeficitsNote(
            d,
            suggestions.map((s) => s.area),
          )
            ? html`<p class="note" part="note">${this.t('picker.deficits-note', { area: this.areaName('interpersonal-deficits') })}</p>`
            : nothing}
        </div>
        ${readonly ? nothing : this.renderPrimary(d)}
        ${d.selected.map((s) => (readonly ? this.renderDetailsReadonly(s) : this.renderDetails(s)))}
        ${this.announcer.render()}
      </fieldset>
      ${readonly ? nothing : this.crisis.link()}
    `;
  }

  private renderChoosing(d: ProblemAreaState, suggestions: Suggestion[], max: number): TemplateResult {
    return html`
      <fieldset class="choose-group">
        <legend>${this.t('picker.choose.legend', { count: max })}</legend>
        <p class="count">${this.t('picker.choose.count', { count: d.selected.length, max })}</p>
        <ul class="areas">
          ${AREAS.map((area) => this.renderArea(area, d, suggestions.find((s) => s.area === area)))}
        </ul>
      </fieldset>
    `;
  }

  private renderBadges(selection: Selection | undefined): TemplateResult | typeof nothing {
    if (!selection) return nothing;
    return html`<span class="badge ${selection.primary ? 'main' : ''}">${this.t(selection.primary ? 'picker.primary.badge' : 'picker.chosen')}</span>`;
  }

  private renderDescription(area: Area, suggestion: Suggestion | undefined): TemplateResult {
    return html`
      <p class="desc" id="desc-${area}">${this.term(area, 'desc')}</p>
      <div class="examples">
        <p id="ex-label-${area}">${this.t('picker.examples')}</p>
        <ul aria-labelledby="ex-label-${area}">
          ${this.examples(area).map((ex) => html`<li>${ex}</li>`)}
        </ul>
      </div>
      ${suggestion
        ? html`<p class="suggestion" part="suggestion" id="suggest-${area}">
            <span class="badge suggested">${this.t('picker.suggest.badge')}</span>
            ${this.t(suggestion.reasonKey, suggestion.params)}
          </p>`
        : nothing}
    `;
  }

  private renderArea(area: Area, d: ProblemAreaState, suggestion: Suggestion | undefined): TemplateResult {
    const selection = findSelection(d, area);
    const name = this.areaName(area);
    const notice = this.notice?.area === area && this.notice.where === 'choose' ? this.notice : undefined;
    const undo = this.undo?.selection.area === area ? this.undo : undefined;
    const describedBy = [`desc-${area}`, suggestion ? `suggest-${area}` : '', notice ? `notice-${area}` : ''].filter(Boolean).join(' ');
    return html`
      <li class="area ${selection ? 'chosen' : ''}" part="area">
        ${this.heading(1, html`${name} ${this.renderBadges(selection)}`, { class: 'area-name' })}
        ${this.renderDescription(area, suggestion)}
        <fieldset class="rating">
          <legend><span class="sr-only">${name}: </span>${this.t('picker.rating.legend')}</legend>
          <div class="options">
            ${RATINGS.map(
              (r) => html`<label class="option">
                <input
                  type="radio"
                  name="rating-${area}"
                  value=${r}
                  .checked=${live(d.ratings[area] === r)}
                  @change=${() => this.onRate(area, r)}
                />
                ${this.t(`picker.rating.${r}`)}
              </label>`,
            )}
          </div>
        </fieldset>
        <div class="choose">
          <input
            type="checkbox"
            id="choose-${area}"
            .checked=${live(Boolean(selection))}
            aria-describedby=${describedBy}
            @change=${(e: Event) => this.onToggle(area, e)}
          />
          <label for="choose-${area}">${this.t('picker.choose.label', { area: name })}</label>
        </div>
        ${notice ? html`<p class="notice" id="notice-${area}">${this.t(notice.key, notice.params)}</p>` : nothing}
        ${undo
          ? html`<p class="undo">
              ${this.t('picker.undo.deselect', { area: name })}
              <button type="button" @click=${() => this.onUndo()}>${this.t('core.undo')}</button>
            </p>`
          : nothing}
      </li>
    `;
  }

  private renderPrimary(d: ProblemAreaState): TemplateResult | typeof nothing {
    if (d.selected.length < 2) return nothing;
    return html`
      <fieldset class="primary-group">
        <legend>${this.t('picker.primary.legend')}</legend>
        <p class="help" id="primary-help">${this.t('picker.primary.help')}</p>
        <div class="options">
          ${d.selected.map(
            (s) => html`<label class="option">
              <input
                type="radio"
                name="primary"
                value=${s.area}
                aria-describedby="primary-help"
                .checked=${live(s.primary)}
                @change=${() => this.onPrimary(s.area)}
              />
              ${this.areaName(s.area)}
            </label>`,
          )}
        </div>
      </fieldset>
    `;
  }

  private fieldLabel(area: Area, field: DetailField): string {
    if (field === 'when') return this.t(`picker.details.when.${area}`);
    if (field === 'personId' || field === 'personName') return this.t(`picker.details.person.${area}`);
    return this.t(`picker.details.${field}`);
  }

  private renderText(selection: Selection, field: DetailField): TemplateResult {
    const area = selection.area;
    const id = `${area}-${field}`;
    const value = typeof selection.details[field] === 'string' ? (selection.details[field] as string) : '';
    const onChange = (e: Event) => this.onDetails(area, { [field]: (e.target as HTMLInputElement).value.trim() });
    return html`<div class="field">
      <label for=${id}>${this.fieldLabel(area, field)}</label>
      ${MULTILINE.has(field)
        ? html`<textarea id=${id} rows="3" maxlength=${TEXT_LIMIT} .value=${live(value)} @change=${onChange}></textarea>`
        : html`<input id=${id} type="text" maxlength=${SHORT.has(field) ? NAME_LIMIT : TEXT_LIMIT} .value=${live(value)} @change=${onChange} />`}
    </div>`;
  }

  private renderPerson(selection: Selection): TemplateResult {
    const area = selection.area;
    const { personId, personName } = selection.details;
    const people = [...(this.workbook?.people ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    if (people.length === 0) {
      // Outside a workbook (or with an empty circle) the person is a typed name.
      return html`<div class="field">
        <label for="${area}-personName">${this.fieldLabel(area, 'personName')}</label>
        <input
          id="${area}-personName"
          type="text"
          maxlength=${NAME_LIMIT}
          .value=${live(personName ?? '')}
          @change=${(e: Event) => this.onDetails(area, { personName: (e.target as HTMLInputElement).value.trim(), personId: undefined })}
        />
      </div>`;
    }
    const known = personId !== undefined && people.some((p) => p.id === personId);
    const choice = personId ?? (personName ? TYPED : '');
    return html`<div class="field">
        <label for="${area}-personId">${this.fieldLabel(area, 'personId')}</label>
        <select id="${area}-personId" .value=${live(choice)} @change=${(e: Event) => this.onPerson(area, (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${choice === ''}>${this.t('picker.details.person.choose')}</option>
          ${people.map((p) => html`<option value=${p.id} ?selected=${choice === p.id}>${p.name}</option>`)}
          ${personId !== undefined && !known
            ? html`<option value=${personId} ?selected=${true}>${personName ?? personId}</option>`
            : nothing}
          <option value=${TYPED} ?selected=${choice === TYPED}>${this.t('picker.details.person.typed')}</option>
        </select>
      </div>
      ${personId === undefined
        ? html`<div class="field">
            <label for="${area}-personName">${this.t('picker.details.personName')}</label>
            <input
              id="${area}-personName"
              type="text"
              maxlength=${NAME_LIMIT}
              .value=${live(personName ?? '')}
              @change=${(e: Event) => this.onDetails(area, { personName: (e.target as HTMLInputElement).value.trim() })}
            />
          </div>`
        : nothing}`;
  }

  private renderStage(selection: Selection): TemplateResult {
    const area = selection.area;
    const current = selection.details.stage;
    const option = (value: string, label: string, help?: string) => html`<div class="stage-option">
      <label class="option">
        <input
          type="radio"
          name="stage-${area}"
          value=${value}
          aria-describedby=${help ? `stage-help-${value}` : nothing}
          .checked=${live((current ?? '') === value)}
          @change=${() => this.onDetails(area, { stage: value === '' ? undefined : value })}
        />
        ${label}
      </label>
      ${help ? html`<p class="help" id="stage-help-${value}">${help}</p>` : nothing}
    </div>`;
    return html`<fieldset class="stage">
      <legend>${this.t('picker.details.stage')}</legend>
      ${DISPUTE_STAGES.map((stage) => option(stage, this.t(stageLabelKey(stage, this.terms)), this.t(stageHelpKey(stage, this.terms))))}
      ${option('', this.t('picker.details.stage.none'))}
    </fieldset>`;
  }

  private renderDetails(selection: Selection): TemplateResult {
    const area = selection.area;
    const name = this.areaName(area);
    const fields: readonly DetailField[] = DETAIL_FIELDS[area];
    return html`<section class="details" part="details" aria-labelledby="details-${area}">
      ${this.heading(1, html`${this.t('picker.details.heading', { area: name })} ${this.renderBadges(selection)}`, { id: `details-${area}` })}
      <p class="help">${this.t('picker.details.help')}</p>
      ${fields.map((field) => {
        if (field === 'personName') return nothing;
        if (field === 'personId') return this.renderPerson(selection);
        if (field === 'stage') return this.renderStage(selection);
        return this.renderText(selection, field);
      })}
      ${this.renderGoals(selection)}
    </section>`;
  }

  private renderGoals(selection: Selection): TemplateResult {
    const area = selection.area;
    const name = this.areaName(area);
    const notice = this.notice?.area === area && this.notice.where === 'goals' ? this.notice : undefined;
    const full = selection.goals.length >= MAX_GOALS;
    return html`<fieldset class="goals">
      <legend>${this.t('picker.goals.legend', { area: name, count: MAX_GOALS })}</legend>
      ${selection.goals.length === 0 ? html`<p class="help">${this.t('picker.goals.none')}</p>` : nothing}
      ${full ? nothing : this.renderGoalIdeas(area)}
      <ol class="goal-list">
        ${selection.goals.map(
          (g, i) => html`<li class="goal">
            <label for="goal-${area}-${i}">${this.t('picker.goals.goal', { count: i + 1 })}</label>
            <input
              id="goal-${area}-${i}"
              type="text"
              maxlength=${GOAL_LIMIT}
              .value=${live(g.text)}
              @change=${(e: Event) => this.onGoalText(area, g.id, (e.target as HTMLInputElement).value)}
            />
            <label class="option">
              <input
                type="checkbox"
                aria-label=${`${this.t('picker.goals.done')}: ${g.text}`}
                .checked=${live(g.done === true)}
                @change=${(e: Event) => this.onGoalDone(area, g.id, (e.target as HTMLInputElement).checked)}
              />
              ${this.t('picker.goals.done')}
            </label>
            <button type="button" aria-label=${this.t('picker.goals.remove-label', { text: g.text })} @click=${() => this.onRemoveGoal(area, g.id)}>
              ${this.t('picker.goals.remove')}
            </button>
          </li>`,
        )}
      </ol>
      <div class="add-goal">
        <label for="new-goal-${area}">${this.t('picker.goals.new')}</label>
        <input
          id="new-goal-${area}"
          type="text"
          maxlength=${GOAL_LIMIT}
          aria-describedby=${full || notice ? `goal-note-${area}` : nothing}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              this.onAddGoal(area);
            }
          }}
        />
        <button type="button" @click=${() => this.onAddGoal(area)}>${this.t('picker.goals.add')}</button>
      </div>
      ${notice || full
        ? html`<p class="notice" id="goal-note-${area}">
            ${notice ? this.t(notice.key, notice.params) : this.t('picker.goals.full', { count: MAX_GOALS })}
          </p>`
        : nothing}
    </fieldset>`;
  }

  /** Example goals for the area (IPT sets goals per problem area): words to start from, never filled in. */
  private renderGoalIdeas(area: Area): TemplateResult {
    return html`<div class="goal-ideas">
      <p class="help" id="goal-ideas-${area}">${this.t('picker.goals.ideas')}</p>
      <ul class="help" aria-labelledby="goal-ideas-${area}">
        ${Array.from({ length: GOAL_IDEAS }, (_, i) => html`<li>${this.t(`picker.goals.ideas.${area}.${i + 1}`)}</li>`)}
      </ul>
    </div>`;
  }

  // ---- read-only view: the same content as text, no controls ------------------------

  private renderReadonly(): TemplateResult {
    const d = this.data;
    return html`<ul class="areas">
        ${AREAS.map((area) => {
          const selection = findSelection(d, area);
          const rating = d.ratings[area];
          return html`<li class="area ${selection ? 'chosen' : ''}" part="area">
            ${this.heading(1, html`${this.areaName(area)} ${this.renderBadges(selection)}`, { class: 'area-name' })}
            <p class="rating-text">
              ${this.t('picker.readonly.rating', { rating: this.t(rating ? `picker.rating.${rating}` : 'picker.rating.none') })}
            </p>
          </li>`;
        })}
      </ul>
      ${d.selected.length === 0 ? html`<p class="help">${this.t('picker.choose.none')}</p>` : nothing}`;
  }

  private renderDetailsReadonly(selection: Selection): TemplateResult {
    const area = selection.area;
    const details = selection.details;
    const fields = (DETAIL_FIELDS[area] as readonly DetailField[]).filter((f) => f !== 'personId');
    const value = (field: DetailField): string | undefined => {
      if (field === 'stage') return details.stage ? this.t(stageLabelKey(details.stage, this.terms)) : undefined;
      if (field === 'personName') {
        const current = details.personId ? this.workbookPersonName(details.personId) : undefined;
        return current ?? details.personName;
      }
      const v = details[field];
      return typeof v === 'string' && v !== '' ? v : undefined;
    };
    const filled = fields.filter((f) => value(f) !== undefined);
    return html`<section class="details" part="details" aria-labelledby="details-${area}">
      ${this.heading(1, html`${this.t('picker.details.heading', { area: this.areaName(area) })} ${this.renderBadges(selection)}`, { id: `details-${area}` })}
      ${filled.length === 0
        ? html`<p class="help">${this.t('picker.details.nothing')}</p>`
        : html`<dl>
            ${filled.map((f) => html`<dt>${f === 'stage' ? this.t('picker.details.stage') : this.fieldLabel(area, f)}</dt><dd>${value(f)}</dd>`)}
          </dl>`}
      ${this.heading(2, this.t('picker.goals.legend', { area: this.areaName(area), count: MAX_GOALS }))}
      ${selection.goals.length === 0
        ? html`<p class="help">${this.t('picker.goals.none')}</p>`
        : html`<ol>
            ${selection.goals.map((g) => html`<li>${g.text} ${g.done ? this.t('picker.goals.done-mark') : nothing}</li>`)}
          </ol>`}
    </section>`;
  }
}

defineElement(TAG, IptProblemAreaPicker);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-problem-area-picker': IptProblemAreaPicker;
  }
}

/** The `ipt-change` event of the picker, typed with its state. */
export type ProblemAreaChangeEvent = IptChangeEvent<ProblemAreaState>;
