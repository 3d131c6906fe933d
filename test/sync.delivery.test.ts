// Delivery format 2: risk events ahead of every queued change, item-level diffs instead of
// whole states, gzip bodies, and an outbox that survives a full disk.
import { expect, fixture, html } from '@open-wc/testing';
import { createStore, entries } from 'idb-keyval';
import { DB_NAME, STORE_NAME } from '../src/core/storage.js';
import { KIT_VERSION } from '../src/core/version.js';
import '../src/sync/sync.js';
import '../src/workbook/workbook.js';
import '../src/mood-timeline/mood-timeline.js';
import '../src/symptom-check/symptom-check.js';
import type { ChangeDeliveryEvent, IptSync, RiskDeliveryEvent, SyncBatch, SyncTransportResult } from '../src/sync/sync.js';
import type { IptMoodTimeline } from '../src/mood-timeline/mood-timeline.js';
import { deliveryDiff, STATE_INLINE_MAX_BYTES } from '../src/sync/delivery.js';
import './fixtures/test-list.js';
import type { TestList } from './fixtures/test-list.js';
import { record, until } from './core/helpers.js';

let unique = 0;
const endpoint = () => `/sync-delivery-test/${Date.now()}-${(unique += 1)}`;

function scripted(...answers: (number | SyncTransportResult | 'throw')[]) {
  const calls: SyncBatch[] = [];
  let fallback: number = 200;
  const transport = async (batch: SyncBatch): Promise<SyncTransportResult> => {
    calls.push(structuredClone(batch));
    const next = answers.shift() ?? fallback;
    if (next === 'throw') throw new TypeError('Failed to fetch');
    return typeof next === 'number' ? { status: next } : next;
  };
  return { calls, transport, answerFromNowOn: (status: number) => (fallback = status) };
}

function change(target: EventTarget, n: number) {
  target.dispatchEvent(
    new CustomEvent('ipt-change', {
      bubbles: true,
      composed: true,
      detail: {
        source: 'ipt-test-list',
        storageKey: 'k',
        workbook: 'default',
        state: { title: `t${n}`, notes: [] },
        change: { type: 'title-set' },
        diff: { collections: {}, fields: { title: `t${n}` } },
        at: new Date().toISOString(),
      },
    }),
  );
}

function risk(target: EventTarget, extra: Record<string, unknown> = {}) {
  target.dispatchEvent(
    new CustomEvent('ipt-risk', {
      bubbles: true,
      composed: true,
      detail: {
        source: 'ipt-symptom-check',
        storageKey: 'weekly',
        workbook: 'default',
        kind: 'phq9-item9',
        value: 2,
        responseId: 'r-1',
        at: new Date().toISOString(),
        ...extra,
      },
    }),
  );
}

async function mountSync(markup = html`<ipt-sync endpoint=${endpoint()} retry-min-ms="10" retry-max-ms="40"></ipt-sync>`) {
  const el = await fixture<IptSync>(markup);
  await el.updateComplete;
  return el;
}

type Sent = { id: string; type?: string };
const sent = (calls: SyncBatch[]) => calls.flatMap((c) => c.events as Sent[]);

/** Every outbox record under the kit's store, read directly. */
async function outboxKeys(url = ''): Promise<string[]> {
  return ((await entries(createStore(DB_NAME, STORE_NAME))) as [string, unknown][])
    .map(([k]) => String(k))
    .filter((k) => k.startsWith('#sync/') && k.includes(encodeURIComponent(url)));
}

