// A full device: `QuotaExceededError`, also when it only shows through an aborted transaction.
import { expect, html } from '@open-wc/testing';
import '../fixtures/test-list.js';
import type { TestList } from '../fixtures/test-list.js';
import { mount, record, storedEntries } from './helpers.js';

function stubPut(onPut: (store: IDBObjectStore, key: IDBValidKey | undefined) => IDBRequest | undefined) {
  const original = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    return onPut(this, key) ?? original.call(this, value, key);
  };
  return () => (IDBObjectStore.prototype.put = original);
}

describe('storage fault: quota exceeded', () => {
  for (const variant of ['QuotaExceededError thrown', 'AbortError wrapping it', 'transaction aborted with it'] as const) {
    it(`${variant}: reports quota-exceeded, keeps the change, throws nothing, saves it later`, async () => {
      const key = `quota-${variant.split(' ')[0]}`;
      const el = await mount<TestList>(html`<ipt-test-list storage-key=${key}></ipt-test-list>`);
      const reported = record(el, 'ipt-error');
      const pageErrors: unknown[] = [];
      const onError = (e: Event) => pageErrors.push(e);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      const restore = stubPut((store, k) => {
        if (!String(k).includes(key)) return undefined;
        if (variant === 'QuotaExceededError thrown') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        if (variant === 'AbortError wrapping it') {
          const abort = new DOMException('The transaction was aborted.', 'AbortError');
          Object.assign(abort, { inner: new DOMException('Quota exceeded', 'QuotaExceededError') });
          throw abort;
        }
        Object.defineProperty(store.transaction, 'error', { get: () => new DOMException('Quota exceeded', 'QuotaExceededError') });
        store.transaction.abort();
        return {} as IDBRequest;
      });
      try {
        el.addNote('a', 'first');
        await el.saved();
        el.addNote('b', 'second');
        await el.saved();
        expect((await storedEntries()).has(`default/ipt-test-list/${key}`), 'nothing written while full').to.equal(false);
      } finally {
        restore();
      }
      expect(reported.map((e) => e.detail.code), 'reported once per episode').to.deep.equal(['quota-exceeded']);
      expect(el.state.notes.map((n) => n.text)).to.deep.equal(['first', 'second']);
      el.addNote('c', 'space again');
      await el.saved();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      const stored = (await storedEntries()).get(`default/ipt-test-list/${key}`) as { data: { notes: { text: string }[] } };
      expect(stored.data.notes.map((n) => n.text)).to.deep.equal(['first', 'second', 'space again']);
      expect(pageErrors).to.have.length(0);
    });
  }
});
