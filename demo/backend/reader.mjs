// A clinician's reads (the client list, a client's workbook) run on a thread of their own,
// over a read-only connection of their own (WAL: it reads while the writer thread commits).
// Each read is one message: the session check, the assignment check, the query and the
// JSON of the answer all happen here, so the HTTP thread only parses requests and writes
// answers, and a burst of reads never holds up an event POST on it. On Linux this thread
// also runs at a lower CPU priority (nice 10) than the HTTP and writer threads: when the
// machine has no CPU to spare, delivering a client's events comes first, and reads get
// what is left (on an idle machine the priority changes nothing).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { setPriority } from 'node:os';
import { createAccounts } from './accounts.mjs';
import { openStore } from './store.mjs';
import { startThread } from './thread.mjs';

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

/** Starts the reader thread of a data folder; returns { ready, list(args), workbook(args), close() }, each read a promise. */
export function openReader(dataDir) {
  const thread = startThread(new URL(import.meta.url), { readerDataDir: dataDir }, 'storage');
  return {
    ready: thread.ready, // once its connection is open
    /** { session } and, with `page: { limit, offset }` and a valid session, { count, body } of that page. */
    list: (args) => thread.call({ op: 'list', args }),
    /** { session, assigned, etag, notModified, body } of a workbook for a session (see ops.workbook). */
    workbook: (args) => thread.call({ op: 'workbook', args }),
    close: () => thread.close(),
  };
}
