import { expect, fixture, html } from '@open-wc/testing';
import { createStore, set } from 'idb-keyval';
import '../fixtures/test-list.js';
import '../../src/workbook/workbook.js';
import '../../src/sync/sync.js';
import type { IptSync, SyncBatch } from '../../src/sync/sync.js';
import type { TestList } from '../fixtures/test-list.js';
import type { IptWorkbook } from '../../src/workbook/workbook.js';
import { KIT_VERSION } from '../../src/core/version.js';
import { record, storedEntries, until } from './helpers.js';

async function workbook(id: string, inner = `<ipt-test-list storage-key="main"></ipt-test-list>`) {
  const wb = await fixture<IptWorkbook>(html`<ipt-workbook workbook-id=${id}></ipt-workbook>`);
  wb.innerHTML = inner;
  const lists = [...wb.querySelectorAll('ipt-test-list')] as TestList[];
  await Promise.all(lists.map((l) => l.ready));
  return { wb, lists };
}

/** Where `text` appears on the device: in any store of the kit's IndexedDB database, or in localStorage. */
async function scanForText(text: string): Promise<string[]> {
  const found: string[] = [];
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('ipt-widgets');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    for (const name of [...db.objectStoreNames]) {
      const store = db.transaction(name, 'readonly').objectStore(name);
      const [keys, values] = await Promise.all(
        [store.getAllKeys(), store.getAll()].map((r) => new Promise<unknown[]>((resolve) => (r.onsuccess = () => resolve(r.result as unknown[])))),
      );
      keys.forEach((key, i) => {
        if (`${String(key)} ${JSON.stringify(values[i])}`.includes(text)) found.push(`${name}:${String(key)}`);
      });
    }
  } finally {
    db.close();
  }
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i) ?? '';
    if (`${key} ${localStorage.getItem(key)}`.includes(text)) found.push(`localStorage:${key}`);
  }
  return found;
}

