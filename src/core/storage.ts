/**
 * The kit's one IndexedDB store (an idb-keyval custom store) and its fault handling.
 * Every element, the workbook and the sync outbox go through `kitStorage`, so the faults
 * of real browsers (private modes, blocked storage, lost connections, full disks) are
 * handled once: callers get either a result or a `StorageFault` with a kit error code.
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';

export const DB_NAME = 'ipt-widgets';
export const STORE_NAME = 'records';
/** How long `indexedDB.open` may stay unsettled before the kit works in memory. */
export const OPEN_TIMEOUT_MS = 5000;
/** How many times a lost connection is reopened before the kit works in memory. */
export const MAX_RECONNECTS = 3;

export type StorageFaultCode = 'storage-unavailable' | 'quota-exceeded';

export class StorageFault extends Error {
  constructor(
    readonly code: StorageFaultCode,
    message: string,
    readonly original?: unknown,
  ) {
    super(message);
    this.name = 'StorageFault';
  }
}

function errorName(error: unknown): string {
  return (error as { name?: string } | null)?.name ?? '';
}
function errorMessage(error: unknown): string {
  return String((error as { message?: string } | null)?.message ?? error ?? '');
}

/** A closed or closing connection: Chromium's InvalidStateError, Safari's lost server. */
export function isConnectionLost(error: unknown): boolean {
  const message = errorMessage(error);
  return (
    errorName(error) === 'InvalidStateError' ||
    /connection is closing/i.test(message) ||
    /Connection to Indexed Database server lost/i.test(message) ||
    /database connection is closing/i.test(message)
  );
}

/** A full disk, also when the browser only reports the transaction's AbortError. */
export function isQuotaError(error: unknown): boolean {
  if (errorName(error) === 'QuotaExceededError') return true;
  const inner = (error as { inner?: unknown; cause?: unknown } | null) ?? {};
  if (inner.inner && isQuotaError(inner.inner)) return true;
  if (inner.cause && isQuotaError(inner.cause)) return true;
  return errorName(error) === 'AbortError' && /quota/i.test(errorMessage(error));
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Resolves when a transaction completed (only then is a write saved), rejects with the
 * transaction's error on abort: with the quota error where the browser gives one.
 */
export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.addEventListener('complete', () => resolve());
    const fail = () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
    tx.addEventListener('abort', fail);
    tx.addEventListener('error', fail);
  });
}

/** Every key that starts with `prefix`, as an IndexedDB key range. */
export function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}

type Status = 'closed' | 'open' | 'unavailable';

/** The kit's store: opened lazily, once, with the fault handling described above. */
export class KitStorage {
  private store: UseStore | undefined;
  /** The open connection, kept so that `putNow` can write without waiting even a microtask. */
  private db: IDBDatabase | undefined;
  private status: Status = 'closed';
  private opening: Promise<boolean> | undefined;
  /** Why the kit works in memory, once it does. */
  unavailableReason = '';

  constructor(
    private readonly dbName = DB_NAME,
    private readonly storeName = STORE_NAME,
  ) {}

  /** True once the store is known to work; false when the kit works in memory. */
  get isAvailable(): boolean {
    return this.status === 'open';
  }

  /** Opens the store once; resolves false (never rejects) when IndexedDB cannot be used. */
  open(): Promise<boolean> {
    if (this.status === 'open') return Promise.resolve(true);
    if (this.status === 'unavailable') return Promise.resolve(false);
    this.opening ??= this.tryOpen();
    return this.opening;
  }

  private async tryOpen(): Promise<boolean> {
    let opening: Promise<unknown> | undefined;
    let store: ReturnType<typeof createStore> | undefined;
    try {
      // Reading `indexedDB` can itself throw (SecurityError) where storage is blocked.
      const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
      if (!factory) throw new Error('IndexedDB is not available in this browser or mode');
      this.store = store = createStore(this.dbName, this.storeName);
      opening = store('readonly', (s) => {
        this.db = s.transaction.db;
        return promisifyRequest(s.count());
      });
      await withTimeout(opening, OPEN_TIMEOUT_MS, `opening IndexedDB took longer than ${OPEN_TIMEOUT_MS / 1000} s`);
      this.status = 'open';
      return true;
    } catch (error) {
      this.markUnavailable(`IndexedDB could not be opened (${errorMessage(error) || errorName(error)})`);
      // An open that answers after the timeout (a slow phone, an engine waking its storage
      // up) is used by the elements that start after it. Those already working in memory stay
      // so: they told the person, and what they hold is not merged into the saved record.
      opening?.then(
        () => {
          if (this.status !== 'unavailable') return;
          this.store = store;
          this.status = 'open';
          this.unavailableReason = '';
        },
        () => {},
      );
      return false;
    } finally {
      this.opening = undefined;
    }
  }

