// Thousands of random requests (paths, escapes, methods, headers, bodies, broken request
// lines) against the real server on loopback, with valid batches mixed in. Afterwards the
// server still answers and every event it acknowledged is stored, once. Seeded, so a
// failure can be replayed: IPT_FUZZ_SEED=<n> IPT_FUZZ_COUNT=<n>.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { clientToken, makeEvent, signedInClinician, startBackend, storedIds } from './harness.mjs';
import { raw } from './raw.mjs';

const SEED = Number(process.env.IPT_FUZZ_SEED ?? 20261202);
const COUNT = Number(process.env.IPT_FUZZ_COUNT ?? 3000);
const CONCURRENCY = 8;

let server;
before(async () => {
  server = await startBackend();
});
after(async () => {
  await server?.dispose();
});

/** mulberry32: a small seeded generator. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('fuzz', () => {
  it(`${COUNT} random requests: the server answers throughout and loses nothing acknowledged`, async (t) => {
    const rnd = random(SEED);
    const pick = (list) => list[Math.floor(rnd() * list.length)];
    const int = (n) => Math.floor(rnd() * n);
    const token = clientToken(server, 'fuzz-client');
    const reader = await signedInClinician(server, ['fuzz-client']);

    const pieces = ['', '/', 'demo', 'api', 'ipt', 'events', 'workbooks', 'risks', 'seen', 'session', 'dist', 'data', '.git', 'node_modules',
      '..', '.', '%2e%2e', '%2E', '%2f', '%5c', '%00', '%', '%E0%A4%A', '%ZZ', '%C0%AF', '%uD800', '%F0%9F%98%80', '\u00e9', 'fuzz-client',
      'ipt-demo.sqlite', 'index.html', 'clinician.html', '*', '?', '#', ';', '~', 'a'.repeat(300)];
    const path = () => {
      const n = 1 + int(6);
      let p = '';
      for (let i = 0; i < n; i += 1) p += `/${pick(pieces)}`;
      if (rnd() < 0.1) p = `http://${pick(['127.0.0.1', 'evil.example', 'x', ''])}${p}`;
      if (rnd() < 0.05) p = p.slice(1);
      if (rnd() < 0.1) p += `?${pick(['limit=', 'limit=999999', 'offset=-1', 'x=%', 'limit=5&offset=abc'])}`;
      return p;
    };
    const json = (depth) => {
      const r = rnd();
      if (depth > 6 || r < 0.3) return pick([null, true, 0, -1, 1e308, 'x', '', '\u0000', '\uD800', 'a'.repeat(int(2000)), '9999-12-31T00:00:00Z']);
      if (r < 0.6) return Array.from({ length: int(5) }, () => json(depth + 1));
      const o = {};
      for (let i = 0; i < int(6); i += 1) o[pick(['id', 'workbook', 'events', 'state', 'diff', 'type', 'risk', 'at', 'format', '__proto__', 'constructor', 'change', 'x'])] = json(depth + 1);
      return o;
    };
    const acknowledged = new Set();
    const body = () => {
      const r = rnd();
      if (r < 0.25) return Buffer.from(JSON.stringify(json(0)));
      if (r < 0.45) {
        const e = { ...makeEvent({ workbook: 'fuzz-client' }) };
        const key = pick(Object.keys(e));
        if (rnd() < 0.7) e[key] = json(3);
        return Buffer.from(JSON.stringify({ events: [e] }));
      }
      if (r < 0.55) return Buffer.from(Array.from({ length: int(400) }, () => int(256)));
      if (r < 0.65) return Buffer.from(`${'['.repeat(int(20000))}`);
      if (r < 0.75) return gzipSync(Buffer.from(JSON.stringify(json(0))));
      return Buffer.alloc(0);
    };
    const headerSets = () => {
      const h = {};
      if (rnd() < 0.9) h.Host = pick([`127.0.0.1:${server.port}`, `localhost:${server.port}`, 'evil.example', '', '[::1]', 'a:b:c']);
      if (rnd() < 0.6) h['Content-Type'] = pick(['application/json', 'text/plain', 'application/json; charset=utf-16', '', 'multipart/form-data']);
      if (rnd() < 0.2) h['Content-Encoding'] = pick(['gzip', 'br', 'deflate', 'gzip, gzip', 'x']);
      if (rnd() < 0.5) h.Authorization = pick([`Bearer ${token}`, 'Bearer ', 'Bearer x', 'Basic YTpi', `Bearer ${token}x`, token]);
      if (rnd() < 0.3) h.Cookie = pick([reader.cookie, 'ipt_session=', 'ipt_session=x; ipt_session=y', '=;;=', `${reader.cookie}; a=b`]);
      if (rnd() < 0.3) h['Idempotency-Key'] = pick(['k', 'fuzz-key', ' ', 'k'.repeat(300), '\u00e9']);
      if (rnd() < 0.2) h['X-CSRF-Token'] = pick([reader.csrf, 'x', '']);
      if (rnd() < 0.1) h['If-None-Match'] = pick(['W/"1"', '*', '']);
      if (rnd() < 0.1) h.Origin = pick(['https://evil.example', 'null', `http://127.0.0.1:${server.port}`]);
      return h;
    };
    const request = () => {
      const r = rnd();
      if (r < 0.1) {
        // a valid batch, to count what is acknowledged
        const events = Array.from({ length: 1 + int(5) }, () => makeEvent({ workbook: 'fuzz-client', at: new Date().toISOString() }));
        const text = JSON.stringify({ events });
        return { valid: events.map((e) => e.id), bytes: Buffer.from(`POST /api/ipt/events HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\nAuthorization: Bearer ${token}\r\nIdempotency-Key: fuzz-${events[0].id}\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`) };
      }
      if (r < 0.15) {
        // a broken request line or header block
        return { bytes: Buffer.from(pick(['GET\r\n\r\n', 'GET / HTTP/9.9\r\n\r\n', `GET /${'a'.repeat(20000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 'GET / HTTP/1.1\r\nHost: x\r\nX: \u0001\r\n\r\n', '\u0000\u0001\u0002', `POST /api/ipt/events HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\nzz\r\n`])) };
      }
      const method = pick(['GET', 'GET', 'POST', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'BREW']);
      const payload = method === 'GET' || method === 'HEAD' ? Buffer.alloc(0) : body();
      const headers = headerSets();
      let head = `${method} ${path()} HTTP/1.1\r\n`;
      for (const [k, v] of Object.entries(headers)) head += `${k}: ${v}\r\n`;
      const lying = rnd() < 0.05;
      head += `Connection: close\r\nContent-Length: ${lying ? payload.length + 10 : payload.length}\r\n\r\n`;
      return { bytes: Buffer.concat([Buffer.from(head, 'utf8'), payload]), timeout: lying ? 300 : 5000 };
    };

    const statuses = new Map();
    let next = 0;
    const worker = async () => {
      while (next < COUNT) {
        next += 1;
        const { bytes, valid, timeout } = request();
        const res = await raw(server.port, bytes, { timeout: timeout ?? 5000 });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (valid && res.status === 200) for (const id of valid) acknowledged.add(id);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    t.diagnostic(`seed ${SEED}: statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}, ${acknowledged.size} events acknowledged`);

    assert.equal((await fetch(`${server.url}/demo/`)).status, 200, 'still answering');
    assert.equal(statuses.get(500) ?? 0, 0, 'no internal errors');
    assert.ok(acknowledged.size > 0);
    const stored = storedIds(server, 'fuzz-client');
    const missing = [...acknowledged].filter((id) => !stored.includes(id));
    assert.deepEqual(missing, [], 'every acknowledged event is stored');
    assert.equal(new Set(stored).size, stored.length, 'none twice');
    const read = await reader.fetch('/api/ipt/workbooks/fuzz-client');
    assert.equal(read.status, 200);
    await read.json();
  });
});
