// 150 people (Dunbar's number) in the real picture: no two labels overlap on screen.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/social-circle/social-circle.js';
import type { IptSocialCircle } from '../src/social-circle/social-circle.js';
import type { Person } from '../src/social-circle/model.js';
import { RELATIONSHIPS } from '../src/social-circle/model.js';

const NAMES = ['Ana', 'Bartholomew', 'Chen Wei', 'Dolores María', 'Eli', 'Fatima', 'Gwendolyn-Rose', 'Hiro', 'Ifeoma', 'José Luis'];

function people(count: number, rings: number): Person[] {
  return Array.from({ length: count }, (_, i) => {
    const p: Person = {
      id: `p${i}`,
      name: `${NAMES[i % NAMES.length]} ${i}${i % 11 === 0 ? ' from the choir on Thursdays' : ''}`,
      relationship: RELATIONSHIPS[i % RELATIONSHIPS.length],
      ring: (i % rings) + 1,
    };
    // some placed by hand, several on exactly the same spot
    if (i % 4 === 0) p.angle = (i % 3) * 20;
    if (i % 7 === 0) p.support = 'a-lot';
    if (i % 9 === 0) p.conflict = 'some';
    if (i % 13 === 0) p.deceased = true;
    return p;
  });
}

interface R {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function firstOverlap(rects: R[]): [number, number] | null {
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i];
      const b = rects[j];
      // half a pixel of slack for anti-aliased edges
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) return [i, j];
    }
  }
  return null;
}

for (const [width, rings] of [
  [900, 3],
  [360, 5],
  [600, 2],
] as const) {
  describe(`<ipt-social-circle> with 150 people, ${rings} rings, ${width}px wide`, () => {
    it('draws every label without overlaps, inside the picture', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      wrap.style.width = `${width}px`;
      wrap.innerHTML = `<ipt-social-circle persist="none" rings="${rings}"></ipt-social-circle>`;
      const el = wrap.querySelector('ipt-social-circle') as IptSocialCircle;
      await el.ready;
      el.state = { people: people(150, rings), snapshots: [] };
      await el.updateComplete;
      const svg = el.shadowRoot!.querySelector('svg.circle') as SVGSVGElement;
      // the ResizeObserver's re-layout applies in the next frame
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      expect(svg.getBoundingClientRect().width).to.be.at.most(width + 1);
      const texts = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('text.label, text.ring-label')];
      expect(texts.filter((t) => t.classList.contains('label'))).to.have.length(150);
      const rects = texts.map((t) => t.getBoundingClientRect());
      const hit = firstOverlap(rects);
      expect(hit, hit ? `"${texts[hit[0]].textContent}" overlaps "${texts[hit[1]].textContent}"` : '').to.equal(null);
      // the same with the SVG's own geometry (getBBox, in user units, moved by the node's transform)
      const boxes = texts.map((t) => {
        const b = t.getBBox();
        const m = (t.parentNode as SVGGraphicsElement).transform?.baseVal.consolidate()?.matrix;
        const dx = t.classList.contains('label') && m ? m.e : 0;
        const dy = t.classList.contains('label') && m ? m.f : 0;
        return { left: b.x + dx, right: b.x + b.width + dx, top: b.y + dy, bottom: b.y + b.height + dy };
      });
      expect(firstOverlap(boxes)).to.equal(null);
      const frame = svg.getBoundingClientRect();
      for (const r of rects) {
        expect(r.left >= frame.left - 1 && r.right <= frame.right + 1 && r.top >= frame.top - 1 && r.bottom <= frame.bottom + 1).to.equal(true);
      }
    });
  });
}
