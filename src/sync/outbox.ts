/**
 * The sync outbox: every change waits here, in the kit's IndexedDB store, until the host's
 * backend has answered 2xx for it. All tabs of a site share it, so whichever tab sends
 * delivers the changes of all of them.
 *
 * Records, under `prefix` (one outbox per workbook scope and endpoint):
 *   q/<seq>      a queued event, in the order it happened
 *   batch        the batch being delivered: its key and events are fixed once formed, so a
 *                retry (in this tab, another tab, or after a reload) sends the same thing
 *   dead/<key>   a batch the backend rejected, kept for the host to inspect or resend
 *   meta         `{ lastSuccessAt }`
 * Where IndexedDB cannot be used the outbox lives in this page's memory (and says so).
 */
import { promisifyRequest } from 'idb-keyval';
import { kitStorage, prefixRange, StorageFault, type StorageFaultCode } from '../core/storage.js';

/** One change as delivered to the backend (the README documents it as a JSON Schema). */
export interface DeliveryEvent {
  /** Unique per change; the same on every retry. Backends de-duplicate by it. */
  id: string;
  workbook: string;
  source: string;
  storageKey: string;
  change: { type: string; [extra: string]: unknown };
  state: unknown;
  at: string;
  kitVersion: string;
}

export interface QueuedRecord {
  event: DeliveryEvent;
  queuedAt: string;
}

export interface BatchRecord {
  /** The Idempotency-Key of every attempt of this batch. */
  key: string;
  /** The outbox keys of its events, removed together once the batch is delivered. */
  eventKeys: string[];
  /** The events as sent (after the host's `transform`). */
  events: unknown[];
  /** Failed attempts so far. */
  attempts: number;
  /** When the latest failed attempt started (epoch milliseconds). */
  lastAttemptAt?: number;
  /** Epoch milliseconds before which no tab retries it on its own (the backoff). */
  nextAttemptAt: number;
  /** Epoch milliseconds before which nothing but `flush()` sends it: the server asked (Retry-After). */
  retryAfterUntil?: number;
  createdAt: string;
  lastError?: string;
}

/** A batch the backend would not take, kept until the host resends or discards it. */
export interface DeadLetter {
  key: string;
  /** The events as they were queued (before `transform`). */
  events: DeliveryEvent[];
  /** The HTTP status of the answer (0 when there was none). */
  status: number;
  /** What the backend (or the kit) said. */
  reason: string;
  failedAt: string;
  attempts: number;
  /** Where the events were queued: a resend puts them back in their place. */
  eventKeys: string[];
}

export interface OutboxMeta {
  lastSuccessAt: string | null;
}

/** The storage operations of one transaction. */
interface Ops {
  get<T>(key: string): Promise<T | undefined>;
  put(key: string, value: unknown): void;
  delete(key: string): void;
  entries<T>(prefix: string, limit?: number): Promise<[string, T][]>;
  count(prefix: string): Promise<number>;
}

function idbOps(s: IDBObjectStore): Ops {
  return {
    get: <T>(key: string) => promisifyRequest(s.get(key)) as Promise<T | undefined>,
    put: (key, value) => void s.put(value, key),
    delete: (key) => void s.delete(key),
    async entries<T>(prefix: string, limit?: number) {
      const range = prefixRange(prefix);
      const [keys, values] = await Promise.all([
        promisifyRequest(s.getAllKeys(range, limit)),
        promisifyRequest(s.getAll(range, limit)),
      ]);
      return keys.map((k, i) => [String(k), values[i] as T] as [string, T]);
    },
    count: (prefix) => promisifyRequest(s.count(prefixRange(prefix))),
  };
}

/** The page-memory stand-in, shared by every outbox of the page. */
const memory = new Map<string, unknown>();
const clone = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

function memoryOps(): Ops {
  const inRange = (prefix: string) =>
    [...memory.keys()].filter((k) => k >= prefix && k <= `${prefix}\uffff`).sort();
  return {
    get: async <T>(key: string) => clone(memory.get(key)) as T | undefined,
    put: (key, value) => void memory.set(key, clone(value)),
    delete: (key) => void memory.delete(key),
    async entries<T>(prefix: string, limit?: number) {
      return inRange(prefix)
        .slice(0, limit)
        .map((k) => [k, clone(memory.get(k))] as [string, T]);
    },
    count: async (prefix) => inRange(prefix).length,
  };
}

let tabCounter = 0;
const tabId = Math.random().toString(36).slice(2, 8);

/** A queue key that sorts by time across tabs, and is unique. */
function seqKey(): string {
  tabCounter += 1;
  return `${String(Date.now()).padStart(15, '0')}-${String(tabCounter).padStart(9, '0')}-${tabId}`;
}

/**
 * All outbox records live under this. The `#` keeps them apart from element records
 * (`<workbook>/<tag>/<key>`, parts URI-encoded): a workbook's export or erase leaves
 * them alone, so erasing on the device still delivers the `clear` it causes.
 */
export const OUTBOX_ROOT = '#sync/';

export class Outbox {
  /** True once IndexedDB failed and the outbox lives in this page's memory. */
  inMemory = false;
  /** Why it lives in memory. */
  memoryReason = '';
  /** Called once when the outbox falls back to memory, with the kit's error code. */
  onFallback: ((reason: string, code: StorageFaultCode) => void) | undefined;

  constructor(
    readonly prefix: string,
    persist = true,
  ) {
    if (!persist) this.inMemory = true;
  }

  /** The outbox of a workbook scope (`*` for the whole document) and an endpoint. */
  static for(scope: string, endpoint: string, persist = true): Outbox {
    return new Outbox(`${OUTBOX_ROOT}${encodeURIComponent(scope)}/${encodeURIComponent(endpoint)}/`, persist);
  }

