// The example backend's storage: one SQLite file (WAL, full fsync on every commit).
// Events are kept whole, in the order the server received them (`seq`): an audit trail a
// clinician can go back through. The latest state of each element is kept apart in
// `latest`, updated in the same transaction as the event, so reading a workbook or the
// list of workbooks never scans the events. "Latest" means received last, never the
// device's claimed `at` (a device's clock can be wrong, or forged).
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyDiff } from './diff.mjs';
import { HttpError } from './validate.mjs';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
  id              TEXT NOT NULL UNIQUE,
  workbook        TEXT NOT NULL,
  source          TEXT NOT NULL,
  storage_key     TEXT NOT NULL,
  format          INTEGER NOT NULL DEFAULT 1,
  change_type     TEXT NOT NULL,
  change_json     TEXT NOT NULL,
  state_json      TEXT,            -- NULL: not delivered (format 2 with a diff only)
  diff_json       TEXT,
  at              TEXT NOT NULL,   -- the device's claim, kept as it came
  at_ms           INTEGER NOT NULL,
  kit_version     TEXT NOT NULL,
  idempotency_key TEXT,
  received_at     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_workbook ON events (workbook, seq);
CREATE TABLE IF NOT EXISTS latest (
  workbook    TEXT NOT NULL,
  source      TEXT NOT NULL,
  storage_key TEXT NOT NULL,
  seq         INTEGER NOT NULL,
  event_id    TEXT NOT NULL,
  change_json TEXT NOT NULL,
  state_json  TEXT NOT NULL,       -- 'null' after a clear
  complete    INTEGER NOT NULL,    -- 0: rebuilt from diffs without a whole state to start from
  at          TEXT NOT NULL,
  received_at TEXT NOT NULL,
  kit_version TEXT NOT NULL,
  PRIMARY KEY (workbook, source, storage_key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS workbooks (
  workbook         TEXT PRIMARY KEY,
  events           INTEGER NOT NULL DEFAULT 0,
  elements         INTEGER NOT NULL DEFAULT 0,
  unseen_risks     INTEGER NOT NULL DEFAULT 0,
  last_at          TEXT,
  last_received_at TEXT,
  last_seq         INTEGER NOT NULL DEFAULT 0,
  version          INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS risks (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  id           TEXT NOT NULL UNIQUE,
  workbook     TEXT NOT NULL,
  source       TEXT NOT NULL,
  storage_key  TEXT NOT NULL,
  kind         TEXT NOT NULL,
  value        REAL NOT NULL,
  response_id  TEXT,
  at           TEXT NOT NULL,
  kit_version  TEXT NOT NULL,
  received_at  TEXT NOT NULL,
  seen_at      TEXT,
  seen_by      INTEGER
);
CREATE INDEX IF NOT EXISTS risks_by_workbook ON risks (workbook, seq);
CREATE TABLE IF NOT EXISTS batches (
  idempotency_key TEXT PRIMARY KEY,
  body_hash       TEXT,
  first_seen      TEXT NOT NULL,
  last_seen       TEXT NOT NULL,
  attempts        INTEGER NOT NULL,
  events          INTEGER NOT NULL,
  stored          INTEGER NOT NULL
);
-- who may write and read: see accounts.mjs
CREATE TABLE IF NOT EXISTS clients (
  workbook   TEXT PRIMARY KEY,
  label      TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS client_tokens (
  token_hash TEXT PRIMARY KEY,     -- SHA-256 of the token; the token itself is never stored
  workbook   TEXT NOT NULL REFERENCES clients (workbook),
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE TABLE IF NOT EXISTS clinicians (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  email          TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  password_hash  TEXT NOT NULL,    -- scrypt$N$r$p$salt$hash
  failed_signins INTEGER NOT NULL DEFAULT 0,
  locked_until   INTEGER NOT NULL DEFAULT 0,
  created_at     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS assignments (
  clinician_id INTEGER NOT NULL REFERENCES clinicians (id),
  workbook     TEXT NOT NULL REFERENCES clients (workbook),
  PRIMARY KEY (clinician_id, workbook)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sessions (
  id_hash      TEXT PRIMARY KEY,   -- SHA-256 of the cookie value
  clinician_id INTEGER NOT NULL REFERENCES clinicians (id),
  csrf         TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  expires_at   INTEGER NOT NULL
);
-- the audit log is a file of its own: see audit.mjs
CREATE TABLE IF NOT EXISTS signin_links (
  token_hash   TEXT PRIMARY KEY,
  clinician_id INTEGER NOT NULL REFERENCES clinicians (id),
  expires_at   INTEGER NOT NULL,
  used_at      TEXT
);
`;

export const DB_FILE = 'ipt-demo.sqlite';

const columns = (db, table) => db.prepare(`PRAGMA table_info(${table})`).all().map((c) => c.name);

/** Databases written by the first example backend: events ordered by `at`, no latest table. */
function migrate(db) {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
  if (tables.includes('events') && !columns(db, 'events').includes('format')) {
    db.exec('ALTER TABLE events RENAME TO events_v1; DROP INDEX IF EXISTS events_by_element;');
    db.exec(SCHEMA);
    db.exec(`INSERT INTO events (seq, id, workbook, source, storage_key, format, change_type, change_json, state_json,
                                 at, at_ms, kit_version, idempotency_key, received_at)
             SELECT seq, id, workbook, source, storage_key, 1, change_type, change_json, state_json,
                    at, at_ms, kit_version, idempotency_key, received_at FROM events_v1 ORDER BY seq;
             DROP TABLE events_v1;`);
    // the latest of each element is now the one received last
    db.exec(`INSERT INTO latest SELECT e.workbook, e.source, e.storage_key, e.seq, e.id, e.change_json, e.state_json, 1,
                    e.at, e.received_at, e.kit_version
             FROM events e WHERE e.seq IN (SELECT MAX(seq) FROM events GROUP BY workbook, source, storage_key);
             INSERT INTO workbooks (workbook, events, elements, last_at, last_received_at, last_seq, version)
             SELECT workbook, COUNT(*), COUNT(DISTINCT source || '/' || storage_key), MAX(at), MAX(received_at), MAX(seq), MAX(seq)
             FROM events GROUP BY workbook;`);
  }
  if (tables.includes('batches') && !columns(db, 'batches').includes('body_hash')) {
    db.exec('ALTER TABLE batches ADD COLUMN body_hash TEXT');
  }
}

/**
 * Opens (creating when needed) the database in dataDir. `readOnly`: a connection that only
 * reads a database another connection has opened (WAL lets it read while that one writes).
 */
export function openStore(dataDir, { readOnly = false } = {}) {
  if (!readOnly) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = new Database(join(dataDir, DB_FILE), { readonly: readOnly });
  if (readOnly) {
    db.pragma('busy_timeout = 5000');
  } else {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL'); // an acknowledged event survives a power cut
    db.pragma('busy_timeout = 5000');
    db.transaction(() => {
      migrate(db);
      db.exec(SCHEMA);
    }).immediate();
  }

  const insertEvent = db.prepare(`
    INSERT INTO events (id, workbook, source, storage_key, format, change_type, change_json, state_json, diff_json,
                        at, at_ms, kit_version, idempotency_key, received_at)
    VALUES (@id, @workbook, @source, @storageKey, @format, @changeType, @changeJson, @stateJson, @diffJson,
            @at, @atMs, @kitVersion, @idempotencyKey, @receivedAt)
    ON CONFLICT (id) DO NOTHING`);
  const insertRisk = db.prepare(`
    INSERT INTO risks (id, workbook, source, storage_key, kind, value, response_id, at, kit_version, received_at)
    VALUES (@id, @workbook, @source, @storageKey, @kind, @value, @responseId, @at, @kitVersion, @receivedAt)
    ON CONFLICT (id) DO NOTHING`);
  const latestOf = db.prepare('SELECT state_json, complete FROM latest WHERE workbook = ? AND source = ? AND storage_key = ?');
  const putLatest = db.prepare(`
    INSERT INTO latest (workbook, source, storage_key, seq, event_id, change_json, state_json, complete, at, received_at, kit_version)
    VALUES (@workbook, @source, @storageKey, @seq, @id, @changeJson, @stateJson, @complete, @at, @receivedAt, @kitVersion)
    ON CONFLICT (workbook, source, storage_key) DO UPDATE SET
      seq = excluded.seq, event_id = excluded.event_id, change_json = excluded.change_json,
      state_json = excluded.state_json, complete = excluded.complete, at = excluded.at,
      received_at = excluded.received_at, kit_version = excluded.kit_version`);
  const touchWorkbook = db.prepare(`
    INSERT INTO workbooks (workbook, events, elements, unseen_risks, last_at, last_received_at, last_seq, version)
    VALUES (@workbook, @events, @elements, @risks, @at, @receivedAt, @seq, 1)
    ON CONFLICT (workbook) DO UPDATE SET
      events = events + @events, elements = elements + @elements, unseen_risks = unseen_risks + @risks,
      last_at = COALESCE(@at, last_at), last_received_at = @receivedAt,
      last_seq = MAX(last_seq, @seq), version = version + 1`);
  const batchOf = db.prepare('SELECT * FROM batches WHERE idempotency_key = ?');
  const noteBatch = db.prepare(`
    INSERT INTO batches (idempotency_key, body_hash, first_seen, last_seen, attempts, events, stored)
    VALUES (@key, @hash, @now, @now, 1, @events, @stored)
    ON CONFLICT (idempotency_key) DO UPDATE SET
      last_seen = @now, attempts = attempts + 1, stored = stored + @stored, body_hash = COALESCE(body_hash, @hash)`);
  const latestRows = db.prepare(`
    SELECT source, storage_key, seq, event_id, change_json, state_json, complete, at, received_at, kit_version
    FROM latest WHERE workbook = ? ORDER BY source, storage_key`);
  const summary = db.prepare('SELECT * FROM workbooks WHERE workbook = ?');
  const risksOf = db.prepare(`
    SELECT r.id, r.source, r.kind, r.value, r.response_id AS responseId, r.at, r.received_at AS receivedAt,
           r.seen_at AS seenAt, c.name AS seenBy
    FROM risks r LEFT JOIN clinicians c ON c.id = r.seen_by
    WHERE r.workbook = ? ORDER BY (r.seen_at IS NULL) DESC, r.seq DESC LIMIT 100`);
  const riskById = db.prepare('SELECT * FROM risks WHERE id = ?');
  const markSeen = db.prepare('UPDATE risks SET seen_at = ?, seen_by = ? WHERE id = ? AND seen_at IS NULL');
  const unseenDown = db.prepare('UPDATE workbooks SET unseen_risks = unseen_risks - 1, version = version + 1 WHERE workbook = ?');

  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const ownChanges = db.prepare('SELECT total_changes()').pluck();

  function storeChange(e, receivedAt, idempotencyKey) {
    const changeJson = JSON.stringify(e.change);
    const stateJson = e.hasState ? JSON.stringify(e.state) : null;
    const { changes, lastInsertRowid } = insertEvent.run({
      ...e,
      changeJson,
      stateJson,
      diffJson: e.diff ? JSON.stringify(e.diff) : null,
      idempotencyKey,
      receivedAt,
    });
    if (changes === 0) return false;
    const current = latestOf.get(e.workbook, e.source, e.storageKey);
    let latestJson = stateJson;
    let complete = 1;
    if (stateJson === null) {
      // a diff without a whole state: apply it to what this server has
      const base = current && current.state_json !== 'null' ? JSON.parse(current.state_json) : null;
      latestJson = JSON.stringify(applyDiff(base, e.diff));
      complete = current ? current.complete : 0;
    }
    putLatest.run({ ...e, seq: Number(lastInsertRowid), changeJson, stateJson: latestJson, complete, receivedAt });
    touchWorkbook.run({ workbook: e.workbook, events: 1, elements: current ? 0 : 1, risks: 0, at: e.at, receivedAt, seq: Number(lastInsertRowid) });
    return true;
  }

  function storeRisk(e, receivedAt) {
    const { changes } = insertRisk.run({ ...e, ...e.risk, receivedAt });
    if (changes === 0) return false;
    touchWorkbook.run({ workbook: e.workbook, events: 0, elements: 0, risks: 1, at: null, receivedAt, seq: 0 });
    return true;
  }

  /**
   * Stores a validated batch in one transaction; a repeated id is skipped, not an error.
   * An Idempotency-Key seen before with another body is refused (409) and nothing stored.
   */
  const storeBatch = db.transaction((events, idempotencyKey = null, bodyHash = null) => {
    if (idempotencyKey) {
      const seen = batchOf.get(idempotencyKey);
      if (seen?.body_hash && bodyHash && seen.body_hash !== bodyHash) {
        throw new HttpError(409, 'Idempotency-Key: already used for a different batch; nothing of this one was stored');
      }
    }
    const receivedAt = new Date().toISOString();
    let stored = 0;
    for (const e of events) {
      if (e.type === 'risk' ? storeRisk(e, receivedAt) : storeChange(e, receivedAt, idempotencyKey)) stored += 1;
    }
    if (idempotencyKey) noteBatch.run({ key: idempotencyKey, hash: bodyHash, now: receivedAt, events: events.length, stored });
    return { stored, duplicates: events.length - stored };
  });

  return {
    db,
    storeBatch,
    /** A tag that changes whenever anything in the database may have changed (for caches). */
    changeTag: () => `${dataVersion.get()}:${ownChanges.get()}`,
    /** The workbook's change counter (for ETags): it moves on every stored event, risk and "seen". */
    version: (id) => summary.get(id)?.version ?? 0,
    /**
     * The latest state of every element of a workbook, and its risk flags (unseen first),
     * as a JSON text: stored states are sent as stored, never parsed and re-serialised.
     */
    workbookJson(id, extra = {}) {
      const rows = latestRows.all(id);
      const risks = risksOf.all(id);
      const elements = rows.map(
        (r) =>
          `{"source":${JSON.stringify(r.source)},"storageKey":${JSON.stringify(r.storage_key)},"state":${r.state_json},` +
          `"change":${r.change_json},"at":${JSON.stringify(r.at)},"receivedAt":${JSON.stringify(r.received_at)},` +
          `"seq":${r.seq},"eventId":${JSON.stringify(r.event_id)},"kitVersion":${JSON.stringify(r.kit_version)},"complete":${r.complete === 1}}`,
      );
      const head = JSON.stringify({ workbook: id, ...extra, risks });
      return `${head.slice(0, -1)},"elements":[${elements.join(',')}]}`;
    },
    /** The summary row of a workbook (counts, last times), or undefined. */
    summary: (id) => summary.get(id),
    risk: (id) => riskById.get(id),
    /** Marks a risk seen by a clinician; false when it was already seen. */
    markRiskSeen: db.transaction((riskId, clinicianId) => {
      const risk = riskById.get(riskId);
      if (!risk) return false;
      const { changes } = markSeen.run(new Date().toISOString(), clinicianId, riskId);
      if (changes > 0) unseenDown.run(risk.workbook);
      return changes > 0;
    }),
    /** Every stored event id in arrival order (id is UNIQUE, so each appears once). */
    eventIds: () => db.prepare('SELECT id FROM events ORDER BY seq').pluck().all(),
    batch: (key) => batchOf.get(key),
    close: () => db.close(),
  };
}
