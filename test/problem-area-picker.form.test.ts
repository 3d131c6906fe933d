// The picker as a form control in a host <form>.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/problem-area-picker/problem-area-picker.js';
import type { IptProblemAreaPicker } from '../src/problem-area-picker/problem-area-picker.js';
import type { ProblemAreaState } from '../src/problem-area-picker/model.js';
import { record } from './core/helpers.js';

let n = 0;
const uniqueKey = () => `pap-form-${Date.now()}-${n++}`;

async function inForm(attrs: string, key = uniqueKey()): Promise<{ form: HTMLFormElement; el: IptProblemAreaPicker }> {
  const form = document.createElement('form');
  // The markup a CMS editor writes: attributes only.
  form.innerHTML = `<ipt-problem-area-picker storage-key="${key}" ${attrs}></ipt-problem-area-picker>
    <input name="other" value="x"><button>Send</button>`;
  document.body.append(form);
  const el = form.querySelector('ipt-problem-area-picker')!;
  await el.ready;
  await el.updateComplete;
  return { form, el };
}

const box = (el: IptProblemAreaPicker, area: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#choose-${area}`)!;

async function toggle(el: IptProblemAreaPicker, area: string): Promise<void> {
  box(el, area).focus();
  await sendKeys({ press: ' ' });
  await el.updateComplete;
}

afterEach(() => document.body.replaceChildren());

describe('ipt-problem-area-picker as a form control', () => {
  it('is form-associated', async () => {
    const { form, el } = await inForm('name="focus" persist="none"');
    expect((customElements.get('ipt-problem-area-picker') as unknown as { formAssociated: boolean }).formAssociated).to.equal(true);
    expect(el.form).to.equal(form);
    expect([...form.elements]).to.include(el);
  });

  it('submits its state as a JSON string under its name', async () => {
    const { form, el } = await inForm('name="focus" persist="none"');
    await toggle(el, 'role-dispute');
    const submitted = new Promise<FormData>((resolve) =>
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        resolve(new FormData(form));
      }),
    );
    form.requestSubmit();
    const data = await submitted;
    const value = data.get('focus');
    expect(value).to.be.a('string');
    const parsed = JSON.parse(value as string) as ProblemAreaState;
    expect(parsed.selected.map((s) => [s.area, s.primary])).to.deep.equal([['role-dispute', true]]);
    expect(parsed).to.deep.equal(el.state);
    expect(data.get('other')).to.equal('x');
  });

  it('submits nothing without a name', async () => {
    const { form, el } = await inForm('persist="none"');
    await toggle(el, 'grief');
    expect([...new FormData(form).keys()]).to.deep.equal(['other']);
  });

  it('with required, is invalid (valueMissing) until an area is chosen, in the user’s language', async () => {
    const { form, el } = await inForm('name="focus" required persist="none"');
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Please choose at least one area to focus on.');
    expect(form.checkValidity()).to.equal(false);
    expect(el.checkValidity()).to.equal(false);
    await toggle(el, 'grief');
    expect(el.validity.valid).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
    await toggle(el, 'grief');
    expect(el.validity.valueMissing).to.equal(true);

    const es = await inForm('name="foco" required persist="none" lang="es"');
    expect(es.el.validationMessage).to.equal('Elige al menos un área en la que centrarte.');
    // Without required it is always valid.
    const optional = await inForm('name="x" persist="none"');
    expect(optional.el.validity.valid).to.equal(true);
  });

  it('reset restores the state it had when loaded', async () => {
    const key = uniqueKey();
    const first = await inForm('name="focus"', key);
    await toggle(first.el, 'grief');
    await first.el.saved();
    first.form.remove();

    const { form, el } = await inForm('name="focus"', key);
    expect(el.state.selected.map((s) => s.area)).to.deep.equal(['grief']);
    await toggle(el, 'role-transition');
    await toggle(el, 'grief');
    expect(el.state.selected.map((s) => s.area)).to.deep.equal(['role-transition']);
    const changes = record(el, 'ipt-change');
    form.reset();
    await el.updateComplete;
    expect(el.state.selected.map((s) => [s.area, s.primary])).to.deep.equal([['grief', true]]);
    expect(changes.map((c) => c.detail.change.type)).to.deep.equal(['replace']);
    expect(box(el, 'grief').checked).to.equal(true);
    expect(box(el, 'role-transition').checked).to.equal(false);
    expect(JSON.parse(new FormData(form).get('focus') as string).selected).to.have.length(1);
  });

  it('restores the state the browser hands back after navigation', async () => {
    const { el } = await inForm('name="focus" persist="none"');
    const saved: ProblemAreaState = { ratings: { grief: 'a-lot' }, selected: [{ area: 'grief', primary: true, details: {}, goals: [] }] };
    el.formStateRestoreCallback(JSON.stringify(saved));
    await el.updateComplete;
    expect(el.state.ratings).to.deep.equal({ grief: 'a-lot' });
    expect(box(el, 'grief').checked).to.equal(true);
    const errors = record(el, 'ipt-error');
    el.formStateRestoreCallback('{not json');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-state']);
    expect(el.state.ratings).to.deep.equal({ grief: 'a-lot' });
  });

  it('disabled: not submitted, no interaction, also inside a disabled fieldset', async () => {
    const { form, el } = await inForm('name="focus" disabled persist="none"');
    expect(box(el, 'grief').matches(':disabled')).to.equal(true);
    expect(new FormData(form).has('focus')).to.equal(false);
    box(el, 'grief').click();
    await el.updateComplete;
    expect(el.state.selected).to.deep.equal([]);
    el.disabled = false;
    await el.updateComplete;
    // Removing the reflected attribute calls formDisabledCallback, which renders once more.
    await el.updateComplete;
    expect(box(el, 'grief').matches(':disabled')).to.equal(false);
    expect(new FormData(form).has('focus')).to.equal(true);

    const fieldset = document.createElement('fieldset');
    form.append(fieldset);
    fieldset.append(el);
    fieldset.disabled = true;
    await el.updateComplete;
    await el.updateComplete;
    expect(box(el, 'grief').matches(':disabled')).to.equal(true);
    expect(new FormData(form).has('focus')).to.equal(false);
  });

  it('is not required when read-only', async () => {
    const { el } = await inForm('name="focus" required readonly persist="none"');
    expect(el.validity.valid).to.equal(true);
  });
});
