// The picker inside a workbook: suggestions from the circle and the timeline, people from
// the circle, persistence, two instances and two tabs.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/workbook/workbook.js';
import '../src/problem-area-picker/problem-area-picker.js';
import type { IptProblemAreaPicker } from '../src/problem-area-picker/problem-area-picker.js';
import type { WorkbookContextValue, WorkbookLifeEvent, WorkbookPerson } from '../src/core/context.js';
import { $, openTab as openSecondTab, storedEntries, text, until, typeText as typeKeys } from './core/helpers.js';
import { localToday } from '../src/core/validate.js';

/** Types one key at a time: WebKitGTK's driver drops repeated letters and spaces from a typed string. */

let n = 0;
const unique = (prefix: string) => `${prefix}-${Date.now()}-${n++}`;

async function inWorkbook(attrs = '', workbookAttrs = ''): Promise<{ wb: HTMLElement; el: IptProblemAreaPicker; workbookId: string; key: string }> {
  const workbookId = unique('wb');
  const key = unique('k');
  const wrap = document.createElement('div');
  wrap.innerHTML = `<ipt-workbook workbook-id="${workbookId}" ${workbookAttrs}>
      <ipt-problem-area-picker storage-key="${key}" ${attrs}></ipt-problem-area-picker>
    </ipt-workbook>`;
  document.body.append(wrap);
  const el = wrap.querySelector('ipt-problem-area-picker')!;
  await el.ready;
  await el.updateComplete;
  return { wb: wrap.firstElementChild as HTMLElement, el, workbookId, key };
}

/** What a social circle and a mood timeline would publish into the workbook. */
const circle = {};
const timeline = {};
function context(el: IptProblemAreaPicker): WorkbookContextValue {
  return (el as unknown as { workbook: WorkbookContextValue }).workbook;
}
async function publish(el: IptProblemAreaPicker, people?: WorkbookPerson[], lifeEvents?: WorkbookLifeEvent[]): Promise<void> {
  if (people) context(el).publish(circle, { people });
  if (lifeEvents) context(el).publish(timeline, { lifeEvents });
  await el.updateComplete;
  await el.updateComplete;
}


function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return localToday(d);
}

const ana: WorkbookPerson = { id: 'p-ana', name: 'Ana', relationship: 'family', ring: 1, deceased: true, diedOn: daysAgo(180) };
const ben: WorkbookPerson = { id: 'p-ben', name: 'Ben', relationship: 'partner', ring: 1, conflict: 'a-lot' };
const cy: WorkbookPerson = { id: 'p-cy', name: 'Cy', relationship: 'colleague', ring: 3 };

afterEach(() => document.body.replaceChildren());

