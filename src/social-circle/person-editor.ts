import { html, type TemplateResult } from 'lit';
import type { Params } from '../core/i18n.js';
import { isCalendarDate, localToday } from '../core/validate.js';
import { stageHelpKey, stageLabelKey } from '../core/vocabulary.js';
import { ANSWERS, CHANGES, CONTACTS, DISPUTE_STAGES, LEVELS, RELATIONSHIPS, TEXT_FIELDS, type Person, type PersonPatch } from './model.js';

/**
 * The person editor's content: the read-only details, or the form that edits a person, and
 * the form's reading back into a patch. What it owns: the markup and the form's fields.
 * What it does NOT own: the dialog, its opening and closing, the focus, the change itself
 * (the element does those, through `on`).
 */
export interface PersonEditorView {
  t(key: string, params?: Params): string;
  /** How many rings are shown. */
  rings: number;
  ringLabel(ring: number): string;
  /** "ring 1, Closest". */
  ringName(ring: number): string;
  /** The ring a person is drawn on (a ring beyond those shown is the outermost). */
  shownRing(p: Person): number;
  relationshipText(p: Person): string;
  /** A day (`YYYY-MM-DD`) in words. */
  formatDay(date: string): string;
  /** The name field's error ('' when none). */
  error: string;
}

export interface PersonEditorActions {
  submit(e: SubmitEvent): void;
  remove(): void;
  close(): void;
}

export function renderDetails(v: PersonEditorView, p: Person, on: { close(): void }): TemplateResult {
  const rows: [string, string][] = [
    [v.t('circle.field.relationship'), v.relationshipText(p)],
    [v.t('circle.field.ring'), v.ringName(v.shownRing(p))],
  ];
  if (p.contact) rows.push([v.t('circle.field.contact'), v.t(`circle.contact.${p.contact}`)]);
  if (p.support) rows.push([v.t('circle.field.support'), v.t(`circle.level.${p.support}`)]);
  if (p.confide) rows.push([v.t('circle.field.confide'), v.t(`circle.level.${p.confide}`)]);
  if (p.conflict) rows.push([v.t('circle.field.conflict'), v.t(`circle.level.${p.conflict}`)]);
  if (p.disputeStage) rows.push([v.t('circle.field.disputeStage'), v.t(stageLabelKey(p.disputeStage))]);
  if (p.changedSinceOnset) rows.push([v.t('circle.field.changedSinceOnset'), v.t(`circle.change.${p.changedSinceOnset}`)]);
  if (p.knowsLowMood) rows.push([v.t('circle.field.knowsLowMood'), v.t(`circle.answer.${p.knowsLowMood}`)]);
  if (p.deceased) rows.push([v.t('circle.field.deceased'), p.diedOn ? v.formatDay(p.diedOn) : '✓']);
  for (const f of TEXT_FIELDS) if (p[f]) rows.push([v.t(`circle.field.${f}`), p[f] as string]);
  return html`<h3 id="editor-title">${v.t('circle.editTitle', { name: p.name })}</h3>
    <dl class="details-view">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
    <div class="dialog-actions">
      <button type="button" class="primary close" autofocus @click=${on.close}>${v.t('circle.close')}</button>
    </div>`;
}