describe('<ipt-sync> risk events', () => {
  it('delivers a risk event first, in a batch of its own, behind 1,000 queued changes', async function () {
    this.timeout(60_000);
    const el = await mountSync(html`<ipt-sync endpoint=${endpoint()} batch-size="50" retry-min-ms="600000" retry-max-ms="600000"></ipt-sync>`);
    // the backend is down: everything waits in the outbox
    el.transport = async () => ({ status: 503 });
    for (let n = 0; n < 1000; n++) change(document.body, n);
    risk(document.body);
    await until(() => el.pending === 1001, 'all queued', 30_000);
    const { transport, calls } = scripted();
    el.transport = transport;
    expect(await el.flush()).to.equal(true);
    const first = calls[0].events as RiskDeliveryEvent[];
    expect(first, 'the first request holds the risk event alone').to.have.length(1);
    expect(first[0]).to.deep.include({ format: 2, type: 'risk', source: 'ipt-symptom-check', storageKey: 'weekly', workbook: 'default', kitVersion: KIT_VERSION });
    expect(first[0].risk).to.deep.equal({ kind: 'phq9-item9', value: 2, responseId: 'r-1' });
    expect(Object.keys(first[0]).sort()).to.deep.equal(['at', 'format', 'id', 'kitVersion', 'risk', 'source', 'storageKey', 'type', 'workbook']);
    const all = sent(calls);
    expect(all).to.have.length(1001);
    expect(new Set(all.map((e) => e.id)).size).to.equal(1001);
    expect(all.slice(1).every((e) => e.type === 'change')).to.equal(true);
  });

  it('goes at once while the changes wait out a long backoff', async () => {
    const el = await mountSync(html`<ipt-sync endpoint=${endpoint()} retry-min-ms="600000" retry-max-ms="600000"></ipt-sync>`);
    const { transport, calls } = scripted(503);
    el.transport = transport;
    change(document.body, 1);
    await until(() => el.status === 'retrying', 'the change waits out its backoff');
    expect(calls).to.have.length(1);
    const started = Date.now();
    risk(document.body);
    await until(() => calls.length === 2, 'the risk event is sent without waiting', 3000);
    expect(Date.now() - started).to.be.below(2000);
    expect((calls[1].events as RiskDeliveryEvent[]).map((e) => e.type)).to.deep.equal(['risk']);
    // the change still waits for its turn
    await until(() => el.status === 'retrying' && el.pending === 1, 'the change waits on');
    expect(calls).to.have.length(2);
  });

  it('does not wait for a change request that is still on its way', async () => {
    const el = await mountSync(html`<ipt-sync endpoint=${endpoint()} timeout-ms="60000"></ipt-sync>`);
    const calls: SyncBatch[] = [];
    let release: (() => void) | undefined;
    el.transport = async (batch) => {
      calls.push(structuredClone(batch));
      if ((batch.events[0] as { type: string }).type === 'change') await new Promise<void>((r) => (release = r));
      return { status: 200 };
    };
    change(document.body, 1);
    await until(() => calls.length === 1 && el.status === 'sending', 'a change request hangs');
    risk(document.body);
    await until(() => calls.length === 2, 'the risk event goes meanwhile', 3000);
    expect((calls[1].events as RiskDeliveryEvent[]).map((e) => e.type)).to.deep.equal(['risk']);
    release!();
    expect(await el.flush()).to.equal(true);
    expect(calls).to.have.length(2);
    expect(el.status).to.equal('idle');
  });

  it('survives a reload: a new instance delivers the risk event an old one queued, with its id', async () => {
    const url = endpoint();
    const first = await mountSync(html`<ipt-sync endpoint=${url} retry-min-ms="600000" retry-max-ms="600000"></ipt-sync>`);
    first.transport = async () => ({ status: 503 });
    risk(document.body, { kind: 'low-mood', value: 1, responseId: undefined });
    await until(() => first.pending === 1, 'queued');
    await until(async () => (await outboxKeys(url)).some((k) => k.includes('/r/')), 'stored as a risk record');
    first.remove();
    // the new page's sync has its transport before it connects (no request goes elsewhere first)
    const second = document.createElement('ipt-sync');
    Object.assign(second, { endpoint: url, retryMinMs: 600_000, retryMaxMs: 600_000 });
    const { transport, calls, answerFromNowOn } = scripted();
    answerFromNowOn(503);
    second.transport = transport;
    document.body.append(second);
    await second.updateComplete;
    await until(() => calls.length >= 1, 'a first attempt');
    answerFromNowOn(200);
    expect(await second.flush()).to.equal(true);
    expect(calls.length).to.be.above(1);
    expect(new Set(calls.map((c) => c.key)).size, 'the same Idempotency-Key on every attempt').to.equal(1);
    expect(new Set(sent(calls).map((e) => e.id)).size, 'the same event id on every attempt').to.equal(1);
    const [event] = calls.at(-1)!.events as RiskDeliveryEvent[];
    expect(event.risk).to.deep.equal({ kind: 'low-mood', value: 1 });
    second.remove();
  });

  it('delivers the risk event of a real PHQ-9 item 9 answer before the change that records it', async () => {
    const id = `risk-real-${Date.now()}`;
    const root = await fixture<HTMLElement>(html`<ipt-workbook workbook-id=${id}>
      <ipt-sync endpoint=${endpoint()} retry-min-ms="600000" retry-max-ms="600000"></ipt-sync>
      <ipt-symptom-check storage-key="weekly"></ipt-symptom-check>
    </ipt-workbook>`);
    const sync = root.querySelector('ipt-sync') as IptSync;
    const check = root.querySelector('ipt-symptom-check') as HTMLElement & { ready: Promise<void>; updateComplete: Promise<unknown> };
    await check.ready;
    await check.updateComplete;
    // the backend is down while the person answers: first the other questions, then item 9
    sync.transport = async () => ({ status: 503 });
    for (let item = 0; item < 8; item++) {
      check.shadowRoot!.querySelector<HTMLElement>(`label[for="item-${item}-1"]`)!.click();
      await check.updateComplete;
    }
    check.shadowRoot!.querySelector<HTMLElement>('label[for="item-8-2"]')!.click();
    await check.updateComplete;
    await until(() => sync.pending >= 10, 'nine answers and the risk event queued');
    const { transport, calls } = scripted();
    sync.transport = transport;
    expect(await sync.flush()).to.equal(true);
    const first = calls[0].events as RiskDeliveryEvent[];
    expect(first.map((e) => e.type)).to.deep.equal(['risk']);
    expect(first[0]).to.deep.include({ workbook: id, source: 'ipt-symptom-check', storageKey: 'weekly' });
    expect(first[0].risk).to.include({ kind: 'phq9-item9', value: 2 });
    expect(first[0].risk.responseId).to.be.a('string');
    const rest = sent(calls.slice(1)) as unknown as ChangeDeliveryEvent[];
    expect(rest.length).to.be.above(0);
    expect(rest.every((e) => e.type === 'change' && e.source === 'ipt-symptom-check')).to.equal(true);
  });

  it('refuses a malformed risk event with invalid-state and queues nothing', async () => {
    const el = await mountSync();
    const errors = record(el, 'ipt-error');
    risk(document.body, { kind: 'Self Harm!' });
    risk(document.body, { value: Number.NaN });
    await el.updateComplete;
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-state', 'invalid-state']);
    expect(errors[0].detail.message).to.contain('detail.kind');
    expect(errors[1].detail.message).to.contain('detail.value');
    expect(el.pending).to.equal(0);
  });

  it('hears a risk event from a kit element inside its workbook only once, however many syncs listen', async () => {
    const url = endpoint();
    const root = await fixture<HTMLElement>(html`<div>
      <ipt-sync endpoint=${url}></ipt-sync>
      <ipt-workbook workbook-id="risk-twice"><ipt-sync endpoint=${url}></ipt-sync><p></p></ipt-workbook>
    </div>`);
    const [outer, inner] = [...root.querySelectorAll('ipt-sync')] as IptSync[];
    await Promise.all([outer.updateComplete, inner.updateComplete]);
    const a = scripted();
    const b = scripted();
    outer.transport = a.transport;
    inner.transport = b.transport;
    risk(root.querySelector('p')!, { workbook: 'risk-twice' });
    await outer.flush();
    await inner.flush();
    expect(sent(a.calls).length + sent(b.calls).length).to.equal(1);
  });
});

