// The HTTP thread's side of the backend's worker threads (writer.mjs, reader.mjs, audit.mjs):
// each request is a numbered message, each answer `{ n, result }` or `{ n, error: { status,
// message } }` (one, or an array of them for a group commit). A thread that dies rejects
// what is in flight with a 503, so clients retry; nothing in flight was acknowledged.
import { Worker } from 'node:worker_threads';
import { HttpError } from './validate.mjs';

/**
 * Starts `url` as a worker with `workerData`; the worker posts `{ ready: true }` once it can
 * work and `{ closed: true }` after a 'close' message. `name` goes in its 503s and logs.
 * Returns { ready, call(message), close() }.
 */
export function startThread(url, workerData, name) {
  const worker = new Worker(url, { workerData });
  const waiting = new Map();
  let n = 0;
  let dead = false;
  let onReady = () => {};
  let onClosed = () => {};
  let closing;
  const ready = new Promise((resolve, reject) => {
    onReady = resolve;
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${name} thread stopped before it was ready (exit ${code})`)));
  });
  const unavailable = () => new HttpError(503, `${name}: unavailable; try again later`, { 'Retry-After': '5' });
  worker.on('message', (message) => {
    if (message.ready) return onReady();
    if (message.closed) return onClosed();
    for (const answer of Array.isArray(message) ? message : [message]) {
      const job = waiting.get(answer.n);
      waiting.delete(answer.n);
      if (answer.error) job?.reject(new HttpError(answer.error.status, answer.error.message));
      else job?.resolve(answer.result);
    }
  });
  worker.on('error', (error) => console.error(`${name} thread:`, error));
  worker.on('exit', () => {
    dead = true;
    for (const job of waiting.values()) job.reject(unavailable());
    waiting.clear();
    onClosed(); // a thread that dies while closing has closed
  });
  return {
    ready,
    /** Sends `message` (numbered here); resolves to the thread's result for it, rejects with an HttpError. */
    call(message) {
      if (dead) return Promise.reject(unavailable());
      n += 1;
      const id = n;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ ...message, n: id });
      });
    },
    /** Lets the thread finish what is queued, then stops it (once, however often it is called). */
    close() {
      closing ??= (async () => {
        if (dead) return;
        const closed = new Promise((r) => (onClosed = r));
        worker.postMessage('close');
        await closed;
        await worker.terminate();
      })();
      return closing;
    },
  };
}
