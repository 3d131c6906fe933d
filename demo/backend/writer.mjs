// Event batches are written on a thread of their own. The commit's
// fsync (full, so an acknowledged event survives a power cut) takes milliseconds during
// which better-sqlite3 blocks its thread; here it blocks this one, and the HTTP thread
// keeps answering reads. Whatever arrives while a commit runs is committed together
// (group commit: one fsync for all of it), each batch in its own savepoint, so one refused
// batch (a 409) leaves the others stored. The audit log has a file and a thread of its own
// (audit.mjs), so clinicians' reads add nothing to these commits.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { openStore } from './store.mjs';
import { startThread } from './thread.mjs';
import { HttpError, parseBatch } from './validate.mjs';

if (!isMainThread && workerData?.writerDataDir) {
  const store = openStore(workerData.writerDataDir);
  /** Parses and checks one request's body; throws HttpError. */
  const prepare = ({ body, workbook }) => {
    const events = parseBatch(body);
    events.forEach((e, i) => {
      if (e.workbook !== workbook) throw new HttpError(403, `events[${i}].workbook: this token writes only its own workbook`);
    });
    return events;
  };
  const commitAll = store.db.transaction((jobs) =>
    jobs.map((job) => {
      if (job.error) return job.error;
      try {
        return { result: store.storeBatch(job.events, job.key, job.hash) }; // nested: a savepoint
      } catch (error) {
        return { error: error instanceof HttpError ? { status: error.status, message: error.message } : { status: 500, message: error.message } };
      }
    }),
  );
  let queue = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const jobs = queue;
    queue = [];
    for (const job of jobs) {
      try {
        job.events = prepare(job);
        job.hash = createHash('sha256').update(job.body).digest('hex');
      } catch (error) {
        job.error = { error: error instanceof HttpError ? { status: error.status, message: error.message } : { status: 500, message: error.message } };
      }
      job.body = null;
    }
    let answers;
    try {
      answers = commitAll(jobs);
    } catch (error) {
      // the commit itself failed (disk full, ...): nothing of these is stored; the clients retry
      answers = jobs.map(() => ({ error: { status: 500, message: `storage: ${error.code ?? error.message}` } }));
    }
    parentPort.postMessage(jobs.map((job, i) => ({ n: job.n, ...answers[i] })));
  };
  parentPort.on('message', (message) => {
    if (message === 'close') {
      if (queue.length) flush();
      store.close();
      parentPort.postMessage({ closed: true });
      return;
    }
    queue.push(message);
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  });
  parentPort.postMessage({ ready: true });
}

/** Starts the writer thread of a data folder; returns { ready, storeBatch(body, { key, workbook }), close() }. */
export function openWriter(dataDir) {
  const thread = startThread(new URL(import.meta.url), { writerDataDir: dataDir }, 'storage');
  return {
    ready: thread.ready,
    /**
     * Parses, checks (every event of `workbook`) and stores a request body; resolves to
     * { stored, duplicates } once committed, rejects with an HttpError.
     */
    storeBatch: (body, { key = null, workbook }) => thread.call({ body, key, workbook }),
    close: () => thread.close(),
  };
}
