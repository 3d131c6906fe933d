// Event batches are written on a thread of their own. The commit's
// fsync (full, so an acknowledged event survives a power cut) takes milliseconds during
// which better-sqlite3 blocks its thread; here it blocks this one, and the HTTP thread
// keeps answering reads. Whatever arrives while a commit runs is committed together
// (group commit: one fsync for all of it), each batch in its own savepoint, so one refused
// batch (a 409) leaves the others stored. The audit log has a file and a thread of its own
// (audit.mjs), so clinicians' reads add nothing to these commits.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { openStore } from './store.mjs';
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
}

/** Starts the writer thread of a data folder; returns { ready, storeBatch(body, { key, workbook }), close() }. */
export function openWriter(dataDir) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { writerDataDir: dataDir } });
  const waiting = new Map();
  let n = 0;
  let onClosed = () => {};
  let closing;
  const ready = new Promise((resolve, reject) => {
    worker.once('online', resolve);
    worker.once('error', reject);
  });
  worker.on('message', (message) => {
    if (message.closed) {
      onClosed();
      return;
    }
    for (const answer of message) {
      const job = waiting.get(answer.n);
      waiting.delete(answer.n);
      if (answer.error) job?.reject(new HttpError(answer.error.status, answer.error.message));
      else job?.resolve(answer.result);
    }
  });
  let dead = false;
  const unavailable = () => new HttpError(503, 'storage: unavailable; try again later', { 'Retry-After': '5' });
  worker.on('error', (error) => console.error('event writer thread:', error));
  worker.on('exit', () => {
    // nothing in flight was acknowledged; the clients retry with the same ids
    dead = true;
    for (const job of waiting.values()) job.reject(unavailable());
    waiting.clear();
  });
  return {
    ready,
    /**
     * Parses, checks (every event of `workbook`) and stores a request body; resolves to
     * { stored, duplicates } once committed, rejects with an HttpError.
     */
    storeBatch(body, { key = null, workbook }) {
      if (dead) return Promise.reject(unavailable());
      n += 1;
      const id = n;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ n: id, body, key, workbook });
      });
    },
    /** Commits what is queued and stops the thread (once, however often it is called). */
    close() {
      closing ??= (async () => {
        const closed = new Promise((r) => (onClosed = r));
        worker.postMessage('close');
        await closed;
        await worker.terminate();
      })();
      return closing;
    },
  };
}
