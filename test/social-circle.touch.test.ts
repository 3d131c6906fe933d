import { expect, html, fixture } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/social-circle/social-circle.js';
import type { IptSocialCircle } from '../src/social-circle/social-circle.js';
import type { Person, SocialCircleState } from '../src/social-circle/model.js';
import { $, centre, record, viaWebDriver } from './core/helpers.js';
import { CircleHarness } from './core/circle-harness.js';
import { touch, path, frames } from './core/touch.js';

// Real touch through the browser (CDP Input.dispatchTouchEvent in Chromium): the browser's
// gesture handling decides between scrolling and the drag, which synthetic PointerEvents skip.

let keyN = 0;
const P = (id: string, name: string, ring: number, extra: Partial<Person> = {}): Person => ({ id, name, relationship: 'friend', ring, ...extra });
const node = (el: IptSocialCircle, id: string) => new CircleHarness(el).node(id);

/** A phone-sized page that can scroll, with the circle in the middle of the screen. */
async function phoneCircle(state: Partial<SocialCircleState>, attrs = ''): Promise<IptSocialCircle> {
  await setViewport({ width: 390, height: 844 });
  const wrap = await fixture<HTMLDivElement>(html`<div style="padding: 900px 0 1500px"></div>`);
  wrap.innerHTML = `<ipt-social-circle storage-key="touch-${Date.now()}-${keyN++}" ${attrs}></ipt-social-circle>`;
  const el = wrap.querySelector('ipt-social-circle') as IptSocialCircle;
  await el.ready;
  el.state = { people: [], snapshots: [], ...state } as SocialCircleState;
  await frames(3);
  await el.updateComplete;
  $(el, 'svg.circle').scrollIntoView({ block: 'center' });
  await frames(3);
  return el;
}

describe('<ipt-social-circle> by finger (real touch)', function () {
  before(function () {
    // WebKit's WebDriver cannot size the viewport (nor send real touch): Chromium and Firefox run these
    if (viaWebDriver) this.skip();
  });
  let probe: { supported: boolean; reason?: string } | undefined;
  before(async function () {
    probe = await touch([[1, 1]]);
    if (!probe.supported) {
      console.warn(`skipped: ${probe.reason}`);
      this.skip();
    }
  });
  after(async () => {
    if (!viaWebDriver) await setViewport({ width: 800, height: 600 });
  });

  it('drags a person to another ring by finger, and the page does not scroll', async () => {
    const el = await phoneCircle({ people: [P('a', 'Ana', 3, { angle: 90 }), P('b', 'Bo', 2, { angle: 270 })] });
    const changes = record(el, 'ipt-change');
    const cancels: string[] = [];
    el.shadowRoot!.addEventListener('pointercancel', (e) => cancels.push((e as PointerEvent).pointerType), true);
    const from = centre(node(el, 'a').querySelector('.node')!);
    const [cx, cy] = centre($(el, '.me circle'));
    const ring1 = $<SVGCircleElement>(el, 'circle.ring').getBoundingClientRect().height / 2;
    const scrollBefore = window.scrollY;
    // a finger drags Ana from ring 3 on the right to just above the centre, on ring 1
    const to: [number, number] = [cx, Math.round(cy - ring1 - 4)];
    const r = await touch([from, ...path(from, [from[0] - 15, from[1] - 20], 5), ...path([from[0] - 15, from[1] - 20], to, 15)]);
    expect(r.supported).to.equal(true);
    await frames();
    await el.updateComplete;
    expect(cancels, 'no pointercancel: the browser did not take the gesture for a scroll').to.deep.equal([]);
    expect(window.scrollY, 'page scroll').to.equal(scrollBefore);
    expect(changes.map((c) => c.detail.change.type)).to.deep.equal(['person-move']);
    const ana = el.state.people.find((p) => p.id === 'a')!;
    expect(ana.ring).to.equal(1);
    expect(ana.angle! < 10 || ana.angle! > 350, `angle ${ana.angle}`).to.equal(true);
    expect(el.state.people.find((p) => p.id === 'b')!.ring).to.equal(2);
  });

  it('a tap on a person opens the details', async () => {
    const el = await phoneCircle({ people: [P('a', 'Ana', 2, { angle: 0 })] });
    await touch([centre(node(el, 'a').querySelector('.node')!)]);
    await frames();
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
  });

  it('a swipe on the picture away from people scrolls the page and moves no one', async () => {
    const el = await phoneCircle({ people: [P('a', 'Ana', 2, { angle: 0 })] });
    const changes = record(el, 'ipt-change');
    const svg = $<SVGSVGElement>(el, 'svg.circle').getBoundingClientRect();
    // the picture's lower-left corner, outside every ring and person
    const start: [number, number] = [Math.round(svg.left + 12), Math.round(svg.bottom - 12)];
    const scrollBefore = window.scrollY;
    await touch([start, ...path(start, [start[0], start[1] - 250], 12)]);
    await frames(10);
    expect(window.scrollY - scrollBefore, 'the page scrolled by the swipe').to.be.greaterThan(100);
    expect(changes).to.have.length(0);
  });
});

describe('<ipt-social-circle> hints', () => {
  before(function () {
    // WebKit's WebDriver cannot size the viewport (nor send real touch): Chromium and Firefox run these
    if (viaWebDriver) this.skip();
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('tells pointer and touch users to drag and tap, and shows the key help on keyboard focus, en and es', async () => {
    for (const [lang, hint] of [
      ['en', 'Drag people to move them. Tap or click someone to open their details.'],
      ['es', 'Arrastra a las personas para moverlas. Toca o haz clic en alguien para abrir sus datos.'],
    ] as const) {
      const el = await phoneCircle({ people: [P('a', 'Ana', 2, { angle: 0 })] }, `lang="${lang}"`);
      expect($(el, '.hint').textContent!.trim()).to.equal(hint);
      const keys = $(el, '.keys');
      expect(keys.getBoundingClientRect().width, 'key help hidden from sight').to.be.at.most(1);
      expect($(el, 'svg.circle').getAttribute('aria-describedby'), 'still the picture description').to.equal('keys-help');
      // keyboard focus on a person shows it
      let tries = 0;
      while (el.shadowRoot!.activeElement?.matches('g.person') !== true && tries++ < 25) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.matches('g.person'), 'a person has keyboard focus').to.equal(true);
      await el.updateComplete;
      expect(keys.getBoundingClientRect().width, 'key help shown').to.be.greaterThan(100);
      (el.shadowRoot!.activeElement as HTMLElement).blur();
    }
  });

  it('read-only: a hint to tap, no hint to drag', async () => {
    const el = await phoneCircle({ people: [P('a', 'Ana', 2, { angle: 0 })] }, 'readonly');
    expect($(el, '.hint').textContent!.trim()).to.equal('Tap or click someone to see their details.');
  });
});
