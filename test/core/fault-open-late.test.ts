// `indexedDB.open` that answers only after the kit stopped waiting (a slow phone, an engine
// waking its storage up): the elements already working in memory stay so, and say so; those
// that start once it has answered save again.
import { expect } from '@open-wc/testing';
import '../fixtures/test-list.js';
import type { TestList } from '../fixtures/test-list.js';
import { OPEN_TIMEOUT_MS, kitStorage } from '../../src/core/storage.js';
import { record, storedEntries, wait } from './helpers.js';

/** An open request that reaches the real `open` only `delay` ms later, forwarding its events. */
function lateOpen(original: IDBFactory['open'], delay: number): IDBFactory['open'] {
  return function (this: IDBFactory, name: string, version?: number) {
    const late = {} as IDBOpenDBRequest & Record<string, unknown>;
    setTimeout(() => {
      const real = version === undefined ? original.call(this, name) : original.call(this, name, version);
      const forward = (type: 'onsuccess' | 'onerror' | 'onupgradeneeded' | 'onblocked') => {
        real[type] = (event: Event) => {
          Object.defineProperty(late, 'result', { configurable: true, get: () => real.result });
          Object.defineProperty(late, 'error', { configurable: true, get: () => real.error });
          (late[type] as ((e: Event) => void) | undefined)?.call(late, event);
        };
      };
      forward('onupgradeneeded');
      forward('onsuccess');
      forward('onerror');
      forward('onblocked');
    }, delay);
    return late;
  };
}

describe('storage fault: open answers late', () => {
  it('keeps the first element in memory, and saves for elements that start after the answer', async function () {
    this.timeout(OPEN_TIMEOUT_MS + 20000);
    const original = IDBFactory.prototype.open;
    IDBFactory.prototype.open = lateOpen(original, OPEN_TIMEOUT_MS + 500);
    let first: TestList;
    let reported: CustomEvent[];
    try {
      first = document.createElement('ipt-test-list') as TestList;
      first.setAttribute('storage-key', 'before-the-answer');
      reported = record(first, 'ipt-error');
      document.body.append(first);
      await first.ready;
    } finally {
      IDBFactory.prototype.open = original;
    }
    expect(reported.map((e) => e.detail.code)).to.deep.equal(['storage-unavailable']);
    expect(kitStorage.isAvailable, 'not yet: the kit stopped waiting').to.equal(false);
    for (let i = 0; i < 100 && !kitStorage.isAvailable; i++) await wait(50);
    expect(kitStorage.isAvailable, 'the late answer is used').to.equal(true);

    const second = document.createElement('ipt-test-list') as TestList;
    second.setAttribute('storage-key', 'after-the-answer');
    const secondErrors = record(second, 'ipt-error');
    document.body.append(second);
    await second.ready;
    second.addNote('b', 'saved');
    first.addNote('a', 'kept in memory');
    await second.saved();
    const stored = [...(await storedEntries()).keys()];
    expect(stored.some((k) => k.includes('after-the-answer')), 'the second element saved').to.equal(true);
    expect(stored.some((k) => k.includes('before-the-answer')), 'the first stays in memory').to.equal(false);
    expect(first.state.notes).to.have.length(1);
    expect(secondErrors).to.have.length(0);
    first.remove();
    second.remove();
  });
});