export function renderEditForm(v: PersonEditorView, p: Person, on: PersonEditorActions): TemplateResult {
  const select = (name: string, label: string, values: readonly string[], current: string | undefined, key: string) =>
    html`<label class="field"
      >${label}
      <select name=${name}>
        <option value="" ?selected=${!current}>${v.t('circle.notSaid')}</option>
        ${values.map((value) => html`<option value=${value} ?selected=${value === current}>${v.t(`${key}.${value}`)}</option>`)}
      </select></label
    >`;
  return html`<form @submit=${on.submit} novalidate>
    <h3 id="editor-title">${v.t('circle.editTitle', { name: p.name })}</h3>
    <label class="field"
      >${v.t('circle.field.name')}
      <input
        type="text"
        name="name"
        maxlength="200"
        autofocus
        .value=${p.name}
        aria-invalid=${v.error ? 'true' : 'false'}
        aria-describedby="edit-error"
      />
    </label>
    <p id="edit-error" class="error" ?hidden=${!v.error}>${v.error}</p>
    <label class="field"
      >${v.t('circle.field.relationship')}
      <select name="relationship">
        ${RELATIONSHIPS.map((r) => html`<option value=${r} ?selected=${r === p.relationship}>${v.t(`circle.rel.${r}`)}</option>`)}
      </select>
    </label>
    <label class="field"
      >${v.t('circle.field.relationshipLabel')}
      <span class="hint">${v.t('circle.field.relationshipLabel.hint')}</span>
      <input type="text" name="relationshipLabel" maxlength="100" .value=${p.relationshipLabel ?? ''} />
    </label>
    <label class="field"
      >${v.t('circle.field.ring')}
      <select name="ring">
        ${Array.from({ length: v.rings }, (_, i) => i + 1).map(
          (r) => html`<option value=${r} ?selected=${r === v.shownRing(p)}>${v.t('circle.ringOption', { ring: r, label: v.ringLabel(r) })}</option>`,
        )}
      </select>
    </label>
    ${select('contact', v.t('circle.field.contact'), CONTACTS, p.contact, 'circle.contact')}
    ${select('support', v.t('circle.field.support'), LEVELS, p.support, 'circle.level')}
    ${select('confide', v.t('circle.field.confide'), LEVELS, p.confide, 'circle.level')}
    ${select('conflict', v.t('circle.field.conflict'), LEVELS, p.conflict, 'circle.level')}
    <fieldset class="stages">
      <legend>${v.t('circle.field.disputeStage')}</legend>
      <label><input type="radio" name="disputeStage" value="" ?checked=${!p.disputeStage} />${v.t('circle.dispute.none')}</label>
      ${DISPUTE_STAGES.map(
        (d) => html`<label
          ><input type="radio" name="disputeStage" value=${d} ?checked=${p.disputeStage === d} />
          <span><strong>${v.t(stageLabelKey(d))}</strong><span class="hint">${v.t(stageHelpKey(d))}</span></span></label
        >`,
      )}
    </fieldset>
    ${select('changedSinceOnset', v.t('circle.field.changedSinceOnset'), CHANGES, p.changedSinceOnset, 'circle.change')}
    ${select('knowsLowMood', v.t('circle.field.knowsLowMood'), ANSWERS, p.knowsLowMood, 'circle.answer')}
    <label class="check"><input type="checkbox" name="deceased" ?checked=${p.deceased === true} /> ${v.t('circle.field.deceased')}</label>
    <label class="field"
      >${v.t('circle.field.diedOn')}
      <span class="hint">${v.t('circle.field.diedOn.hint')}</span>
      <input type="date" name="diedOn" max=${localToday()} .value=${p.diedOn ?? ''} />
    </label>
    ${TEXT_FIELDS.map(
      (f) => html`<label class="field"
        >${v.t(`circle.field.${f}`)}
        <textarea name=${f} maxlength="10000" .value=${p[f] ?? ''}></textarea>
      </label>`,
    )}
    <div class="dialog-actions">
      <button
        type="button"
        class="remove"
        @click=${on.remove}
      >
        ${v.t('circle.removeNamed', { name: p.name })}
      </button>
      <span>
        <button type="button" class="cancel" @click=${on.close}>${v.t('circle.cancel')}</button>
        <button type="submit" class="primary save">${v.t('circle.save')}</button>
      </span>
    </div>
  </form>`;
}

/**
 * The edit form read back as a patch: empty fields are `undefined` (removed), and
 * `undefined` as a whole when the name is empty.
 */
export function readPersonForm(form: HTMLFormElement): PersonPatch | undefined {
  const data = new FormData(form);
  const text = (k: string) => {
    const v = String(data.get(k) ?? '').trim();
    return v === '' ? undefined : v;
  };
  const name = text('name');
  if (!name) return undefined;
  const patch: PersonPatch = {
    name,
    relationship: String(data.get('relationship')) as Person['relationship'],
    relationshipLabel: text('relationshipLabel'),
    ring: Number(data.get('ring')),
    contact: text('contact') as Person['contact'],
    support: text('support') as Person['support'],
    conflict: text('conflict') as Person['conflict'],
    disputeStage: text('disputeStage') as Person['disputeStage'],
    confide: text('confide') as Person['confide'],
    changedSinceOnset: text('changedSinceOnset') as Person['changedSinceOnset'],
    knowsLowMood: text('knowsLowMood') as Person['knowsLowMood'],
    deceased: data.get('deceased') === 'on' ? true : undefined,
  };
  // A date of death only means something for someone marked as having died; a date the
  // browser could not read (an old browser's text box) is not kept as one.
  const diedOn = text('diedOn');
  patch.diedOn = patch.deceased && diedOn && isCalendarDate(diedOn) ? diedOn : undefined;
  for (const f of TEXT_FIELDS) patch[f] = text(f);
  return patch;
}
