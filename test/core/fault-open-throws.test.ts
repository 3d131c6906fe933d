// `indexedDB.open` throwing (blocked storage, some sandboxed iframes).
import { expect } from '@open-wc/testing';
import '../fixtures/test-list.js';
import { record } from './helpers.js';

describe('storage fault: open throws', () => {
  it('works in memory and reports storage-unavailable once', async () => {
    const original = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function () {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    try {
      const el = document.createElement('ipt-test-list');
      const reported = record(el, 'ipt-error');
      document.body.append(el);
      await el.ready;
      el.addNote('a', 'kept in memory');
      await el.saved();
      expect(el.state.notes).to.have.length(1);
      expect(reported.map((e) => e.detail.code)).to.deep.equal(['storage-unavailable']);
      expect(reported[0].detail.message).to.match(/denied permission/);
    } finally {
      IDBFactory.prototype.open = original;
    }
  });
});
