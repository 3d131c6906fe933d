// The example program backend's HTTP API (every answer JSON; errors { "error": "<reason>" }
// with the reason naming the field or the rule):
//   POST   /api/ipt/events              a client's device, `Authorization: Bearer <client token>`:
//                                       store a batch { "events": [...] } of its own workbook
//   POST   /api/ipt/session             sign in { email, password } or { link }; sets the session cookie
//   GET    /api/ipt/session             who is signed in, and the CSRF token
//   DELETE /api/ipt/session             sign out (CSRF)
//   GET    /api/ipt/workbooks           the signed-in clinician's clients (?limit=&offset=)
//   GET    /api/ipt/workbooks/:id       a client's latest states and risk flags (assigned only; audited)
//   POST   /api/ipt/risks/:id/seen      marks a risk flag seen (CSRF; assigned only; audited)
import { sameSecret } from './accounts.mjs';
import { cookies, readBody, sendJson } from './http.mjs';
import { createReadPool } from './read-pool.mjs';
import { HttpError, LIMITS, parseIdempotencyKey } from './validate.mjs';

export const PAGE = Object.freeze({ defaultLimit: 50, maxLimit: 200 });
/**
 * How many reads of clients' data (a list page, a workbook) are worked on at once; more
 * wait their turn (read-pool.mjs). A read takes a few milliseconds, so that is hundreds a
 * second, far above what clinicians' pages ask, and it keeps reads from crowding out
 * clients delivering their events.
 */
export const READS_AT_ONCE = 8;
const JSON_BODY = /^application\/json\s*(;|$)/i;

/** Event ids in a body, best effort, for the request log of the tests. */
function idsIn(body) {
  try {
    return JSON.parse(body).events.map((e) => e.id);
  } catch {
    return [];
  }
}

function wholeNumber(value, name, { min, max, fallback }) {
  if (value === null) return fallback;
  if (!/^\d{1,6}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new HttpError(400, `${name}: expected a whole number from ${min} to ${max}`);
  }
  return Number(value);
}

/**
 * Creates the request handler. `faults` (tests only) can replace the answer to
 * POST /api/ipt/events; `log` (tests only) receives one entry per API request.
 * `secureCookies` marks the session cookie `Secure` (always true over TLS). Event batches go
 * to `writer` (writer.mjs), a clinician's list and workbook reads to `reader` (reader.mjs);
 * the rest uses `store` directly.
 */
