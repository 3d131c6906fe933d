/**
 * The sync outbox: every change and risk event waits here, in the kit's IndexedDB store,
 * until the host's backend has answered 2xx for it. All tabs of a site share it, so
 * whichever tab sends delivers the events of all of them.
 *
 * Records, under `prefix` (one outbox per workbook scope and endpoint):
 *   q/<seq>      a queued change, in the order it happened
 *   r/<seq>      a queued risk event: sent before any change
 *   batch        the change batch being delivered: its key and events are fixed once formed,
 *                so a retry (in this tab, another tab, or after a reload) sends the same thing
 *   rbatch       the same for risk events
 *   dead/<key>   a batch the backend rejected, kept for the host to inspect or resend
 *   meta         `{ lastSuccessAt }`
 * Where IndexedDB cannot be used the outbox lives in this page's memory (and says so); while
 * the disk is full, only what could not be written waits in memory, and moves back once
 * there is space.
 */
import { promisifyRequest } from 'idb-keyval';
import { kitStorage, prefixRange, StorageFault, type StorageFaultCode } from '../core/storage.js';

/** The item-level change as delivered: the kit's merge shape, with `idField` where a collection's id is not `id`. */
export interface DeliveryDiff {
  collections: Record<string, { idField?: string; upserts: Record<string, unknown>[]; removed: Record<string, string> }>;
  fields: Record<string, unknown>;
}

interface DeliveryBase {
  /** Unique per event; the same on every retry. Backends de-duplicate by it. */
  id: string;
  /** The delivery format: 2 (an event without it is a format-1 change). */
  format?: 2;
  workbook: string;
  source: string;
  storageKey: string;
  /** The change's stamp, as an ISO time. */
  at: string;
  kitVersion: string;
}

/** One change as delivered to the backend (the README documents it as a JSON Schema). */
export interface ChangeDeliveryEvent extends DeliveryBase {
  /** `change` (absent in format 1). */
  type?: 'change';
  change: { type: string; [extra: string]: unknown };
  /** What changed, item by item (absent in format 1). */
  diff?: DeliveryDiff;
  /** The whole state: only when small, for whole replacements, or with `include-state="always"`. */
  state?: unknown;
}

/** A risk event (`ipt-risk`) as delivered: ahead of every queued change. */
export interface RiskDeliveryEvent extends DeliveryBase {
  type: 'risk';
  risk: { kind: string; value: number; responseId?: string };
}

export type DeliveryEvent = ChangeDeliveryEvent | RiskDeliveryEvent;

export interface QueuedRecord {
  event: DeliveryEvent;
  queuedAt: string;
}

