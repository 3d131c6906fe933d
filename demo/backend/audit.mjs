// The audit log: who read or changed which client's data, and when. It lives in a file of
// its own (`ipt-audit.sqlite`, next to the data) written by a thread of its own, so a
// clinician's reads never add rows, or time, to the commits that store clients' events:
// the two files are committed side by side. Entries are committed in groups, at most one
// commit every COMMIT_EVERY_MS: a burst of reads costs the disk at most 50 fsyncs a second,
// while a read after a quiet moment is committed at once. Every entry is on disk (full
// fsync) before its promise resolves, and the routes send a client's data only after that.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE } from './store.mjs';
import { startThread } from './thread.mjs';

export const AUDIT_FILE = 'ipt-audit.sqlite';
/** The shortest time between two commits of the audit log. */
export const COMMIT_EVERY_MS = 20;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_log (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  at           TEXT NOT NULL,
  clinician_id INTEGER,
  action       TEXT NOT NULL,
  workbook     TEXT,
  detail       TEXT
);`;

/** Opens (creating when needed) the audit log of a data folder; moves in entries an older backend kept in the data file. */
function openLog(dataDir, { readOnly = false } = {}) {
  const db = new Database(join(dataDir, AUDIT_FILE), { readonly: readOnly });
  db.pragma('busy_timeout = 5000');
  if (readOnly) return db;
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA);
  const dataFile = join(dataDir, DB_FILE);
  if (existsSync(dataFile)) {
    db.prepare('ATTACH DATABASE ? AS data').run(dataFile);
    const old = db.prepare("SELECT 1 FROM data.sqlite_master WHERE type = 'table' AND name = 'audit_log'").get();
    if (old) {
      db.transaction(() => {
        db.exec(`INSERT INTO audit_log (at, clinician_id, action, workbook, detail)
                 SELECT at, clinician_id, action, workbook, detail FROM data.audit_log ORDER BY seq;
                 DROP TABLE data.audit_log;`);
      }).immediate();
    }
    db.exec('DETACH DATABASE data');
  }
  return db;
}

if (!isMainThread && workerData?.auditDataDir) {
  const db = openLog(workerData.auditDataDir);
  const insert = db.prepare('INSERT INTO audit_log (at, clinician_id, action, workbook, detail) VALUES (?, ?, ?, ?, ?)');
  const commitAll = db.transaction((entries) => {
    for (const e of entries) insert.run(e.at, e.clinicianId, e.action, e.workbook, e.detail);
  });
  let queue = [];
  let timer = null;
  let lastCommit = 0;
  const flush = () => {
    timer = null;
    const jobs = queue;
    queue = [];
    let error = null;
    try {
      commitAll(jobs.map((job) => job.entry));
    } catch (e) {
      error = { status: 500, message: `audit log: ${e.code ?? e.message}` }; // nothing of these is stored
    }
    lastCommit = performance.now();
    parentPort.postMessage(jobs.map((job) => ({ n: job.n, error })));
  };
  parentPort.on('message', (message) => {
    if (message === 'close') {
      clearTimeout(timer);
      if (queue.length) flush();
      db.close();
      parentPort.postMessage({ closed: true });
      return;
    }
    queue.push(message);
    timer ??= setTimeout(flush, Math.max(0, lastCommit + COMMIT_EVERY_MS - performance.now()));
  });
  parentPort.postMessage({ ready: true });
}

/**
 * Starts the audit log's thread for a data folder (after openStore: the data file exists);
 * returns { ready, append(entry), entries(), close() }.
 */
export function openAuditLog(dataDir) {
  const thread = startThread(new URL(import.meta.url), { auditDataDir: dataDir }, 'audit log');
  let reading = null;
  return {
    ready: thread.ready, // once the file is open and older entries moved in
    /** Appends { clinicianId, action, workbook, detail }; resolves once the entry is on disk. */
    append: ({ clinicianId = null, action, workbook = null, detail = null }) =>
      thread.call({ entry: { at: new Date().toISOString(), clinicianId, action, workbook, detail } }),
    /** Every entry, oldest first (a read-only connection of its own; for tests and tools). */
    entries() {
      reading ??= openLog(dataDir, { readOnly: true });
      return reading.prepare('SELECT * FROM audit_log ORDER BY seq').all();
    },
    /** Commits what is queued and stops the thread (once, however often it is called). */
    close() {
      reading?.close();
      reading = null;
      return thread.close();
    },
  };
}
