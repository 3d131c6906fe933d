// Who may write and who may read, with node:crypto only:
// - a client's device delivers with a per-workbook token the program issues (a bearer
//   token; only its SHA-256 is stored); a token writes only its own workbook;
// - clinicians sign in with a password (scrypt) or a one-time link; a session is a random
//   cookie value (only its SHA-256 is stored) with its own CSRF token;
// - a clinician reads only the clients assigned to them; every read is in the audit log,
//   committed (audit.mjs) before the data is sent.
import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCb);

export const AUTH = Object.freeze({
  /** scrypt cost: OWASP's minimum (N=2^17, r=8, p=1): 128 MiB and a few hundred ms per check. */
  scrypt: { N: 2 ** 17, r: 8, p: 1, maxmem: 192 * 1024 * 1024 },
  /** Failed sign-ins in a row before an account is locked, and for how long. */
  maxFailures: 5,
  lockMs: 15 * 60 * 1000,
  /** A session ends this long after sign-in, whatever happens. */
  sessionMs: 8 * 60 * 60 * 1000,
  /** A one-time sign-in link is good for this long, once. */
  linkMs: 24 * 60 * 60 * 1000,
  /** Shortest password accepted when an account is created. */
  minPassword: 12,
});

const sha256 = (value) => createHash('sha256').update(value).digest('hex');
const token = () => randomBytes(32).toString('base64url');

async function hashPassword(password, cost = AUTH.scrypt) {
  const { N, r, p } = cost;
  const maxmem = AUTH.scrypt.maxmem;
  const salt = randomBytes(16);
  const hash = await scrypt(password.normalize('NFC'), salt, 32, { N, r, p, maxmem });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

async function checkPassword(password, stored) {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt') return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(N),
    r: Number(r),
    p: Number(p),
    maxmem: AUTH.scrypt.maxmem,
  });
  return timingSafeEqual(actual, expected);
}


