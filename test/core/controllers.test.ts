import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { Announcer } from '../../src/core/announcer.js';
import { LazyModule } from '../../src/core/lazy-module.js';
import { PrintMode } from '../../src/core/print-mode.js';
import { UndoOffer } from '../../src/core/undo-offer.js';
import { wait } from './helpers.js';

/** A host with nothing of its own: the controllers are all it has. */
class ControllerHost extends LitElement {
  readonly announcer = new Announcer(this);
  readonly printMode = new PrintMode(this);
  readonly undo = new UndoOffer<string>(this, { ms: 50 });
  attempts = 0;
  readonly lazy = new LazyModule(this, () => {
    this.attempts++;
    return this.attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ answer: 42 });
  });
  override render() {
    return html`${this.announcer.render()}<p class="undo">${this.undo.item ?? ''}</p>
      <p class="print">${this.printMode.printing ? 'printing' : ''}</p>`;
  }
}
customElements.define('controller-host', ControllerHost);

const live = (el: ControllerHost) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!;

describe('core controllers, on a host of their own', () => {
  it('Announcer: one polite region; the same words twice still change its content', async () => {
    const el = await fixture<ControllerHost>(testHtml`<controller-host></controller-host>`);
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getAttribute('aria-atomic')).to.equal('true');
    el.announcer.say('Ana moved');
    await el.updateComplete;
    const first = live(el);
    el.announcer.say('Ana moved');
    await el.updateComplete;
    expect(live(el)).to.not.equal(first);
    expect(live(el).trim()).to.equal('Ana moved');
    expect(el.announcer.text).to.equal('Ana moved');
  });

  it('UndoOffer: ends by itself after its time, and a new offer replaces the old', async () => {
    const el = await fixture<ControllerHost>(testHtml`<controller-host></controller-host>`);
    el.undo.offer('a');
    el.undo.offer('b');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.undo')!.textContent).to.equal('b');
    await wait(80);
    await el.updateComplete;
    expect(el.undo.item).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('.undo')!.textContent).to.equal('');
    el.undo.offer('c');
    expect(el.undo.take()).to.equal('c');
    expect(el.undo.item).to.equal(undefined);
  });

  it('UndoOffer: no timer fires after the host has left the page', async () => {
    const el = await fixture<ControllerHost>(testHtml`<controller-host></controller-host>`);
    el.undo.offer('a');
    el.remove();
    await wait(80);
    // the offer is kept as it was (nothing ran after disconnect)
    expect(el.undo.item).to.equal('a');
  });

  it('PrintMode: follows beforeprint and afterprint while connected only', async () => {
    const el = await fixture<ControllerHost>(testHtml`<controller-host></controller-host>`);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.print')!.textContent).to.equal('printing');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.printMode.printing).to.equal(false);
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.printMode.printing).to.equal(false);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('LazyModule: a failed fetch resolves to undefined and the next load tries again', async () => {
    const el = await fixture<ControllerHost>(testHtml`<controller-host></controller-host>`);
    expect(await el.lazy.load()).to.equal(undefined);
    expect(el.lazy.module).to.equal(undefined);
    const module = await el.lazy.load();
    expect(module?.answer).to.equal(42);
    expect(el.lazy.module).to.equal(module);
    expect(await el.lazy.load()).to.equal(module);
    expect(el.attempts).to.equal(2);
  });
});
