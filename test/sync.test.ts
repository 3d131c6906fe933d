import { expect, fixture, html } from '@open-wc/testing';
import { createStore, entries } from 'idb-keyval';
import { DB_NAME, kitStorage, STORE_NAME, StorageFault } from '../src/core/storage.js';
import { KIT_VERSION } from '../src/core/version.js';
import '../src/sync/sync.js';
import type { IptSync, SyncBatch, SyncTransportResult } from '../src/sync/sync.js';
import './fixtures/test-list.js';
import type { TestList } from './fixtures/test-list.js';
import { record, until } from './core/helpers.js';

let unique = 0;
/** A fresh endpoint per test, so each test has its own outbox (IndexedDB outlives a test file). */
const endpoint = () => `/sync-test/${Date.now()}-${(unique += 1)}`;

/** A transport that answers from a list (then 200) and records every call. */
function scripted(...answers: (number | SyncTransportResult | 'hang' | 'throw')[]) {
  const calls: SyncBatch[] = [];
  const transport = async (batch: SyncBatch, signal: AbortSignal): Promise<SyncTransportResult> => {
    calls.push(structuredClone(batch));
    const next = answers.shift() ?? 200;
    if (next === 'hang') return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    if (next === 'throw') throw new TypeError('Failed to fetch');
    return typeof next === 'number' ? { status: next } : next;
  };
  return { calls, transport };
}

