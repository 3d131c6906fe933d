import { expect, html, fixture } from '@open-wc/testing';
import '../fixtures/test-list.js';
import type { TestList } from '../fixtures/test-list.js';
import { mount, record, storedEntries, until } from './helpers.js';

describe('persistent element contract', () => {
  it('starts empty, saves a change and loads it after a re-mount', async () => {
    const el = await mount<TestList>(html`<ipt-test-list storage-key="remount"></ipt-test-list>`);
    expect(el.state).to.deep.equal({ title: '', notes: [] });
    const changes = record(el, 'ipt-change');
    el.addNote('a', 'Call Ana');
    expect(changes).to.have.length(1);
    const detail = changes[0].detail;
    expect(detail.source).to.equal('ipt-test-list');
    expect(detail.storageKey).to.equal('remount');
    expect(detail.workbook).to.equal('default');
    expect(detail.change).to.deep.equal({ type: 'note-add', id: 'a' });
    expect(detail.state.notes[0].text).to.equal('Call Ana');
    expect(detail.state.notes[0].createdAt).to.be.a('string');
    expect(changes[0].bubbles && changes[0].composed).to.equal(true);
    await el.saved();
    el.remove();
    const stored = await storedEntries();
    const envelope = stored.get('default/ipt-test-list/remount') as { schema: number; data: { notes: { text: string }[] } };
    expect(envelope.schema).to.equal(2);
    expect(envelope.data.notes[0].text).to.equal('Call Ana');
    const again = await mount<TestList>(html`<ipt-test-list storage-key="remount"></ipt-test-list>`);
    expect(again.state.notes.map((n) => n.text)).to.deep.equal(['Call Ana']);
  });

  it('returns a copy from state, so a host cannot change it by accident', async () => {
    const el = await mount<TestList>(html`<ipt-test-list storage-key="copy"></ipt-test-list>`);
    el.addNote('a', 'one');
    const copy = el.state;
    copy.notes.push({ id: 'b', text: 'two' });
    expect(el.state.notes).to.have.length(1);
  });

  it('validates an assignment: a TypeError naming the field, nothing changed', async () => {
    const el = await mount<TestList>(html`<ipt-test-list storage-key="invalid"></ipt-test-list>`);
    el.addNote('a', 'keep me');
    const changes = record(el, 'ipt-change');
    expect(() => {
      el.state = { title: 'x', notes: [{ id: 'a', text: '' }] };
    }).to.throw(TypeError, /notes\[0\]\.text/);
    expect(() => {
      el.state = { title: 'x', notes: [{ id: 'a', text: 'one' }, { id: 'a', text: 'two' }] };
    }).to.throw(TypeError, /notes\[1\]\.id: duplicate/);
    expect(el.state.notes.map((n) => n.text)).to.deep.equal(['keep me']);
    expect(changes).to.have.length(0);
  });

  it('replaces and saves on assignment without emitting ipt-change, like a native value', async () => {
    const el = await mount<TestList>(html`<ipt-test-list storage-key="replace"></ipt-test-list>`);
    const changes = record(el, 'ipt-change');
    el.state = { title: 'From the backend', notes: [{ id: 'n1', text: 'hello' }] };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('From the backend');
    await el.saved();
    const stored = (await storedEntries()).get('default/ipt-test-list/replace') as { data: { title: string } };
    expect(stored.data.title).to.equal('From the backend');
    expect(changes, 'an assignment is not a change the person made').to.have.length(0);
    el.addNote('n2', 'typed');
    expect(changes.map((c) => c.detail.change.type)).to.deep.equal(['note-add']);
  });

  it('a host writing detail.state back into state does not loop, and an equal state writes nothing', async () => {
    const el = await mount<TestList>(html`<ipt-test-list storage-key="echo"></ipt-test-list>`);
    const changes = record(el, 'ipt-change');
    // the naive two-way binding of a framework
    el.addEventListener('ipt-change', (e) => {
      el.state = (e as CustomEvent).detail.state;
    });
    el.addNote('a', 'one');
    el.addNote('b', 'two');
    expect(changes).to.have.length(2);
    await el.saved();
    const puts: unknown[] = [];
    const originalPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (String(key).includes('echo')) puts.push(value);
      return originalPut.call(this, value, key);
    };
    try {
      const before = el.state;
      // the same content, keys in another order and times left out (a backend's JSON column)
      el.state = { notes: before.notes.map(({ text, id }) => ({ text, id })), title: before.title };
      el.state = el.state;
      await el.saved();
      expect(puts, 'nothing written').to.have.length(0);
      expect(el.state).to.deep.equal(before);
    } finally {
      IDBObjectStore.prototype.put = originalPut;
    }
  });

  it('keeps updatedAt of items whose content an assignment did not change', async () => {
    const el = await mount<TestList>(html`<ipt-test-list storage-key="stamps"></ipt-test-list>`);
    el.state = {
      title: 'x',
      notes: [
        { id: 'a', text: 'kept', createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-02T10:00:00.000Z' },
        { id: 'b', text: 'edited', createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-02T10:00:00.000Z' },
      ],
    };
    const first = el.state.notes;
    await new Promise((r) => setTimeout(r, 5));
    el.state = {
      title: 'y',
      notes: [
        { id: 'a', text: 'kept', createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-01T00:00:00.000Z' },
        { id: 'b', text: 'edited again' },
      ],
    };
    const [a, b] = el.state.notes;
    expect(a.updatedAt, 'unchanged content keeps the time it had').to.equal(first[0].updatedAt);
    expect(a.createdAt).to.equal(first[0].createdAt);
    expect(b.createdAt).to.equal(first[1].createdAt);
    expect(b.updatedAt! > first[1].updatedAt!, 'a changed item is stamped now').to.equal(true);
  });

  it('accepts a state assigned before it is connected', async () => {
    const el = document.createElement('ipt-test-list');
    el.storageKey = 'early';
    el.state = { title: 'early', notes: [{ id: 'e', text: 'before connect' }] };
    const changes = record(el, 'ipt-change');
    document.body.append(el);
    await el.ready;
    expect(changes).to.have.length(0);
    expect(el.state.title).to.equal('early');
    await el.saved();
    const stored = await storedEntries();
    expect((stored.get('default/ipt-test-list/early') as { data: { title: string } }).data.title).to.equal('early');
    el.remove();
  });

  it('shares state live between two instances with the same key', async () => {
    const wrap = await fixture(html`<div>
      <ipt-test-list storage-key="twins"></ipt-test-list><ipt-test-list storage-key="twins"></ipt-test-list>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('ipt-test-list')];
    await Promise.all([a.ready, b.ready]);
    const bChanges = record(b, 'ipt-change');
    a.addNote('x', 'shared');
    await b.updateComplete;
    expect(b.shadowRoot!.querySelector('li')!.textContent).to.equal('shared');
    expect(bChanges, 'only the instance that changed emits').to.have.length(0);
  });

  it('clear() erases the saved record and emits clear', async () => {
    const el = await mount<TestList>(html`<ipt-test-list storage-key="clearme"></ipt-test-list>`);
    el.addNote('a', 'bye');
    await el.saved();
    const changes = record(el, 'ipt-change');
    await el.clear();
    expect(el.state.notes).to.deep.equal([]);
    expect(changes[0].detail.change.type).to.equal('clear');
    const stored = await storedEntries();
    expect(stored.has('default/ipt-test-list/clearme')).to.equal(false);
  });

  it('coalesces a burst of changes into one write', async () => {
    const el = await mount<TestList>(html`<ipt-test-list storage-key="burst"></ipt-test-list>`);
    const puts: unknown[] = [];
    const originalPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (String(key).includes('burst')) puts.push(value);
      return originalPut.call(this, value, key);
    };
    try {
      for (let i = 0; i < 10; i++) el.setTitle(`typing ${i}`);
      await until(() => puts.length > 0, 'a write');
      await el.saved();
      expect(puts).to.have.length(1);
      expect((puts[0] as { data: { title: string } }).data.title).to.equal('typing 9');
    } finally {
      IDBObjectStore.prototype.put = originalPut;
    }
  });

  it('emits ipt-ready once loaded', async () => {
    const el = document.createElement('ipt-test-list');
    const ready = record(el, 'ipt-ready');
    document.body.append(el);
    await el.ready;
    expect(ready).to.have.length(1);
    expect(ready[0].detail).to.deep.equal({ source: 'ipt-test-list', storageKey: 'default' });
    el.remove();
  });

  it('persist="none" writes nothing to the device', async () => {
    const el = await mount<TestList>(html`<ipt-test-list storage-key="ephemeral" persist="none"></ipt-test-list>`);
    el.addNote('a', 'secret');
    await el.saved();
    const stored = await storedEntries();
    expect([...stored.keys()].some((k) => k.includes('ephemeral'))).to.equal(false);
    expect(el.state.notes).to.have.length(1);
  });
});