export interface BatchRecord {
  /** The Idempotency-Key of every attempt of this batch. */
  key: string;
  /** `risk` for a batch of risk events (absent: changes). */
  lane?: Lane;
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

/**
 * Records kept in this page's memory: the whole outbox where IndexedDB cannot be used (or
 * `persist="none"`), and otherwise only what could not be written while the disk was full
 * (moved to IndexedDB as soon as space returns). Keys are full outbox keys, so every outbox
 * of the page shares the map without mixing.
 */
const memory = new Map<string, unknown>();
const clone = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

function memoryKeys(prefix: string): string[] {
  return [...memory.keys()].filter((k) => k >= prefix && k <= `${prefix}\uffff`).sort();
}

function memoryOps(): Ops {
  return {
    get: async <T>(key: string) => clone(memory.get(key)) as T | undefined,
    put: (key, value) => void memory.set(key, clone(value)),
    delete: (key) => void memory.delete(key),
    async entries<T>(prefix: string, limit?: number) {
      return memoryKeys(prefix)
        .slice(0, limit)
        .map((k) => [k, clone(memory.get(k))] as [string, T]);
    },
    count: async (prefix) => memoryKeys(prefix).length,
  };
}

/**
 * IndexedDB, seen together with what waits in memory. Changes to the memory part are staged
 * and applied only once the transaction has committed, so an aborted transaction (a full
 * disk) changes nothing anywhere. `putToMemory`: writes go to memory (the disk is full).
 */
function storeOps(s: IDBObjectStore, putToMemory: boolean, staged: (() => void)[]): Ops {
  return {
    async get<T>(key: string) {
      const stored = (await promisifyRequest(s.get(key))) as T | undefined;
      return stored !== undefined ? stored : (clone(memory.get(key)) as T | undefined);
    },
    put(key, value) {
      if (putToMemory) {
        const copy = clone(value);
        staged.push(() => memory.set(key, copy));
      } else {
        s.put(value, key);
      }
    },
    delete(key) {
      s.delete(key);
      if (memory.has(key)) staged.push(() => memory.delete(key));
    },
    async entries<T>(prefix: string, limit?: number) {
      const range = prefixRange(prefix);
      const [keys, values] = await Promise.all([promisifyRequest(s.getAllKeys(range, limit)), promisifyRequest(s.getAll(range, limit))]);
      const all = keys.map((k, i) => [String(k), values[i] as T] as [string, T]);
      const extra = memoryKeys(prefix);
      if (extra.length === 0) return all;
      for (const k of extra) all.push([k, clone(memory.get(k)) as T]);
      all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return all.slice(0, limit);
    },
    async count(prefix) {
      return (await promisifyRequest(s.count(prefixRange(prefix)))) + memoryKeys(prefix).length;
    },
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
 * (`<workbook>/<tag>/<key>`, parts URI-encoded): a workbook's export leaves them alone;
 * its erase removes the ones of that workbook through `eraseWorkbookOutboxes`.
 */
export const OUTBOX_ROOT = '#sync/';
/** The localStorage lease of an outbox (where Web Locks are missing) is named after its prefix. */
export const LEASE_ROOT = 'ipt-sync-lock:';
/** How often, at most, a page whose disk was full tries to move what waits in memory back. */
export const RESTORE_EVERY_MS = 1000;

/** Risk events have a queue and a batch of their own, sent before the changes. */
export type Lane = 'change' | 'risk';
const QUEUE: Record<Lane, string> = { change: 'q/', risk: 'r/' };
const BATCH: Record<Lane, string> = { change: 'batch', risk: 'rbatch' };

/** One outbox object per prefix and persistence for the page's life. */
const outboxes = new Map<string, Outbox>();

/** What an `<ipt-sync>` using an outbox hears of it (several may share one). */
export interface OutboxWatcher {
  /** Records have to wait in memory (once per episode), with the kit's error code. */
  fallback?(reason: string, code: StorageFaultCode): void;
  /** What waited in memory (the disk was full) is stored on the device again. */
  restored?(): void;
  /** Some records were erased (see `eraseWorkbookOutboxes`). */
  erased?(): void;
}

export class Outbox {
  /** True once IndexedDB failed for good (or `persist="none"`): the outbox lives in this page's memory. */
  inMemory = false;
  /** Why it lives in memory. */
  memoryReason = '';
  readonly watchers = new Set<OutboxWatcher>();

  private serial: Promise<unknown> = Promise.resolve();
  private overflowReported = false;
  private lastRestoreTry = 0;

  private constructor(
    readonly prefix: string,
    readonly persist: boolean,
  ) {
    if (!persist) this.inMemory = true;
  }

  /**
   * The outbox of a workbook scope (`*` for the whole document) and an endpoint: the same
   * object for the page's life, so nothing waiting in its memory is ever left behind.
   */
  static for(scope: string, endpoint: string, persist = true): Outbox {
    const prefix = `${OUTBOX_ROOT}${encodeURIComponent(scope)}/${encodeURIComponent(endpoint)}/`;
    const id = `${persist ? 'p' : 'm'}|${prefix}`;
    let outbox = outboxes.get(id);
    if (!outbox) {
      outbox = new Outbox(prefix, persist);
      outboxes.set(id, outbox);
      listenForErase();
    }
    return outbox;
  }

  /** True while some of its records wait in memory (a full disk, or no IndexedDB). */
  get partlyInMemory(): boolean {
    return this.inMemory || memoryKeys(this.prefix).length > 0;
  }

  /** Resolves once every operation started so far has finished. */
  idle(): Promise<void> {
    return this.serial.then(
      () => undefined,
      () => undefined,
    );
  }

  /** One operation at a time per outbox: what waits in memory moves back in between, never during one. */
  private tx<T>(mode: IDBTransactionMode, work: (ops: Ops) => T | Promise<T>): Promise<T> {
    const run = this.serial.then(() => this.runTx(mode, work));
    this.serial = run.catch(() => undefined);
    return run;
  }

  private async runTx<T>(mode: IDBTransactionMode, work: (ops: Ops) => T | Promise<T>): Promise<T> {
    if (!this.inMemory) {
      await this.restore();
      try {
        return await this.storeTx(mode, work, false);
      } catch (error) {
        if (!(error instanceof StorageFault)) throw error;
        if (error.code === 'quota-exceeded') {
          this.overflowed(error);
          // the same work again, its writes kept in memory until space returns
          try {
            return await this.storeTx(mode, work, true);
          } catch (again) {
            if (!(again instanceof StorageFault)) throw again;
            if (again.code === 'quota-exceeded') return work(memoryOps());
            this.fallBack(again);
          }
        } else {
          this.fallBack(error);
        }
      }
    }
    return work(memoryOps());
  }

  private async storeTx<T>(mode: IDBTransactionMode, work: (ops: Ops) => T | Promise<T>, putToMemory: boolean): Promise<T> {
    const staged: (() => void)[] = [];
    const result = await kitStorage.run(mode, (s) => {
      staged.length = 0; // a reconnect runs the work again
      return work(storeOps(s, putToMemory, staged));
    });
    for (const apply of staged) apply();
    return result;
  }

  private overflowed(error: StorageFault): void {
    if (this.overflowReported) return;
    this.overflowReported = true;
    this.memoryReason = error.message;
    for (const w of this.watchers) w.fallback?.(error.message, error.code);
  }

  private fallBack(error: StorageFault): void {
    this.inMemory = true;
    this.memoryReason = error.message;
    for (const w of this.watchers) w.fallback?.(error.message, error.code);
  }

  /** Moves what waited in memory (the disk was full) to IndexedDB, when there is space again. */
  private async restore(force = false): Promise<void> {
    const keys = memoryKeys(this.prefix);
    if (keys.length === 0 || this.inMemory) return;
    if (!force && Date.now() - this.lastRestoreTry < RESTORE_EVERY_MS) return;
    this.lastRestoreTry = Date.now();
    const moving = keys.map((k) => [k, memory.get(k)] as const);
    try {
      await kitStorage.run('readwrite', (s) => {
        for (const [k, value] of moving) s.put(value, k);
      });
    } catch (error) {
      if (error instanceof StorageFault && error.code !== 'quota-exceeded') this.fallBack(error);
      return;
    }
    for (const [k, value] of moving) if (memory.get(k) === value) memory.delete(k);
    if (memoryKeys(this.prefix).length === 0 && this.overflowReported) {
      this.overflowReported = false;
      this.memoryReason = '';
      for (const w of this.watchers) w.restored?.();
    }
  }

  /** Tries at once (not waiting for the next operation) to move what waits in memory to the device. */
  retryStorage(): Promise<void> {
    const run = this.serial.then(() => this.restore(true));
    this.serial = run.catch(() => undefined);
    return run;
  }

  /** Queues an event; resolves once it is stored (in memory when the device cannot take it). */
  append(event: DeliveryEvent, lane: Lane = 'change'): Promise<void> {
    const record: QueuedRecord = { event, queuedAt: new Date().toISOString() };
    return this.tx('readwrite', (ops) => ops.put(`${this.prefix}${QUEUE[lane]}${seqKey()}`, record));
  }

  /** How many events wait, risk events included (including those of the batches being delivered). */
  pending(): Promise<number> {
    return this.tx('readonly', async (ops) => (await ops.count(`${this.prefix}${QUEUE.change}`)) + (await ops.count(`${this.prefix}${QUEUE.risk}`)));
  }

  /** How many events of a lane wait. */
  waiting(lane: Lane): Promise<number> {
    return this.tx('readonly', (ops) => ops.count(`${this.prefix}${QUEUE[lane]}`));
  }

  /** The oldest queued events of a lane, at most `limit`. */
  peek(limit: number, lane: Lane = 'change'): Promise<[string, QueuedRecord][]> {
    return this.tx('readonly', (ops) => ops.entries<QueuedRecord>(`${this.prefix}${QUEUE[lane]}`, limit));
  }

  batch(lane: Lane = 'change'): Promise<BatchRecord | undefined> {
    return this.tx('readonly', (ops) => ops.get<BatchRecord>(`${this.prefix}${BATCH[lane]}`));
  }

  private batchKey(batch: BatchRecord): string {
    return `${this.prefix}${BATCH[batch.lane ?? 'change']}`;
  }

  /**
   * Saves a newly formed batch unless another tab saved one meanwhile; resolves to the
   * batch that is current afterwards, or undefined when some of its events are gone.
   */
  saveNewBatch(batch: BatchRecord): Promise<BatchRecord | undefined> {
    return this.tx('readwrite', async (ops) => {
      const existing = await ops.get<BatchRecord>(this.batchKey(batch));
      if (existing) return existing;
      // events erased (or sent by another tab) since they were read: form the batch again
      for (const key of batch.eventKeys) if ((await ops.get(key)) === undefined) return undefined;
      ops.put(this.batchKey(batch), batch);
      return batch;
    });
  }

  /** Records a failed attempt (only while that batch is still the current one). */
  updateBatch(batch: BatchRecord): Promise<void> {
    return this.tx('readwrite', async (ops) => {
      const existing = await ops.get<BatchRecord>(this.batchKey(batch));
      if (existing?.key === batch.key) ops.put(this.batchKey(batch), batch);
    });
  }

  /** Forgets the current batch but keeps its events queued (they go out in smaller batches). */
  dissolveBatch(batch: BatchRecord): Promise<void> {
    return this.tx('readwrite', async (ops) => {
      const existing = await ops.get<BatchRecord>(this.batchKey(batch));
      if (existing?.key === batch.key) ops.delete(this.batchKey(batch));
    });
  }

  /** A 2xx answer: the batch and its events leave the outbox, in one transaction (deletes only: a full disk cannot stop it). */
  async complete(batch: BatchRecord, at: string): Promise<void> {
    await this.tx('readwrite', async (ops) => {
      const existing = await ops.get<BatchRecord>(this.batchKey(batch));
      if (existing?.key === batch.key) ops.delete(this.batchKey(batch));
      for (const key of batch.eventKeys) ops.delete(key);
    });
    await this.tx('readwrite', (ops) => ops.put(`${this.prefix}meta`, { lastSuccessAt: at } satisfies OutboxMeta));
  }

  /**
   * Moves queued events to a dead letter in one transaction: the current batch (when
   * `batch` is given) or events that never made it into one (a failing `transform`).
   */
  reject(letter: Omit<DeadLetter, 'events'>, batch?: BatchRecord): Promise<DeadLetter> {
    return this.tx('readwrite', async (ops) => {
      const events: DeliveryEvent[] = [];
      for (const key of letter.eventKeys) {
        const record = await ops.get<QueuedRecord>(key);
        if (record) events.push(record.event);
      }
      const dead: DeadLetter = { ...letter, events };
      ops.put(`${this.prefix}dead/${letter.key}`, dead);
      for (const key of letter.eventKeys) ops.delete(key);
      if (batch) {
        const existing = await ops.get<BatchRecord>(this.batchKey(batch));
        if (existing?.key === batch.key) ops.delete(this.batchKey(batch));
      }
      return dead;
    });
  }

  deadLetters(): Promise<DeadLetter[]> {
    return this.tx('readonly', async (ops) => (await ops.entries<DeadLetter>(`${this.prefix}dead/`)).map(([, letter]) => letter));
  }

  /** Puts the events of every dead letter back in their place in the queue; resolves to how many. */
  requeueDeadLetters(): Promise<number> {
    return this.tx('readwrite', async (ops) => {
      let count = 0;
      for (const [key, letter] of await ops.entries<DeadLetter>(`${this.prefix}dead/`)) {
        letter.events.forEach((event, i) => {
          const lane: Lane = event.type === 'risk' ? 'risk' : 'change';
          const queueKey = letter.eventKeys[i] ?? `${this.prefix}${QUEUE[lane]}${seqKey()}`;
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

// --- erase ---------------------------------------------------------------------------

/** The workbook scope an outbox key belongs to (`*`: the page-wide outbox, which holds every workbook's events). */
function scopeOf(key: string): string {
  return decodeURIComponent(key.slice(OUTBOX_ROOT.length).split('/')[0] ?? '');
}

const ofWorkbook = (event: unknown, workbook: string) => (event as { workbook?: unknown } | null)?.workbook === workbook;

/**
 * What erasing a workbook does to a set of outbox records: the keys to delete and the
 * records to rewrite. Everything under the workbook's own scope goes; in the page-wide
 * outboxes, its queued events, any batch holding one of them (its other events stay queued
 * and leave in a new batch) and its events in dead letters.
 */
function eraseplan(all: [string, unknown][], workbook: string): { remove: string[]; rewrite: [string, unknown][] } {
  const remove = new Set<string>();
  const rewrite: [string, unknown][] = [];
  for (const [key, value] of all) {
    const scope = scopeOf(key);
    if (scope === workbook) remove.add(key);
    else if (scope === '*' && /\/[qr]\/[^/]*$/.test(key) && ofWorkbook((value as QueuedRecord | null)?.event, workbook)) remove.add(key);
  }
  for (const [key, value] of all) {
    if (scopeOf(key) !== '*' || remove.has(key)) continue;
    if (/\/r?batch$/.test(key)) {
      const batch = value as BatchRecord | null;
      if (batch?.eventKeys?.some((k) => remove.has(k)) || batch?.events?.some((e) => ofWorkbook(e, workbook))) remove.add(key);
    } else if (/\/dead\/[^/]*$/.test(key)) {
      const letter = value as DeadLetter | null;
      if (!letter?.events?.some((e) => ofWorkbook(e, workbook))) continue;
      const keep = letter.events.map((e, i) => [e, letter.eventKeys[i]] as const).filter(([e]) => !ofWorkbook(e, workbook));
      if (keep.length === 0) remove.add(key);
      else rewrite.push([key, { ...letter, events: keep.map(([e]) => e), eventKeys: keep.map(([, k]) => k) }]);
    }
  }
  return { remove: [...remove], rewrite };
}

function eraseInMemory(workbook: string): void {
  const { remove, rewrite } = eraseplan(memoryKeys(OUTBOX_ROOT).map((k) => [k, memory.get(k)] as [string, unknown]), workbook);
  for (const key of remove) memory.delete(key);
  for (const [key, value] of rewrite) memory.set(key, value);
}

function eraseLeases(workbook: string): void {
  try {
    const start = `${LEASE_ROOT}${OUTBOX_ROOT}${encodeURIComponent(workbook)}/`;
    const names = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '').filter((n) => n.startsWith(start));
    for (const name of names) localStorage.removeItem(name);
  } catch {
    /* localStorage unavailable: nothing of it there */
  }
}

let eraseChannel: BroadcastChannel | undefined;
const ERASE_CHANNEL = 'ipt-sync-erase';

function listenForErase(): void {
  if (eraseChannel || typeof BroadcastChannel === 'undefined') return;
  eraseChannel = new BroadcastChannel(ERASE_CHANNEL);
  eraseChannel.onmessage = (e: MessageEvent<{ workbook?: unknown }>) => {
    if (typeof e.data?.workbook !== 'string') return;
    eraseInMemory(e.data.workbook);
    for (const outbox of outboxes.values()) for (const w of outbox.watchers) w.erased?.();
  };
}

/**
 * Removes every trace of a workbook from the outboxes of this device: its queued changes and
 * risk events, the batches in flight that hold them, its dead letters (in IndexedDB, in this
 * page's memory and in other open tabs' memory), and the localStorage leases named after it.
 * A request already on its way cannot be called back.
 */
export async function eraseWorkbookOutboxes(workbook: string): Promise<void> {
  // changes being queued right now land before the erase, not after it
  await Promise.all([...outboxes.values()].map((outbox) => outbox.idle()));
  eraseInMemory(workbook);
  try {
    await kitStorage.run('readwrite', async (s) => {
      const range = prefixRange(OUTBOX_ROOT);
      const [keys, values] = await Promise.all([promisifyRequest(s.getAllKeys(range)), promisifyRequest(s.getAll(range))]);
      const { remove, rewrite } = eraseplan(
        keys.map((k, i) => [String(k), values[i]] as [string, unknown]),
        workbook,
      );
      for (const key of remove) s.delete(key);
      for (const [key, value] of rewrite) s.put(value, key);
    });
  } catch (error) {
    if (!(error instanceof StorageFault)) throw error;
    // nothing stored on the device to erase there
  }
  eraseLeases(workbook);
  try {
    const channel = new BroadcastChannel(ERASE_CHANNEL);
    channel.postMessage({ workbook });
    channel.close();
  } catch {
    /* no other tabs to tell */
  }
  for (const outbox of outboxes.values()) for (const w of outbox.watchers) w.erased?.();
}
