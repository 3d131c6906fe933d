// `indexedDB.open` failing asynchronously (its request fires `error`).
import { expect } from '@open-wc/testing';
import '../fixtures/test-list.js';
import { record } from './helpers.js';

describe('storage fault: open fails', () => {
  it('works in memory and reports storage-unavailable once', async () => {
    // A database at version 3, then an open that asks for version 1: a VersionError, as a failing request.
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('ipt-fault-versions', 3);
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const original = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory) {
      return original.call(this, 'ipt-fault-versions', 1);
    };
    try {
      const el = document.createElement('ipt-test-list');
      const reported = record(el, 'ipt-error');
      document.body.append(el);
      await el.ready;
      el.addNote('a', 'kept in memory');
      expect(el.state.notes).to.have.length(1);
      expect(reported.map((e) => e.detail.code)).to.deep.equal(['storage-unavailable']);
    } finally {
      IDBFactory.prototype.open = original;
    }
  });
});
