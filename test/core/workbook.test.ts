import { expect, fixture, html } from '@open-wc/testing';
import { createStore, set } from 'idb-keyval';
import '../fixtures/test-list.js';
import '../../src/workbook/workbook.js';
import type { TestList } from '../fixtures/test-list.js';
import type { IptWorkbook } from '../../src/workbook/workbook.js';
import { KIT_VERSION } from '../../src/core/version.js';
import { record, storedEntries } from './helpers.js';

async function workbook(id: string, inner = `<ipt-test-list storage-key="main"></ipt-test-list>`) {
  const wb = await fixture<IptWorkbook>(html`<ipt-workbook workbook-id=${id}></ipt-workbook>`);
  wb.innerHTML = inner;
  const lists = [...wb.querySelectorAll('ipt-test-list')] as TestList[];
  await Promise.all(lists.map((l) => l.ready));
  return { wb, lists };
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
