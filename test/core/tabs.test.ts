// Two "tabs" (same-origin iframes: their own documents and scripts, one IndexedDB and
// BroadcastChannel) editing one record.
import { expect } from '@open-wc/testing';
import type { TestList } from '../fixtures/test-list.js';
import type { IptWorkbook } from '../../src/workbook/workbook.js';
import { openTab as openSecondTab, storedEntries, until } from './helpers.js';

async function openTab(): Promise<{ frame: HTMLIFrameElement; list: TestList; workbook: IptWorkbook }> {
  const { frame, el, doc } = await openSecondTab<TestList>({ src: '/test/fixtures/tab.html' }, 'ipt-test-list');
  return { frame, list: el, workbook: doc.querySelector('ipt-workbook') as IptWorkbook };
}

const texts = (list: TestList) => list.state.notes.map((n) => n.text).sort();

describe('two tabs', () => {
  it('each adds a different item at the same time: both keep both, live and on the device', async () => {
    const a = await openTab();
    const b = await openTab();
    a.list.addNote('from-a', 'added in tab A');
    b.list.addNote('from-b', 'added in tab B');
    await until(() => texts(a.list).length === 2 && texts(b.list).length === 2, 'both tabs see both items');
    expect(texts(a.list)).to.deep.equal(['added in tab A', 'added in tab B']);
    expect(texts(b.list)).to.deep.equal(['added in tab A', 'added in tab B']);
    await Promise.all([a.list.saved(), b.list.saved()]);
    const stored = (await storedEntries()).get('tabs/ipt-test-list/shared') as { data: { notes: { text: string }[] } };
    expect(stored.data.notes.map((n) => n.text).sort()).to.deep.equal(['added in tab A', 'added in tab B']);
    a.frame.remove();
    b.frame.remove();
  });

  it('an assignment keeps a change from another tab that this instance had not seen', async () => {
    const a = await openTab();
    const stale = a.list.state; // what A shows now
    // Another tab's change that reached the device but not yet this tab (its message is still on the way).
    const { createStore, set, get } = await import('idb-keyval');
    const store = createStore('ipt-widgets', 'records');
    const key = 'tabs/ipt-test-list/shared';
    const current = (await get(key, store)) as { schema: number; updatedAt: string; data: { title: string; notes: object[] } } | undefined;
    const now = new Date().toISOString();
    const data = current?.data ?? { title: '', notes: [] };
    await set(key, { schema: 2, updatedAt: now, data: { ...data, notes: [...data.notes, { id: 'unseen', text: 'unseen by A', createdAt: now, updatedAt: now }] } }, store);
    // A's host hydrates from its copy, adding one item: stored as a difference, not a blind overwrite.
    a.list.state = { ...stale, notes: [...stale.notes, { id: 'host', text: 'from the host' }] };
    await a.list.saved();
    const stored = (await storedEntries()).get(key) as { data: { notes: { text: string }[] } };
    expect(stored.data.notes.map((n) => n.text)).to.include.members(['unseen by A', 'from the host']);
    a.frame.remove();
  });

  it('a change made just before the tab goes away is not lost', async () => {
    const a = await openTab();
    a.list.addNote('last-second', 'typed just before closing');
    a.frame.src = 'about:blank'; // the page goes away: pagehide fires, the coalescing timer never runs
    await new Promise((r) => a.frame.addEventListener('load', r, { once: true }));
    a.frame.remove();
    const b = await openTab();
    await until(() => texts(b.list).includes('typed just before closing'), 'the change is there after reopening');
    b.frame.remove();
  });

  it('eraseData() in one tab empties the other tab too, and the device', async () => {
    const a = await openTab();
    const b = await openTab();
    a.list.addNote('doomed', 'to be erased');
    await a.list.saved();
    await until(() => texts(b.list).includes('to be erased'), 'B has it');
    await a.workbook.eraseData();
    await until(() => b.list.state.notes.length === 0, 'B is empty');
    await new Promise((r) => setTimeout(r, 400)); // give B any chance to write its old state back
    const keys = [...(await storedEntries()).keys()].filter((k) => k.startsWith('tabs/'));
    expect(keys).to.deep.equal([]);
    a.frame.remove();
    b.frame.remove();
  });
});
