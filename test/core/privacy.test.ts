// What the kit says in the console and in ipt-error names fields and kinds, never what a
// person typed; a lasting fault is reported once per episode.
import { expect, fixture, html } from '@open-wc/testing';
import { createStore, set } from 'idb-keyval';
import '../../src/social-circle/social-circle.js';
import '../../src/sync/sync.js';
import '../fixtures/test-list.js';
import type { IptSocialCircle } from '../../src/social-circle/social-circle.js';
import type { IptSync, SyncBatch } from '../../src/sync/sync.js';
import type { TestList } from '../fixtures/test-list.js';
import { DB_NAME, kitStorage, STORE_NAME, StorageFault } from '../../src/core/storage.js';
import { record, until } from './helpers.js';

const SECRET = 'Zorayda-Quintanilla my abuser';

/** Every console line and ipt-error message while `run` runs. */
async function heard(run: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const original = { warn: console.warn, error: console.error, log: console.log, info: console.info };
  for (const name of ['warn', 'error', 'log', 'info'] as const) console[name] = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  const onError = (e: Event) => lines.push((e as CustomEvent).detail.message);
  document.addEventListener('ipt-error', onError, true);
  try {
    await run();
  } finally {
    Object.assign(console, original);
    document.removeEventListener('ipt-error', onError, true);
  }
  return lines;
}

describe('privacy in messages', () => {
  it('repairing a stored record: the console and ipt-error name the field, not the text', async () => {
    const T = '2026-03-01T10:00:00.000Z';
    await set(
      'default/ipt-social-circle/privacy',
      {
        schema: 1,
        updatedAt: T,
        data: { people: [{ id: 'p1', name: 'Ana', relationship: SECRET, ring: 2, conflict: SECRET, createdAt: T, updatedAt: T }] },
      },
      createStore(DB_NAME, STORE_NAME),
    );
    const lines = await heard(async () => {
      const el = await fixture<IptSocialCircle>(html`<ipt-social-circle storage-key="privacy"></ipt-social-circle>`);
      await el.ready;
    });
    expect(lines.length, 'the repair was reported').to.be.greaterThan(0);
    for (const line of lines) {
      expect(line).not.to.contain('Zorayda');
      expect(line).not.to.contain('abuser');
    }
  });

  it('an assignment refused: the TypeError names the field and the kind, not the text', async () => {
    const el = await fixture<TestList>(html`<ipt-test-list storage-key="privacy-assign"></ipt-test-list>`);
    await el.ready;
    let message = '';
    try {
      el.state = { title: '', notes: SECRET as unknown as [] };
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.match(/^notes: /);
    expect(message).not.to.contain('Zorayda');
  });

  it('storage blocked: <ipt-sync> reports it once for many changes, not once per attempt', async () => {
    const realRun = kitStorage.run;
    kitStorage.run = (() => Promise.reject(new StorageFault('storage-unavailable', 'blocked by the test'))) as typeof kitStorage.run;
    try {
      const errors = record(document, 'ipt-error');
      const sync = await fixture<IptSync>(html`<ipt-sync endpoint="/privacy-test" retry-min-ms="10" retry-max-ms="40"></ipt-sync>`);
      const calls: SyncBatch[] = [];
      sync.transport = async (batch) => {
        calls.push(batch);
        return { status: 200 };
      };
      await sync.updateComplete;
      for (let i = 0; i < 5; i++) {
        document.body.dispatchEvent(
          new CustomEvent('ipt-change', {
            bubbles: true,
            composed: true,
            detail: { source: 'ipt-test-list', storageKey: 'k', workbook: 'default', state: { title: `t${i}`, notes: [] }, change: { type: 'title-set' }, at: new Date().toISOString() },
          }),
        );
        await new Promise((r) => setTimeout(r, 30));
      }
      await until(() => sync.pending === 0 && calls.length > 0, 'delivered from memory');
      const fromSync = errors.filter((e) => e.detail.source === 'ipt-sync' && e.detail.code === 'storage-unavailable');
      expect(fromSync).to.have.length(1);
    } finally {
      kitStorage.run = realRun;
    }
  });
});
