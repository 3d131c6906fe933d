// Benchmark of the example backend (issue: reads must not starve writes). The server runs
// as `npm start` runs it (`node demo/server.mjs`, its own process) on a database seeded with
// 200 clients and 36,000 events. Writers (4 concurrent, one event per POST, each with its
// client's token) run alone, then with 20 concurrent readers in another process, each
// with a session of its own (20 clinicians' pages; the clinician of all 200 clients) and
// alternating the client list and a client's workbook; then alone again, and so on for several rounds. A round's ratio is the
// event POSTs per second with readers over the mean of the phases alone just before and
// just after it (the machine's load drifts; adjacent phases see nearly the same machine).
// Prints each round, the median ratio (target: at least 0.80) and its spread, the readers'
// throughput, and where the CPU went in each kind of phase (Linux: /proc).
//
//   node bench/backend.mjs [--seconds 2] [--rounds 9] [--writers 4] [--readers 20] [--cheap-reads]
//                          [--readers-share-session] [--one-session] [--check]
//
// `--one-session`: the 20 readers share one clinician's session (the server's read pool then
// serves them as one page asking in a loop).
//
// `--check` exits 1 when the median ratio is under the target.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
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
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Both clients use node:http with kept-alive connections, not fetch: on this machine fetch
// cost its process about twice the CPU per request, CPU the server then did not get.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
/** One request; resolves to { status } once the whole answer has arrived. */
function request(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolvePromise, reject) => {
    const req = httpRequest(url, { method, headers, agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolvePromise({ status: res.statusCode, headers: res.headers }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

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
          const { status } = await request(n, i);
          if ((status >= 200 && status < 300) || status === 304) count += 1;
          else failed += 1;
        } catch {
          failed += 1;
        }
      }
    }),
  );
  return { count, failed, perSecond: count / ((Date.now() - started) / 1000) };
}

// --- the reader process: `node bench/backend.mjs --read-as <url> <cookie> <concurrency> <workbooks> <cheap|data>`;
// it reads for as many seconds as each IPC message from the bench says, and answers with its result
if (process.argv[2] === '--read-as') {
  const [url, cookieList, concurrency, workbooks, cheap] = process.argv.slice(3);
  const ids = workbooks.split(',');
  const cookies = cookieList.split(',');
  process.on('message', async ({ seconds }) => {
    const result = await load({
      seconds,
      concurrency: Number(concurrency),
      request: (n, i) =>
        cheap === 'cheap'
          ? request(`${url}/api/ipt/session`, { headers: { Cookie: cookies[n % cookies.length] } })
          : request(i % 2 === 0 ? `${url}/api/ipt/workbooks?limit=50` : `${url}/api/ipt/workbooks/${ids[(n * 7 + i) % ids.length]}`, {
              headers: { Cookie: cookies[n % cookies.length] },
            }),
    });
    process.send(result);
  });
  process.on('disconnect', () => process.exit(0));
} else {
  await main();
}

/** CPU time (ms) used so far by a process, its main thread apart from its other threads; null off Linux. */
function cpuOf(pid) {
  const ticks = (file) => {
    const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks (100 per second)
  };
  try {
    let others = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      if (Number(tid) !== pid) others += ticks(`/proc/${pid}/task/${tid}/stat`);
    }
    return { main: ticks(`/proc/${pid}/task/${pid}/stat`) * 10, others: others * 10 };
  } catch {
    return null;
  }
}