describe('<ipt-workbook>', () => {
  it('namespaces storage by workbook-id', async () => {
    const { lists } = await workbook('client-42');
    lists[0].addNote('a', 'namespaced');
    await lists[0].saved();
    const keys = [...(await storedEntries()).keys()];
    expect(keys).to.include('client-42/ipt-test-list/main');
  });

  it('exports every record with the kit version and schema', async () => {
    const { wb, lists } = await workbook('exporting', `<ipt-test-list storage-key="one"></ipt-test-list><ipt-test-list storage-key="two"></ipt-test-list>`);
    lists[0].addNote('a', 'first list');
    lists[1].setTitle('second');
    const exported = JSON.parse(await wb.exportData());
    expect(exported.format).to.equal('ipt-widgets-workbook');
    expect(exported.kitVersion).to.equal(KIT_VERSION);
    expect(exported.workbook).to.equal('exporting');
    const byKey = Object.fromEntries(exported.records.map((r: { storageKey: string }) => [r.storageKey, r]));
    expect(byKey.one.tag).to.equal('ipt-test-list');
    expect(byKey.one.schema).to.equal(2);
    expect(byKey.one.data.notes[0].text).to.equal('first list');
    expect(byKey.two.data.title).to.equal('second');
  });

  it('imports: checks everything first, then updates live elements, emitting replace', async () => {
    const { wb, lists } = await workbook('importing');
    lists[0].addNote('old', 'before import');
    await lists[0].saved();
    const good = {
      format: 'ipt-widgets-workbook',
      kitVersion: KIT_VERSION,
      workbook: 'elsewhere',
      exportedAt: new Date().toISOString(),
      records: [{ tag: 'ipt-test-list', storageKey: 'main', schema: 1, updatedAt: new Date().toISOString(), data: { title: 'migrated', notes: ['from schema 1'] } }],
    };
    const broken = structuredClone(good);
    (broken.records[0] as { schema: number; data: unknown }).schema = 2;
    (broken.records[0] as { data: unknown }).data = { title: 'x', notes: [{ id: 'z', text: '' }] };
    let error: unknown;
    try {
      await wb.importData(JSON.stringify(broken));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
    expect((error as Error).message).to.match(/^records\[0\]\.data\.notes\[0\]\.text/);
    expect(lists[0].state.notes.map((n) => n.text), 'nothing written').to.deep.equal(['before import']);
    for (const [input, path] of [
      ['{not json', /^json/],
      [JSON.stringify({ hello: 'world' }), /^format/],
      [JSON.stringify({ ...good, records: [{ ...good.records[0], tag: 'script' }] }), /^records\[0\]\.tag/],
    ] as const) {
      let e: unknown;
      try {
        await wb.importData(input);
      } catch (err) {
        e = err;
      }
      expect(e, String(input)).to.be.instanceOf(TypeError);
      expect((e as Error).message).to.match(path);
    }
    const changes = record(lists[0], 'ipt-change');
    await wb.importData(JSON.stringify(good));
    expect(lists[0].state.title).to.equal('migrated');
    expect(lists[0].state.notes.map((n) => n.text)).to.deep.equal(['from schema 1']);
    expect(changes.map((c) => c.detail.change.type)).to.deep.equal(['replace']);
  });

  it('eraseData() deletes every record of this workbook only', async () => {
    const { wb, lists } = await workbook('erasing');
    const other = await workbook('keeping');
    lists[0].addNote('a', 'erase me');
    other.lists[0].addNote('b', 'keep me');
    await Promise.all([lists[0].saved(), other.lists[0].saved()]);
    const changes = record(lists[0], 'ipt-change');
    await wb.eraseData();
    expect(lists[0].state.notes).to.deep.equal([]);
    expect(changes.map((c) => c.detail.change.type)).to.deep.equal(['clear']);
    const keys = [...(await storedEntries()).keys()];
    expect(keys.filter((k) => k.startsWith('erasing/'))).to.deep.equal([]);
    expect(keys).to.include('keeping/ipt-test-list/main');
  });

  it('eraseData() also erases the outbox: queued changes, the batch on its way, dead letters, journals', async function () {
    const stamp = Date.now();
    const id = `erase-outbox-${stamp}`;
    const root = await fixture<HTMLElement>(html`<div>
      <ipt-sync class="page" endpoint=${`/erase-test/page-${stamp}`} batch-size="1" retry-min-ms="600000" retry-max-ms="600000"></ipt-sync>
      <ipt-workbook workbook-id=${id}>
        <ipt-sync class="own" endpoint=${`/erase-test/own-${stamp}`} batch-size="1" retry-min-ms="600000" retry-max-ms="600000"></ipt-sync>
        <ipt-test-list storage-key="main"></ipt-test-list>
      </ipt-workbook>
      <ipt-workbook workbook-id=${`${id}-other`}><ipt-test-list storage-key="main"></ipt-test-list></ipt-workbook>
    </div>`);
    const wb = root.querySelector('ipt-workbook') as IptWorkbook;
    const [list, otherList] = [...root.querySelectorAll('ipt-test-list')] as TestList[];
    const syncs = [root.querySelector('ipt-sync.page'), root.querySelector('ipt-sync.own')] as IptSync[];
    await Promise.all([list.ready, otherList.ready, ...syncs.map((s) => s.updateComplete)]);
    // the first batch is refused (a dead letter), then the backend is down (a batch on its way, a queue)
    for (const sync of syncs) {
      let calls = 0;
      sync.transport = async () => ({ status: (calls += 1) === 1 ? 400 : 503 });
    }
    list.addNote('a', 'SECRET-dead-letter');
    await until(async () => (await Promise.all(syncs.map((s) => s.deadLetters()))).every((d) => d.length === 1), 'dead letters');
    list.addNote('b', 'SECRET-in-flight');
    list.addNote('c', 'SECRET-queued');
    otherList.addNote('k', 'keep-me');
    await until(() => syncs.every((s) => s.status === 'retrying'), 'a batch waits out its backoff');
    await Promise.all(syncs.map((s) => s.flush()));
    // a journal entry left in localStorage by a page that went away
    localStorage.setItem(`ipt-widgets:journal:${encodeURIComponent(id)}/ipt-test-list/main#x`, JSON.stringify({ text: 'SECRET-journal' }));
    // and the lease a browser without Web Locks keeps for the workbook's outbox
    const lease = `ipt-sync-lock:#sync/${encodeURIComponent(id)}/${encodeURIComponent('https://example.org/x')}/`;
    localStorage.setItem(lease, JSON.stringify({ owner: 'gone', until: 0 }));
    const before = await scanForText('SECRET');
    expect(before.length, 'the test sets up text to erase').to.be.above(3);

    await wb.eraseData();

    expect(await scanForText('SECRET')).to.deep.equal([]);
    expect(localStorage.getItem(lease)).to.equal(null);
    expect(await scanForText('keep-me'), "another workbook's queued change stays").to.not.deep.equal([]);
    const delivered: SyncBatch[] = [];
    for (const sync of syncs) {
      sync.transport = async (batch) => {
        delivered.push(structuredClone(batch));
        return { status: 200 };
      };
      expect(await sync.flush()).to.equal(true);
      expect(await sync.deadLetters()).to.deep.equal([]);
    }
    const sent = JSON.stringify(delivered);
    expect(sent).to.not.contain('SECRET');
    expect(sent, 'the other workbook is delivered').to.contain('keep-me');
    expect(sent, 'the erase itself is delivered').to.contain('"clear"');
  });

  it('eraseData({ deliverFirst: true }) delivers first, and erases nothing while it cannot', async () => {
    const id = `erase-deliver-${Date.now()}`;
    const wb = await fixture<IptWorkbook>(html`<ipt-workbook workbook-id=${id}>
      <ipt-sync endpoint=${`/erase-test/${id}`} retry-min-ms="600000" retry-max-ms="600000"></ipt-sync>
      <ipt-test-list storage-key="main"></ipt-test-list>
    </ipt-workbook>`);
    const list = wb.querySelector('ipt-test-list') as TestList;
    const sync = wb.querySelector('ipt-sync') as IptSync;
    await list.ready;
    sync.transport = async () => ({ status: 503 });
    list.addNote('a', 'deliver me');
    let error: unknown;
    try {
      await wb.eraseData({ deliverFirst: true });
    } catch (e) {
      error = e;
    }
    expect((error as Error)?.name).to.equal('UndeliveredChangesError');
    expect(list.state.notes.map((n) => n.text), 'nothing erased').to.deep.equal(['deliver me']);
    const delivered: SyncBatch[] = [];
    sync.transport = async (batch) => {
      delivered.push(structuredClone(batch));
      return { status: 200 };
    };
    await wb.eraseData({ deliverFirst: true });
    expect(JSON.stringify(delivered)).to.contain('deliver me');
    expect(list.state.notes).to.deep.equal([]);
  });

  it('exportData() includes the copies kept aside, so a person can get them back', async () => {
    const id = `export-aside-${Date.now()}`;
    const garbage = { schema: 2, updatedAt: 'x', data: { notes: 'not a list', mine: 'Olga, my sister' } };
    await set(`${id}/ipt-test-list/main`, garbage, createStore('ipt-widgets', 'records'));
    const { wb, lists } = await workbook(id);
    lists[0].addNote('n', 'new start');
    const exported = JSON.parse(await wb.exportData());
    expect(exported.records.map((r: { data: { notes: { text: string }[] } }) => r.data.notes[0].text)).to.deep.equal(['new start']);
    expect(exported.aside).to.have.length(1);
    expect(exported.aside[0]).to.include({ tag: 'ipt-test-list', storageKey: 'main' });
    expect(exported.aside[0].keptAs).to.match(new RegExp(`^${id}/ipt-test-list/main#aside/`));
    expect(exported.aside[0].data).to.deep.equal(garbage);
    // an export with copies aside still imports (they stay out of the records)
    await wb.importData(JSON.stringify(exported));
    expect(lists[0].state.notes.map((n) => n.text)).to.deep.equal(['new start']);
  });

  it('readonly reaches every element inside', async () => {
    const wb = await fixture<IptWorkbook>(html`<ipt-workbook workbook-id="ro" readonly><ipt-test-list></ipt-test-list></ipt-workbook>`);
    const list = wb.querySelector('ipt-test-list') as TestList;
    await list.ready;
    expect((list as unknown as { isReadonly: boolean }).isReadonly).to.equal(true);
  });
});

describe('stored records', () => {
  const store = () => createStore('ipt-widgets', 'records');

  it('migrates an older schema on load', async () => {
    await set('default/ipt-test-list/old-schema', { schema: 1, updatedAt: '2025-01-01T00:00:00.000Z', data: { title: 'v1', notes: ['a', 'b'] } }, store());
    const el = await fixture<TestList>(html`<ipt-test-list storage-key="old-schema"></ipt-test-list>`);
    await el.ready;
    expect(el.state.notes.map((n) => n.text)).to.deep.equal(['a', 'b']);
  });

  it('keeps an unreadable record aside, never overwritten, and reports invalid-state', async () => {
    const garbage = { schema: 2, updatedAt: 'x', data: { notes: 'not a list' } };
    await set('default/ipt-test-list/garbage', garbage, store());
    const el = document.createElement('ipt-test-list');
    el.storageKey = 'garbage';
    const errors = record(el, 'ipt-error');
    document.body.append(el);
    await el.ready;
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-state']);
    expect(errors[0].detail.message).to.include('notes');
    el.addNote('n', 'new start');
    await el.saved();
    const entries = await storedEntries();
    const aside = [...entries.entries()].filter(([k]) => k.startsWith('default/ipt-test-list/garbage#aside/'));
    expect(aside).to.have.length(1);
    expect(aside[0][1]).to.deep.equal(garbage);
    el.remove();
  });

  it('repairs what is unambiguous, keeps the original aside and reports it', async () => {
    await set('default/ipt-test-list/repairable', { schema: 2, updatedAt: 'x', data: { title: 't', notes: [{ text: 'no id' }] } }, store());
    const el = document.createElement('ipt-test-list');
    el.storageKey = 'repairable';
    const errors = record(el, 'ipt-error');
    document.body.append(el);
    await el.ready;
    expect(el.state.notes[0].text).to.equal('no id');
    expect(el.state.notes[0].id).to.be.a('string').and.not.equal('');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-state']);
    expect(errors[0].detail.message).to.include('notes[0].id');
    el.remove();
  });
});
