import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PersistentElement } from '../core/persistent-element.js';
import { IptElement } from '../core/ipt-element.js';
import { wholeNumber, type AttributeRule } from '../core/attributes.js';
import { defineElement } from '../core/define.js';
import { registerStrings } from '../core/i18n.js';
import { baseStyles } from '../core/theme.js';
import { localToday } from '../core/validate.js';
import type { IptChangeEvent } from '../core/events.js';
import {
  DEFAULT_SESSIONS,
  MAX_SESSIONS,
  NOTE_LIMIT,

  due,
  model,
  phaseOf,
  sessionOf,
  sessionsLeft,
  setCurrent,
  setTotal,
  split,
  updateSession,
  type Phase,
  type SessionPlanState,
  type Split,
} from './model.js';
import { strings } from './strings.js';
import { sessionPlanExtra, sessionPlanStyles } from './session-plan.styles.js';

registerStrings(strings, { es: () => import('./strings.es.js') });

export type { SessionPlanState, Session, Phase } from './model.js';
export type SessionPlanChangeEvent = IptChangeEvent<SessionPlanState>;

const optionalCount = (attribute: string): AttributeRule<number | undefined> => ({
  attribute,
  fallback: undefined,
  accepts: `a whole number of sessions from 0 to ${MAX_SESSIONS}`,
  isValid: (value) => value === undefined || value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_SESSIONS),
});

/**
 * The plan of an IPT treatment: how many sessions were agreed, which one the client is at
 * and the phase it falls in (the beginning, the middle, the ending), a date and a short
 * note for each session, what the other tools of the workbook suggest doing around now (a
 * symptom check, a snapshot of the circle at the start and at the end, the formulation in
 * the beginning) as gentle reminders, and, from the middle on, how many sessions are left,
 * so that the ending is prepared and never a surprise.
 *
 * The phases: unless `initial-sessions` and `ending-sessions` say otherwise, the first
 * quarter of the sessions is the beginning and the last quarter the ending (12 sessions:
 * 1-3, 4-9, 10-12; 8: 1-2, 3-6, 7-8; 16: 1-4, 5-12, 13-16).
 *
 * @tagname ipt-session-plan
 * @summary Session N of M, the phase, a date and note per session, gentle reminders of what is due, and the sessions left.
 *
 * @slot heading - Replaces the heading. Not shown under `heading-level="none"`.
 *
 * @event ipt-change - `{ source, storageKey, workbook, state, change, at }`; `change.type` is `total`, `current`, `session-date`, `session-note` (with `change.session`, 1-based), `replace` or `clear`.
 * @event ipt-ready - `{ source, storageKey }` once the saved state is loaded.
 * @event ipt-error - `{ source, storageKey, code, message }`: `invalid-attribute` (a bad `sessions`, `initial-sessions` or `ending-sessions`), `invalid-state`, `storage-unavailable`, `quota-exceeded`, `crisis-content-missing`.
 *
 * @csspart heading - The heading.
 * @csspart where - "Session 3 of 12" and the phase.
 * @csspart left - The sessions left.
 * @csspart due - The gentle reminders.
 * @csspart sessions - The list of sessions.
 *
 * @cssprop --ipt-color-text - Text colour.
 * @cssprop --ipt-color-muted - Help text.
 * @cssprop --ipt-color-surface - Background of fields.
 * @cssprop --ipt-color-surface-alt - Background of the current session.
 * @cssprop --ipt-color-border - Borders.
 * @cssprop --ipt-color-accent - Buttons.
 * @cssprop --ipt-color-accent-contrast - Text on the accent colour.
 * @cssprop --ipt-color-focus - The focus ring.
 * @cssprop --ipt-font-family - Font family.
 * @cssprop --ipt-font-size - Base font size.
 * @cssprop --ipt-radius - Corner radius.
 * @cssprop --ipt-space - Base spacing unit.
 */
export class IptSessionPlan extends PersistentElement<SessionPlanState, void> {
  static override model = model;
  static override styles = [baseStyles, sessionPlanStyles, sessionPlanExtra];
  static override attributeRules = {
    ...IptElement.attributeRules,
    sessions: wholeNumber('sessions', 1, MAX_SESSIONS, DEFAULT_SESSIONS),
    initialSessions: optionalCount('initial-sessions'),
    endingSessions: optionalCount('ending-sessions'),
  };

