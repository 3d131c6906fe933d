// Journals (what a tab writes as it closes) are checked like records: a damaged entry is
// kept aside and reported once, the good record stays as it was, and `ready` resolves.
import { expect, html, fixture } from '@open-wc/testing';
import { createStore, set } from 'idb-keyval';
import '../fixtures/test-list.js';
import type { TestList } from '../fixtures/test-list.js';
import { DB_NAME, STORE_NAME } from '../../src/core/storage.js';
import { storedEntries, wait } from './helpers.js';

const store = createStore(DB_NAME, STORE_NAME);
const T = '2026-03-01T10:00:00.000Z';
const good = { schema: 2, updatedAt: T, data: { title: 'kept', notes: [{ id: 'olga', text: 'Olga', createdAt: T, updatedAt: T }] } };
const journal = (diff: unknown) => ({ schema: 2, updatedAt: '2026-03-02T10:00:00.000Z', diff });

/** Mounts with a deadline on `ready`: a damaged journal must never leave it pending. */
async function mountWithin(storageKey: string): Promise<{ el: TestList; errors: CustomEvent[] }> {
  const errors: CustomEvent[] = [];
  const onError = (e: Event) => errors.push(e as CustomEvent);
  document.addEventListener('ipt-error', onError);
  const el = await fixture<TestList>(html`<ipt-test-list storage-key=${storageKey}></ipt-test-list>`);
  const ready = await Promise.race([el.ready.then(() => true), wait(3000).then(() => false)]);
  document.removeEventListener('ipt-error', onError);
  expect(ready, 'ready resolved').to.equal(true);
  await el.updateComplete;
  return { el, errors };
}

const KINDS: [string, unknown][] = [
  ['a field that breaks the state (notes: "not a list")', journal({ collections: {}, fields: { notes: 'not a list' } })],
  ['not a journal entry at all', 'garbage written by something else'],
  ['an item that is not a valid note', journal({ collections: { notes: { upserts: [{ id: 'bad', text: 42 }], removed: {} } }, fields: {} })],
];

describe('damaged journals', () => {
  KINDS.forEach(([label, entry], i) => {
    it(`${label}: kept aside and reported once, the record untouched, ready resolves`, async () => {
      const storageKey = `journal-${i}`;
      const key = `default/ipt-test-list/${storageKey}`;
      await set(key, good, store);
      await set(`${key}#journal/2026-03-02T10:00:00.000Z-aaaaaa`, entry, store);
      // a good journal beside it still folds in
      await set(
        `${key}#journal/2026-03-02T11:00:00.000Z-bbbbbb`,
        journal({ collections: { notes: { upserts: [{ id: 'luis', text: 'Luis', createdAt: T, updatedAt: T }], removed: {} } }, fields: {} }),
        store,
      );
      const { el, errors } = await mountWithin(storageKey);
      expect(el.state.title).to.equal('kept');
      expect(el.state.notes.map((n) => n.text)).to.deep.equal(['Olga', 'Luis']);
      expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(2);
      const invalid = errors.filter((e) => e.detail.code === 'invalid-state');
      expect(invalid).to.have.length(1);
      expect(invalid[0].detail.message).to.match(/journal/);
      await el.saved();
      const stored = await storedEntries();
      const aside = [...stored.keys()].filter((k) => k.startsWith(`${key}#aside/`));
      expect(aside).to.have.length(1);
      expect(stored.get(aside[0])).to.deep.equal(entry);
      expect([...stored.keys()].filter((k) => k.startsWith(`${key}#journal/`))).to.deep.equal([]);
      const record = stored.get(key) as typeof good;
      expect(record.data.notes.map((n) => n.text)).to.deep.equal(['Olga', 'Luis']);
      // and once more after a reload: nothing lost, nothing reported again
      el.remove();
      await wait(100); // the record is let go once written
      const again = await mountWithin(storageKey);
      expect(again.el.state.notes.map((n) => n.text)).to.deep.equal(['Olga', 'Luis']);
      expect(again.errors.map((e) => e.detail.message)).to.deep.equal([]);
    });
  });

  it('an unreadable localStorage journal: kept aside, the record untouched', async () => {
    const storageKey = 'journal-local';
    const key = `default/ipt-test-list/${storageKey}`;
    await set(key, good, store);
    localStorage.setItem(`ipt-widgets:journal:${key}#2026-03-02T10:00:00.000Z-cccccc`, '{"schema":2,"diff":');
    const { el, errors } = await mountWithin(storageKey);
    expect(el.state.notes.map((n) => n.text)).to.deep.equal(['Olga']);
    expect(errors.filter((e) => e.detail.code === 'invalid-state')).to.have.length(1);
    expect(localStorage.getItem(`ipt-widgets:journal:${key}#2026-03-02T10:00:00.000Z-cccccc`)).to.equal(null);
    const stored = await storedEntries();
    const aside = [...stored.keys()].filter((k) => k.startsWith(`${key}#aside/`));
    expect(aside).to.have.length(1);
  });
});
