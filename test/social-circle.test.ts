import { expect, html, fixture, aTimeout } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { createStore, set as idbSet } from 'idb-keyval';
import '../src/social-circle/social-circle.js';
import type { IptSocialCircle } from '../src/social-circle/social-circle.js';
import type { Person, SocialCircleState } from '../src/social-circle/model.js';
import { $, $$, centre, mount, record, until, storedEntries, viaWebDriver } from './core/helpers.js';
import { CircleHarness } from './core/circle-harness.js';

let keyN = 0;
const uniqueKey = (name: string) => `${name}-${Date.now()}-${keyN++}`;

async function circle(attrs = '', state?: Partial<SocialCircleState>, width = 720): Promise<IptSocialCircle> {
  const key = uniqueKey('c');
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.style.width = `${width}px`;
  wrap.innerHTML = `<ipt-social-circle storage-key="${key}" ${attrs}></ipt-social-circle>`;
  const el = wrap.querySelector('ipt-social-circle') as IptSocialCircle;
  await el.ready;
  if (state) el.state = { people: [], snapshots: [], ...state } as SocialCircleState;
  await settle(el);
  return el;
}

const P = (id: string, name: string, ring: number, extra: Partial<Person> = {}): Person => ({
  id,
  name,
  relationship: 'friend',
  ring,
  ...extra,
});


/** The circle driven by name and ring (test/core/circle-harness.ts). */
const h = (el: IptSocialCircle) => new CircleHarness(el);