  /** Sessions agreed when the plan has no number of its own yet: 12 (the default), 8 for the WHO group format, up to 40. */
  @property({ type: Number, reflect: true }) sessions: number = DEFAULT_SESSIONS;
  /** Sessions in the beginning phase; default a quarter of the total (at least 1). */
  @property({ type: Number, attribute: 'initial-sessions', reflect: true }) initialSessions: number | undefined;
  /** Sessions in the ending phase; default a quarter of the total (at least 1). */
  @property({ type: Number, attribute: 'ending-sessions', reflect: true }) endingSessions: number | undefined;

  protected modelOptions(): void {}

  private get total(): number {
    return this.data.total ?? (Number.isInteger(this.sessions) && this.sessions >= 1 && this.sessions <= MAX_SESSIONS ? this.sessions : DEFAULT_SESSIONS);
  }

  private get current(): number {
    return Math.min(this.data.current ?? 1, this.total);
  }

  private get split(): Split {
    const ok = (v: number | undefined) => (optionalCount('').isValid(v) && v !== null ? v : undefined);
    return split(this.total, ok(this.initialSessions), ok(this.endingSessions));
  }

  private get interactive(): boolean {
    return this.loaded && !this.isReadonly;
  }

  private change(next: SessionPlanState, change: { type: string; session?: number }): void {
    if (!this.interactive) return this.requestUpdate();
    this.commit(next, change);
  }

  private go(n: number): void {
    if (n < 1 || n > this.total) return;
    this.change(setCurrent(this.data, n, this.total), { type: 'current' });
  }

  // ---- rendering ------------------------------------------------------------------

  protected override render(): TemplateResult {
    const ro = this.isReadonly;
    const s = this.split;
    const phase = phaseOf(this.current, s);
    const title = this.t(ro ? 'plan.ro.heading' : 'plan.heading');
    return html`<section class="frame" aria-labelledby=${ifDefined(this.hasTopHeading ? 'heading' : undefined)} aria-label=${ifDefined(this.hasTopHeading ? undefined : title)}>
      ${this.heading(0, html`<slot name="heading">${title}</slot>`, { part: 'heading', id: 'heading' })}
      <div part="where" class="where-box">
        <p class="where">${this.t('plan.where', { current: this.i18n.formatNumber(this.current), total: this.i18n.formatNumber(this.total) })} · ${this.t(`plan.phase.${phase}`)}</p>
        <p class="help">${this.t(ro && phase === 'initial' ? 'plan.ro.phase.initial.desc' : `plan.phase.${phase}.desc`)}</p>
      </div>
      ${this.renderLeft(phase)} ${ro ? nothing : this.renderDue(phase)} ${ro ? nothing : this.renderSettings()} ${ro ? nothing : this.crisis.link()}
      ${this.renderSessions(s, ro)}
    </section>`;
  }

  private renderLeft(phase: Phase): TemplateResult | typeof nothing {
    if (phase === 'initial') return nothing;
    const left = sessionsLeft(this.current, this.total);
    return html`<p part="left" class="left">
      ${left === 0 ? this.t('plan.left.none') : this.t('plan.left', { count: left })}
      ${this.t(phase === 'ending' ? 'plan.left.ending' : 'plan.left.middle')}
    </p>`;
  }

  private renderDue(phase: Phase): TemplateResult | typeof nothing {
    const wb = this.workbook;
    if (!wb) return nothing;
    const s = this.split;
    const items = due({
      phase,
      sessionDate: sessionOf(this.data, this.current)?.date,
      today: localToday(),
      checks: wb.measures.filter((m) => m.instrument === 'PHQ-9').map((m) => m.date),
      snapshots: (wb.snapshots ?? []).map((x) => x.takenAt.slice(0, 10)),
      endingFrom: sessionOf(this.data, s.total - s.ending + 1)?.date,
      formulationAgreed: wb.formulation?.agreedOn,
      hasFormulation: wb.formulation !== undefined,
    });
    if (items.length === 0) return nothing;
    return html`<aside part="due" class="card due" aria-labelledby="due-h">
      ${this.heading(1, this.t('plan.due.heading'), { id: 'due-h' })}
      <ul>
        ${items.map((item) => html`<li>${this.t(`plan.due.${item}`)}</li>`)}
      </ul>
    </aside>`;
  }

