// The connection closed mid-session: reopened and retried at most 3 times, then memory.
import { expect, html } from '@open-wc/testing';
import '../fixtures/test-list.js';
import type { TestList } from '../fixtures/test-list.js';
import { mount, record, storedEntries } from './helpers.js';

function failTransactions(times: number, make: () => Error) {
  const original = IDBDatabase.prototype.transaction;
  let left = times;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    if (left > 0) {
      left--;
      throw make();
    }
    return original.apply(this, args);
  } as IDBDatabase['transaction'];
  return {
    restore: () => (IDBDatabase.prototype.transaction = original),
    get left() {
      return left;
    },
  };
}

describe('storage fault: connection lost', () => {
  it('reopens and saves after the connection was lost twice', async () => {
    const el = await mount<TestList>(html`<ipt-test-list storage-key="lost-twice"></ipt-test-list>`);
    const reported = record(el, 'ipt-error');
    const stub = failTransactions(2, () => new DOMException('The database connection is closing.', 'InvalidStateError'));
    try {
      el.addNote('a', 'saved after reconnecting');
      await el.saved();
      expect(stub.left).to.equal(0);
    } finally {
      stub.restore();
    }
    expect(reported).to.have.length(0);
    const stored = await storedEntries();
    expect((stored.get('default/ipt-test-list/lost-twice') as { data: { notes: unknown[] } }).data.notes).to.have.length(1);
  });

  it('after 3 reopenings (Safari\'s "server lost") works in memory and reports it once', async () => {
    const el = await mount<TestList>(html`<ipt-test-list storage-key="lost-for-good"></ipt-test-list>`);
    const reported = record(el, 'ipt-error');
    const stub = failTransactions(
      100,
      () => new DOMException('Connection to Indexed Database server lost. Refresh the page to try again', 'UnknownError'),
    );
    try {
      el.addNote('a', 'in memory');
      await el.saved();
      expect(100 - stub.left, 'one try and three reopenings').to.equal(4);
      el.addNote('b', 'still in memory');
      await el.saved();
    } finally {
      stub.restore();
    }
    expect(el.state.notes.map((n) => n.text)).to.deep.equal(['in memory', 'still in memory']);
    expect(reported.map((e) => e.detail.code)).to.deep.equal(['storage-unavailable']);
    expect(reported[0].detail.message).to.match(/lost 4 times/);
  });
});
