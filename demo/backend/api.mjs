// The example program backend's HTTP API:
//   POST /api/ipt/events          body { "events": [ ... ] }: store, skipping ids already stored
//   GET  /api/ipt/workbooks       the workbooks that have events, newest first
//   GET  /api/ipt/workbooks/:id   the latest state of each element of a workbook
// Answers are JSON; errors are { "error": "<reason>" } with the reason naming the field.
import { HttpError, LIMITS, parseBatch, parseIdempotencyKey } from './validate.mjs';

const JSON_TYPE = 'application/json; charset=utf-8';

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

/** Reads the body as text, refusing (413) anything over the limit without buffering it. */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      reject(new HttpError(413, `body: larger than ${limit} bytes`, { Connection: 'close' }));
      return;
    }
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.pause();
        reject(new HttpError(413, `body: larger than ${limit} bytes`, { Connection: 'close' }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Event ids in a body, best effort, for the request log of the tests. */
function idsIn(body) {
  try {
    return JSON.parse(body).events.map((e) => e.id);
  } catch {
    return [];
  }
}

/**
 * Creates the request handler. `faults` (tests only) can replace the answer to
 * POST /api/ipt/events; `log` (tests only) receives one entry per API request.
 */
export function createApi({ store, faults = null, log = null, bodyLimit = LIMITS.bodyBytes }) {
  async function postEvents(req, res, entry) {
    const type = String(req.headers['content-type'] ?? '');
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      throw new HttpError(415, 'Content-Type: expected application/json');
    }
    entry.idempotencyKey = req.headers['idempotency-key'] ?? null;
    const body = await readBody(req, bodyLimit);
    entry.eventIds = idsIn(body);
    if (faults) {
      if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
      const status = faults.apply(req, res);
      if (status !== null) return status;
    }
    const key = parseIdempotencyKey(req.headers['idempotency-key']);
    const events = parseBatch(body);
    const { stored, duplicates } = store.storeBatch(events, key);
    send(res, 200, { received: events.length, stored, duplicates });
    return 200;
  }

  function getWorkbook(req, res, id) {
    const { version, elements } = store.workbook(id);
    const etag = `W/"${version}"`;
    // clinician pages poll; an unchanged workbook costs a 304 and no body
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag, 'Cache-Control': 'no-cache' }).end();
      return 304;
    }
    send(res, 200, { workbook: id, elements }, { ETag: etag, 'Cache-Control': 'no-cache' });
    return 200;
  }

  async function route(req, res, path, entry) {
    const allow = (methods) => {
      if (!methods.includes(req.method)) {
        throw new HttpError(405, `${req.method} is not allowed here`, { Allow: methods.join(', ') });
      }
    };
    if (path === '/api/ipt/events') {
      allow(['POST']);
      return postEvents(req, res, entry);
    }
    if (path === '/api/ipt/workbooks') {
      allow(['GET', 'HEAD']);
      send(res, 200, { workbooks: store.workbooks() });
      return 200;
    }
    const match = /^\/api\/ipt\/workbooks\/([^/]+)$/.exec(path);
    if (match) {
      allow(['GET', 'HEAD']);
      let id;
      try {
        id = decodeURIComponent(match[1]);
      } catch {
        throw new HttpError(400, 'workbook: not a valid URL component');
      }
      if (id.length > LIMITS.idLength) throw new HttpError(400, `workbook: must be at most ${LIMITS.idLength} characters`);
      return getWorkbook(req, res, id);
    }
    throw new HttpError(404, `${path}: no such resource`);
  }

  /** Handles /api/ requests; returns false for any other path. */
  return async function handle(req, res) {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith('/api/')) return false;
    const entry = { at: Date.now(), end: 0, method: req.method, path, idempotencyKey: null, eventIds: [], status: 0 };
    try {
      entry.status = await route(req, res, path, entry);
    } catch (error) {
      if (error instanceof HttpError) {
        send(res, error.status, { error: error.message }, error.headers);
        entry.status = error.status;
        entry.error = error.message;
      } else {
        console.error(error);
        send(res, 500, { error: 'internal error' });
        entry.status = 500;
      }
    }
    entry.end = Date.now();
    log?.push(entry);
    return true;
  };
}