async function main() {
  const seconds = Number(arg('--seconds', '2'));
  const rounds = Number(arg('--rounds', '9'));
  const writers = Number(arg('--writers', '4'));
  const readers = Number(arg('--readers', '20'));
  const check = process.argv.includes('--check');
  // --cheap-reads: the readers ask only who is signed in (no data, no audit entry), to tell the
  // cost of reading data from the cost of 20 busy HTTP clients on the same machine
  const cheap = process.argv.includes('--cheap-reads');
  // --readers-share-session: the readers' client in this process's session (as before)
  const sameSession = process.argv.includes('--readers-share-session');

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
  const state = { entries: Array.from({ length: 30 }, (_, d) => ({ id: `e${d}`, date: `2026-10-${String(d + 1).padStart(2, '0')}`, mood: d % 11, note: 'a short note about the day' })), events: [] };
  const event = (workbook, at = new Date().toISOString()) => {
    seq += 1;
    return {
      id: `bench-${process.pid}-${seq}`,
      workbook,
      source: 'ipt-mood-timeline',
      storageKey: 'default',
      change: { type: 'entry-add', id: `e${seq}` },
      state,
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
  const oneSession = process.argv.includes('--one-session');
  const links = Array.from({ length: oneSession ? 1 : readers }, () => accounts.issueSignInLink(clinician));
  store.close();
  console.log(`seeded ${CLIENTS} clients, ${EVENTS} events in ${Date.now() - t0} ms; load average ${loadavg()[0].toFixed(1)}`);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // IPT_BENCH_NODE_ARGS: options for the server's node only, e.g. `--cpu-prof --cpu-prof-dir=prof`
  const nodeArgs = (process.env.IPT_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, join(ROOT, 'demo/server.mjs')], {
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
  let reading;
  try {
    const cookies = [];
    for (const link of links) {
      const signIn = await fetch(`${url}/api/ipt/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ link }) });
      cookies.push(signIn.headers.get('set-cookie').split(';')[0]);
    }
    const write = (n) => {
      const body = JSON.stringify({ events: [event(workbooks[n])] });
      return request(`${url}/api/ipt/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Authorization: `Bearer ${tokens[n]}` },
        body,
      });
    };
    reading = spawn(process.execPath, [fileURLToPath(import.meta.url), '--read-as', url, cookies.join(','), String(readers), workbooks.join(','), cheap ? 'cheap' : 'data'], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // in a session of its own: Linux shares CPU between sessions first (autogroups), so the
      // readers' HTTP client (as busy as the server's read path, measured) does not take its
      // CPU from the server's and the writers' share, as remote clinicians' browsers would not
      detached: !sameSession,
    });
    const read = (s) =>
      new Promise((r) => {
        reading.once('message', r);
        reading.send({ seconds: s });
      });

    // where the CPU goes: the server's main thread, its other threads (the writer thread,
    // SQLite's and V8's helpers), the readers' process and this one (the writers' client)
    const usage = () => ({ server: cpuOf(server.pid), readers: cpuOf(reading.pid), bench: process.cpuUsage(), at: performance.now() });
    const cpu = { alone: [], reading: [] };
    const spent = (before, after) => {
      if (!before.server || !after.server) return null;
      const ms = after.at - before.at;
      const share = (x) => x / ms;
      return {
        serverMain: share(after.server.main - before.server.main),
        serverOthers: share(after.server.others - before.server.others),
        readers: share(after.readers.main + after.readers.others - before.readers.main - before.readers.others),
        writersClient: share((after.bench.user + after.bench.system - before.bench.user - before.bench.system) / 1000),
      };
    };
    const alonePhase = async () => {
      const before = usage();
      const result = await load({ seconds, concurrency: writers, request: write });
      cpu.alone.push(spent(before, usage()));
      return { ...result, load: loadavg()[0] };
    };
    const readingPhase = async () => {
      const before = usage();
      const reads = read(seconds + 0.6);
      await new Promise((r) => setTimeout(r, 300)); // readers at full speed before the writers start
      const result = await load({ seconds, concurrency: writers, request: write });
      const readResult = await reads;
      cpu.reading.push(spent(before, usage()));
      return { ...result, reads: readResult, load: loadavg()[0] };
    };

    // warm-up: both kinds of request, so neither kind of phase pays for first calls
    await Promise.all([load({ seconds: 1, concurrency: writers, request: write }), read(1)]);
    await load({ seconds: 1, concurrency: writers, request: write });

    const alone = [await alonePhase()];
    const withReaders = [];
    for (let r = 0; r < rounds; r += 1) {
      withReaders.push(await readingPhase());
      alone.push(await alonePhase());
    }
    const ratios = withReaders.map((w, r) => w.perSecond / ((alone[r].perSecond + alone[r + 1].perSecond) / 2));
    console.log(
      `phases of ${seconds} s; ${writers} writers (one event per POST); ${readers} readers: ${cheap ? 'GET /api/ipt/session only' : "list of 50 clients and one client's workbook, alternating"}` +
        (oneSession ? ', one clinician session for all' : ', each signed in on its own') +
        (sameSession ? "; the readers' client in the bench's session" : "; the readers' client in a session of its own"),
    );
    for (let r = 0; r < rounds; r += 1) {
      const w = withReaders[r];
      console.log(
        `round ${r + 1}: alone ${alone[r].perSecond.toFixed(0)}/s, with readers ${w.perSecond.toFixed(0)}/s ` +
          `(reads ${w.reads.perSecond.toFixed(0)}/s), alone ${alone[r + 1].perSecond.toFixed(0)}/s: ratio ${ratios[r].toFixed(2)} (load average ${w.load.toFixed(1)})`,
      );
    }
    const failed = [...alone, ...withReaders].reduce((n, p) => n + p.failed, 0);
    const readFailed = withReaders.reduce((n, p) => n + p.reads.failed, 0);
    const m = median(ratios);
    console.log(`event POSTs alone:            ${median(alone.map((p) => p.perSecond)).toFixed(0)}/s (median of ${alone.length} phases; ${failed} failed in all)`);
    console.log(`event POSTs with ${readers} readers:  ${median(withReaders.map((p) => p.perSecond)).toFixed(0)}/s (median of ${rounds})`);
    console.log(`reads meanwhile:              ${median(withReaders.map((p) => p.reads.perSecond)).toFixed(0)}/s (median; ${readFailed} refused or failed)`);
    console.log(`ratio:                        ${m.toFixed(2)} median of ${rounds} rounds (${Math.min(...ratios).toFixed(2)} to ${Math.max(...ratios).toFixed(2)}; target ≥ ${TARGET})`);
    // the same data seen another way: one phase's burst of load moves two rounds' ratios, but a median of phases little
    console.log(`median with / median alone:   ${(median(withReaders.map((p) => p.perSecond)) / median(alone.map((p) => p.perSecond))).toFixed(2)}`);
    if (cpu.alone[0]) {
      const avg = (list, key) => list.reduce((s, x) => s + x[key], 0) / list.length;
      const row = (list) =>
        `server main thread ${(avg(list, 'serverMain') * 100).toFixed(0)}%, server other threads ${(avg(list, 'serverOthers') * 100).toFixed(0)}%, ` +
        `readers ${(avg(list, 'readers') * 100).toFixed(0)}%, writers' client ${(avg(list, 'writersClient') * 100).toFixed(0)}%`;
      console.log(`CPU (of one core) alone:        ${row(cpu.alone)}`);
      console.log(`CPU (of one core) with readers: ${row(cpu.reading)}`);
    }
    if (check && m < TARGET) exitCode = 1;
  } finally {
    reading?.disconnect?.();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await rm(dataDir, { recursive: true, force: true });
  }
  process.exit(exitCode);
}
