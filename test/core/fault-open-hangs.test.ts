// `indexedDB.open` that never settles (seen with some blocked-storage modes): after 5 s
// the kit stops waiting and works in memory.
import { expect } from '@open-wc/testing';
import '../fixtures/test-list.js';
import { OPEN_TIMEOUT_MS } from '../../src/core/storage.js';
import { record } from './helpers.js';

describe('storage fault: open never settles', () => {
  it('gives up after the timeout, then works in memory and says so once', async function () {
    this.timeout(OPEN_TIMEOUT_MS + 10000);
    const original = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function () {
      return {} as IDBOpenDBRequest; // never fires success or error
    };
    try {
      const el = document.createElement('ipt-test-list');
      const reported = record(el, 'ipt-error');
      document.body.append(el);
      let ready = false;
      void el.ready.then(() => (ready = true));
      await new Promise((r) => setTimeout(r, OPEN_TIMEOUT_MS / 2));
      expect(ready, 'still waiting halfway through the timeout').to.equal(false);
      await el.ready;
      el.addNote('a', 'in memory');
      expect(el.state.notes).to.have.length(1);
      expect(reported.map((e) => e.detail.code)).to.deep.equal(['storage-unavailable']);
      expect(reported[0].detail.message).to.match(/longer than 5 s/);
    } finally {
      IDBFactory.prototype.open = original;
    }
  });
});
