// kill -9 under load: `node demo/server.mjs` (as `npm start` runs it) is killed three times
// while 12 clients deliver batches, retrying each batch with its key until it is
// acknowledged. Afterwards every acknowledged event is in the database, none twice.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { DB_FILE } from '../../demo/backend/store.mjs';
import { ROOT } from '../../demo/server.mjs';
import { makeEvent, waitFor } from './harness.mjs';

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

let child;
let dataDir;
after(async () => {
  child?.kill('SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Starts demo/server.mjs; resolves to the client token it prints (the first start seeds it). */
function start(port) {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, [join(ROOT, 'demo/server.mjs')], {
      env: { ...process.env, PORT: String(port), IPT_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const token = /#client-token=([\w-]+)/.exec(out)?.[1];
      if (token) resolve(token);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before it was ready: ${out}`)));
  });
}

describe('the demo server killed with SIGKILL under load', () => {
  it('loses no acknowledged event and stores none twice', async (t) => {
    dataDir = await mkdtemp(join(tmpdir(), 'ipt-e2e-kill-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const token = await start(port);
    const acknowledged = [];
    let attempts = 0;
    let failedAttempts = 0;
    let stopping = false;

    const client = async (n) => {
      for (let batch = 0; !stopping; batch += 1) {
        const events = Array.from({ length: 5 }, () => makeEvent({ workbook: 'demo-client', at: new Date().toISOString() }));
        const body = JSON.stringify({ events });
        for (;;) {
          attempts += 1;
          try {
            const res = await fetch(`${url}/api/ipt/events`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Idempotency-Key': `kill-${n}-${batch}` },
              body,
              signal: AbortSignal.timeout(5000),
            });
            if (res.ok) {
              acknowledged.push(...events.map((e) => e.id));
              break;
            }
            failedAttempts += 1;
          } catch {
            failedAttempts += 1;
          }
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    const clients = Array.from({ length: 12 }, (_, n) => client(n));
    for (let kill = 0; kill < 3; kill += 1) {
      await new Promise((r) => setTimeout(r, 1500));
      const before = acknowledged.length;
      const dead = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await dead;
      t.diagnostic(`kill -9 #${kill + 1} after ${before} acknowledged events`);
      await new Promise((r) => setTimeout(r, 200));
      await start(port);
    }
    await new Promise((r) => setTimeout(r, 1000));
    stopping = true;
    await Promise.all(clients);
    await waitFor(async () => (await fetch(`${url}/demo/`)).ok, { message: 'server up' });
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    child = null;

    const db = new Database(join(dataDir, DB_FILE), { readonly: true });
    const stored = db.prepare("SELECT id FROM events WHERE workbook = 'demo-client'").pluck().all();
    db.close();
    const storedSet = new Set(stored);
    const lost = acknowledged.filter((id) => !storedSet.has(id));
    t.diagnostic(`${acknowledged.length} acknowledged, ${stored.length} stored, ${attempts} attempts (${failedAttempts} failed and retried)`);
    assert.ok(acknowledged.length > 100, 'the load did run');
    assert.deepEqual(lost, [], 'acknowledged but lost');
    assert.equal(storedSet.size, stored.length, 'stored twice');
    assert.equal(stored.length, acknowledged.length, 'stored but never acknowledged (every batch was retried until it was)');
  });
});
