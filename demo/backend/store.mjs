// The example backend's storage: one SQLite file. Events are kept whole (an audit trail a
// clinician can go back through); the latest state of an element is the event with the
// latest `at` for its workbook, source and storage key.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
  id              TEXT NOT NULL UNIQUE,
  workbook        TEXT NOT NULL,
  source          TEXT NOT NULL,
  storage_key     TEXT NOT NULL,
  change_type     TEXT NOT NULL,
  change_json     TEXT NOT NULL,
  state_json      TEXT NOT NULL,
  at              TEXT NOT NULL,
  at_ms           INTEGER NOT NULL,
  kit_version     TEXT NOT NULL,
  idempotency_key TEXT,
  received_at     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_element ON events (workbook, source, storage_key, at_ms, seq);
CREATE TABLE IF NOT EXISTS batches (
  idempotency_key TEXT PRIMARY KEY,
  first_seen      TEXT NOT NULL,
  last_seen       TEXT NOT NULL,
  attempts        INTEGER NOT NULL,
  events          INTEGER NOT NULL,
  stored          INTEGER NOT NULL
);
`;

export const DB_FILE = 'ipt-demo.sqlite';

/** Opens (creating when needed) the database in dataDir. */
export function openStore(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DB_FILE));
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);

  const insert = db.prepare(`
    INSERT INTO events (id, workbook, source, storage_key, change_type, change_json, state_json,
                        at, at_ms, kit_version, idempotency_key, received_at)
    VALUES (@id, @workbook, @source, @storageKey, @changeType, @changeJson, @stateJson,
            @at, @atMs, @kitVersion, @idempotencyKey, @receivedAt)
    ON CONFLICT (id) DO NOTHING`);
  const noteBatch = db.prepare(`
    INSERT INTO batches (idempotency_key, first_seen, last_seen, attempts, events, stored)
    VALUES (@key, @now, @now, 1, @events, @stored)
    ON CONFLICT (idempotency_key) DO UPDATE SET
      last_seen = @now, attempts = attempts + 1, stored = stored + @stored`);
  const latest = db.prepare(`
    SELECT e.* FROM events e
    WHERE e.workbook = ? AND e.seq = (
      SELECT l.seq FROM events l
      WHERE l.workbook = e.workbook AND l.source = e.source AND l.storage_key = e.storage_key
      ORDER BY l.at_ms DESC, l.seq DESC LIMIT 1)
    ORDER BY e.source, e.storage_key`);
  const lastSeq = db.prepare('SELECT MAX(seq) AS seq, COUNT(*) AS n FROM events WHERE workbook = ?');
  const workbooks = db.prepare(`
    SELECT workbook, COUNT(*) AS events, MAX(at) AS lastAt,
           COUNT(DISTINCT source || '/' || storage_key) AS elements
    FROM events GROUP BY workbook ORDER BY lastAt DESC`);

  /** Stores a validated batch in one transaction; a repeated id is skipped, not an error. */
  const storeBatch = db.transaction((events, idempotencyKey) => {
    const receivedAt = new Date().toISOString();
    let stored = 0;
    for (const e of events) {
      const { changes } = insert.run({
        ...e,
        changeJson: JSON.stringify(e.change),
        stateJson: JSON.stringify(e.state),
        idempotencyKey,
        receivedAt,
      });
      stored += changes;
    }
    if (idempotencyKey) noteBatch.run({ key: idempotencyKey, now: receivedAt, events: events.length, stored });
    return { stored, duplicates: events.length - stored };
  });

  return {
    db,
    storeBatch,
    /** Latest state of every element of a workbook, plus a tag that changes when any does. */
    workbook(id) {
      const rows = latest.all(id);
      const { seq, n } = lastSeq.get(id);
      return {
        version: seq === null ? '0' : `${seq}-${n}`,
        elements: rows.map((r) => ({
          source: r.source,
          storageKey: r.storage_key,
          state: JSON.parse(r.state_json),
          change: JSON.parse(r.change_json),
          at: r.at,
          eventId: r.id,
          kitVersion: r.kit_version,
        })),
      };
    },
    workbooks: () => workbooks.all(),
    /** Every stored event id in arrival order (id is UNIQUE, so each appears once). */
    eventIds: () => db.prepare('SELECT id FROM events ORDER BY seq').pluck().all(),
    batch: (key) => db.prepare('SELECT * FROM batches WHERE idempotency_key = ?').get(key),
    close: () => db.close(),
  };
}
