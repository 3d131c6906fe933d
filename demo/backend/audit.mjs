// The audit log: who read or changed what, when. It has its own SQLite file, written by
// its own thread, so the fsync of an audit entry never blocks the thread that stores
// events (every read of a client's data writes an entry; done on the main thread, 20
// readers cut event throughput by a fifth). An entry is committed (full fsync) before the
// promise that wrote it resolves: the API sends a client's data only after its read is logged.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

export const AUDIT_FILE = 'ipt-audit.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_log (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  at           TEXT NOT NULL,
  clinician_id INTEGER,
  action       TEXT NOT NULL,
  workbook     TEXT,
  detail       TEXT
);`;

function open(file) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}

if (!isMainThread && workerData?.auditFile) {
  // the writer thread: entries that arrive together are committed together
  const db = open(workerData.auditFile);
  const insert = db.prepare('INSERT INTO audit_log (at, clinician_id, action, workbook, detail) VALUES (?, ?, ?, ?, ?)');
  const write = db.transaction((entries) => {
    for (const e of entries) insert.run(e.at, e.clinicianId, e.action, e.workbook, e.detail);
  });
  let queue = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const entries = queue;
    queue = [];
    try {
      write(entries);
      parentPort.postMessage({ done: entries.map((e) => e.n) });
    } catch (error) {
      parentPort.postMessage({ failed: entries.map((e) => e.n), reason: error.message });
    }
  };
  parentPort.on('message', (message) => {
    if (message === 'close') {
      if (queue.length) flush();
      db.close();
      parentPort.postMessage({ closed: true });
      return;
    }
    queue.push(message);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  });
}

/** Starts the audit log of a data folder; returns { write(entry) → Promise, all(), close() }. */
export function openAudit(dataDir) {
  const auditFile = join(dataDir, AUDIT_FILE);
  open(auditFile).close(); // created here, so readers find it at once
  const worker = new Worker(new URL(import.meta.url), { workerData: { auditFile } });
  const waiting = new Map();
  let n = 0;
  let onClosed = () => {};
  worker.on('message', ({ done, failed, reason, closed }) => {
    if (closed) onClosed();
    for (const id of done ?? []) waiting.get(id)?.resolve();
    for (const id of failed ?? []) waiting.get(id)?.reject(new Error(`audit log: ${reason}`));
    for (const id of [...(done ?? []), ...(failed ?? [])]) waiting.delete(id);
  });
  worker.on('error', (error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  });
  let reader;
  let closing;
  return {
    /** Appends an entry; resolves once it is on disk. */
    write({ clinicianId = null, action, workbook = null, detail = null }) {
      n += 1;
      const id = n;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ n: id, at: new Date().toISOString(), clinicianId, action, workbook, detail });
      });
    },
    /** Every entry, oldest first. */
    all() {
      reader ??= new Database(auditFile, { readonly: true });
      return reader.prepare('SELECT * FROM audit_log ORDER BY seq').all();
    },
    /** Commits what is queued and stops the writer thread (once, however often it is called). */
    close() {
      closing ??= (async () => {
        reader?.close();
        const closed = new Promise((r) => (onClosed = r));
        worker.postMessage('close');
        await closed;
        await worker.terminate();
      })();
      return closing;
    },
  };
}
