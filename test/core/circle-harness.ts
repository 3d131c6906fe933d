/**
 * `<ipt-social-circle>` in a test, driven as a person would: by name and ring, with real
 * keys and a real mouse. Reads the picture, not the element's private fields.
 */
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { IptSocialCircle } from '../../src/social-circle/social-circle.js';
import { $, $$, centre, click } from './helpers.js';

export class CircleHarness {
  constructor(readonly el: IptSocialCircle) {}

  /** A person's node in the picture, by id. */
  node(id: string): SVGGElement {
    return $<SVGGElement>(this.el, `g.person[data-id="${id}"]`);
  }

  /** A person's node in the picture, by name (the first of that name). */
  person(name: string): SVGGElement {
    const found = this.el.state.people.find((p) => p.name === name);
    if (!found) throw new Error(`no one named ${name}`);
    return this.node(found.id);
  }

  /** What the live region said last (its alternating no-break space trimmed). */
  announced(): string {
    return $(this.el, '.live').textContent!.trim();
  }

  /** Adds someone with the add form, by mouse and keyboard. */
  async addPerson(name: string, ring: number): Promise<void> {
    const input = $<HTMLInputElement>(this.el, 'form.add [name="name"]');
    await click(input);
    await sendKeys({ type: name });
    $<HTMLSelectElement>(this.el, 'form.add [name="ring"]').value = String(ring);
    await click($(this.el, 'form.add button.add-submit'));
    await this.el.updateComplete;
  }

  /**
   * Drags a person with the mouse to just beyond a ring's line, above the centre: past the
   * click threshold first, then to the ring. `during` runs while the button is still down.
   */
  async drag(name: string, ring: number, during?: () => Promise<void> | void, beyond = 6): Promise<void> {
    const from = centre(this.person(name).querySelector('.node')!);
    const [cx, cy] = centre($(this.el, '.me circle'));
    const radius = $$<SVGCircleElement>(this.el, 'circle.ring')[ring - 1].getBoundingClientRect().height / 2;
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from[0] - 20, from[1] - 10] });
    await sendMouse({ type: 'move', position: [cx, Math.round(cy - radius - beyond)] });
    await this.el.updateComplete;
    await during?.();
    await sendMouse({ type: 'up' });
    await this.el.updateComplete;
  }
}