// WebDriver (WebKit here) only takes whole key sequences: a chord is typed as its key codes.
const WD_KEYS: Record<string, string> = { Shift: '\uE008', Control: '\uE009', ArrowRight: '\uE014' };
async function chord(modifier: 'Shift' | 'Control', key: string): Promise<void> {
  if (viaWebDriver) {
    await sendKeys({ type: `${WD_KEYS[modifier]}${WD_KEYS[key] ?? key}` });
    return;
  }
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

/** Waits for the ResizeObserver's re-layout (it applies in the next frame) to render. */
async function settle(el: IptSocialCircle): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

describe('<ipt-social-circle>', () => {
  it('draws Me, the rings with warm labels, and an empty message', async () => {
    const el = await circle();
    expect($(el, '.me text').textContent).to.equal('Me');
    expect($$(el, 'circle.ring')).to.have.length(3);
    expect($$(el, '.ring-label').map((t) => t.textContent)).to.deep.equal(['Closest', 'Close', 'Further out']);
    expect($(el, '.picture-view .empty').textContent).to.contain('No one here yet');
    await expect(el).to.be.accessible();
  });

  it('follows the rings and ring-labels attributes, and rejects a bad rings value', async () => {
    const el = await circle('rings="5" ring-labels="Inner|Friends||Acquaintances|Others"');
    expect($$(el, 'circle.ring')).to.have.length(5);
    expect($$(el, '.ring-label').map((t) => t.textContent)).to.deep.equal(['Inner', 'Friends', 'In between', 'Acquaintances', 'Others']);
    const errors = record(el, 'ipt-error');
    el.setAttribute('rings', '9');
    await el.updateComplete;
    expect(el.rings).to.equal(3);
    expect(errors[0].detail.code).to.equal('invalid-attribute');
    expect(errors[0].detail.message).to.contain('rings');
    expect($$(el, 'circle.ring')).to.have.length(3);
    el.setAttribute('view', 'grid');
    await el.updateComplete;
    expect(el.view).to.equal('circle');
    expect(errors[1].detail.message).to.contain('view');
  });

  it('adds a person with the short form, by keyboard', async () => {
    const el = await circle();
    const changes = record(el, 'ipt-change');
    $<HTMLInputElement>(el, 'form.add [name="name"]').focus();
    await sendKeys({ type: 'Ana' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    $<HTMLSelectElement>(el, 'form.add [name="ring"]').value = '1';
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(changes).to.have.length(1);
    expect(changes[0].detail.change.type).to.equal('person-add');
    const ana = el.state.people[0];
    expect(changes[0].detail.change.id).to.equal(ana.id);
    expect(ana).to.deep.include({ name: 'Ana', relationship: 'friend', ring: 1 });
    expect(h(el).node(ana.id)).to.exist;
    expect(h(el).announced()).to.equal('Ana added to ring 1, Closest');
    // an empty name is refused with a message
    $<HTMLInputElement>(el, 'form.add [name="name"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.state.people).to.have.length(1);
    expect($(el, '#add-error').hidden).to.equal(false);
    expect($(el, 'form.add [name="name"]').getAttribute('aria-invalid')).to.equal('true');
  });

  it('draws saved people once, at the width of its container, not at a guess redrawn a frame later', async () => {
    const key = uniqueKey('c');
    const people = Array.from({ length: 40 }, (_, i) => P(`p${i}`, `Person ${i}`, (i % 3) + 1));
    const first = document.createElement('ipt-social-circle') as IptSocialCircle;
    first.setAttribute('storage-key', key);
    const firstWrap = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
    firstWrap.append(first);
    await first.ready;
    first.state = { people, snapshots: [] } as SocialCircleState;
    await settle(first);
    firstWrap.remove();
    // a fresh element reads them back from storage, as a returning client's page does
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
    const el = document.createElement('ipt-social-circle') as IptSocialCircle;
    el.setAttribute('storage-key', key);
    const moved: string[] = [];
    const watch = new MutationObserver((records) => {
      for (const r of records) {
        const target = r.target as Element;
        if (r.type === 'attributes' && target.matches('g.person')) moved.push(target.getAttribute('data-id') ?? '');
      }
    });
    wrap.append(el);
    watch.observe(el.shadowRoot!, { subtree: true, attributes: true, attributeFilter: ['transform'] });
    await el.ready;
    await el.updateComplete;
    expect($$(el, 'g.person')).to.have.length(40);
    const svgWidth = Number($(el, 'svg.circle').getAttribute('width'));
    // three frames: a redraw at the real width would come in the frame after the first
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    watch.disconnect();
    expect(moved, 'people moved after the first drawing').to.deep.equal([]);
    expect(Number($(el, 'svg.circle').getAttribute('width'))).to.equal(svgWidth);
    expect($(el, 'svg.circle').getBoundingClientRect().width).to.be.at.most(360);
  });

  it('says the circle is full when the form would add a 301st person, keeping the 300', async () => {
    const people = Array.from({ length: 300 }, (_, i) => P(`p${i}`, `Person ${i}`, (i % 3) + 1));
    const el = await circle('', { people });
    const changes = record(el, 'ipt-change');
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      $<HTMLInputElement>(el, 'form.add [name="name"]').focus();
      await sendKeys({ type: 'Ana' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(el.state.people).to.have.length(300);
    expect(changes).to.have.length(0);
    expect($(el, '#add-error').hidden).to.equal(false);
    expect($(el, '#add-error').textContent).to.equal('Your circle is full (300 people). Remove someone to add another.');
    expect($(el, 'form.add [name="name"]').getAttribute('aria-invalid')).to.equal('true');
    expect(warnings).to.deep.equal([]);
  });

  it('rejects bad state with a TypeError naming the field, changing nothing', async () => {
    const el = await circle('', { people: [P('a', 'Ana', 1)] });
    const changes = record(el, 'ipt-change');
    const bad: [unknown, RegExp][] = [
      [{ people: [P('a', 'Ana', 4)] }, /^people\[0\]\.ring/],
      [{ people: [{ id: 'a', relationship: 'friend', ring: 1 }] }, /^people\[0\]\.name/],
      [{ people: [P('a', 'Ana', 1), P('a', 'Bo', 2)] }, /^people\[1\]\.id/],
      [{ people: [P('a', 'Ana', 1, { relationship: 'cousin' as never })] }, /^people\[0\]\.relationship/],
    ];
    for (const [value, message] of bad) {
      expect(() => {
        el.state = value as SocialCircleState;
      }).to.throw(TypeError, message);
    }
    expect(el.state.people.map((p) => p.name)).to.deep.equal(['Ana']);
    expect(changes).to.have.length(0);
  });

  it('moves focus, people and angles by keyboard, announcing each move', async () => {
    const el = await circle('', { people: [P('a', 'Ana', 2, { angle: 10 }), P('b', 'Bo', 2, { angle: 100 }), P('c', 'Cy', 3)] });
    const changes = record(el, 'ipt-change');
    // one tab stop for the whole circle
    expect($$(el, 'g.person[tabindex="0"]')).to.have.length(1);
    h(el).node('a').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(h(el).node('b'));
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.shadowRoot!.activeElement).to.equal(h(el).node('a'));
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(h(el).node('c'));
    expect($$(el, 'g.person[tabindex="0"]').map((g) => g.dataset.id)).to.deep.equal(['c']);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(el.state.people[0].ring).to.equal(1);
    expect(changes[0].detail.change).to.deep.equal({ type: 'person-move', id: 'a', from: 2, to: 1 });
    expect(h(el).announced()).to.equal('Ana moved to ring 1, Closest');
    await sendKeys({ press: '+' });
    expect(h(el).announced()).to.equal('Ana is already on the closest ring');
    expect(el.shadowRoot!.activeElement).to.equal(h(el).node('a'));
    await sendKeys({ press: '-' });
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(el.state.people[0].ring).to.equal(3);
    expect(h(el).announced()).to.equal('Ana moved to ring 3, Further out');
    await chord('Shift', 'ArrowRight');
    await el.updateComplete;
    const angle = el.state.people[0].angle as number;
    expect(angle).to.be.a('number');
    await chord('Shift', 'ArrowRight');
    await el.updateComplete;
    expect(el.state.people[0].angle).to.equal((angle + 15) % 360);
    expect(el.shadowRoot!.activeElement).to.equal(h(el).node('a'));
  });

  it('edits every field in the dialog (Enter opens it), and Escape cancels', async () => {
    const el = await circle('', { people: [P('a', 'Ana', 2)] });
    const changes = record(el, 'ipt-change');
    h(el).node('a').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    await expect(el).to.be.accessible();
    const form = dialog.querySelector('form') as HTMLFormElement;
    const field = <T extends Element>(name: string) => form.querySelector(`[name="${name}"]`) as unknown as T;
    expect(el.shadowRoot!.activeElement).to.equal(field('name'));
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' María' });
    field<HTMLSelectElement>('relationship').value = 'family';
    field<HTMLInputElement>('relationshipLabel').value = 'my sister';
    field<HTMLSelectElement>('contact').value = 'weekly';
    field<HTMLSelectElement>('support').value = 'a-lot';
    field<HTMLSelectElement>('conflict').value = 'some';
    field<HTMLSelectElement>('confide').value = 'a-lot';
    field<HTMLSelectElement>('changedSinceOnset').value = 'worse';
    field<HTMLSelectElement>('knowsLowMood').value = 'unsure';
    (form.querySelector('[name="disputeStage"][value="impasse"]') as HTMLInputElement).checked = true;
    field<HTMLInputElement>('deceased').checked = true;
    field<HTMLInputElement>('diedOn').value = '2025-03-01';
    for (const f of ['satisfying', 'unsatisfying', 'communication', 'expectations', 'wantToChange', 'notes']) field<HTMLTextAreaElement>(f).value = `${f} text`;
    (form.querySelector('button.save') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(changes.map((c) => c.detail.change)).to.deep.equal([{ type: 'person-update', id: 'a' }]);
    expect(el.state.people[0]).to.deep.include({
      name: 'Ana María',
      relationship: 'family',
      relationshipLabel: 'my sister',
      contact: 'weekly',
      support: 'a-lot',
      conflict: 'some',
      disputeStage: 'impasse',
      confide: 'a-lot',
      changedSinceOnset: 'worse',
      knowsLowMood: 'unsure',
      deceased: true,
      diedOn: '2025-03-01',
      communication: 'communication text',
      satisfying: 'satisfying text',
      wantToChange: 'wantToChange text',
      notes: 'notes text',
    });
    expect(h(el).announced()).to.equal('Saved the changes for Ana María');
    // shown in the picture, not by colour alone
    const g = h(el).node('a');
    expect(g.classList.contains('deceased')).to.equal(true);
    // A soft ring around a pale dot: no line through it (a crossed circle reads as "prohibited").
    expect(g.querySelectorAll('circle.memorial')).to.have.length(1);
    expect(g.querySelectorAll('line')).to.have.length(0);
    expect(g.classList.contains('conflict-some')).to.equal(true);
    expect($$(el, 'svg.circle line.support.a-lot')).to.have.length(1);
    expect(g.getAttribute('aria-label')).to.contain('supports you a lot').and.contain('has died').and.contain('some clashes');
    await until(() => el.shadowRoot!.activeElement === h(el).node('a'), 'focus back on the person');
    // Escape closes without saving
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog.open).to.equal(true);
    await sendKeys({ type: 'zzz' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(el.state.people[0].name).to.equal('Ana María');
    expect(changes).to.have.length(1);
  });

  it('removes with Delete and brings back with Undo (button and Ctrl+Z)', async () => {
    const el = await circle('', { people: [P('a', 'Ana', 1), P('b', 'Bo', 2)] });
    const changes = record(el, 'ipt-change');
    h(el).node('a').focus();
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(el.state.people.map((p) => p.id)).to.deep.equal(['b']);
    expect(changes[0].detail.change).to.deep.equal({ type: 'person-remove', id: 'a' });
    expect(h(el).announced()).to.contain('Ana removed');
    expect(el.shadowRoot!.activeElement).to.equal(h(el).node('b'));
    $<HTMLButtonElement>(el, '.toast button.undo').click();
    await el.updateComplete;
    expect(el.state.people.map((p) => p.id)).to.deep.equal(['a', 'b']);
    await until(() => el.shadowRoot!.activeElement === h(el).node('a'), 'focus back on Ana');
    expect(changes[1].detail.change).to.deep.equal({ type: 'person-restore', id: 'a' });
    expect(h(el).announced()).to.equal('Ana is back');
    expect($(el, '.toast')).to.equal(null);
    h(el).node('b').focus();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(el.state.people.map((p) => p.id)).to.deep.equal(['a']);
    await chord('Control', 'z');
    await el.updateComplete;
    expect(el.state.people.map((p) => p.id)).to.deep.equal(['a', 'b']);
  });

  it('drags a person between rings and around with the mouse; a click opens the details', async () => {
    const el = await circle('', { people: [P('a', 'Ana', 3, { angle: 90 }), P('b', 'Bo', 2)] }, 360);
    $(el, 'svg.circle').scrollIntoView({ block: 'center' });
    const changes = record(el, 'ipt-change');
    // drop just beside ring 1, above the centre
    await h(el).drag('Ana', 1, () => {
      expect(h(el).node('a').classList.contains('dragging'), 'dragging').to.equal(true);
      expect($$(el, 'circle.ring')[0].classList.contains('target'), 'ring 1 is the drop target').to.equal(true);
    });
    expect(changes).to.have.length(1);
    expect(changes[0].detail.change).to.deep.include({ type: 'person-move', id: 'a', from: 3, to: 1 });
    const ana = el.state.people[0];
    expect(ana.ring).to.equal(1);
    expect(ana.angle! < 5 || ana.angle! > 355, `angle ${ana.angle}`).to.equal(true);
    expect(h(el).announced()).to.equal('Ana moved to ring 1, Closest');
    // snapped onto the ring: the node sits on ring 1's line (the picture may have rescaled)
    const [mx, my] = centre($(el, '.me circle'));
    const r = Math.hypot(...(centre(h(el).node('a').querySelector('.node')!).map((v, i) => v - [mx, my][i]) as [number, number]));
    const ring1Now = $<SVGCircleElement>(el, 'circle.ring').getBoundingClientRect().height / 2;
    expect(Math.abs(r - ring1Now)).to.be.lessThan(2);
    // a click without a drag opens the details
    await sendMouse({ type: 'click', position: centre(h(el).node('b').querySelector('.node')!) });
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    expect(changes).to.have.length(1);
  });

  it('drags by pen too (pointer events), and Escape cancels a drag; touch: social-circle.touch.test.ts', async () => {
    const el = await circle('', { people: [P('a', 'Ana', 3, { angle: 0 }), P('b', 'Bo', 3, { angle: 180 })] }, 400);
    const svg = $<SVGSVGElement>(el, 'svg.circle');
    svg.scrollIntoView({ block: 'center' });
    const me = $(el, '.me circle').getBoundingClientRect();
    const [cx, cy] = [me.left + me.width / 2, me.top + me.height / 2];
    const ring1 = $<SVGCircleElement>(el, 'circle.ring').getBoundingClientRect().width / 2;
    const fire = (type: string, target: Element, x: number, y: number, pointerType: string) =>
      target.dispatchEvent(
        new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, pointerId: 7, pointerType, isPrimary: true, button: 0, buttons: type === 'pointerup' ? 0 : 1, clientX: x, clientY: y }),
      );
    const changes = record(el, 'ipt-change');
    for (const [id, pointerType] of [['a', 'pen'], ['b', 'pen']] as const) {
      const [x, y] = centre(h(el).node(id).querySelector('.node')!);
      fire('pointerdown', h(el).node(id), x, y, pointerType);
      fire('pointermove', svg, x + 10, y + 10, pointerType);
      fire('pointermove', svg, cx + ring1, cy, pointerType);
      await el.updateComplete;
      fire('pointerup', svg, cx + ring1, cy, pointerType);
      await el.updateComplete;
      const moved = el.state.people.find((p) => p.id === id)!;
      expect(moved.ring, pointerType).to.equal(1);
      expect(Math.abs(moved.angle! - 90), `${pointerType} angle ${moved.angle}`).to.be.lessThan(3);
    }
    expect(changes.map((c) => c.detail.change.type)).to.deep.equal(['person-move', 'person-move']);
    // Escape in the middle of a drag puts the person back
    const [x, y] = centre(h(el).node('a').querySelector('.node')!);
    fire('pointerdown', h(el).node('a'), x, y, 'mouse');
    fire('pointermove', svg, x + 40, y + 40, 'mouse');
    await el.updateComplete;
    expect(h(el).node('a').classList.contains('dragging')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(h(el).node('a').classList.contains('dragging')).to.equal(false);
    fire('pointerup', svg, x + 40, y + 40, 'mouse');
    await el.updateComplete;
    expect(changes).to.have.length(2);
  });

  it('has a list view that holds everything, sortable and editable', async () => {
    const el = await circle('', {
      people: [
        P('a', 'Zoe', 2, { relationship: 'family', notes: 'calls on Sundays', support: 'some' }),
        P('b', 'ana', 1, { relationship: 'partner', deceased: true }),
        P('c', 'Mo', 3, { relationship: 'colleague', conflict: 'a-lot', disputeStage: 'impasse' }),
      ],
    });
    $<HTMLButtonElement>(el, '.view-toggle .view-list').click();
    await el.updateComplete;
    expect($(el, '.picture-view').hidden).to.equal(true);
    expect($(el, '.list-view').hidden).to.equal(false);
    const names = () => $$(el, 'tbody th').map((t) => t.textContent!.trim().split(' (')[0]);
    expect(names()).to.deep.equal(['ana', 'Zoe', 'Mo']);
    $<HTMLButtonElement>(el, 'th button.sort-name').click();
    await el.updateComplete;
    expect(names()).to.deep.equal(['ana', 'Mo', 'Zoe']);
    expect($(el, 'th button.sort-name').parentElement!.getAttribute('aria-sort')).to.equal('ascending');
    $<HTMLButtonElement>(el, 'th button.sort-name').click();
    await el.updateComplete;
    expect(names()).to.deep.equal(['Zoe', 'Mo', 'ana']);
    $<HTMLButtonElement>(el, 'th button.sort-relationship').click();
    await el.updateComplete;
    expect(names()).to.deep.equal(['ana', 'Zoe', 'Mo']);
    const text = $(el, 'table').textContent!;
    for (const s of ['calls on Sundays', 'has died', 'Stuck', 'A lot', 'Some', 'Work or school']) expect(text).to.contain(s);
    await expect(el).to.be.accessible();
    // change a ring from the table, by keyboard
    const changes = record(el, 'ipt-change');
    const select = $<HTMLSelectElement>(el, 'tr[data-id="c"] select.ring-select');
    select.focus();
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(changes[0].detail.change).to.deep.equal({ type: 'person-move', id: 'c', from: 3, to: 1 });
    // remove from the table
    $<HTMLButtonElement>(el, 'tr[data-id="a"] button.remove').click();
    await el.updateComplete;
    expect(el.state.people.map((p) => p.id)).to.deep.equal(['b', 'c']);
    $<HTMLButtonElement>(el, 'tr[data-id="b"] button.edit').click();
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
  });

  it('builds the list for printing, so the print shows the picture and the list', async () => {
    const el = await circle('', { people: [P('a', 'Ana', 1, { notes: 'on paper too' })] });
    expect($(el, '.list-view table')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect($(el, '.list-view table').textContent).to.contain('on paper too');
    expect($(el, 'svg.circle')).to.exist;
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($(el, '.list-view table')).to.equal(null);
    // the print stylesheet shows the hidden view and leaves the forms out
    const css = (el.constructor as typeof IptSocialCircle).styles;
    const text = (Array.isArray(css) ? css : [css]).map((c) => String((c as { cssText?: string }).cssText ?? '')).join('');
    expect(text).to.match(/@media print[^]*\.view-circle \.list-view/);
  });

  it('saves snapshots and compares any two', async () => {
    const el = await circle('', { people: [P('a', 'Ana', 1), P('b', 'Bo', 2), P('c', 'Cy', 3)] });
    const changes = record(el, 'ipt-change');
    // Suggested labels follow IPT's phases.
    expect($$(el, '#snapshot-suggestions option').map((o) => (o as HTMLOptionElement).value)).to.deep.equal([
      'Start of therapy',
      'Middle of therapy',
      'End of therapy',
    ]);
    expect($<HTMLInputElement>(el, '.snapshot-controls [name="label"]').placeholder).to.equal('Start of therapy');
    $<HTMLInputElement>(el, '.snapshot-controls [name="label"]').focus();
    // (a label that matches no suggestion: a suggestion list would take the Enter)
    await sendKeys({ type: 'First visit' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.state.snapshots.length === 1, 'snapshot saved');
    expect(changes[0].detail.change.type).to.equal('snapshot');
    expect(h(el).announced()).to.equal('Snapshot "First visit" saved');
    const s = el.state;
    el.state = {
      ...s,
      people: [P('a', 'Ana', 3), P('c', 'Cy', 3), P('d', 'Dee', 1)],
    };
    const mid = await el.snapshot('Middle of therapy');
    expect(mid.label).to.equal('Middle of therapy');
    expect(el.state.snapshots.map((x) => x.label)).to.deep.equal(['First visit', 'Middle of therapy']);
    await el.updateComplete;
    const to = $<HTMLSelectElement>(el, 'select.compare-to');
    to.value = mid.id;
    to.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const result = $(el, '.compare-result');
    expect(result.querySelector('.moved')!.textContent).to.contain('Ana').and.contain('further out');
    expect(result.querySelector('.added')!.textContent).to.contain('Dee');
    expect(result.querySelector('.removed')!.textContent).to.contain('Bo');
    expect(result.textContent).to.contain('1 person stayed on the same ring');
    const cmp = el.compare(el.state.snapshots[0].id, 'now');
    expect(cmp.moved.map((m) => m.id)).to.deep.equal(['a']);
  });

  it('exports JSON, formula-safe CSV and a standalone SVG', async () => {
    const el = await circle('', {
      people: [P('a', '=HYPERLINK("http://evil","x")', 1, { notes: '+1 call' }), P('b', 'Bo & <Co>', 2)],
    });
        const csv = el.toCSV();
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).to.have.length(3);
    expect(rows[1]).to.contain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(rows[1]).to.contain(",'+1 call,");
    expect(rows[1]).to.contain(',Closest,');
    const svgText = el.toSVG();
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect([...doc.querySelectorAll('text.label')].map((t) => t.textContent)).to.include('Bo & <Co>');
    expect(doc.querySelector('style')!.textContent).to.contain('.node');
    expect(svgText).to.not.contain('<!--');
    // the buttons download files
    const made: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      made.push(b as Blob);
      return 'blob:nowhere';
    };
    try {
      for (const cls of ['export-json', 'export-csv', 'export-svg']) $<HTMLButtonElement>(el, `button.${cls}`).click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(made.map((b) => b.type)).to.deep.equal(['application/json', 'text/csv;charset=utf-8', 'image/svg+xml']);
    expect(JSON.parse(await made[0].text())).to.deep.equal(el.state);
    expect(await made[1].text()).to.contain("'=HYPERLINK");
  });

  it('keeps its people across a re-mount', async () => {
    const key = uniqueKey('remount');
    const a = await mount<IptSocialCircle>(html`<ipt-social-circle storage-key=${key}></ipt-social-circle>`);
    a.state = { people: [P('a', 'Ana', 2)], snapshots: [] };
    await a.saved();
    a.remove();
    const stored = (await storedEntries()).get(`default/ipt-social-circle/${key}`) as { data: SocialCircleState };
    expect(stored.data.people[0].name).to.equal('Ana');
    const b = await mount<IptSocialCircle>(html`<ipt-social-circle storage-key=${key}></ipt-social-circle>`);
    expect(b.state.people.map((p) => p.name)).to.deep.equal(['Ana']);
    expect(h(b).node('a')).to.exist;
  });

  it('repairs a faulty saved record and reports it', async () => {
    const key = uniqueKey('repair');
    const store = createStore('ipt-widgets', 'records');
    await idbSet(
      `default/ipt-social-circle/${key}`,
      { schema: 1, updatedAt: new Date().toISOString(), data: { people: [{ name: 'Far', relationship: 'friend', ring: 8 }], snapshots: [] } },
      store,
    );
    const errors: CustomEvent[] = [];
    const onError = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('ipt-error', onError);
    try {
      const el = await mount<IptSocialCircle>(html`<ipt-social-circle storage-key=${key}></ipt-social-circle>`);
      expect(el.state.people[0].ring).to.equal(3);
      expect(el.state.people[0].id).to.be.a('string').and.not.equal('');
      await until(() => errors.some((e) => e.detail.code === 'invalid-state'), 'invalid-state reported');
    } finally {
      document.removeEventListener('ipt-error', onError);
    }
  });

  it('keeps two live instances with one key in step', async () => {
    const key = uniqueKey('twins');
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <ipt-social-circle storage-key=${key}></ipt-social-circle><ipt-social-circle storage-key=${key}></ipt-social-circle>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('ipt-social-circle')];
    await Promise.all([a.ready, b.ready]);
    a.state = { people: [P('a', 'Ana', 1)], snapshots: [] };
    await until(() => b.state.people.length === 1, 'b sees Ana');
    await b.updateComplete;
    expect(h(b).node('a')).to.exist;
    h(b).node('a').focus();
    await sendKeys({ press: 'PageDown' });
    await until(() => a.state.people[0].ring === 2, 'a sees the move');
  });

  it('renders names and notes as text: XSS payloads stay inert', async () => {
    const w = window as unknown as { __pwned?: number };
    w.__pwned = 0;
    const payloads = [
      '<img src=x onerror="window.__pwned=1">',
      '<svg onload="window.__pwned=2"></svg>',
      '"><script>window.__pwned=3</script>',
      "javascript:window.__pwned=4",
      '<b>bold</b>',
    ];
    const el = await circle('', {
      people: payloads.map((p, i) => P(`x${i}`, p, (i % 3) + 1, { notes: p, relationshipLabel: p })),
    });
    $<HTMLButtonElement>(el, '.view-toggle .view-list').click();
    await el.updateComplete;
    await aTimeout(50);
    expect(w.__pwned).to.equal(0);
    expect(el.shadowRoot!.querySelector('img, script, foreignObject')).to.equal(null);
    expect($$(el, 'svg.circle svg')).to.have.length(0);
    expect($$(el, 'g.person').map((g) => g.getAttribute('aria-label')!.split(',')[0])).to.include(payloads[1].split(',')[0]);
    expect($$(el, 'text.label').map((t) => t.textContent)).to.include('<b>bold</b>');
    expect(el.shadowRoot!.querySelector('svg.circle b')).to.equal(null);
    expect($(el, 'table').textContent).to.contain(payloads[0]);
    const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect(doc.querySelector('img, script')).to.equal(null);
  });

  it('is view-only when readonly, but keyboard and details still work', async () => {
    const el = await circle('readonly', { people: [P('a', 'Ana', 1, { notes: 'kind' }), P('b', 'Bo', 2)] });
    expect($(el, 'form.add')).to.equal(null);
    expect($(el, '.snapshot-controls')).to.equal(null);
    $<HTMLButtonElement>(el, '.view-toggle .view-list').click();
    await el.updateComplete;
    expect($$(el, 'tbody button, tbody select')).to.have.length(0);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.view-toggle .view-circle').click();
    await el.updateComplete;
    const changes = record(el, 'ipt-change');
    h(el).node('a').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(h(el).node('b'));
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'Delete' });
    h(el).node('b').scrollIntoView({ block: 'center' });
    const from = centre(h(el).node('b').querySelector('.node')!);
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from[0] + 60, from[1] + 60] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(changes).to.have.length(0);
    expect(el.state.people.map((p) => p.ring)).to.deep.equal([1, 2]);
    h(el).node('a').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('form')).to.equal(null);
    expect(dialog.textContent).to.contain('kind');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    // a mouse click shows the details too
    h(el).node('b').scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: centre(h(el).node('b').querySelector('.node')!) });
    await el.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('h3')!.textContent).to.contain('Bo');
  });

  it('adds by mouse, switches views by mouse and sorts by keyboard', async () => {
    const el = await circle('', { people: [P('z', 'Zed', 3)] });
    await h(el).addPerson('Bea', 2);
    expect(el.state.people.map((p) => p.name)).to.deep.equal(['Zed', 'Bea']);
    expect(el.state.people[1].ring).to.equal(2);
    expect($(el, 'svg.circle').getAttribute('aria-label')).to.equal('Closeness circle: 2 people around you');
    const listButton = $(el, '.view-toggle .view-list');
    listButton.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: centre(listButton) });
    await el.updateComplete;
    expect(el.view).to.equal('list');
    expect(listButton.getAttribute('aria-pressed')).to.equal('true');
    $(el, 'th button.sort-name').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, 'tbody th').map((t) => t.textContent!.trim())).to.deep.equal(['Bea', 'Zed']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, 'tbody th').map((t) => t.textContent!.trim())).to.deep.equal(['Zed', 'Bea']);
  });

  it('is accessible when filled', async () => {
    const el = await circle('', {
      people: [
        P('a', 'Ana', 1, { support: 'a-lot' }),
        P('b', 'Bo', 2, { conflict: 'a-lot' }),
        P('c', 'Cy', 3, { deceased: true, conflict: 'some' }),
      ],
    });
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    const el = await circle('lang="es"', { people: [P('a', 'Ana', 2)] });
    expect($(el, 'h2').textContent!.trim()).to.equal('Las personas de tu vida');
    expect($$(el, '.ring-label').map((t) => t.textContent)).to.deep.equal(['Muy cerca', 'Cerca', 'Más lejos']);
    h(el).node('a').focus();
    await sendKeys({ press: 'PageUp' });
    expect(h(el).announced()).to.equal('Ana pasa al anillo 1, Muy cerca');
  });
});