  private renderSettings(): TemplateResult {
    return html`<fieldset class="settings">
      <legend>${this.t('plan.settings')}</legend>
      <div class="row">
        <div>
          <label for="total">${this.t('plan.total')}</label>
          <input id="total" type="number" min="1" max=${MAX_SESSIONS} aria-describedby="total-help" .value=${live(String(this.total))}
            @change=${(e: Event) => {
              const v = Number((e.target as HTMLInputElement).value);
              if (Number.isInteger(v) && v >= 1 && v <= MAX_SESSIONS) this.change(setTotal(this.data, v), { type: 'total' });
              else this.requestUpdate();
            }} />
          <p class="help" id="total-help">${this.t('plan.total.help')}</p>
        </div>
        <div>
          <label for="current">${this.t('plan.current')}</label>
          <input id="current" type="number" min="1" max=${this.total} .value=${live(String(this.current))}
            @change=${(e: Event) => {
              const v = Number((e.target as HTMLInputElement).value);
              if (Number.isInteger(v)) this.go(v);
              this.requestUpdate();
            }} />
        </div>
        <div class="actions">
          <button type="button" ?disabled=${this.current <= 1} @click=${() => this.go(this.current - 1)}>${this.t('plan.prev')}</button>
          <button type="button" class="primary" ?disabled=${this.current >= this.total} @click=${() => this.go(this.current + 1)}>${this.t('plan.next')}</button>
        </div>
      </div>
    </fieldset>`;
  }

  private renderSessions(s: Split, ro: boolean): TemplateResult {
    const ranges: [Phase, number, number][] = [
      ['initial', 1, s.initial],
      ['middle', s.initial + 1, s.total - s.ending],
      ['ending', s.total - s.ending + 1, s.total],
    ];
    return html`<section part="sessions" aria-labelledby="sessions-h">
      ${this.heading(1, this.t('plan.sessions'), { id: 'sessions-h' })}
      ${ranges
        .filter(([, from, to]) => to >= from)
        .map(
          ([phase, from, to]) => html`${this.heading(2, this.t('plan.phaseOf', { phase: this.t(`plan.phase.${phase}`), from, to }), { class: 'phase-head' })}
            <ol class="sessions" start=${from}>
              ${Array.from({ length: to - from + 1 }, (_, i) => this.renderSession(from + i, ro))}
            </ol>`,
        )}
    </section>`;
  }

  private renderSession(n: number, ro: boolean): TemplateResult {
    const session = sessionOf(this.data, n);
    const isCurrent = n === this.current;
    if (ro) {
      return html`<li class=${isCurrent ? 'current' : ''}>
        <strong>${this.t('plan.session', { n })}${isCurrent ? html` (${this.t('plan.ro.current')})` : nothing}</strong>
        <span>${session?.date ? this.i18n.formatDate(session.date) : this.t('plan.ro.noDate')}</span>
        <span class="pre">${session?.note ?? this.t('plan.ro.noNote')}</span>
      </li>`;
    }
    return html`<li class=${isCurrent ? 'current' : ''} aria-current=${isCurrent ? 'step' : nothing}>
      <strong id="s-${n}">${this.t('plan.session', { n })}</strong>
      <div>
        <label class="sr-label" for="date-${n}">${this.t('plan.session.date', { n })}</label>
        <input id="date-${n}" type="date" .value=${live(session?.date ?? '')}
          @change=${(e: Event) => {
            const v = (e.target as HTMLInputElement).value;
            this.change(updateSession(this.data, n, { date: v === '' ? null : v }), { type: 'session-date', session: n });
          }} />
      </div>
      <div>
        <label class="sr-label" for="note-${n}">${this.t('plan.session.note', { n })}</label>
        <textarea id="note-${n}" rows="2" maxlength=${NOTE_LIMIT} placeholder=${this.t('plan.session.noteHelp')} .value=${live(session?.note ?? '')}
          @input=${(e: Event) => {
            const v = (e.target as HTMLTextAreaElement).value;
            this.change(updateSession(this.data, n, { note: v === '' ? null : v }), { type: 'session-note', session: n });
          }}></textarea>
      </div>
    </li>`;
  }
}


defineElement('ipt-session-plan', IptSessionPlan);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-session-plan': IptSessionPlan;
  }
}
