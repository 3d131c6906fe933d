// The first render of saved work: an element whose storage answers a few frames late draws
// its saved state in its first render, not an empty shell first (drawing the shell holds
// the main thread the storage reply needs, and draws everything twice).
import { expect, html } from '@open-wc/testing';
import '../fixtures/test-list.js';
import type { TestList } from '../fixtures/test-list.js';
import { mount } from './helpers.js';

describe('first render of saved work', () => {
  it('draws the saved state in its first render when storage answers a few frames late', async () => {
    const first = await mount<TestList>(html`<ipt-test-list storage-key="first-render"></ipt-test-list>`);
    first.addNote('a', 'saved before');
    await first.saved();
    first.remove();
    await new Promise((r) => setTimeout(r, 50)); // the record's hub lets go once nothing is pending: the next element reads it afresh

    // the record's read answers about 60 ms (several frames) late
    const original = IDBObjectStore.prototype.get;
    IDBObjectStore.prototype.get = function (...args: Parameters<IDBObjectStore['get']>) {
      const request = original.apply(this, args);
      request.addEventListener(
        'success',
        (e) => {
          e.stopImmediatePropagation();
          setTimeout(() => request.onsuccess?.call(request, e), 60);
        },
        { once: true },
      );
      return request;
    };
    try {
      const el = document.createElement('ipt-test-list') as TestList;
      el.setAttribute('storage-key', 'first-render');
      const renders: number[] = [];
      document.body.append(el);
      const observer = new MutationObserver(() => renders.push(el.shadowRoot!.querySelectorAll('li').length));
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await el.ready;
      await el.updateComplete;
      observer.disconnect();
      expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(1);
      expect(renders[0], 'the first render already holds the saved note').to.equal(1);
      el.remove();
    } finally {
      IDBObjectStore.prototype.get = original;
    }
  });
});