describe('<ipt-sync> format 2: changes, not whole states', () => {
  it('sends the diff of a real element, with the state while it is small', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <ipt-sync endpoint=${endpoint()}></ipt-sync>
      <ipt-test-list storage-key=${`diff-${unique}`}></ipt-test-list>
    </div>`);
    const el = root.querySelector('ipt-sync') as IptSync;
    const list = root.querySelector('ipt-test-list') as TestList;
    await list.ready;
    const { transport, calls } = scripted();
    el.transport = transport;
    list.addNote('n1', 'first note');
    list.setTitle('My list');
    expect(await el.flush()).to.equal(true);
    const [add, title] = sent(calls) as unknown as ChangeDeliveryEvent[];
    expect(add).to.include({ format: 2, type: 'change' });
    expect(add.diff!.collections.notes.upserts.map((n) => n.text)).to.deep.equal(['first note']);
    expect(add.diff!.fields).to.deep.equal({});
    expect(add.state).to.deep.include({ title: '' });
    expect(title.diff).to.deep.equal({ collections: {}, fields: { title: 'My list' } });
  });

  it('a ten-year timeline with 300-character notes keeps syncing: small events, no 413', async function () {
    this.timeout(60_000);
    const key = `ten-years-${Date.now()}`;
    const root = await fixture<HTMLElement>(html`<ipt-workbook workbook-id=${key}><ipt-mood-timeline storage-key="daily"></ipt-mood-timeline></ipt-workbook>`);
    const timeline = root.querySelector('ipt-mood-timeline') as IptMoodTimeline;
    await timeline.ready;
    const note = 'Walked to the market with my sister, we talked about the move and about mum. '.repeat(4).slice(0, 300);
    const day = 86_400_000;
    const start = Date.now() - 3651 * day;
    const entries = Array.from({ length: 3650 }, (_, i) => ({
      id: `e${i}`,
      date: new Date(start + i * day).toISOString().slice(0, 10),
      mood: i % 11,
      note,
    }));
    timeline.state = { entries, events: [], measures: [] };
    await timeline.saved();
    const stateBytes = JSON.stringify(timeline.state).length;
    expect(stateBytes, 'the state is over 1 MB').to.be.above(1_000_000);
    const sync = document.createElement('ipt-sync') as IptSync;
    sync.endpoint = endpoint();
    const bodies: number[] = [];
    sync.transport = async (batch) => {
      const size = JSON.stringify({ events: batch.events }).length;
      bodies.push(size);
      return { status: size > 1_000_000 ? 413 : 200 };
    };
    root.append(sync);
    await sync.updateComplete;
    timeline.checkIn(4, { note });
    expect(await sync.flush()).to.equal(true);
    expect(await sync.deadLetters()).to.have.length(0);
    expect(bodies).to.have.length(1);
    expect(bodies[0], 'one check-in is a few hundred bytes, not the whole state').to.be.below(4096);
    // and on request the whole state still goes (a backend that keeps only states)
    sync.includeState = 'always';
    timeline.checkIn(5, { note, date: new Date(Date.now() - 3652 * day).toISOString().slice(0, 10) });
    await sync.flush();
    expect(bodies.at(-1)).to.be.above(1_000_000);
  });

  it('sends the state with whole replacements and clears, and when no diff is known', async () => {
    const el = await mountSync();
    const { transport, calls } = scripted();
    el.transport = transport;
    document.body.dispatchEvent(
      new CustomEvent('ipt-change', {
        bubbles: true,
        composed: true,
        detail: { source: 'ipt-test-list', storageKey: 'k', workbook: 'default', state: { title: '', notes: [] }, change: { type: 'clear' }, at: new Date().toISOString() },
      }),
    );
    await el.flush();
    const [event] = sent(calls) as unknown as ChangeDeliveryEvent[];
    expect(event.state).to.deep.equal({ title: '', notes: [] });
    expect(event.diff).to.deep.equal({ collections: {}, fields: {} });
  });

  it('names the id field of a collection whose id is not "id"', () => {
    const diff = deliveryDiff(
      { collections: { selected: { upserts: [{ area: 'grief' }], removed: { 'role-dispute': '2026-01-01T00:00:00.000Z' } }, notes: { upserts: [], removed: {} } }, fields: { x: 1 } },
      { selected: 'area' },
    );
    expect(diff.collections.selected.idField).to.equal('area');
    expect('idField' in diff.collections.notes).to.equal(false);
    expect(diff.fields).to.deep.equal({ x: 1 });
    expect(STATE_INLINE_MAX_BYTES).to.equal(65536);
  });
});

describe('<ipt-sync> gzip', () => {
  async function withFetch(answer: (init: RequestInit) => Response, run: (seen: RequestInit[]) => Promise<void>) {
    const seen: RequestInit[] = [];
    const realFetch = window.fetch;
    window.fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init ?? {});
      return answer(init ?? {});
    };
    try {
      await run(seen);
    } finally {
      window.fetch = realFetch;
    }
  }
  const gunzip = async (body: BodyInit) =>
    new Response(new Blob([body as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'))).text();

  it('gzips once the backend said Accept-Encoding: gzip', async () => {
    await withFetch(
      () => new Response(null, { status: 204, headers: { 'Accept-Encoding': 'gzip' } }),
      async (seen) => {
        const el = await mountSync(html`<ipt-sync endpoint=${endpoint()}></ipt-sync>`);
        change(document.body, 1);
        await el.flush();
        change(document.body, 2);
        await el.flush();
        const headers = seen.map((init) => init.headers as Record<string, string>);
        expect(headers[0]['Content-Encoding']).to.equal(undefined);
        expect(headers[1]['Content-Encoding']).to.equal('gzip');
        const body = JSON.parse(await gunzip(seen[1].body as BodyInit));
        expect(body.events[0].diff.fields.title).to.equal('t2');
      },
    );
  });

  it('compress="gzip" sends gzip at once; a 415 sends the same batch again as plain JSON', async () => {
    await withFetch(
      (init) => new Response(null, { status: (init.headers as Record<string, string>)['Content-Encoding'] ? 415 : 200 }),
      async (seen) => {
        const el = await mountSync(html`<ipt-sync endpoint=${endpoint()} compress="gzip"></ipt-sync>`);
        change(document.body, 1);
        expect(await el.flush()).to.equal(true);
        expect(seen).to.have.length(2);
        const [a, b] = seen.map((init) => init.headers as Record<string, string>);
        expect(a['Content-Encoding']).to.equal('gzip');
        expect(b['Content-Encoding']).to.equal(undefined);
        expect(b['Idempotency-Key']).to.equal(a['Idempotency-Key']);
        expect(await el.deadLetters()).to.have.length(0);
      },
    );
  });
});

describe('<ipt-sync> on a full disk', () => {
  function fillDisk() {
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (String(key).startsWith('#sync/')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, value, key);
    };
    return () => (IDBObjectStore.prototype.put = original);
  }

  it('delivers what was queued while storage was full, exactly once, and says so meanwhile', async function () {
    const url = endpoint();
    const root = await fixture<HTMLElement>(html`<ipt-workbook workbook-id=${`quota-${unique}`}>
      <ipt-sync endpoint=${url} show-status retry-min-ms="600000" retry-max-ms="600000"></ipt-sync><p></p>
    </ipt-workbook>`);
    const el = root.querySelector('ipt-sync') as IptSync;
    await el.updateComplete;
    const p = root.querySelector('p')!;
    const errors = record(el, 'ipt-error');
    const { transport, calls, answerFromNowOn } = scripted();
    el.transport = transport;
    answerFromNowOn(503);
    change(p, 0);
    await until(() => el.status === 'retrying', 'a stored change waits out a backoff');
    const restore = fillDisk();
    try {
      for (let n = 1; n <= 20; n++) change(p, n);
      await until(() => el.pending === 21, 'queued in memory');
      // the workbook's context changes: the outbox stays the same object
      root.setAttribute('lang', 'es');
      root.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(await el.flush(), 'not delivered yet').to.equal(false);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.memory'), 'the status says they are kept in memory').to.not.equal(null);
    } finally {
      restore();
    }
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['quota-exceeded']);
    // space is back: what waited in memory moves to the device before anything is sent
    expect(await el.flush()).to.equal(false);
    const queued = (await outboxKeys(url)).filter((k) => k.includes('/q/'));
    expect(queued, 'all 21 stored on the device again').to.have.length(21);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.memory')).to.equal(null);
    const before = calls.length;
    answerFromNowOn(200);
    expect(await el.flush()).to.equal(true);
    expect(el.pending).to.equal(0);
    const delivered = calls.slice(before);
    const ids = sent(delivered).map((e) => e.id);
    expect(ids).to.have.length(21);
    expect(new Set(ids).size).to.equal(21);
    const titles = sent(delivered).map((e) => (e as unknown as ChangeDeliveryEvent).diff!.fields.title);
    expect(titles).to.deep.equal(Array.from({ length: 21 }, (_, n) => `t${n}`));
    expect((await outboxKeys(url)).filter((k) => k.includes('/q/') || k.endsWith('/batch'))).to.have.length(0);
  });
});

describe('<ipt-sync show-status> and the crisis content', () => {
  it('offers the crisis link under the status line and says nobody reads right away', async () => {
    const el = await mountSync(html`<ipt-sync endpoint=${endpoint()} show-status></ipt-sync>`);
    const link = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="crisis-link"]')!;
    expect(link).to.not.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('not right away');
    link.click();
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector<HTMLElement>('[part="crisis-panel"]')!;
    expect(panel.hidden).to.equal(false);
    expect(panel.textContent).to.contain('emergency');
    await expect(el).to.be.accessible();
  });
});
