// IndexedDB missing (some private modes, some embedded browsers): the kit must load,
// work in memory and say so once.
import { expect } from '@open-wc/testing';
import { record } from './helpers.js';

Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });

describe('storage fault: IndexedDB missing', () => {
  it('loads without throwing, works in memory and reports storage-unavailable once', async () => {
    const errors: ErrorEvent[] = [];
    window.addEventListener('error', (e) => errors.push(e));
    await import('../fixtures/test-list.js');
    const el = document.createElement('ipt-test-list');
    const reported = record(el, 'ipt-error');
    document.body.append(el);
    await el.ready;
    el.addNote('a', 'still works');
    el.addNote('b', 'and again');
    await el.saved();
    await el.updateComplete;
    expect(el.state.notes.map((n) => n.text)).to.deep.equal(['still works', 'and again']);
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(2);
    expect(reported.map((e) => e.detail.code)).to.deep.equal(['storage-unavailable']);
    expect(reported[0].detail.message).to.match(/IndexedDB/);
    expect(errors).to.have.length(0);
    // and a visible, calm line says the work stays on this page
    const notice = el.shadowRoot!.querySelector('[part="saving-notice"]');
    expect(notice?.textContent).to.match(/not letting us save/);
    expect(notice?.getAttribute('role')).to.equal('status');
  });
});
