// The page's clock (src/core/clock.ts): tabs whose device clocks disagree still keep the
// order in which a person made their changes. Each "tab" is a same-origin iframe with its
// own scripts (and so its own clock); one of them runs with a skewed Date.
import { expect } from '@open-wc/testing';
import type { TestList } from '../fixtures/test-list.js';
import { openTab, record, storedEntries, until } from './helpers.js';
import { hlcNow, observeStamp } from '../../src/core/clock.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

async function tab(key: string, skew = 0): Promise<{ frame: HTMLIFrameElement; list: TestList }> {
  const { frame, el } = await openTab<TestList>({ src: `/test/fixtures/tab-skew.html?key=${key}&skew=${skew}` }, 'ipt-test-list');
  return { frame, list: el };
}

const ids = (list: TestList) => list.state.notes.map((n) => n.id).sort();

async function stored(key: string): Promise<string[]> {
  const record = (await storedEntries()).get(`skew/ipt-test-list/${key}`) as { data: { notes: { id: string }[] } } | undefined;
  return (record?.data.notes ?? []).map((n) => n.id).sort();
}

describe('the page clock', () => {
  it('never goes back, and moves past any stamp it has seen', () => {
    const a = hlcNow();
    const b = hlcNow();
    expect(b > a).to.equal(true);
    const ahead = new Date(Date.now() + 2 * HOUR).toISOString();
    observeStamp(ahead);
    const c = hlcNow();
    expect(c > ahead).to.equal(true);
    expect(Number.isNaN(Date.parse(c))).to.equal(false);
    expect(c).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('ignores stamps that are not times or are outside 1900 to 2100', () => {
    const before = hlcNow();
    observeStamp('9999-12-31T00:00:00.000Z');
    observeStamp('not a time');
    observeStamp(42);
    const after = hlcNow();
    expect(after < '2100').to.equal(true);
    expect(after > before).to.equal(true);
  });

  for (const [label, deleterSkew, adderSkew] of [
    ['a tab whose clock is a day behind', -DAY, 0],
    ['a tab whose clock is right, after an hour-ahead tab', 0, HOUR],
  ] as const) {
    it(`a deletion in ${label} holds, in the other tab and after reload`, async () => {
      const key = `del-${deleterSkew}-${adderSkew}`;
      const adder = await tab(key, adderSkew);
      const deleter = await tab(key, deleterSkew);
      const adds = record(adder.list, 'ipt-change');
      const removes = record(deleter.list, 'ipt-change');
      adder.list.addNote('n1', 'to be removed');
      adder.list.addNote('n2', 'to stay');
      await adder.list.saved();
      await until(() => ids(deleter.list).length === 2, 'the deleting tab sees both');
      deleter.list.removeNote('n1');
      await deleter.list.saved();
      // the change made last wins: live in the other tab, on the device, and after reload
      await until(() => ids(adder.list).join() === 'n2', 'the other tab drops it');
      expect(await stored(key)).to.deep.equal(['n2']);
      expect(removes[0].detail.at > adds[adds.length - 1].detail.at).to.equal(true);
      const stamp = deleter.list.state.notes[0].updatedAt as string;
      expect(Number.isNaN(Date.parse(stamp))).to.equal(false);
      adder.frame.remove();
      deleter.frame.remove();
      const reopened = await tab(key);
      expect(ids(reopened.list)).to.deep.equal(['n2']);
      reopened.frame.remove();
    });
  }

  it('an edit in a tab a day behind, after a fresh load, wins over the older edit', async () => {
    const key = 'edit-behind';
    const right = await tab(key);
    right.list.addNote('n1', 'first words');
    await right.list.saved();
    right.frame.remove();
    // loaded from the device only: no message from another tab told it the time
    const behind = await tab(key, -DAY);
    behind.list.removeNote('n1');
    behind.list.addNote('n2', 'later words');
    await behind.list.saved();
    behind.frame.remove();
    const reopened = await tab(key);
    expect(ids(reopened.list)).to.deep.equal(['n2']);
    reopened.frame.remove();
  });
});