export function createApi({ store, writer, reader, accounts, faults = null, log = null, secureCookies = false }) {
  const reads = createReadPool(READS_AT_ONCE);
  const cookieName = (secure) => (secure ? '__Host-ipt_session' : 'ipt_session');
  const isSecure = (req) => secureCookies || Boolean(req.socket.encrypted);

  function sessionCookie(req, value, maxAgeSeconds) {
    const secure = isSecure(req);
    return `${cookieName(secure)}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
  }

  function sessionId(req) {
    return cookies(req).get(cookieName(isSecure(req))) ?? null;
  }

  /** The signed-in clinician, or 401. */
  function signedIn(req) {
    const session = accounts.session(sessionId(req));
    if (!session) throw new HttpError(401, 'sign in first');
    return session;
  }

  /** State-changing requests from a session: same origin and the session's CSRF token. */
  function checkCsrf(req, session) {
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `${isSecure(req) ? 'https' : 'http'}://${req.headers.host}`) {
      throw new HttpError(403, 'Origin: not this site');
    }
    if (!sameSecret(req.headers['x-csrf-token'], session.csrf)) {
      throw new HttpError(403, 'X-CSRF-Token: missing or wrong; reload the page');
    }
  }

  async function jsonBody(req) {
    if (!JSON_BODY.test(String(req.headers['content-type'] ?? ''))) {
      throw new HttpError(415, 'Content-Type: expected application/json');
    }
    const text = await readBody(req, { wire: 16 * 1024, inflated: 16 * 1024 });
    try {
      const json = JSON.parse(text);
      if (typeof json === 'object' && json !== null && !Array.isArray(json)) return json;
    } catch {
      // answered below
    }
    throw new HttpError(400, 'body: expected a JSON object');
  }

  async function postEvents(req, res, entry) {
    if (!JSON_BODY.test(String(req.headers['content-type'] ?? ''))) {
      throw new HttpError(415, 'Content-Type: expected application/json');
    }
    const auth = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(String(req.headers.authorization ?? ''));
    const workbook = accounts.workbookOfToken(auth?.[1]);
    if (!workbook) {
      throw new HttpError(401, 'Authorization: a client token is required (Bearer)', { 'WWW-Authenticate': 'Bearer' });
    }
    entry.idempotencyKey = req.headers['idempotency-key'] ?? null;
    const key = parseIdempotencyKey(req.headers['idempotency-key']);
    const body = await readBody(req);
    if (log) entry.eventIds = idsIn(body); // tests only: the HTTP thread does not parse bodies otherwise
    if (faults) {
      if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
      const status = faults.apply(req, res);
      if (status !== null) return status;
    }
    // parsed, checked (every event of this token's workbook) and stored on the writer thread
    const { stored, duplicates } = await writer.storeBatch(body, { key, workbook });
    sendJson(res, 200, { received: stored + duplicates, stored, duplicates });
    return 200;
  }

  async function signIn(req, res) {
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `${isSecure(req) ? 'https' : 'http'}://${req.headers.host}`) {
      throw new HttpError(403, 'Origin: not this site');
    }
    const body = await jsonBody(req);
    let clinicianId = null;
    if (body.link !== undefined) {
      clinicianId = accounts.useSignInLink(body.link);
      if (!clinicianId) throw new HttpError(401, 'link: unknown, used or expired; ask for a new one');
    } else {
      const result = await accounts.checkSignIn(body.email, body.password);
      if (result.locked) {
        throw new HttpError(429, 'too many failed sign-ins; this account is locked for a while', { 'Retry-After': String(result.locked) });
      }
      if (!result.clinicianId) throw new HttpError(401, 'email or password: not recognised');
      clinicianId = result.clinicianId;
    }
    const old = sessionId(req);
    if (old) accounts.endSession(old); // a fresh session id at every sign-in
    const session = accounts.startSession(clinicianId);
    await accounts.audit(clinicianId, body.link !== undefined ? 'sign-in-link' : 'sign-in');
    const who = accounts.clinician(clinicianId);
    sendJson(res, 200, { clinician: { name: who.name, email: who.email }, csrf: session.csrf }, {
      'Set-Cookie': sessionCookie(req, session.id, Math.floor((session.expiresAt - Date.now()) / 1000)),
    });
    return 200;
  }

  async function listClients(req, res, url) {
    let page = null;
    let invalid = null;
    try {
      page = {
        limit: wholeNumber(url.searchParams.get('limit'), 'limit', { min: 1, max: PAGE.maxLimit, fallback: PAGE.defaultLimit }),
        offset: wholeNumber(url.searchParams.get('offset'), 'offset', { min: 0, max: 999_999, fallback: 0 }),
      };
    } catch (error) {
      invalid = error; // answered after the session check: without a session, 401 comes first
    }
    // the session check, the query and the JSON on the reader thread, in one message
    const { session, count, body } = await reader.list({ sessionId: sessionId(req), page });
    if (!session) throw new HttpError(401, 'sign in first');
    if (invalid) throw invalid;
    await accounts.audit(session.clinicianId, 'list-clients', null, `${count} from ${page.offset}`);
    sendJson(res, 200, body);
    return 200;
  }

  async function getWorkbook(req, res, id) {
    const read = await reader.workbook({ sessionId: sessionId(req), id, ifNoneMatch: req.headers['if-none-match'] ?? null });
    if (!read.session) throw new HttpError(401, 'sign in first');
    const { clinicianId } = read.session;
    if (!read.assigned) {
      await accounts.audit(clinicianId, 'read-refused', id);
      throw new HttpError(403, 'workbook: not one of your clients');
    }
    // clinician pages poll; an unchanged workbook costs a 304 and no body (no data read)
    if (read.notModified) {
      res.writeHead(304, { ETag: read.etag, 'Cache-Control': 'no-cache' }).end();
      return 304;
    }
    await accounts.audit(clinicianId, 'read', id); // logged before the data leaves
    sendJson(res, 200, read.body, { ETag: read.etag, 'Cache-Control': 'no-cache, private' });
    return 200;
  }

  async function riskSeen(req, res, riskId) {
    const session = signedIn(req);
    checkCsrf(req, session);
    const risk = store.risk(riskId);
    if (!risk || !accounts.isAssigned(session.clinicianId, risk.workbook)) {
      throw new HttpError(404, 'risk: no such risk flag among your clients');
    }
    store.markRiskSeen(riskId, session.clinicianId);
    await accounts.audit(session.clinicianId, 'risk-seen', risk.workbook, riskId);
    const after = store.risk(riskId);
    sendJson(res, 200, { id: riskId, seenAt: after.seen_at, seenBy: accounts.clinician(after.seen_by)?.name ?? null });
    return 200;
  }

  const component = (raw, name) => {
    let value;
    try {
      value = decodeURIComponent(raw);
    } catch {
      throw new HttpError(400, `${name}: not a valid URL component`);
    }
    if (value.length === 0 || value.length > LIMITS.idLength) throw new HttpError(400, `${name}: 1 to ${LIMITS.idLength} characters`);
    return value;
  };

  async function route(req, res, url, entry) {
    const path = url.pathname;
    const allow = (methods) => {
      if (!methods.includes(req.method)) {
        throw new HttpError(405, `${req.method} is not allowed here`, { Allow: methods.join(', ') });
      }
    };
    if (path === '/api/ipt/events') {
      allow(['POST']);
      return postEvents(req, res, entry);
    }
    if (path === '/api/ipt/session') {
      allow(['GET', 'POST', 'DELETE']);
      if (req.method === 'POST') return signIn(req, res);
      const session = signedIn(req);
      if (req.method === 'GET') {
        sendJson(res, 200, { clinician: { name: session.name, email: session.email }, csrf: session.csrf });
        return 200;
      }
      checkCsrf(req, session);
      accounts.endSession(sessionId(req));
      await accounts.audit(session.clinicianId, 'sign-out');
      sendJson(res, 200, { signedOut: true }, { 'Set-Cookie': sessionCookie(req, '', 0) });
      return 200;
    }
    if (path === '/api/ipt/workbooks') {
      allow(['GET']);
      return reads.run(sessionId(req), () => listClients(req, res, url));
    }
    let match = /^\/api\/ipt\/workbooks\/([^/]+)$/.exec(path);
    if (match) {
      allow(['GET']);
      const id = component(match[1], 'workbook');
      return reads.run(sessionId(req), () => getWorkbook(req, res, id));
    }
    match = /^\/api\/ipt\/risks\/([^/]+)\/seen$/.exec(path);
    if (match) {
      allow(['POST']);
      return riskSeen(req, res, component(match[1], 'risk'));
    }
    throw new HttpError(404, 'no such API resource');
  }

  /** Handles an /api/ request (`url`: the parsed request URL); errors become JSON answers. */
  return async function handle(req, res, url) {
    const entry = { at: Date.now(), end: 0, method: req.method, path: url.pathname, idempotencyKey: null, eventIds: [], status: 0 };
    try {
      entry.status = await route(req, res, url, entry);
    } catch (error) {
      entry.status = error instanceof HttpError ? error.status : 500;
      entry.error = error.message;
      if (res.headersSent) {
        res.destroy(); // the answer was under way: end it, the client sees a failed request and retries
      } else if (error instanceof HttpError) {
        sendJson(res, error.status, { error: error.message }, error.headers);
      } else {
        console.error('API error:', error);
        sendJson(res, 500, { error: 'internal error' });
      }
    }
    entry.end = Date.now();
    log?.push(entry);
  };
}
