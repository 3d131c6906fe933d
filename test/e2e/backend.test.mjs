// The example program backend on its own: storage, de-duplication, validation, faults.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LIMITS } from '../../demo/backend/validate.mjs';
import { startServer } from '../../demo/server.mjs';
import { clientToken, makeEvent, post, signedInClinician, startBackend } from './harness.mjs';

let server;
/** A clinician assigned to every workbook these tests read. */
let reader;
before(async () => {
  server = await startBackend();
  reader = await signedInClinician(server);
});
after(async () => {
  await server.dispose();
});

const readAs = (id) => {
  clientToken(server, id);
  server.accounts.assign(reader.id, id);
  return reader.fetch(`/api/ipt/workbooks/${encodeURIComponent(id)}`);
};
const workbook = async (id) => (await readAs(id)).json();

describe('POST /api/ipt/events', () => {
  it('stores a batch and answers with the counts', async () => {
    const events = [makeEvent({ workbook: 'store-1' }), makeEvent({ workbook: 'store-1', source: 'ipt-social-circle', state: { people: [] } })];
    const res = await post(server, { events }, { 'Idempotency-Key': 'batch-store-1' });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { received: 2, stored: 2, duplicates: 0 });
    const ids = server.store.eventIds();
    for (const e of events) assert.ok(ids.includes(e.id));
  });

  it('ignores a repeated event id and still answers 200', async () => {
    const event = makeEvent({ workbook: 'dup-1' });
    const first = await post(server, { events: [event] }, { 'Idempotency-Key': 'dup-key' });
    const again = await post(server, { events: [event, makeEvent({ workbook: 'dup-1' })] }, { 'Idempotency-Key': 'dup-key-2' });
    assert.equal(first.status, 200);
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, { received: 2, stored: 1, duplicates: 1 });
    assert.equal(server.store.eventIds().filter((id) => id === event.id).length, 1);
  });

  it('keeps what was stored first when an id comes again with other content', async () => {
    const event = makeEvent({ workbook: 'dup-2' });
    await post(server, { events: [event] });
    const res = await post(server, { events: [{ ...event, state: { entries: [], events: [] }, at: '2026-11-21T00:00:00Z' }] });
    assert.deepEqual(res.body, { received: 1, stored: 0, duplicates: 1 });
    const { elements } = await workbook('dup-2');
    assert.deepEqual(elements[0].state, event.state);
  });

  it('records the Idempotency-Key of every attempt', async () => {
    const events = [makeEvent({ workbook: 'key-1' })];
    await post(server, { events }, { 'Idempotency-Key': 'key-1-batch' });
    await post(server, { events }, { 'Idempotency-Key': 'key-1-batch' });
    const row = server.store.batch('key-1-batch');
    assert.equal(row.attempts, 2);
    assert.equal(row.events, 1);
    assert.equal(row.stored, 1);
  });

  const invalid = [
    ['not JSON', '{"events": [', /^body: not valid JSON/],
    ['an array body', '[]', /^body: expected an object/],
    ['no events', {}, /^events: expected an array/],
    ['an empty batch', { events: [] }, /^events: must hold at least one event/],
    ['a missing id', { events: [makeEvent({ id: undefined })] }, /^events\[0\]\.id: expected a non-empty string/],
    ['a bad source', { events: [makeEvent(), makeEvent({ source: 'Mood Timeline' })] }, /^events\[1\]\.source: must match/],
    ['a change without type', { events: [makeEvent({ change: {} })] }, /^events\[0\]\.change\.type:/],
    ['a state that is a string', { events: [makeEvent({ state: 'x' })] }, /^events\[0\]\.state: expected an object or null/],
    ['a time that is not a time', { events: [makeEvent({ at: 'yesterday' })] }, /^events\[0\]\.at: expected an ISO time/],
    ['a missing kitVersion', { events: [makeEvent({ kitVersion: undefined })] }, /^events\[0\]\.kitVersion:/],
    ['a long storage key', { events: [makeEvent({ storageKey: 'k'.repeat(LIMITS.idLength + 1) })] }, /^events\[0\]\.storageKey: must be at most/],
  ];
  for (const [name, body, reason] of invalid) {
    it(`answers 400 with a reason for ${name}`, async () => {
      const before = server.store.eventIds().length;
      const res = await post(server, body);
      assert.equal(res.status, 400);
      assert.match(res.body.error, reason);
      assert.equal(server.store.eventIds().length, before, 'nothing of a rejected batch is stored');
    });
  }

  it('answers 400 for a malformed Idempotency-Key', async () => {
    const res = await post(server, { events: [makeEvent()] }, { 'Idempotency-Key': 'k'.repeat(LIMITS.idLength + 1) });
    assert.equal(res.status, 400);
    assert.match(res.body.error, /^Idempotency-Key:/);
  });

  it('answers 413 for a body over the size limit', async () => {
    const big = makeEvent({ state: { note: 'x'.repeat(LIMITS.bodyBytes) } });
    const res = await post(server, { events: [big] });
    assert.equal(res.status, 413);
    assert.equal(server.store.eventIds().includes(big.id), false);
  });

  it('answers 415 for a body that is not JSON by type', async () => {
    const res = await fetch(`${server.url}/api/ipt/events`, { method: 'POST', body: JSON.stringify({ events: [makeEvent()] }) });
    assert.equal(res.status, 415);
  });

  it('answers 405 with Allow for other methods, 404 for unknown API paths', async () => {
    const get = await fetch(`${server.url}/api/ipt/events`);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST');
    const missing = await fetch(`${server.url}/api/ipt/nothing`);
    assert.equal(missing.status, 404);
  });
});

