import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { WorkbookPerson } from '../core/context.js';
import type { Params } from '../core/i18n.js';
import { isCalendarDate } from '../core/validate.js';
import { addEvent, EVENT_KINDS, IMPACT_MAX, IMPACT_MIN, updateEvent, type EventKind, type LifeEvent, type MoodState, type OpResult } from './model.js';

/**
 * The form for an interpersonal event (new or edited). What it owns: the markup, and turning
 * each field's input into a patch of the draft. What it does NOT own: the draft (the element
 * keeps it, so nothing typed is lost on a re-render), saving, the focus.
 */
export interface EventFormView {
  t(key: string, params?: Params): string;
  /** "-3 (hard)". */
  impactText(impact: number): string;
  /** The people of the workbook's circle, to tick. */
  people: readonly WorkbookPerson[];
  /** The title's error ('' when none). */
  error: string;
}

export interface EventFormActions {
  save(e: Event): void;
  cancel(): void;
  patch(patch: Partial<EventDraft>): void;
  /** Focus left the form: its message no longer applies. */
  left(e: FocusEvent): void;
}

/** The event being written, as the form holds it. */
export interface EventDraft {
  id?: string;
  date: string;
  title: string;
  kind: EventKind;
  impact: number | undefined;
  personIds: string[];
  names: string;
  note: string;
}


/** The draft the form starts from: a copy of the event it edits, or a new event on `day`. */
export function draftOf(event: LifeEvent | undefined, day: string): EventDraft {
  return event
    ? {
        id: event.id,
        date: event.date,
        title: event.title,
        kind: event.kind,
        impact: event.impact,
        personIds: [...(event.personIds ?? [])],
        names: (event.personNames ?? []).join(', '),
        note: event.note ?? '',
      }
    : { date: day, title: '', kind: 'other', impact: undefined, personIds: [], names: '', note: '' };
}

/**
 * The saved draft as a change to `state`: the event it edits, updated, or a new one. It lives
 * here, with the form, because only the form saves a draft. Throws as the model does.
 */
export function saveDraft(state: MoodState, d: EventDraft, now: string): OpResult {
  const names = d.names.split(/[,;]/).map((n) => n.trim()).filter(Boolean);
  return d.id
    ? // null removes a field the person emptied
      updateEvent(
        state,
        d.id,
        {
          date: d.date,
          title: d.title,
          kind: d.kind,
          impact: d.impact ?? null,
          // ids of people who left the circle stay: their events still count for them
          personIds: d.personIds.length ? d.personIds : null,
          personNames: names.length ? names : null,
          note: d.note.trim() ? d.note : null,
        },
        now,
      )
    : addEvent(state, { date: d.date, title: d.title, kind: d.kind, impact: d.impact, personIds: d.personIds, personNames: names, note: d.note }, now);
}

export function renderEventForm(view: EventFormView, d: EventDraft, on: EventFormActions): TemplateResult {
  const people = view.people;
  const impacts = Array.from({ length: IMPACT_MAX - IMPACT_MIN + 1 }, (_, i) => IMPACT_MIN + i);
  return html`<form class="event-form" part="event-form" @submit=${on.save} @focusout=${on.left} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && on.cancel()}>
    <fieldset>
      <legend>${view.t('mood.event.heading')}</legend>
      <div class="field">
        <label for="event-title">${view.t('mood.event.title')}</label>
        <input
          id="event-title"
          type="text"
          maxlength="200"
          aria-describedby="event-title-hint"
          aria-invalid=${view.error ? 'true' : 'false'}
          .value=${live(d.title)}
          @input=${(e: Event) => on.patch({ title: (e.target as HTMLInputElement).value })}
        />
        <span id="event-title-hint" class="muted">${view.t('mood.event.titleHint')}</span>
      </div>
      <div class="row">
        <div class="field">
          <label for="event-date">${view.t('mood.event.date')}</label>
          <input
            id="event-date"
            type="date"
            aria-describedby="event-date-hint"
            .value=${live(d.date)}
            @change=${(e: Event) => {
              const v = (e.target as HTMLInputElement).value;
              if (isCalendarDate(v)) on.patch({ date: v });
            }}
          />
          <span id="event-date-hint" class="muted">${view.t('mood.event.dateHint')}</span>
        </div>
        <div class="field">
          <label for="event-kind">${view.t('mood.event.kind')}</label>
          <select id="event-kind" @change=${(e: Event) => on.patch({ kind: (e.target as HTMLSelectElement).value as EventKind })}>
            ${EVENT_KINDS.map((k) => html`<option value=${k} ?selected=${k === d.kind}>${view.t(`mood.kind.${k}`)}</option>`)}
          </select>
        </div>
      </div>
      <div class="field">
        <label for="event-impact">${view.t('mood.event.impact')}</label>
        <select
          id="event-impact"
          @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            on.patch({ impact: v === '' ? undefined : Number(v) });
          }}
        >
          <option value="" ?selected=${d.impact === undefined}>${view.t('mood.event.noImpact')}</option>
          ${impacts.map((v) => html`<option value=${String(v)} ?selected=${d.impact === v}>${view.impactText(v)}</option>`)}
        </select>
      </div>
      ${people.length
        ? html`<fieldset class="people">
            <legend>${view.t('mood.event.people')}</legend>
            ${people.map(
              (p) => html`<label
                ><input
                  type="checkbox"
                  value=${p.id}
                  .checked=${live(d.personIds.includes(p.id))}
                  @change=${(e: Event) => {
                    const ticked = (e.target as HTMLInputElement).checked;
                    on.patch({ personIds: ticked ? [...d.personIds, p.id] : d.personIds.filter((id) => id !== p.id) });
                  }}
                />
                ${p.name}</label
              >`,
            )}
          </fieldset>`
        : nothing}
      <div class="field">
        <label for="event-names">${view.t('mood.event.peopleTyped')}</label>
        <input id="event-names" type="text" .value=${live(d.names)} @input=${(e: Event) => on.patch({ names: (e.target as HTMLInputElement).value })} />
      </div>
      <div class="field">
        <label for="event-note">${view.t('mood.event.note')}</label>
        <textarea id="event-note" .value=${live(d.note)} @input=${(e: Event) => on.patch({ note: (e.target as HTMLTextAreaElement).value })}></textarea>
      </div>
      ${view.error ? html`<p class="error" role="alert">${view.error}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="primary save-event">${view.t('mood.event.save')}</button>
        <button type="button" class="cancel-event" @click=${on.cancel}>${view.t('mood.cancel')}</button>
      </div>
    </fieldset>
  </form>`;
}