/** An ipt-change as the kit's elements dispatch it. */
function change(target: EventTarget, n: number, extra: Record<string, unknown> = {}) {
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

const sentIds = (calls: SyncBatch[]) => calls.flatMap((c) => c.events.map((e) => (e as { id: string }).id));

describe('<ipt-sync>', () => {
  it('POSTs each change with an Idempotency-Key and the documented event shape', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const realFetch = window.fetch;
    window.fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
      requests.push({ url: String(url), init: init ?? {} });
      return new Response('{}', { status: 200 });
    };
    try {
      const url = endpoint();
      const el = await mountSync(html`<ipt-sync endpoint=${url}></ipt-sync>`);
      const statuses = record(el, 'ipt-sync-status');
      change(document.body, 1);
      expect(await el.flush()).to.equal(true);
      expect(requests).to.have.length(1);
      const { init } = requests[0];
      expect(requests[0].url).to.equal(url);
      expect(init.method).to.equal('POST');
      expect(init.credentials).to.equal('same-origin');
      const headers = init.headers as Record<string, string>;
      expect(headers['Content-Type']).to.equal('application/json');
      expect(headers['Idempotency-Key']).to.be.a('string').and.not.equal('');
      const body = JSON.parse(String(init.body));
      expect(Object.keys(body)).to.deep.equal(['events']);
      const [event] = body.events;
      expect(Object.keys(event).sort()).to.deep.equal(['at', 'change', 'id', 'kitVersion', 'source', 'state', 'storageKey', 'workbook']);
      expect(event).to.include({ source: 'ipt-test-list', storageKey: 'k', workbook: 'default', kitVersion: KIT_VERSION });
      expect(event.state).to.deep.equal({ title: 't1', notes: [] });
      expect(el.pending).to.equal(0);
      expect(el.lastSuccessAt).to.be.a('string');
      expect(el.status).to.equal('idle');
      expect(statuses.map((e) => e.detail.status)).to.include('sending');
      expect(statuses.at(-1)!.detail).to.include({ status: 'idle', pending: 0, deadLetters: 0 });
      expect(statuses[0].bubbles && statuses[0].composed).to.equal(true);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('sends the host headers (from an async function) and the credentials attribute', async () => {
    const seen: RequestInit[] = [];
    const realFetch = window.fetch;
    window.fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init ?? {});
      return new Response(null, { status: 204 });
    };
    try {
      const el = await mountSync(html`<ipt-sync endpoint=${endpoint()} credentials="include"></ipt-sync>`);
      el.headers = async () => ({ Authorization: 'Bearer abc', 'Idempotency-Key': 'not-yours' });
      change(document.body, 1);
      expect(await el.flush()).to.equal(true);
      const headers = seen[0].headers as Record<string, string>;
      expect(headers.Authorization).to.equal('Bearer abc');
      expect(headers['Idempotency-Key']).to.not.equal('not-yours');
      expect(seen[0].credentials).to.equal('include');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('keeps the change in IndexedDB before anything is sent', async () => {
    const el = await mountSync();
    const { transport, calls } = scripted('hang');
    el.timeoutMs = 60_000;
    el.transport = transport;
    change(document.body, 7);
    await until(() => calls.length === 1, 'the first attempt');
    const stored = (await entries(createStore(DB_NAME, STORE_NAME))) as [string, { event?: { state: unknown } }][];
    const queued = stored.filter(([key]) => key.startsWith('#sync/') && key.includes('/q/'));
    expect(queued.some(([, value]) => JSON.stringify(value.event?.state) === JSON.stringify({ title: 't7', notes: [] }))).to.equal(true);
    expect(el.pending).to.equal(1);
    el.remove();
  });

  it('retries a 503 with the same key and the same event ids, then delivers once', async () => {
    const el = await mountSync();
    const { transport, calls } = scripted(503, { status: 503, retryAfter: 0 }, 200);
    el.transport = transport;
    const statuses = record(el, 'ipt-sync-status');
    change(document.body, 1);
    change(document.body, 2);
    await until(() => calls.length === 3 && el.pending === 0, 'three attempts and an empty outbox');
    expect(new Set(calls.map((c) => c.key)).size).to.equal(1);
    expect(sentIds([calls[1]])).to.deep.equal(sentIds([calls[0]]));
    expect(sentIds([calls[2]])).to.deep.equal(sentIds([calls[0]]));
    expect(calls[0].events).to.have.length(2);
    expect(statuses.map((e) => e.detail.status)).to.include('retrying');
    await until(() => el.status === 'idle', 'idle');
  });

  it('retries a network error and a timeout', async () => {
    const el = await mountSync();
    el.timeoutMs = 100;
    const { transport, calls } = scripted('throw', 'hang', 200);
    el.transport = transport;
    change(document.body, 1);
    await until(() => calls.length === 3 && el.pending === 0, 'delivered after two failures');
    expect(new Set(calls.map((c) => c.key)).size).to.equal(1);
  });

  it('moves a rejected batch to the dead letters, reports it, and lets later changes flow', async () => {
    const el = await mountSync();
    const { transport, calls } = scripted({ status: 400, reason: 'events[0].state: bad' }, 200);
    el.transport = transport;
    const errors = record(el, 'ipt-error');
    change(document.body, 1);
    await until(() => errors.length === 1, 'sync-rejected');
    expect(errors[0].detail.code).to.equal('sync-rejected');
    expect(errors[0].detail.message).to.contain('400');
    const letters = await el.deadLetters();
    expect(letters).to.have.length(1);
    expect(letters[0]).to.include({ status: 400, reason: 'events[0].state: bad', key: calls[0].key });
    expect(letters[0].events.map((e) => e.id)).to.deep.equal(sentIds([calls[0]]));
    await until(() => el.status === 'error', 'error while a dead letter waits');
    change(document.body, 2);
    await until(() => calls.length === 2, 'the next change is sent');
    expect(sentIds([calls[1]])).to.not.include(sentIds([calls[0]])[0]);
    await until(() => el.pending === 0, 'the second delivered');
    // resent on request: the same event ids again, never a rejection retried by itself
    expect(await el.retryDeadLetters()).to.equal(1);
    await until(() => calls.length === 3 && el.pending === 0, 'the dead letter resent');
    expect(sentIds([calls[2]])).to.deep.equal(sentIds([calls[0]]));
    expect(await el.deadLetters()).to.have.length(0);
    await until(() => el.status === 'idle', 'idle once the dead letters are gone');
  });

  it('can discard dead letters when the host has dealt with them', async () => {
    const el = await mountSync();
    el.transport = scripted(422).transport;
    change(document.body, 1);
    await until(async () => (await el.deadLetters()).length === 1, 'a dead letter');
    expect(await el.discardDeadLetters()).to.equal(1);
    expect(await el.deadLetters()).to.have.length(0);
    await until(() => el.status === 'idle', 'idle without dead letters');
  });

  it('sends at most batch-size events per request, oldest first', async () => {
    const el = await mountSync(html`<ipt-sync endpoint=${endpoint()} batch-size="3"></ipt-sync>`);
    const { transport, calls } = scripted();
    // queue first, then let it send: a batch is formed from what waits
    const states: number[] = [];
    for (let i = 1; i <= 7; i++) {
      change(document.body, i);
      states.push(i);
    }
    el.transport = transport;
    expect(await el.flush()).to.equal(true);
    expect(calls.map((c) => c.events.length)).to.deep.equal([3, 3, 1]);
    const titles = calls.flatMap((c) => c.events.map((e) => (e as { state: { title: string } }).state.title));
    expect(titles).to.deep.equal(states.map((n) => `t${n}`));
  });

  it('splits a batch the backend finds too large (413) instead of giving it up', async () => {
    const el = await mountSync();
    const calls: number[] = [];
    el.transport = async (batch) => {
      calls.push(batch.events.length);
      return { status: batch.events.length > 2 ? 413 : 200 };
    };
    for (let i = 0; i < 5; i++) change(document.body, i);
    expect(await el.flush()).to.equal(true);
    expect(calls[0]).to.equal(5);
    expect(calls.slice(1).every((n) => n <= 2)).to.equal(true);
    expect(calls.slice(1).reduce((a, b) => a + b, 0)).to.equal(5);
    expect(await el.deadLetters()).to.have.length(0);
  });

  it('applies transform; null leaves an event out; a throwing transform dead-letters that event', async () => {
    const el = await mountSync();
    const { transport, calls } = scripted();
    el.transform = (event) => {
      const title = (event.state as { title: string }).title;
      if (title === 't2') return null;
      if (title === 't3') throw new Error('cannot map');
      return { type: 'ipt', id: event.id, title };
    };
    const errors = record(el, 'ipt-error');
    change(document.body, 1);
    change(document.body, 2);
    change(document.body, 3);
    el.transport = transport;
    expect(await el.flush()).to.equal(true);
    expect(calls.flatMap((c) => c.events.map((e) => (e as { title: string }).title))).to.deep.equal(['t1']);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['sync-rejected']);
    const letters = await el.deadLetters();
    expect(letters).to.have.length(1);
    expect(letters[0].reason).to.contain('cannot map');
    expect((letters[0].events[0].state as { title: string }).title).to.equal('t3');
  });

  it('flush resolves false while the backend cannot be reached, true once it can', async () => {
    const el = await mountSync(html`<ipt-sync endpoint=${endpoint()} retry-min-ms="60000"></ipt-sync>`);
    const { transport, calls } = scripted('throw', 'throw');
    el.transport = transport;
    change(document.body, 1);
    await until(() => el.status === 'retrying', 'a failed attempt');
    const before = calls.length;
    expect(await el.flush()).to.equal(false);
    expect(calls).to.have.length(before + 1);
    expect(el.pending).to.equal(1);
    expect(await el.flush()).to.equal(true);
    expect(el.pending).to.equal(0);
    expect(new Set(calls.map((c) => c.key)).size).to.equal(1);
  });

  it('resumes after the page comes back: a new instance delivers what an old one queued', async () => {
    const url = endpoint();
    const first = await mountSync(html`<ipt-sync endpoint=${url} retry-min-ms="60000"></ipt-sync>`);
    const failing = scripted('throw');
    first.transport = failing.transport;
    change(document.body, 1);
    change(document.body, 2);
    await until(() => first.status === 'retrying', 'a failed attempt');
    first.remove();
    const second = await mountSync(html`<ipt-sync endpoint=${url}></ipt-sync>`);
    const working = scripted();
    second.transport = working.transport;
    await until(() => working.calls.length >= 1 && second.pending === 0, 'delivered by the new instance');
    expect(working.calls[0].key).to.equal(failing.calls[0].key);
    expect(sentIds(working.calls)).to.deep.equal(sentIds(failing.calls));
  });

  for (const [name, trigger] of [
    ['the device comes back online', () => window.dispatchEvent(new Event('online'))],
    ['the page becomes visible', () => document.dispatchEvent(new Event('visibilitychange'))],
  ] as const) {
    it(`tries again at once when ${name}, without waiting out the backoff`, async () => {
      const el = await mountSync(html`<ipt-sync endpoint=${endpoint()} retry-min-ms="600000"></ipt-sync>`);
      const { transport, calls } = scripted('throw');
      el.transport = transport;
      change(document.body, 1);
      await until(() => el.status === 'retrying', 'a failed attempt');
      const before = calls.length;
      trigger();
      await until(() => el.pending === 0, 'delivered after the trigger');
      expect(calls).to.have.length(before + 1);
      expect(calls.at(-1)!.key).to.equal(calls[0].key);
    });
  }

  it('waits out a Retry-After even when the page becomes visible', async () => {
    const el = await mountSync();
    const { transport, calls } = scripted({ status: 429, retryAfter: 600 });
    el.transport = transport;
    change(document.body, 1);
    await until(() => el.status === 'retrying', 'a failed attempt');
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).to.have.length(1);
    expect(el.pending).to.equal(1);
    // flush() is the host's explicit "now"
    expect(await el.flush()).to.equal(true);
    expect(calls).to.have.length(2);
  });

  it('keeps working in memory when IndexedDB fails, and says so', async () => {
    const realRun = kitStorage.run;
    kitStorage.run = (() => Promise.reject(new StorageFault('storage-unavailable', 'blocked by the test'))) as typeof kitStorage.run;
    try {
      const errors = record(document, 'ipt-error'); // reported once, as it mounts
      const el = await mountSync();
      const { transport, calls } = scripted();
      el.transport = transport;
      change(document.body, 1);
      await until(() => calls.length === 1 && el.pending === 0, 'delivered from memory');
      expect(errors.map((e) => e.detail.code)).to.include('storage-unavailable');
      el.showStatus = true;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.memory')!.textContent).to.contain('keep this page open');
    } finally {
      kitStorage.run = realRun;
    }
  });

  it('reads the reason and Retry-After from a fetch answer', async () => {
    const answers = [
      new Response(JSON.stringify({ error: 'events[0].source: unknown element' }), { status: 400 }),
      new Response('Service Unavailable\nplease wait', { status: 503, headers: { 'Retry-After': '600' } }),
      new Response(null, { status: 200 }),
    ];
    const realFetch = window.fetch;
    window.fetch = async () => answers.shift()!;
    try {
      const el = await mountSync();
      change(document.body, 1);
      await until(async () => (await el.deadLetters()).length === 1, 'a dead letter');
      expect((await el.deadLetters())[0].reason).to.equal('events[0].source: unknown element');
      const statuses = record(el, 'ipt-sync-status');
      change(document.body, 2);
      await until(() => el.status === 'retrying', 'retrying after 503');
      expect(answers).to.have.length(1);
      // the server asked for ten minutes, far more than the test's backoff
      const planned = Date.parse(statuses.at(-1)!.detail.nextAttemptAt!);
      expect(planned - Date.now()).to.be.greaterThan(590_000);
      expect(await el.flush()).to.equal(true);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('keeps changes until it has an endpoint or a transport', async () => {
    const root = await fixture<HTMLElement>(html`<ipt-workbook workbook-id=${`no-target-${endpoint()}`}>
      <ipt-sync></ipt-sync>
      <p></p>
    </ipt-workbook>`);
    const el = root.querySelector('ipt-sync')!;
    await el.updateComplete;
    const errors = record(el, 'ipt-error');
    change(root.querySelector('p')!, 1);
    await until(() => el.status === 'error' && el.pending === 1, 'waiting with an error');
    expect(errors[0].detail.code).to.equal('invalid-attribute');
    expect(errors[0].detail.message).to.contain('endpoint');
    const { transport, calls } = scripted();
    el.transport = transport;
    await until(() => el.pending === 0 && calls.length === 1, 'delivered once a transport is set');
    await until(() => el.status === 'idle', 'idle once delivered');
  });

  it('listens within its workbook only', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <ipt-workbook workbook-id=${`wb-${endpoint()}`}>
        <ipt-sync endpoint=${endpoint()}></ipt-sync>
        <p class="inside"></p>
      </ipt-workbook>
      <p class="outside"></p>
    </div>`);
    const el = root.querySelector('ipt-sync')!;
    const { transport, calls } = scripted();
    el.transport = transport;
    change(root.querySelector('.outside')!, 1);
    change(root.querySelector('.inside')!, 2);
    expect(await el.flush()).to.equal(true);
    expect(calls.flatMap((c) => c.events.map((e) => (e as { state: { title: string } }).state.title))).to.deep.equal(['t2']);
  });

  it('queues a change once per endpoint, however many <ipt-sync> hear it', async () => {
    const url = endpoint();
    const wb = `twice-${url}`;
    const root = await fixture<HTMLElement>(html`<div>
      <ipt-sync endpoint=${url}></ipt-sync>
      <ipt-sync endpoint=${url}></ipt-sync>
      <ipt-workbook workbook-id=${wb}>
        <ipt-sync endpoint=${url}></ipt-sync>
        <p></p>
      </ipt-workbook>
    </div>`);
    const [pageA, pageB, inWorkbook] = [...root.querySelectorAll('ipt-sync')];
    const transports = [pageA, pageB, inWorkbook].map((el) => {
      const t = scripted();
      el.transport = t.transport;
      return t;
    });
    change(root.querySelector('p')!, 1, { workbook: wb });
    change(root, 2);
    await Promise.all([pageA.flush(), pageB.flush(), inWorkbook.flush()]);
    const sent = transports.flatMap((t) => t.calls.flatMap((c) => c.events)) as { state: { title: string } }[];
    expect(sent.map((e) => e.state.title).sort()).to.deep.equal(['t1', 't2']);
    // the workbook's own sync took the workbook's change
    expect(transports[2].calls.flatMap((c) => c.events)).to.have.length(1);
  });

  it('delivers the changes of a real kit element', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <ipt-sync endpoint=${endpoint()}></ipt-sync>
      <ipt-test-list storage-key=${`sync-${endpoint()}`} persist="none"></ipt-test-list>
    </div>`);
    const el = root.querySelector('ipt-sync')!;
    const list = root.querySelector<TestList>('ipt-test-list')!;
    await list.ready;
    const { transport, calls } = scripted();
    el.transport = transport;
    list.addNote('n1', 'Call Ana');
    list.state = { title: 'From the backend', notes: [] };
    expect(await el.flush()).to.equal(true);
    const events = calls.flatMap((c) => c.events) as { change: { type: string }; state: { notes: unknown[] } }[];
    expect(events.map((e) => e.change.type)).to.deep.equal(['note-add', 'replace']);
    expect(events[0].state.notes).to.have.length(1);
  });

  it('with persist="none" writes nothing to the device', async () => {
    const url = endpoint();
    const el = await mountSync(html`<ipt-sync endpoint=${url} persist="none"></ipt-sync>`);
    const { transport, calls } = scripted('hang');
    el.timeoutMs = 60_000;
    el.transport = transport;
    change(document.body, 1);
    await until(() => calls.length === 1, 'an attempt');
    const stored = (await entries(createStore(DB_NAME, STORE_NAME))) as [string, unknown][];
    expect(stored.some(([key]) => key.includes(encodeURIComponent(new URL(url, document.baseURI).href)))).to.equal(false);
    el.remove();
  });

  it('warns about a bad attribute and falls back', async () => {
    const errors: CustomEvent[] = [];
    const listener = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('ipt-error', listener);
    try {
      const el = await mountSync(html`<ipt-sync endpoint=${endpoint()} batch-size="lots" credentials="sometimes"></ipt-sync>`);
      expect(el.batchSize).to.equal(50);
      expect(el.credentials).to.equal('same-origin');
      const messages = errors.map((e) => e.detail.message).join('\n');
      expect(errors.every((e) => e.detail.code === 'invalid-attribute')).to.equal(true);
      expect(messages).to.contain('batch-size');
      expect(messages).to.contain('credentials');
    } finally {
      document.removeEventListener('ipt-error', listener);
    }
  });
});

describe('<ipt-sync show-status>', () => {
  it('shows nothing without show-status', async () => {
    const el = await mountSync();
    expect(el.shadowRoot!.querySelector('.status')).to.equal(null);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('says in plain words how sending goes, in English and Spanish, and is accessible', async () => {
    const el = await mountSync(html`<ipt-sync endpoint=${endpoint()} show-status retry-min-ms="60000"></ipt-sync>`);
    const text = () => el.shadowRoot!.querySelector('.text')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(text()).to.contain('Changes you make will be sent');
    const { transport, calls } = scripted('throw');
    el.transport = transport;
    change(document.body, 1);
    await until(() => el.status === 'retrying', 'retrying');
    await el.updateComplete;
    expect(text()).to.contain('1 change is saved on this device');
    const live = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(live.textContent).to.contain('try again soon');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    expect(button.textContent).to.equal('Try now');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'es');
    await until(() => text().includes('1 cambio está guardado'), 'Spanish');
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Intentar ahora');
    button.click();
    await until(() => el.status === 'idle', 'sent after Try now');
    expect(calls).to.have.length(2);
    await el.updateComplete;
    expect(text()).to.contain('Todos tus cambios están enviados');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    expect(live.textContent).to.contain('Todos tus cambios');
  });
});