describe('ipt-problem-area-picker in a workbook: suggestions', () => {
  it('suggests areas from the circle and the timeline, with the reason in plain words, choosing nothing', async () => {
    const { el } = await inWorkbook('persist="none"');
    expect($(el, '.suggestion')).to.equal(null);
    expect($(el, '.suggest-note')).to.equal(null);
    await publish(el, [ana, ben, cy], [{ id: 'e1', date: daysAgo(20), title: 'Started a new job', kind: 'change', impact: -2 }]);
    expect(text($(el, '#suggest-grief'))).to.equal(
      'Suggested You added Ana, who died in the last two years. Could losing them be linked to how you have been feeling?',
    );
    expect(text($(el, '#suggest-role-dispute'))).to.equal(
      'Suggested You noted conflict with Ben. Could the disagreements be linked to how you have been feeling?',
    );
    expect(text($(el, '#suggest-role-transition'))).to.equal(
      'Suggested You noted a change in your life: “Started a new job”. Could it be linked to how you have been feeling?',
    );
    expect($(el, '#suggest-interpersonal-deficits')).to.equal(null);
    expect(text($(el, '.suggest-note'))).to.include('Only you and your therapist can say what fits');
    expect($(el, '#choose-grief')!.getAttribute('aria-describedby')).to.include('suggest-grief');
    expect(el.state.selected).to.deep.equal([]);
  });

  it('updates the suggestions when the circle changes', async () => {
    const { el } = await inWorkbook('persist="none" lang="es"');
    await publish(el, [ana]);
    expect(text($(el, '#suggest-grief'))).to.equal(
      'Sugerencia Agregaste a Ana, que falleció en los últimos dos años. ¿Podría esa pérdida tener que ver con cómo te has sentido?',
    );
    // Ana is no longer marked as having died, and the circle has only someone far out.
    await publish(el, [{ ...ana, deceased: false, ring: 3 }, cy]);
    expect($(el, '#suggest-grief')).to.equal(null);
    expect(text($(el, '#suggest-interpersonal-deficits'))).to.equal(
      'Sugerencia Todavía no hay nadie en los dos anillos más cercanos de tu círculo. ¿Podría sentirte solo o sola tener que ver con cómo te has sentido?',
    );
    // Someone moves into the inner rings: no more loneliness suggestion.
    await publish(el, [{ ...cy, ring: 2 }]);
    expect($(el, '.suggestion')).to.equal(null);
  });

  it('suggests grief for a death six months ago, not for one ten years ago', async () => {
    const { el } = await inWorkbook('persist="none"');
    const rosa: WorkbookPerson = { id: 'p-rosa', name: 'Rosa', relationship: 'family', ring: 2, deceased: true, diedOn: daysAgo(3652) };
    await publish(el, [rosa, ben]);
    expect($(el, '#suggest-grief')).to.equal(null);
    await publish(el, [{ ...rosa, diedOn: daysAgo(182) }, ben]);
    expect(text($(el, '#suggest-grief'))).to.include('You added Rosa, who died in the last two years.');
    // Undated: not suggested from the circle alone; the client's own "a lot" brings it back as a question.
    await publish(el, [{ ...rosa, diedOn: undefined }, ben]);
    expect($(el, '#suggest-grief')).to.equal(null);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="rating-grief"][value="a-lot"]')!.click();
    await el.updateComplete;
    expect(text($(el, '#suggest-grief'))).to.include('You said this sounds like you, and you added Rosa, who has died.');
  });

  it('uses the timeline’s onset: a death the low mood followed, and changes around it', async () => {
    const { el } = await inWorkbook('persist="none"');
    const rosa: WorkbookPerson = { id: 'p-rosa', name: 'Rosa', relationship: 'family', ring: 2, deceased: true, diedOn: daysAgo(1500) };
    const move: WorkbookLifeEvent = { id: 'e-move', date: daysAgo(1450), title: 'Moved to a new city', kind: 'change' };
    await publish(el, [rosa, ben], [move]);
    expect($(el, '#suggest-grief')).to.equal(null);
    expect($(el, '#suggest-role-transition')).to.equal(null);
    context(el).publish(timeline, { onset: daysAgo(1400) });
    await el.updateComplete;
    await el.updateComplete;
    expect(text($(el, '#suggest-grief'))).to.equal('Suggested Your low mood started after Rosa died. Could losing them be part of it?');
    expect(text($(el, '#suggest-role-transition'))).to.equal(
      'Suggested Around the time your low mood started, you noted “Moved to a new city”. Could this change be linked to it?',
    );
  });

  it('shows the deficits note when deficits is chosen alone while another area is suggested, and not otherwise', async () => {
    const { el } = await inWorkbook('persist="none"');
    const note = () => text($(el, '[part="note"]'));
    el.shadowRoot!.querySelector<HTMLInputElement>('#choose-interpersonal-deficits')!.click();
    await el.updateComplete;
    expect(note()).to.equal('');
    await publish(el, [ben]);
    expect(note()).to.equal(
      'In IPT, “Loneliness and social isolation” is usually the focus only when none of the other areas fits. Talk this over with your therapist.',
    );
    expect(note()).to.not.match(/most people/i);
    await publish(el, [cy]);
    expect(note()).to.equal('');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="rating-role-transition"][value="a-lot"]')!.click();
    await el.updateComplete;
    expect(note()).to.include('usually the focus only when none of the other areas fits');
  });

  it('offers the circle’s people when saying who the area is about, by their current name', async () => {
    const { el } = await inWorkbook('persist="none"');
    await publish(el, [ana, ben, cy]);
    $(el, '#choose-grief')!.click();
    await el.updateComplete;
    const who = $<HTMLSelectElement>(el, '#grief-personId')!;
    expect(text(el.shadowRoot!.querySelector('label[for="grief-personId"]'))).to.equal('Who died?');
    expect([...who.options].map((o) => o.text)).to.deep.equal(['Choose someone from your circle', 'Ana', 'Ben', 'Cy', 'Someone else (type the name below)']);
    who.focus();
    who.value = 'p-ana';
    who.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.state.selected[0]!.details).to.deep.equal({ personId: 'p-ana', personName: 'Ana' });
    expect($(el, '#grief-personName')).to.equal(null);
    // Renamed in the circle: the new name shows.
    await publish(el, [{ ...ana, name: 'Ana María' }, ben, cy]);
    expect([...$<HTMLSelectElement>(el, '#grief-personId')!.options].map((o) => o.text)).to.include('Ana María');
    expect($<HTMLSelectElement>(el, '#grief-personId')!.value).to.equal('p-ana');
    // Someone not in the circle: typed.
    const select = $<HTMLSelectElement>(el, '#grief-personId')!;
    select.value = '__typed';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const name = $<HTMLInputElement>(el, '#grief-personName')!;
    name.value = '';
    name.focus();
    await typeKeys('Grandpa Joe');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.state.selected[0]!.details).to.deep.equal({ personName: 'Grandpa Joe' });
  });

  it('is read-only when its workbook is, and axe clean with suggestions', async () => {
    const { el } = await inWorkbook('persist="none"', 'readonly');
    await publish(el, [ana, ben]);
    expect(el.shadowRoot!.querySelectorAll('input, select, textarea, button')).to.have.length(0);
    expect(text($(el, '#suggest-grief'))).to.include('Ana');
    await expect(el).to.be.accessible();
  });
});