  private markUnavailable(reason: string): void {
    this.status = 'unavailable';
    this.store = undefined;
    this.db = undefined;
    this.unavailableReason = `${reason}; your work is kept in this page's memory only`;
  }

  /**
   * Runs `work` in one transaction and resolves with its result once the transaction has
   * completed. A lost connection is reopened and the work retried, at most
   * `MAX_RECONNECTS` times; then the kit works in memory. Rejects only with `StorageFault`.
   */
  async run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => T | PromiseLike<T>): Promise<T> {
    if (!(await this.open())) throw new StorageFault('storage-unavailable', this.unavailableReason);
    for (let attempt = 0; ; attempt++) {
      try {
        const store = this.store;
        if (!store) throw new StorageFault('storage-unavailable', this.unavailableReason);
        return await store(mode, async (s) => {
          const done = transactionDone(s.transaction);
          done.catch(() => {}); // awaited below; this only keeps an early throw from leaving it unhandled
          const result = await work(s);
          await done;
          return result;
        });
      } catch (error) {
        if (error instanceof StorageFault) throw error;
        if (isQuotaError(error)) {
          throw new StorageFault('quota-exceeded', 'the device is out of storage space for this site', error);
        }
        if (isConnectionLost(error) && attempt < MAX_RECONNECTS) {
          // Drop the cached connection: the next createStore opens a fresh one.
          this.store = createStore(this.dbName, this.storeName);
          this.db = undefined;
          continue;
        }
        this.markUnavailable(
          isConnectionLost(error)
            ? `the connection to IndexedDB was lost ${attempt + 1} times`
            : `IndexedDB failed (${errorMessage(error) || errorName(error)})`,
        );
        throw new StorageFault('storage-unavailable', this.unavailableReason, error);
      }
    }
  }

  /**
   * Writes one value with a single `put` issued at once and committed explicitly: the
   * only write that survives the page going away (see the notes in README, "Storage").
   * Never throws; resolves true when the transaction completed.
   */
  putNow(key: string, value: unknown): Promise<boolean> {
    if (this.status !== 'open') return Promise.resolve(false);
    try {
      if (this.db) {
        // Synchronously, inside the pagehide handler: WebKit drops a write issued a microtask later.
        const tx = this.db.transaction(this.storeName, 'readwrite');
        tx.objectStore(this.storeName).put(value, key);
        const done = transactionDone(tx).then(
          () => true,
          () => false,
        );
        tx.commit?.();
        return done;
      }
      if (!this.store) return Promise.resolve(false);
      return this.store('readwrite', (s) => {
        s.put(value, key);
        const done = transactionDone(s.transaction);
        s.transaction.commit?.();
        return done;
      }).then(
        () => true,
        () => false,
      );
    } catch {
      return Promise.resolve(false);
    }
  }

  /** Every [key, value] whose key starts with `prefix`. */
  entries<T>(prefix: string): Promise<[string, T][]> {
    return this.run('readonly', async (s) => {
      const range = prefixRange(prefix);
      const [keys, values] = await Promise.all([
        promisifyRequest(s.getAllKeys(range)),
        promisifyRequest(s.getAll(range)),
      ]);
      return keys.map((k, i) => [String(k), values[i] as T] as [string, T]);
    });
  }

  /** Deletes every key that starts with `prefix`. */
  deletePrefix(prefix: string): Promise<void> {
    return this.run('readwrite', (s) => {
      s.delete(prefixRange(prefix));
    });
  }
}

/** The one store every part of the kit shares. */
export const kitStorage = new KitStorage();
