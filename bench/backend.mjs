// Benchmark of the example backend (issue: reads must not starve writes). The server runs
// as `npm start` runs it (`node demo/server.mjs`, its own process) on a database seeded with
// 200 clients and 36,000 events. Writers (4 concurrent, one event per POST, each with its
// client's token) run alone, then with 20 concurrent readers in another process, each
// signed in as the clinician of all 200 clients and alternating the client list and a
// client's workbook. Prints event POSTs per second alone (the mean of a run before and one
// after) and with readers, their ratio
// (target: at least 0.80) and the readers' throughput.
//
//   node bench/backend.mjs [--seconds 5] [--writers 4] [--readers 20] [--cheap-reads] [--check]
//
// `--check` exits 1 when the ratio is under the target.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAccounts } from '../demo/backend/accounts.mjs';
import { openStore } from '../demo/backend/store.mjs';
import { parseBatch } from '../demo/backend/validate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const TARGET = 0.8;

/** A loop of requests for `seconds`, `concurrency` at a time; resolves to { count, failed, perSecond }. */
async function load({ seconds, concurrency, request }) {
  const end = Date.now() + seconds * 1000;
  let count = 0;
  let failed = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, n) => {
      for (let i = 0; Date.now() < end; i += 1) {
        try {
          const res = await request(n, i);
          await res.arrayBuffer();
          if (res.ok) count += 1;
          else failed += 1;
        } catch {
          failed += 1;
        }
      }
    }),
  );
  return { count, failed, perSecond: count / ((Date.now() - started) / 1000) };
}

// --- the reader process: `node bench/backend.mjs --read-as <url> <cookie> <seconds> <concurrency> <workbooks>` ---
if (process.argv[2] === '--read-as') {
  const [url, cookie, seconds, concurrency, workbooks, cheap] = process.argv.slice(3);
  const ids = workbooks.split(',');
  const result = await load({
    seconds: Number(seconds),
    concurrency: Number(concurrency),
    request: (n, i) =>
      cheap === 'cheap'
        ? fetch(`${url}/api/ipt/session`, { headers: { Cookie: cookie } })
        : fetch(i % 2 === 0 ? `${url}/api/ipt/workbooks?limit=50` : `${url}/api/ipt/workbooks/${ids[(n * 7 + i) % ids.length]}`, {
            headers: { Cookie: cookie },
          }),
  });
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
}

const seconds = Number(arg('--seconds', '5'));
const writers = Number(arg('--writers', '4'));
const readers = Number(arg('--readers', '20'));
const check = process.argv.includes('--check');
// --cheap-reads: the readers ask only who is signed in (no data, no audit entry), to tell the
// cost of reading data from the cost of 20 busy HTTP clients on the same machine
const cheap = process.argv.includes('--cheap-reads');

const freePort = () =>
  new Promise((r) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => r(port));
    });
  });

const dataDir = await mkdtemp(join(tmpdir(), 'ipt-bench-backend-'));
const CLIENTS = 200;
const EVENTS = 36_000;
const workbooks = Array.from({ length: CLIENTS }, (_, i) => `bench-client-${i}`);
let seq = 0;
const event = (workbook, at = new Date().toISOString()) => {
  seq += 1;
  return {
    id: `bench-${process.pid}-${seq}`,
    workbook,
    source: 'ipt-mood-timeline',
    storageKey: 'default',
    change: { type: 'entry-add', id: `e${seq}` },
    state: { entries: Array.from({ length: 30 }, (_, d) => ({ id: `e${d}`, date: `2026-10-${String(d + 1).padStart(2, '0')}`, mood: d % 11, note: 'a short note about the day' })), events: [] },
    at,
    kitVersion: 'bench',
  };
};

// seed the database directly (the server is not running yet)
const store = openStore(dataDir);
const accounts = createAccounts(store, { scryptCost: { N: 2 ** 12, r: 8, p: 1 } }); // no audit entries while seeding
const clinician = await accounts.addClinician({ email: 'bench@example.org', name: 'Bench', password: 'a bench password' });
const tokens = workbooks.map((w) => {
  const token = accounts.issueClientToken(w, w);
  accounts.assign(clinician, w);
  return token;
});
const t0 = Date.now();
for (let i = 0; i < EVENTS; i += 500) {
  const batch = Array.from({ length: 500 }, (_, j) => event(workbooks[(i + j) % CLIENTS]));
  store.storeBatch(parseBatch(JSON.stringify({ events: batch })));
}
const link = accounts.issueSignInLink(clinician);
store.close();
console.log(`seeded ${CLIENTS} clients, ${EVENTS} events in ${Date.now() - t0} ms`);

const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [join(ROOT, 'demo/server.mjs')], {
  env: { ...process.env, PORT: String(port), IPT_DATA_DIR: dataDir },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((r) => {
  let out = '';
  server.stdout.on('data', (c) => {
    out += c;
    if (out.includes('Press Ctrl+C')) r();
  });
});

let exitCode = 0;
try {
  const signIn = await fetch(`${url}/api/ipt/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ link }) });
  const cookie = signIn.headers.get('set-cookie').split(';')[0];
  const write = (n) =>
    fetch(`${url}/api/ipt/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens[n]}` },
      body: JSON.stringify({ events: [event(workbooks[n])] }),
    });

  await load({ seconds: 1, concurrency: writers, request: write }); // warm-up
  const alone = await load({ seconds, concurrency: writers, request: write });
  const reading = spawn(process.execPath, [fileURLToPath(import.meta.url), '--read-as', url, cookie, String(seconds + 1), String(readers), workbooks.join(','), cheap ? 'cheap' : 'data'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let readOut = '';
  reading.stdout.on('data', (c) => (readOut += c));
  const readDone = new Promise((r) => reading.once('exit', r));
  await new Promise((r) => setTimeout(r, 500)); // readers at full speed before the writers start
  const withReaders = await load({ seconds, concurrency: writers, request: write });
  await readDone;
  // alone once more, after: the machine's load drifts, so "alone" is the mean of before and after
  const aloneAfter = await load({ seconds, concurrency: writers, request: write });
  alone.perSecond = (alone.perSecond + aloneAfter.perSecond) / 2;
  alone.failed += aloneAfter.failed;
  const reads = JSON.parse(readOut || '{"perSecond":0,"failed":0}');
  const ratio = withReaders.perSecond / alone.perSecond;
  console.log(`event POSTs alone:            ${alone.perSecond.toFixed(0)}/s (${writers} writers, ${alone.failed} failed)`);
  console.log(`event POSTs with ${readers} readers:  ${withReaders.perSecond.toFixed(0)}/s (${withReaders.failed} failed)`);
  console.log(`ratio:                        ${ratio.toFixed(2)} (target ≥ ${TARGET})`);
  const what = cheap ? 'GET /api/ipt/session only' : "list of 50 clients and one client's workbook, alternating";
  console.log(`reads meanwhile:              ${reads.perSecond.toFixed(0)}/s (${what}; ${reads.failed} refused or failed)`);
  if (check && ratio < TARGET) exitCode = 1;
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