describe('ipt-problem-area-picker: persistence', () => {
  it('saves under its workbook and loads after a re-mount', async () => {
    const { el, workbookId, key } = await inWorkbook();
    el.shadowRoot!.querySelector<HTMLInputElement>('#choose-role-transition')!.click();
    await el.updateComplete;
    await el.saved();
    const envelope = (await storedEntries()).get(`${workbookId}/ipt-problem-area-picker/${key}`) as { schema: number; data: { selected: { area: string }[] } };
    expect(envelope.schema).to.equal(1);
    expect(envelope.data.selected.map((s) => s.area)).to.deep.equal(['role-transition']);
    document.body.replaceChildren();
    const wrap = document.createElement('div');
    wrap.innerHTML = `<ipt-workbook workbook-id="${workbookId}"><ipt-problem-area-picker storage-key="${key}"></ipt-problem-area-picker></ipt-workbook>`;
    document.body.append(wrap);
    const again = wrap.querySelector('ipt-problem-area-picker')!;
    await again.ready;
    await again.updateComplete;
    expect(again.state.selected.map((s) => [s.area, s.primary])).to.deep.equal([['role-transition', true]]);
    expect(again.shadowRoot!.querySelector<HTMLInputElement>('#choose-role-transition')!.checked).to.equal(true);
  });

  it('repairs a stored record with faults and reports them', async () => {
    const key = unique('repair');
    const { createStore, set } = await import('idb-keyval');
    const now = new Date().toISOString();
    const data = {
      ratings: { grief: 'loads' },
      selected: [
        { area: 'grief', primary: true, details: {}, goals: [] },
        { area: 'role-dispute', primary: true, details: { stage: 'impasse' }, goals: [] },
      ],
    };
    await set(`default/ipt-problem-area-picker/${key}`, { schema: 1, updatedAt: now, data }, createStore('ipt-widgets', 'records'));
    const wrap = document.createElement('div');
    const errors: CustomEvent[] = [];
    wrap.addEventListener('ipt-error', (e) => errors.push(e as CustomEvent));
    wrap.innerHTML = `<ipt-problem-area-picker storage-key="${key}"></ipt-problem-area-picker>`;
    document.body.append(wrap);
    const el = wrap.firstElementChild as IptProblemAreaPicker;
    await el.ready;
    expect(el.state.selected.map((s) => [s.area, s.primary])).to.deep.equal([
      ['grief', true],
      ['role-dispute', false],
    ]);
    expect(el.state.selected[1]!.details).to.deep.equal({ stage: 'impasse' });
    expect(el.state.ratings).to.deep.equal({});
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-state']);
    expect(errors[0]!.detail.message).to.include('ratings.grief');
  });

  it('shows the same state live in two instances with the same key', async () => {
    const key = unique('twins');
    const wrap = document.createElement('div');
    wrap.innerHTML = `<ipt-problem-area-picker storage-key="${key}"></ipt-problem-area-picker>
      <ipt-problem-area-picker storage-key="${key}" terms="clinical"></ipt-problem-area-picker>`;
    document.body.append(wrap);
    const [a, b] = [...wrap.querySelectorAll('ipt-problem-area-picker')] as [IptProblemAreaPicker, IptProblemAreaPicker];
    await Promise.all([a.ready, b.ready]);
    a.shadowRoot!.querySelector<HTMLInputElement>('#choose-grief')!.click();
    await until(() => b.state.selected.length === 1, 'b sees a’s choice');
    await b.updateComplete;
    expect(b.shadowRoot!.querySelector<HTMLInputElement>('#choose-grief')!.checked).to.equal(true);
    b.shadowRoot!.querySelector<HTMLInputElement>('input[name="rating-role-dispute"][value="a-lot"]')!.click();
    await until(() => a.state.ratings['role-dispute'] === 'a-lot', 'a sees b’s rating');
  });

  it('shares one record between two tabs', async () => {
    const key = unique('tabs');
    const openTab = async () =>
      (
        await openSecondTab<IptProblemAreaPicker>(
          {
            // A same-origin document with its own scripts: another tab as far as the kit can tell.
            srcdoc: `<!doctype html><html lang="en"><head><title>tab</title>
        <script type="module" src="/src/problem-area-picker/problem-area-picker.ts"></script></head>
        <body><ipt-problem-area-picker storage-key="${key}"></ipt-problem-area-picker></body></html>`,
          },
          'ipt-problem-area-picker',
        )
      ).el;
    const a = await openTab();
    const b = await openTab();
    a.shadowRoot!.querySelector<HTMLInputElement>('#choose-grief')!.click();
    b.shadowRoot!.querySelector<HTMLInputElement>('input[name="rating-role-transition"][value="a-little"]')!.click();
    await until(() => b.state.selected.length === 1 && a.state.ratings['role-transition'] === 'a-little', 'each tab sees the other’s change');
    expect(b.state.selected.map((s) => [s.area, s.primary])).to.deep.equal([['grief', true]]);
    expect(b.state.ratings).to.deep.equal({ 'role-transition': 'a-little' });
  });
});
