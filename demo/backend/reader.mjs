// A clinician's reads (the client list, a client's workbook) run on a thread of their own,
// over a read-only connection of their own (WAL: it reads while the writer thread commits).
// Each read is one message: the session check, the assignment check, the query and the
// JSON of the answer all happen here, so the HTTP thread only parses requests and writes
// answers, and a burst of reads never holds up an event POST on it. On Linux this thread
// also runs at a lower CPU priority (nice 10) than the HTTP and writer threads: when the
// machine has no CPU to spare, delivering a client's events comes first, and reads get
// what is left (on an idle machine the priority changes nothing).
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { setPriority } from 'node:os';
import { createAccounts } from './accounts.mjs';
import { openStore } from './store.mjs';
import { HttpError } from './validate.mjs';

export const READER_NICE = 10;

if (!isMainThread && workerData?.readerDataDir) {
  if (process.platform === 'linux') {
    try {
      setPriority(0, READER_NICE); // Linux: this thread only (elsewhere it would be the whole process)
    } catch {
      // not allowed here: reads simply keep the same priority as everything else
    }
  }
  const store = openStore(workerData.readerDataDir, { readOnly: true });
  const accounts = createAccounts(store);

  // A page of a clinician's list, kept until anything in the database changes: a clinician
  // page polling, or many at once, costs one query per change instead of one per request.
  const lists = new Map();
  function clientPage(clinicianId, limit, offset) {
    const tag = store.changeTag();
    const key = `${clinicianId}:${limit}:${offset}`;
    const cached = lists.get(key);
    if (cached?.tag === tag) return cached;
    const rows = accounts.clientsOf(clinicianId, { limit: limit + 1, offset });
    const page = { tag, count: Math.min(rows.length, limit), body: JSON.stringify({ workbooks: rows.slice(0, limit), next: rows.length > limit ? offset + limit : null }) };
    if (lists.size > 1000) lists.clear();
    lists.set(key, page);
    return page;
  }

  const ops = {
    /** The session of a cookie value and, when `page` is given and the session valid, that page of its list. */
    list({ sessionId, page }) {
      const session = accounts.session(sessionId);
      if (!session || !page) return { session };
      const { count, body } = clientPage(session.clinicianId, page.limit, page.offset);
      return { session, count, body };
    },
    /** The session, whether the workbook is the clinician's, its ETag and (unless it matches) its JSON. */
    workbook({ sessionId, id, ifNoneMatch }) {
      const session = accounts.session(sessionId);
      if (!session) return { session };
      if (!accounts.isAssigned(session.clinicianId, id)) return { session, assigned: false };
      // one read transaction, so the ETag and the body are of the same moment
      return store.db.transaction(() => {
        const etag = `W/"${store.version(id)}"`;
        if (ifNoneMatch === etag) return { session, assigned: true, etag, notModified: true };
        return { session, assigned: true, etag, body: store.workbookJson(id, { label: accounts.clientLabel(id) ?? id }) };
      })();
    },
  };

  parentPort.on('message', (message) => {
    if (message === 'close') {
      store.close();
      parentPort.postMessage({ closed: true });
      return;
    }
    let answer;
    try {
      answer = { n: message.n, result: ops[message.op](message.args) };
    } catch (error) {
      answer = { n: message.n, error: { status: 500, message: `storage: ${error.code ?? error.message}` } };
    }
    parentPort.postMessage(answer);
  });
  parentPort.postMessage({ ready: true });
}

/** Starts the reader thread of a data folder; returns { list(args), workbook(args), close() }, each read a promise. */
export function openReader(dataDir) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { readerDataDir: dataDir } });
  const waiting = new Map();
  let n = 0;
  let onClosed = () => {};
  let closing;
  let onReady = () => {};
  const ready = new Promise((resolve, reject) => {
    onReady = resolve; // once its connection is open
    worker.once('error', reject);
  });
  worker.on('message', (message) => {
    if (message.ready) {
      onReady();
      return;
    }
    if (message.closed) {
      onClosed();
      return;
    }
    const job = waiting.get(message.n);
    waiting.delete(message.n);
    if (message.error) job?.reject(new HttpError(message.error.status, message.error.message));
    else job?.resolve(message.result);
  });
  let dead = false;
  const unavailable = () => new HttpError(503, 'storage: unavailable; try again later', { 'Retry-After': '5' });
  worker.on('error', (error) => console.error('reader thread:', error));
  worker.on('exit', () => {
    dead = true;
    for (const job of waiting.values()) job.reject(unavailable());
    waiting.clear();
  });
  const call = (op, args) => {
    if (dead) return Promise.reject(unavailable());
    n += 1;
    const id = n;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.postMessage({ n: id, op, args });
    });
  };
  return {
    ready,
    /** { session } and, with `page: { limit, offset }` and a valid session, { count, body } of that page. */
    list: (args) => call('list', args),
    /** { session, assigned, etag, notModified, body } of a workbook for a session (see ops.workbook). */
    workbook: (args) => call('workbook', args),
    /** Stops the thread (once, however often it is called). */
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
