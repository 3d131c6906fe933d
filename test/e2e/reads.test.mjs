// Reads of clients' data: they take turns (read-pool.mjs), fairly between sessions, and
// every one is in the audit log, a file of its own (audit.mjs), before the data is sent.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { AUDIT_FILE } from '../../demo/backend/audit.mjs';
import { createReadPool } from '../../demo/backend/read-pool.mjs';
import { DB_FILE } from '../../demo/backend/store.mjs';
import { READS_AT_ONCE } from '../../demo/backend/api.mjs';
import { makeEvent, post, signedInClinician, startBackend } from './harness.mjs';

/** A task that runs until its `finish()` is called; `started` tells whether it began. */
function held(name, log) {
  let finish;
  const done = new Promise((r) => (finish = r));
  const task = { name, started: false, finish: () => finish(name) };
  task.run = () => {
    task.started = true;
    log.push(name);
    return done;
  };
  return task;
}

describe('the read pool', () => {
  it('works on at most its size at once and starts the next as one ends', async () => {
    const log = [];
    const pool = createReadPool(2);
    const tasks = ['a', 'b', 'c', 'd'].map((n) => held(n, log));
    const results = tasks.map((t) => pool.run(t.name, t.run));
    await Promise.resolve();
    assert.deepEqual(log, ['a', 'b']);
    assert.equal(pool.running, 2);
    assert.equal(pool.waiting, 2);
    tasks[1].finish();
    assert.equal(await results[1], 'b');
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(log, ['a', 'b', 'c']);
    tasks[0].finish();
    tasks[2].finish();
    tasks[3].finish();
    assert.deepEqual(await Promise.all(results), ['a', 'b', 'c', 'd']);
    assert.equal(pool.running, 0);
  });

  it('takes sessions in turn: one session asking in a loop does not hold back another', async () => {
    const log = [];
    const pool = createReadPool(1);
    const flood = Array.from({ length: 10 }, (_, i) => held(`flood-${i}`, log));
    const floodResults = flood.map((t) => pool.run('session-a', t.run));
    const other = held('other', log);
    const otherResult = pool.run('session-b', other.run);
    await Promise.resolve();
    flood[0].finish();
    await floodResults[0];
    await new Promise((r) => setImmediate(r));
    // the other session's read is next, not the eleventh
    assert.deepEqual(log, ['flood-0', 'other']);
    other.finish();
    await otherResult;
    flood.forEach((t) => t.finish());
    await Promise.all(floodResults);
    assert.equal(log.length, 11);
  });

  it('frees the slot of a read that fails, and hands the failure to its caller', async () => {
    const pool = createReadPool(1);
    await assert.rejects(
      pool.run('s', () => Promise.reject(new Error('refused'))),
      /refused/,
    );
    assert.equal(await pool.run('s', () => 'next'), 'next');
    assert.equal(pool.running, 0);
  });
});

describe('reads through the server', () => {
  it(`answers ${READS_AT_ONCE * 5} reads asked at once, every one audited before it was sent`, async () => {
    const server = await startBackend();
    try {
      const workbook = `pool-${process.pid}`;
      const clinician = await signedInClinician(server, [workbook]);
      await post(server, { events: [makeEvent({ workbook })] });
      const answers = await Promise.all(
        Array.from({ length: READS_AT_ONCE * 5 }, (_, i) =>
          clinician.fetch(i % 2 ? `/api/ipt/workbooks/${workbook}` : '/api/ipt/workbooks').then(async (res) => ({ status: res.status, body: await res.json() })),
        ),
      );
      assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([200]));
      assert.ok(answers.filter((_, i) => i % 2).every((a) => a.body.workbook === workbook));
      const log = server.accounts.auditLog().filter((r) => r.clinician_id === clinician.id);
      assert.equal(log.filter((r) => r.action === 'read' && r.workbook === workbook).length, READS_AT_ONCE * 2.5);
      assert.equal(log.filter((r) => r.action === 'list-clients').length, READS_AT_ONCE * 2.5);
      assert.ok(existsSync(join(server.dataDir, AUDIT_FILE)), 'the audit log is a file of its own');
    } finally {
      await server.dispose();
    }
  });

  it('moves the audit entries an older backend kept in the data file into the audit log, once', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ipt-e2e-audit-'));
    try {
      const old = new Database(join(dataDir, DB_FILE));
      old.pragma('journal_mode = WAL');
      old.exec(`CREATE TABLE audit_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, clinician_id INTEGER,
                                        action TEXT NOT NULL, workbook TEXT, detail TEXT);
                INSERT INTO audit_log (at, clinician_id, action, workbook, detail) VALUES
                  ('2026-11-01T10:00:00.000Z', 1, 'sign-in', NULL, NULL),
                  ('2026-11-01T10:00:05.000Z', 1, 'read', 'client-a', NULL);`);
      old.close();
      let server = await startBackend({ dataDir });
      const moved = server.accounts.auditLog().map((r) => `${r.at} ${r.action} ${r.workbook ?? ''}`.trim());
      assert.deepEqual(moved, ['2026-11-01T10:00:00.000Z sign-in', '2026-11-01T10:00:05.000Z read client-a']);
      await server.stop();
      const data = new Database(join(dataDir, DB_FILE), { readonly: true });
      const left = data.prepare("SELECT name FROM sqlite_master WHERE name = 'audit_log'").get();
      data.close();
      assert.equal(left, undefined, 'the data file keeps no audit table');
      server = await startBackend({ dataDir }); // a restart moves nothing twice
      assert.equal(server.accounts.auditLog().length, 2);
      await server.stop();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
