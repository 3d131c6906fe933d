import { $, viaWebDriver } from './core/helpers.js';
import { CircleHarness } from './core/circle-harness.js';
import { expect, html, fixture } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/social-circle/social-circle.js';
import type { IptSocialCircle } from '../src/social-circle/social-circle.js';
import type { Person, SocialCircleState } from '../src/social-circle/model.js';
import { frames } from './core/touch.js';

// Once a person is on screen they stay where they are (their angle and ring, as drawn)
// unless the client moves them: adding or moving someone else never moves them.

let keyN = 0;
const P = (id: string, name: string, ring: number, extra: Partial<Person> = {}): Person => ({ id, name, relationship: 'friend', ring, ...extra });
const node = (el: IptSocialCircle, id: string) => new CircleHarness(el).node(id);
function centre(target: Element): [number, number] {
  const r = target.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
}

/** Where each person is drawn: the angle (degrees clockwise from the top) and the ring, read from the screen. */
function drawn(el: IptSocialCircle): Map<string, { angle: number; ring: number }> {
  const [mx, my] = centre($(el, '.me circle'));
  const radii = [...el.shadowRoot!.querySelectorAll('circle.ring')].map((c) => c.getBoundingClientRect().width / 2);
  const out = new Map<string, { angle: number; ring: number }>();
  for (const g of el.shadowRoot!.querySelectorAll<SVGGElement>('g.person')) {
    const [x, y] = centre(g.querySelector('.node')!);
    const angle = (((Math.atan2(x - mx, -(y - my)) * 180) / Math.PI) + 360) % 360;
    const d = Math.hypot(x - mx, y - my);
    const ring = radii.findIndex((r) => Math.abs(r - d) < 3) + 1;
    out.set(g.dataset.id!, { angle, ring });
  }
  return out;
}

function expectUntouched(before: Map<string, { angle: number; ring: number }>, after: Map<string, { angle: number; ring: number }>, skip: string[], what: string): void {
  for (const [id, b] of before) {
    if (skip.includes(id)) continue;
    const a = after.get(id)!;
    expect(a.ring, `${what}: ${id}'s ring`).to.equal(b.ring);
    const diff = Math.abs(((a.angle - b.angle + 540) % 360) - 180);
    expect(diff, `${what}: ${id} moved by ${diff.toFixed(1)} degrees`).to.be.below(1);
  }
}

async function circle(people: Person[]): Promise<IptSocialCircle> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 560px"></div>`);
  wrap.innerHTML = `<ipt-social-circle storage-key="stable-${Date.now()}-${keyN++}"></ipt-social-circle>`;
  const el = wrap.querySelector('ipt-social-circle') as IptSocialCircle;
  await el.ready;
  el.state = { people, snapshots: [] } as SocialCircleState;
  await frames(3);
  await el.updateComplete;
  return el;
}

describe('<ipt-social-circle> keeps people where they are', () => {
  it('after adding, dragging and keyboard moves, untouched people are where they were', async () => {
    // none placed by hand: all spread evenly, as a workbook import or an older record gives them
    const el = await circle([P('a', 'Ana', 2), P('b', 'Bo', 2), P('c', 'Cy', 2), P('d', 'Di', 3), P('e', 'Ed', 3)]);
    let before = drawn(el);

    // add one to ring 2
    $<HTMLInputElement>(el, 'form.add [name="name"]').value = 'Fe';
    $<HTMLSelectElement>(el, 'form.add [name="ring"]').value = '2';
    $<HTMLFormElement>(el, 'form.add').requestSubmit();
    await frames(3);
    await el.updateComplete;
    let after = drawn(el);
    expect(after.size).to.equal(6);
    expectUntouched(before, after, [], 'add');
    const fe = el.state.people.find((p) => p.name === 'Fe')!;
    expect(fe.angle, 'the new person has a stored angle').to.be.a('number');
    for (const [id, a] of after) if (id !== fe.id) expect(Math.abs(a.angle - after.get(fe.id)!.angle), `Fe is not on top of ${id}`).to.be.above(10);

    // drag Ana to ring 1 with the mouse
    before = after;
    $(el, 'svg.circle').scrollIntoView({ block: 'center' });
    before = drawn(el);
    const from = centre(node(el, 'a').querySelector('.node')!).map(Math.round) as [number, number];
    const [mx, my] = centre($(el, '.me circle'));
    const ring1 = $<SVGCircleElement>(el, 'circle.ring').getBoundingClientRect().width / 2;
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from[0] - 20, from[1] + 10] });
    await sendMouse({ type: 'move', position: [Math.round(mx + ring1 + 4), Math.round(my)] });
    await sendMouse({ type: 'up' });
    await frames(3);
    await el.updateComplete;
    expect(el.state.people.find((p) => p.id === 'a')!.ring).to.equal(1);
    after = drawn(el);
    expectUntouched(before, after, ['a'], 'drag');

    // keyboard: Bo further out (PageDown), then Shift+Arrow turns Cy round the ring
    before = after;
    node(el, 'b').focus();
    await sendKeys({ press: 'PageDown' });
    await frames(2);
    await el.updateComplete;
    after = drawn(el);
    expect(after.get('b')!.ring).to.equal(3);
    expectUntouched(before, after, ['b'], 'PageDown');
    before = after;
    node(el, 'c').focus();
    if (viaWebDriver) {
      await sendKeys({ type: '\uE008\uE014' }); // WebKit's driver takes a chord as one key sequence: Shift, ArrowRight
    } else {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ up: 'Shift' });
    }
    await frames(2);
    await el.updateComplete;
    after = drawn(el);
    expect(Math.abs(after.get('c')!.angle - before.get('c')!.angle), 'Cy turned').to.be.above(1);
    expectUntouched(before, after, ['c'], 'Shift+ArrowRight');
  });
});
