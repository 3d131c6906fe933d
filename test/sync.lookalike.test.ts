// <ipt-sync> inside a look-alike <ipt-workbook> (another library's) that has no valid
// workbook-id: the elements keep their data on the page, and nothing of it is sent,
// neither under `default` nor under no client at all.
import './fixtures/foreign-workbook-only.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/sync/sync.js';
import './fixtures/test-list.js';
import type { IptSync, SyncBatch } from '../src/sync/sync.js';
import type { TestList } from './fixtures/test-list.js';
import { record, until } from './core/helpers.js';

describe('<ipt-sync> in a look-alike workbook', () => {
  it('sends nothing from a workbook without a valid id, and says so once', async () => {
    const host = await fixture<HTMLElement>(html`<ipt-workbook
      ><ipt-test-list storage-key="lookalike"></ipt-test-list><ipt-sync></ipt-sync
    ></ipt-workbook>`);
    const sync = host.querySelector('ipt-sync') as IptSync;
    const calls: SyncBatch[] = [];
    const errors = record(sync, 'ipt-error');
    sync.transport = async (batch) => {
      calls.push(batch);
      return { status: 200 };
    };
    const list = host.querySelector('ipt-test-list') as TestList;
    await list.ready;
    await sync.updateComplete;
    list.addNote('n1', 'words of a client nobody can name');
    list.addNote('n2', 'more words');
    await until(() => errors.some((e) => e.detail.code === 'workbook-unavailable'), 'the sync says why');
    await sync.flush();
    expect(calls).to.deep.equal([]);
    expect(sync.pending).to.equal(0);
    expect(errors.filter((e) => e.detail.code === 'workbook-unavailable')).to.have.length(1);
    expect(errors[0].detail.message).not.to.contain('words');
  });
});