  private async tx<T>(mode: IDBTransactionMode, work: (ops: Ops) => T | Promise<T>): Promise<T> {
    if (!this.inMemory) {
      try {
        return await kitStorage.run(mode, (s) => work(idbOps(s)));
      } catch (error) {
        if (!(error instanceof StorageFault)) throw error;
        this.inMemory = true;
        this.memoryReason = error.message;
        this.onFallback?.(error.message, error.code);
      }
    }
    return work(memoryOps());
  }

  /** Queues an event; resolves once it is stored. */
  append(event: DeliveryEvent): Promise<void> {
    const record: QueuedRecord = { event, queuedAt: new Date().toISOString() };
    return this.tx('readwrite', (ops) => ops.put(`${this.prefix}q/${seqKey()}`, record));
  }

  /** How many events wait (including those of the batch being delivered). */
  pending(): Promise<number> {
    return this.tx('readonly', (ops) => ops.count(`${this.prefix}q/`));
  }

  /** The oldest queued events, at most `limit`. */
  peek(limit: number): Promise<[string, QueuedRecord][]> {
    return this.tx('readonly', (ops) => ops.entries<QueuedRecord>(`${this.prefix}q/`, limit));
  }

  batch(): Promise<BatchRecord | undefined> {
    return this.tx('readonly', (ops) => ops.get<BatchRecord>(`${this.prefix}batch`));
  }

  /**
   * Saves a newly formed batch unless another tab saved one meanwhile; resolves to the
   * batch that is current afterwards.
   */
  saveNewBatch(batch: BatchRecord): Promise<BatchRecord> {
    return this.tx('readwrite', async (ops) => {
      const existing = await ops.get<BatchRecord>(`${this.prefix}batch`);
      if (existing) return existing;
      ops.put(`${this.prefix}batch`, batch);
      return batch;
    });
  }

  /** Records a failed attempt (only while that batch is still the current one). */
  updateBatch(batch: BatchRecord): Promise<void> {
    return this.tx('readwrite', async (ops) => {
      const existing = await ops.get<BatchRecord>(`${this.prefix}batch`);
      if (existing?.key === batch.key) ops.put(`${this.prefix}batch`, batch);
    });
  }

  /** Forgets the current batch but keeps its events queued (they go out in smaller batches). */
  dissolveBatch(key: string): Promise<void> {
    return this.tx('readwrite', async (ops) => {
      const existing = await ops.get<BatchRecord>(`${this.prefix}batch`);
      if (existing?.key === key) ops.delete(`${this.prefix}batch`);
    });
  }

  /** A 2xx answer: the batch and its events leave the outbox, in one transaction. */
  complete(batch: BatchRecord, at: string): Promise<void> {
    return this.tx('readwrite', async (ops) => {
      const existing = await ops.get<BatchRecord>(`${this.prefix}batch`);
      if (existing?.key === batch.key) ops.delete(`${this.prefix}batch`);
      for (const key of batch.eventKeys) ops.delete(key);
      ops.put(`${this.prefix}meta`, { lastSuccessAt: at } satisfies OutboxMeta);
    });
  }

  /**
   * Moves queued events to a dead letter in one transaction: the current batch (when
   * `batchKey` names it) or events that never made it into one (a failing `transform`).
   */
  reject(letter: Omit<DeadLetter, 'events'>, batchKey?: string): Promise<DeadLetter> {
    return this.tx('readwrite', async (ops) => {
      const events: DeliveryEvent[] = [];
      for (const key of letter.eventKeys) {
        const record = await ops.get<QueuedRecord>(key);
        if (record) events.push(record.event);
      }
      const dead: DeadLetter = { ...letter, events };
      ops.put(`${this.prefix}dead/${letter.key}`, dead);
      for (const key of letter.eventKeys) ops.delete(key);
      if (batchKey) {
        const existing = await ops.get<BatchRecord>(`${this.prefix}batch`);
        if (existing?.key === batchKey) ops.delete(`${this.prefix}batch`);
      }
      return dead;
    });
  }

  deadLetters(): Promise<DeadLetter[]> {
    return this.tx('readonly', async (ops) =>
      (await ops.entries<DeadLetter>(`${this.prefix}dead/`)).map(([, letter]) => letter),
    );
  }

  /** Puts the events of every dead letter back in their place in the queue; resolves to how many. */
  requeueDeadLetters(): Promise<number> {
    return this.tx('readwrite', async (ops) => {
      let count = 0;
      for (const [key, letter] of await ops.entries<DeadLetter>(`${this.prefix}dead/`)) {
        letter.events.forEach((event, i) => {
          const queueKey = letter.eventKeys[i] ?? `${this.prefix}q/${seqKey()}`;
          ops.put(queueKey, { event, queuedAt: letter.failedAt } satisfies QueuedRecord);
          count += 1;
        });
        ops.delete(key);
      }
      return count;
    });
  }

  /** Discards every dead letter; resolves to how many events were discarded. */
  discardDeadLetters(): Promise<number> {
    return this.tx('readwrite', async (ops) => {
      let count = 0;
      for (const [key, letter] of await ops.entries<DeadLetter>(`${this.prefix}dead/`)) {
        count += letter.events.length;
        ops.delete(key);
      }
      return count;
    });
  }

  meta(): Promise<OutboxMeta> {
    return this.tx('readonly', async (ops) => (await ops.get<OutboxMeta>(`${this.prefix}meta`)) ?? { lastSuccessAt: null });
  }
}