describe('GET /api/ipt/workbooks/:id', () => {
  it('returns the state of each element received last, whatever the devices\' clocks say', async () => {
    const w = 'latest-1';
    const newer = makeEvent({ workbook: w, at: '2026-11-21T10:00:00.000Z', state: { entries: [], events: [], n: 2 } });
    const older = makeEvent({ workbook: w, at: '2026-11-21T09:00:00.000Z', state: { entries: [], events: [], n: 1 } });
    const other = makeEvent({ workbook: w, storageKey: 'second', state: { entries: [], events: [], n: 3 } });
    const circle = makeEvent({ workbook: w, source: 'ipt-social-circle', change: { type: 'clear' }, state: null });
    await post(server, { events: [newer] });
    await post(server, { events: [older, other, circle] });
    await post(server, { events: [makeEvent({ workbook: 'latest-other' })] });
    const body = await workbook(w);
    assert.equal(body.workbook, w);
    const byKey = Object.fromEntries(body.elements.map((e) => [`${e.source}/${e.storageKey}`, e]));
    assert.deepEqual(Object.keys(byKey).sort(), ['ipt-mood-timeline/default', 'ipt-mood-timeline/second', 'ipt-social-circle/default']);
    // received last wins; `at` stays the device's claim
    assert.equal(byKey['ipt-mood-timeline/default'].state.n, 1);
    assert.equal(byKey['ipt-mood-timeline/default'].eventId, older.id);
    assert.equal(byKey['ipt-mood-timeline/default'].at, older.at);
    assert.equal(byKey['ipt-mood-timeline/second'].state.n, 3);
    assert.equal(byKey['ipt-social-circle/default'].state, null);
    assert.equal(byKey['ipt-social-circle/default'].change.type, 'clear');
  });

  it('returns empty lists for a client with nothing delivered yet', async () => {
    assert.deepEqual(await workbook('nobody'), { workbook: 'nobody', label: 'Client nobody', risks: [], elements: [] });
  });

  it('answers 304 to a poll when nothing changed, 200 once something did', async () => {
    const w = 'etag-1';
    await post(server, { events: [makeEvent({ workbook: w })] });
    const first = await readAs(w);
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const same = await reader.fetch(`/api/ipt/workbooks/${w}`, { headers: { 'If-None-Match': etag } });
    assert.equal(same.status, 304);
    await post(server, { events: [makeEvent({ workbook: w })] });
    const changed = await reader.fetch(`/api/ipt/workbooks/${w}`, { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
  });

  it("lists the clinician's clients", async () => {
    const res = await reader.fetch('/api/ipt/workbooks');
    const { workbooks } = await res.json();
    assert.ok(workbooks.some((w) => w.workbook === 'latest-1' && w.elements === 3));
  });
});

describe('fault injection (tests only)', () => {
  it('plans answers, logs every attempt with its key, then stores', async () => {
    server.faults.next(2, { status: 503, headers: { 'Retry-After': '1' } });
    const events = [makeEvent({ workbook: 'fault-1' })];
    const logFrom = server.requests.length;
    const a = await post(server, { events }, { 'Idempotency-Key': 'fault-key' });
    const b = await post(server, { events }, { 'Idempotency-Key': 'fault-key' });
    const c = await post(server, { events }, { 'Idempotency-Key': 'fault-key' });
    assert.deepEqual([a.status, b.status, c.status], [503, 503, 200]);
    assert.equal(a.headers.get('retry-after'), '1');
    const log = server.requests.slice(logFrom);
    assert.deepEqual(log.map((r) => [r.status, r.idempotencyKey, r.eventIds]), [
      [503, 'fault-key', [events[0].id]],
      [503, 'fault-key', [events[0].id]],
      [200, 'fault-key', [events[0].id]],
    ]);
  });

  it('drops connections while down, as an unreachable server would', async () => {
    server.faults.down = true;
    await assert.rejects(post(server, { events: [makeEvent()] }));
    server.faults.clear();
    assert.equal((await post(server, { events: [makeEvent()] })).status, 200);
  });

  it('is absent from a server started without it', async () => {
    const plain = await startServer({ port: 0, dataDir: server.dataDir });
    try {
      assert.equal(plain.faults, null);
      assert.equal(plain.requests, null);
    } finally {
      await plain.close();
    }
  });
});

describe('a database of the first example backend', () => {
  it('is migrated: events kept in their order, the latest is the one received last', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { default: Database } = await import('better-sqlite3');
    const { DB_FILE, openStore } = await import('../../demo/backend/store.mjs');
    const dir = await mkdtemp(join(tmpdir(), 'ipt-e2e-v1-'));
    try {
      // the first version's schema, as it shipped
      const v1 = new Database(join(dir, DB_FILE));
      v1.exec(`CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, workbook TEXT NOT NULL,
                 source TEXT NOT NULL, storage_key TEXT NOT NULL, change_type TEXT NOT NULL, change_json TEXT NOT NULL,
                 state_json TEXT NOT NULL, at TEXT NOT NULL, at_ms INTEGER NOT NULL, kit_version TEXT NOT NULL,
                 idempotency_key TEXT, received_at TEXT NOT NULL);
               CREATE INDEX events_by_element ON events (workbook, source, storage_key, at_ms, seq);
               CREATE TABLE batches (idempotency_key TEXT PRIMARY KEY, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
                 attempts INTEGER NOT NULL, events INTEGER NOT NULL, stored INTEGER NOT NULL);`);
      const insert = v1.prepare(`INSERT INTO events (id, workbook, source, storage_key, change_type, change_json, state_json, at, at_ms, kit_version, received_at)
                                 VALUES (?, 'w', 'ipt-mood-timeline', 'default', 'entry-add', '{"type":"entry-add"}', ?, ?, 0, '0.1.0', '2026-11-01T00:00:00Z')`);
      insert.run('first', '{"n":1}', '9999-12-31T00:00:00Z'); // a forged "latest" by `at`
      insert.run('second', '{"n":2}', '2026-11-01T00:00:00Z');
      v1.close();
      const store = openStore(dir);
      try {
        assert.deepEqual(store.eventIds(), ['first', 'second']);
        const body = JSON.parse(store.workbookJson('w'));
        assert.deepEqual(body.elements.map((e) => [e.eventId, e.state.n]), [['second', 2]]);
        assert.equal(store.summary('w').events, 2);
      } finally {
        store.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the demo server', () => {
  it('keeps the data across a restart on the same port', async () => {
    const own = await startBackend();
    const event = makeEvent({ workbook: 'restart-1' });
    await post(own, { events: [event] });
    await own.stop();
    await assert.rejects(post(own, { events: [makeEvent()] }), 'stopped means unreachable');
    const again = await startBackend({ port: own.port, dataDir: own.dataDir });
    try {
      assert.ok(again.store.eventIds().includes(event.id));
    } finally {
      await again.dispose();
      await own.dispose().catch(() => {});
    }
  });

  it('serves its public files but never the data folder, sources, dotfiles or node_modules', async () => {
    const ok = await fetch(`${server.url}/demo/`);
    assert.equal(ok.status, 200);
    for (const path of ['/package.json', '/demo/data/ipt-demo.sqlite', '/.git/config', '/node_modules/lit/package.json', '/demo/%2e%2e/%2e%2e/etc/passwd']) {
      const res = await fetch(`${server.url}${path}`);
      assert.ok([403, 404].includes(res.status), `${path} answered ${res.status}`);
    }
    const root = await fetch(`${server.url}/`, { redirect: 'manual' });
    assert.equal(root.status, 302);
    assert.equal(root.headers.get('location'), '/demo/');
  });
});