/** The account functions over the store's database. */
export function createAccounts(store, { scryptCost = AUTH.scrypt, auditLog } = {}) {
  const { db } = store;
  const q = {
    addClient: db.prepare(`INSERT INTO clients (workbook, label, created_at) VALUES (?, ?, ?)
                           ON CONFLICT (workbook) DO UPDATE SET label = excluded.label`),
    addToken: db.prepare('INSERT INTO client_tokens (token_hash, workbook, created_at) VALUES (?, ?, ?)'),
    tokenWorkbook: db.prepare('SELECT workbook FROM client_tokens WHERE token_hash = ? AND revoked_at IS NULL'),
    revokeTokens: db.prepare('UPDATE client_tokens SET revoked_at = ? WHERE workbook = ? AND revoked_at IS NULL'),
    addClinician: db.prepare(`INSERT INTO clinicians (email, name, password_hash, created_at) VALUES (?, ?, ?, ?)
                              ON CONFLICT (email) DO UPDATE SET name = excluded.name RETURNING id`),
    clinicianByEmail: db.prepare('SELECT * FROM clinicians WHERE email = ?'),
    clinicianById: db.prepare('SELECT id, email, name FROM clinicians WHERE id = ?'),
    failed: db.prepare(`UPDATE clinicians SET failed_signins = failed_signins + 1,
                          locked_until = CASE WHEN failed_signins + 1 >= ? THEN ? ELSE locked_until END
                        WHERE id = ? RETURNING failed_signins, locked_until`),
    succeeded: db.prepare('UPDATE clinicians SET failed_signins = 0, locked_until = 0 WHERE id = ?'),
    assign: db.prepare('INSERT INTO assignments (clinician_id, workbook) VALUES (?, ?) ON CONFLICT DO NOTHING'),
    assigned: db.prepare('SELECT 1 FROM assignments WHERE clinician_id = ? AND workbook = ?'),
    addSession: db.prepare('INSERT INTO sessions (id_hash, clinician_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)'),
    session: db.prepare(`SELECT s.clinician_id, s.csrf, s.expires_at, c.email, c.name
                         FROM sessions s JOIN clinicians c ON c.id = s.clinician_id WHERE s.id_hash = ?`),
    endSession: db.prepare('DELETE FROM sessions WHERE id_hash = ?'),
    endExpired: db.prepare('DELETE FROM sessions WHERE expires_at < ?'),
    addLink: db.prepare('INSERT INTO signin_links (token_hash, clinician_id, expires_at) VALUES (?, ?, ?)'),
    useLink: db.prepare(`UPDATE signin_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
                         RETURNING clinician_id`),
    list: db.prepare(`
      SELECT c.workbook, c.label, w.events, w.elements, w.unseen_risks AS unseenRisks, w.last_at AS lastAt,
             w.last_received_at AS lastReceivedAt
      FROM assignments a JOIN clients c ON c.workbook = a.workbook LEFT JOIN workbooks w ON w.workbook = a.workbook
      WHERE a.clinician_id = ?
      ORDER BY COALESCE(w.unseen_risks, 0) > 0 DESC, COALESCE(w.last_seq, 0) DESC, c.workbook
      LIMIT ? OFFSET ?`),
    label: db.prepare('SELECT label FROM clients WHERE workbook = ?').pluck(),
  };
  const now = () => new Date().toISOString();
  // compared against when the email is unknown, so an unknown email takes as long as a wrong password
  let dummyHash;

  return {
    /** Registers a client's workbook (idempotent) and issues a new token for it; returns the token. */
    issueClientToken(workbook, label = workbook) {
      const value = token();
      db.transaction(() => {
        q.addClient.run(workbook, label, now());
        q.addToken.run(sha256(value), workbook, now());
      })();
      return value;
    },
    revokeClientTokens: (workbook) => q.revokeTokens.run(now(), workbook).changes,
    /** The workbook a client token writes, or null. */
    workbookOfToken: (value) => (value ? (q.tokenWorkbook.get(sha256(value))?.workbook ?? null) : null),

    /** Adds (or renames) a clinician; `cost` overrides the scrypt cost for this password only. */
    async addClinician({ email, name, password, cost = scryptCost }) {
      if (typeof password !== 'string' || password.length < AUTH.minPassword) {
        throw new TypeError(`password: at least ${AUTH.minPassword} characters`);
      }
      return q.addClinician.get(email.toLowerCase(), name, await hashPassword(password, cost), now()).id;
    },
    assign: (clinicianId, workbook) => void q.assign.run(clinicianId, workbook),
    isAssigned: (clinicianId, workbook) => q.assigned.get(clinicianId, workbook) !== undefined,
    clinician: (id) => q.clinicianById.get(id),
    clinicianIdByEmail: (email) => q.clinicianByEmail.get(email.toLowerCase())?.id ?? null,
    clientLabel: (workbook) => q.label.get(workbook),

    /**
     * Checks a password. Resolves to { clinicianId } or { locked: retryAfterSeconds } or
     * { wrong: true }. Unknown emails take as long as known ones and say the same.
     */
    async checkSignIn(email, password) {
      const row = typeof email === 'string' ? q.clinicianByEmail.get(email.toLowerCase()) : undefined;
      if (row && row.locked_until > Date.now()) {
        return { locked: Math.ceil((row.locked_until - Date.now()) / 1000) };
      }
      dummyHash ??= await hashPassword(token(), scryptCost);
      const ok = await checkPassword(String(password), row?.password_hash ?? dummyHash);
      if (!row) return { wrong: true };
      if (!ok) {
        const after = q.failed.get(AUTH.maxFailures, Date.now() + AUTH.lockMs, row.id);
        await auditLog.append({ clinicianId: row.id, action: 'sign-in-failed', detail: `failure ${after.failed_signins}` });
        if (after.locked_until > Date.now()) return { locked: Math.ceil(AUTH.lockMs / 1000) };
        return { wrong: true };
      }
      q.succeeded.run(row.id);
      return { clinicianId: row.id };
    },
    /** A one-time sign-in link token for a clinician. */
    issueSignInLink(clinicianId) {
      const value = token();
      q.addLink.run(sha256(value), clinicianId, Date.now() + AUTH.linkMs);
      return value;
    },
    /** Uses a one-time link; resolves to the clinician id, or null when unknown, used or expired. */
    useSignInLink: (value) => (typeof value === 'string' ? (q.useLink.get(now(), sha256(value), Date.now())?.clinician_id ?? null) : null),

    /** Starts a session; returns { id (the cookie value), csrf, expiresAt }. */
    startSession(clinicianId) {
      const id = token();
      const csrf = token();
      const expiresAt = Date.now() + AUTH.sessionMs;
      q.endExpired.run(Date.now());
      q.addSession.run(sha256(id), clinicianId, csrf, now(), expiresAt);
      return { id, csrf, expiresAt };
    },
    /** The session for a cookie value: { clinicianId, email, name, csrf, expiresAt }, or null. */
    session(id) {
      if (!id) return null;
      const row = q.session.get(sha256(id));
      if (!row || row.expires_at < Date.now()) return null;
      return { clinicianId: row.clinician_id, email: row.email, name: row.name, csrf: row.csrf, expiresAt: row.expires_at };
    },
    endSession: (id) => void (id && q.endSession.run(sha256(id))),

    /** The clinician's clients, those with unseen risk flags first, then the latest delivered first. */
    clientsOf: (clinicianId, { limit, offset }) => q.list.all(clinicianId, limit, offset),
    /** Writes an audit entry; resolves once it is on disk (audit.mjs). */
    audit: (clinicianId, action, workbook = null, detail = null) => auditLog.append({ clinicianId, action, workbook, detail }),
    /** Every audit entry, oldest first. */
    auditLog: () => auditLog.entries(),
  };
}

/** Compares two secrets in constant time. */
export function sameSecret(a, b) {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
