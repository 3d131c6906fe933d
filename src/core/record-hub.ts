/**
 * One live record per storage key on a page. Every instance with the same workbook, tag
 * and storage key subscribes to the same hub, so they show the same state at once; the
 * hub coalesces writes, flushes when the page goes away, and shares diffs with other tabs.
 */
import { promisifyRequest } from 'idb-keyval';
import { applyDiff, cloneJson, combineDiffs, diffShapeFault, diffStates, emptyDiff, isEmptyDiff, type StateDiff } from './merge.js';
import type { StateModel } from './model.js';
import { kitStorage, prefixRange, StorageFault } from './storage.js';
import type { IptChangeInfo } from './events.js';
import { isPlainObject } from './validate.js';
import { observeDiff, observeStamp, observeState } from './clock.js';
import { nowIso } from './time.js';

/** A burst of changes within this window is one write. */
export const WRITE_DELAY_MS = 250;
const CHANNEL_NAME = 'ipt-widgets';
const JOURNAL = '#journal/';
const ASIDE = '#aside/';

/** What is stored under a record's key. */
export interface Envelope<D = unknown> {
  schema: number;
  updatedAt: string;
  data: D;
}

interface JournalEntry {
  schema: number;
  updatedAt: string;
  diff: StateDiff;
}

export interface HubNotice {
  code: 'storage-unavailable' | 'quota-exceeded' | 'invalid-state';
  message: string;
}

export interface HubListener {
  /** The state changed elsewhere: another instance, another tab, an import or an erase. */
  hubChanged(change: IptChangeInfo | undefined, emit: boolean): void;
  /** Something the host should hear of, once per listener and notice. */
  hubNotice(notice: HubNotice): void;
  /** A write succeeded after the device was full: the trouble is over. */
  hubSaved?(): void;
}

type ChannelMessage =
  | { kind: 'diff'; key: string; diff: StateDiff; at?: string }
  | { kind: 'erase'; prefix: string; at?: string }
  | { kind: 'reload'; prefix: string; at?: string };

/** Builds the storage key `<workbook>/<tag>/<storage-key>`; parts are encoded so no prefix is ambiguous. */
export function recordKey(workbook: string, tag: string, storageKey: string): string {
  return `${encodeURIComponent(workbook)}/${tag}/${encodeURIComponent(storageKey)}`;
}

export function workbookPrefix(workbook: string): string {
  return `${encodeURIComponent(workbook)}/`;
}

/** Splits a stored key back into its parts, or null for keys that are not records (journals, outboxes). */
export function parseRecordKey(key: string): { workbook: string; tag: string; storageKey: string } | null {
  if (key.includes('#')) return null;
  const parts = key.split('/');
  if (parts.length !== 3) return null;
  return { workbook: decodeURIComponent(parts[0]), tag: parts[1], storageKey: decodeURIComponent(parts[2]) };
}

/** Reads an envelope: migrates older schemas, repairs what it can. Throws TypeError when unreadable. */
/** A well-formed difference, as the channel and the journals carry it. */
function isWellFormedDiff(value: unknown): value is StateDiff {
  return diffShapeFault(value) === '';
}

/**
 * Folds one journal entry into a state, checked like a record: the entry must be a kit
 * journal entry and the state it makes must read back without a single repair. Returns
 * the new state, or the reason (a field path and what is wrong, never the data) to keep
 * the entry aside and the state as it was.
 */
export function foldJournal<S extends object, O>(model: StateModel<S, O>, state: S, entry: unknown, options: O): S | { fault: string } {
  if (!isPlainObject(entry) || typeof entry.schema !== 'number') return { fault: 'journal: not a kit journal entry ({ schema, updatedAt, diff })' };
  if (entry.schema !== model.schema) return { fault: `journal.schema: ${entry.schema} is not this kit's schema ${model.schema}` };
  const shape = diffShapeFault(entry.diff);
  if (shape) return { fault: `journal.${shape}: not the shape of a saved change` };
  observeStamp(entry.updatedAt);
  observeDiff(entry.diff as StateDiff);
  let next: S;
  try {
    next = applyDiff(model, state, entry.diff as StateDiff);
    const read = model.repair(cloneJson(next), options);
    if (read.problems.length) return { fault: `journal: the change would damage the record (${read.problems.slice(0, 3).join('; ')})` };
  } catch (error) {
    return { fault: `journal: the change would damage the record (${(error as Error).message})` };
  }
  return next;
}

export function readEnvelope<S extends object, O>(
  raw: unknown,
  model: StateModel<S, O>,
  options: O,
): { state: S; problems: string[] } {
  if (!isPlainObject(raw) || typeof raw.schema !== 'number' || !('data' in raw)) {
    throw new TypeError('record: not a kit record ({ schema, updatedAt, data })');
  }
  if (raw.schema > model.schema) {
    throw new TypeError(`record.schema: ${raw.schema} was written by a newer version of the kit (this one reads up to ${model.schema})`);
  }
  let data: unknown = raw.data;
  for (let version = raw.schema; version < model.schema; version++) {
    const step = model.migrations?.[version];
    if (!step) throw new TypeError(`record.schema: no migration from schema ${version}`);
    data = step(data);
  }
  return model.repair(data, options);
}

/**
 * A second, synchronous copy of the journal in localStorage. WebKit drops even a committed
 * IndexedDB put issued from `pagehide` (measured in WebKitGTK 2.50); localStorage is written
 * before the handler returns. Both copies fold in idempotently on the next load.
 */
const LOCAL_JOURNAL = 'ipt-widgets:journal:';

function localJournalWrite(key: string, entry: JournalEntry, id: string): void {
  try {
    localStorage.setItem(`${LOCAL_JOURNAL}${key}#${id}`, JSON.stringify(entry));
  } catch {
    /* blocked or full: the IndexedDB journal is still there */
  }
}

function localJournalRead(key: string): [string, unknown][] {
  const found: [string, unknown][] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (!name?.startsWith(`${LOCAL_JOURNAL}${key}#`)) continue;
      const text = localStorage.getItem(name);
      try {
        found.push([name, JSON.parse(text ?? 'null')]);
      } catch {
        // Unreadable text: kept aside as it is, like any damaged entry.
        found.push([name, { unreadable: text }]);
      }
    }
  } catch {
    /* localStorage unavailable */
  }
  return found.sort(([a], [b]) => (a < b ? -1 : 1));
}

/** Removes local journal entries: by exact names, or every one under a key prefix. */
export function localJournalDelete(names: readonly string[] | { prefix: string }): void {
  try {
    const all = Array.isArray(names)
      ? names
      : Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '').filter((n) =>
          n.startsWith(`${LOCAL_JOURNAL}${(names as { prefix: string }).prefix}`),
        );
    for (const name of all) localStorage.removeItem(name);
  } catch {
    /* localStorage unavailable */
  }
}

let channel: BroadcastChannel | undefined;
const hubs = new Map<string, RecordHub<object>>();

function channelFor(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<ChannelMessage>) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    // Another tab's stamps advance this page's clock, even for records not shown here.
    observeStamp(message.at);
    if (message.kind === 'diff' && isWellFormedDiff(message.diff)) {
      observeDiff(message.diff);
      hubs.get(message.key)?.applyRemote(message.diff);
    }
    if (message.kind === 'erase') for (const hub of matching(message.prefix)) hub.resetToEmpty(false);
    if (message.kind === 'reload') for (const hub of matching(message.prefix)) void hub.reload(false);
  };
  return channel;
}

function broadcast(message: ChannelMessage): void {
  try {
    channelFor()?.postMessage({ ...message, at: nowIso() });
  } catch {
    /* a closed channel must never break a change */
  }
}

function matching(prefix: string): RecordHub<object>[] {
  return [...hubs.values()].filter((hub) => hub.persist && (hub.key === prefix || hub.key.startsWith(prefix)));
}

let lifecycleHooked = false;
function hookLifecycle(): void {
  if (lifecycleHooked || typeof window === 'undefined') return;
  lifecycleHooked = true;
  const flushAll = () => {
    for (const hub of hubs.values()) hub.flushNow();
  };
  window.addEventListener('pagehide', flushAll);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushAll();
  });
}

export class RecordHub<S extends object> {
  state: S;
  readonly loaded: Promise<void>;
  readonly listeners = new Set<HubListener>();
  readonly notices: HubNotice[] = [];
  private pending: StateDiff | null = null;
  private inFlight: StateDiff | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private memoryOnly: boolean;
  private quotaEpisode = false;
  private remoteWhileLoading: StateDiff[] = [];
  private isLoaded = false;
  /** Local journal entries folded into the state, removed once a write has carried them. */
  private localJournals: string[] = [];

  constructor(
    readonly key: string,
    readonly model: StateModel<S, unknown>,
    readonly persist: boolean,
    private readonly options: unknown,
  ) {
    this.state = model.empty();
    this.memoryOnly = !persist;
    this.loaded = this.load();
  }

  private get idFor() {
    const fields = (this.model.idField ?? {}) as Record<string, string>;
    return (collection: string, item: Record<string, unknown>) => String(item[fields[collection] ?? 'id']);
  }

  private notice(notice: HubNotice): void {
    this.notices.push(notice);
    for (const listener of this.listeners) listener.hubNotice(notice);
  }

  private storageFailed(error: unknown): void {
    const fault = error instanceof StorageFault ? error : new StorageFault('storage-unavailable', String(error));
    if (fault.code === 'quota-exceeded') {
      if (this.quotaEpisode) return;
      this.quotaEpisode = true;
      this.notice({ code: 'quota-exceeded', message: `${fault.message}; your latest changes are kept in memory and saved again with the next change` });
      return;
    }
    if (this.memoryOnly) return;
    this.memoryOnly = true;
    this.notice({ code: 'storage-unavailable', message: fault.message });
  }

  private async readStored(): Promise<{ state: S; hadJournals: boolean }> {
    const [main, journalKeys, journals] = await kitStorage.run('readonly', (s) =>
      Promise.all([
        promisifyRequest(s.get(this.key)),
        promisifyRequest(s.getAllKeys(prefixRange(this.key + JOURNAL))),
        promisifyRequest(s.getAll(prefixRange(this.key + JOURNAL))) as Promise<unknown[]>,
      ]),
    );
    let state = this.model.empty();
    if (main !== undefined) {
      try {
        const read = readEnvelope(main, this.model, this.options);
        state = read.state;
        if (read.problems.length) {
          const aside = await this.keepAside(main, false);
          this.notice({
            code: 'invalid-state',
            message: `the saved record had problems that were repaired (${read.problems.join('; ')}); the original is kept as "${aside}"`,
          });
        }
      } catch (error) {
        const aside = await this.keepAside(main, true);
        this.notice({
          code: 'invalid-state',
          message: `the saved record could not be read (${(error as Error).message}); it is kept unchanged as "${aside}" and this element starts empty`,
        });
      }
    }
    if (isPlainObject(main)) observeStamp(main.updatedAt);
    observeState(state, this.model.collections);
    // Journals: each checked like a record; a damaged one is kept aside, the good record untouched.
    const damaged: { key: string; entry: unknown; fault: string; local?: string }[] = [];
    journals.forEach((entry, i) => {
      const folded = foldJournal(this.model, state, entry, this.options);
      if ('fault' in folded) damaged.push({ key: String(journalKeys[i]), entry, fault: folded.fault });
      else state = folded as S;
    });
    const local = localJournalRead(this.key);
    const goodLocal: string[] = [];
    for (const [name, entry] of local) {
      const folded = foldJournal(this.model, state, entry, this.options);
      if ('fault' in folded) damaged.push({ key: '', entry, fault: folded.fault, local: name });
      else {
        state = folded as S;
        goodLocal.push(name);
      }
    }
    if (damaged.length) await this.keepJournalsAside(damaged);
    this.localJournals = goodLocal;
    return { state, hadJournals: journals.length - damaged.filter((d) => !d.local).length > 0 || goodLocal.length > 0 };
  }

  /** Moves damaged journal entries to copies of their own (IndexedDB), off the journal, and reports them once. */
  private async keepJournalsAside(damaged: { key: string; entry: unknown; fault: string; local?: string }[]): Promise<void> {
    const asideKeys: string[] = [];
    await kitStorage.run('readwrite', (s) => {
      for (const item of damaged) {
        const asideKey = `${this.key}${ASIDE}journal-${nowIso()}`;
        asideKeys.push(asideKey);
        s.put(item.entry, asideKey);
        if (item.key) s.delete(item.key);
      }
    });
    localJournalDelete(damaged.flatMap((d) => (d.local ? [d.local] : [])));
    this.notice({
      code: 'invalid-state',
      message:
        `${damaged.length === 1 ? 'a change saved as the page closed' : `${damaged.length} changes saved as the page closed`} could not be read ` +
        `(${damaged.map((d) => d.fault).join('; ')}); the record is kept as it was and the change is kept unchanged as "${asideKeys.join('", "')}"`,
    });
  }

  /**
   * Copies a record that must not be overwritten to a key of its own and returns that key.
   * An unreadable one is moved (in one transaction), so later saves start afresh beside it.
   */
  private async keepAside(raw: unknown, move: boolean): Promise<string> {
    const asideKey = `${this.key}${ASIDE}${nowIso()}`;
    await kitStorage.run('readwrite', (s) => {
      s.put(raw, asideKey);
      if (move) s.delete(this.key);
    });
    // The unreadable original is safe in its copy; the main key is rewritten on the next save.
    this.pending = this.pending ?? emptyDiff();
    return asideKey;
  }

  private async load(): Promise<void> {
    hookLifecycle();
    if (this.persist) {
      channelFor();
      try {
        const { state, hadJournals } = await this.readStored();
        this.state = state;
        if (hadJournals) this.pending = this.pending ?? emptyDiff(); // fold the journals into the record
      } catch (error) {
        this.storageFailed(error);
      }
    }
    this.isLoaded = true;
    for (const diff of this.remoteWhileLoading) this.state = applyDiff(this.model, this.state, diff);
    this.remoteWhileLoading = [];
    if (this.pending) this.scheduleWrite();
  }

  /**
   * A local change made at `now`. Its difference from the state before is what gets saved and
   * sent to other tabs, so it is only worked out where the record is saved.
   */
  applyLocal(next: S, now: string, from: HubListener | undefined, change: IptChangeInfo): void {
    const previous = this.state;
    this.state = next;
    for (const listener of this.listeners) if (listener !== from) listener.hubChanged(change, false);
    if (!this.persist) return;
    const diff = diffStates(this.model, previous, next, now);
    if (isEmptyDiff(diff)) return;
    this.pending = this.pending ? combineDiffs(this.pending, diff, this.idFor) : diff;
    broadcast({ kind: 'diff', key: this.key, diff });
    this.scheduleWrite();
  }

  applyRemote(diff: StateDiff): void {
    if (!this.isLoaded) {
      this.remoteWhileLoading.push(diff);
      return;
    }
    this.state = applyDiff(this.model, this.state, diff);
    for (const listener of this.listeners) listener.hubChanged(undefined, false);
  }

  private scheduleWrite(): void {
    if (this.memoryOnly || !this.isLoaded) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.writeNow(), WRITE_DELAY_MS);
  }

  /** Writes what is pending now; resolves once the transaction completed (or failed over). */
  writeNow(): Promise<void> {
    clearTimeout(this.timer);
    const diff = this.pending;
    if (!diff || this.memoryOnly) return this.writing;
    this.pending = null;
    this.writing = this.writing.then(async () => {
      this.inFlight = diff;
      try {
        await kitStorage.run('readwrite', async (s) => {
          const [main, journalKeys, journals] = await Promise.all([
            promisifyRequest(s.get(this.key)),
            promisifyRequest(s.getAllKeys(prefixRange(this.key + JOURNAL))),
            promisifyRequest(s.getAll(prefixRange(this.key + JOURNAL))) as Promise<unknown[]>,
          ]);
          let base = this.model.empty();
          if (main !== undefined) {
            try {
              base = readEnvelope(main, this.model, this.options).state;
            } catch {
              s.put(main, `${this.key}${ASIDE}${nowIso()}`);
            }
          }
          journals.forEach((entry) => {
            const folded = foldJournal(this.model, base, entry, this.options);
            // one that arrived since loading and is damaged: kept aside, never folded in
            if ('fault' in folded) s.put(entry, `${this.key}${ASIDE}journal-${nowIso()}`);
            else base = folded as S;
          });
          base = applyDiff(this.model, base, diff);
          for (const key of journalKeys) s.delete(key);
          const envelope: Envelope = { schema: this.model.schema, updatedAt: nowIso(), data: base };
          s.put(envelope, this.key);
        });
        if (this.quotaEpisode) for (const listener of this.listeners) listener.hubSaved?.();
        this.quotaEpisode = false;
        localJournalDelete(this.localJournals);
        this.localJournals = [];
      } catch (error) {
        // Keep the change: it goes out with the next write, ahead of anything newer.
        this.pending = this.pending ? combineDiffs(diff, this.pending, this.idFor) : diff;
        this.storageFailed(error);
      } finally {
        this.inFlight = null;
      }
    });
    return this.writing;
  }

  /**
   * The page is going away: write what is pending as a journal entry with one `put`
   * issued at once and committed, the write that survives an unload. Read-modify-write
   * does not; the journal is folded into the record on the next load.
   */
  flushNow(): void {
    if (this.memoryOnly) return;
    const parts = [this.inFlight, this.pending].filter((d): d is StateDiff => d !== null);
    if (!parts.length) return;
    clearTimeout(this.timer);
    const diff = parts.reduce((a, b) => combineDiffs(a, b, this.idFor));
    const entry: JournalEntry = { schema: this.model.schema, updatedAt: nowIso(), diff };
    const id = `${entry.updatedAt}-${Math.random().toString(36).slice(2, 8)}`;
    const journalKey = `${this.key}${JOURNAL}${id}`;
    localJournalWrite(this.key, entry, id);
    this.localJournals.push(`${LOCAL_JOURNAL}${this.key}#${id}`);
    const wasPending = this.pending;
    this.pending = null;
    void kitStorage.putNow(journalKey, entry).then((ok) => {
      if (!ok && wasPending) this.pending = this.pending ? combineDiffs(wasPending, this.pending, this.idFor) : wasPending;
    });
  }

  /** Forgets the state here (an erase, here or in another tab) without writing it back. */
  resetToEmpty(emitHere: boolean): void {
    clearTimeout(this.timer);
    this.pending = null;
    this.state = this.model.empty();
    this.notifyAll({ type: 'clear' }, emitHere);
  }

  /** Reads the record again (after an import) and shows it. */
  async reload(emitHere: boolean): Promise<void> {
    await this.writing;
    if (!this.memoryOnly) {
      try {
        this.state = (await this.readStored()).state;
      } catch (error) {
        this.storageFailed(error);
      }
    }
    this.notifyAll({ type: 'replace', via: 'import' }, emitHere);
  }

  /** Shows a state that replaced this record wholesale (an import while storage is unavailable). */
  replaceState(state: S, change: IptChangeInfo, emitHere: boolean): void {
    this.state = state;
    this.notifyAll(change, emitHere);
  }

  /** Tells every listener; the first one also emits `ipt-change` when asked, so hosts hear it once. */
  private notifyAll(change: IptChangeInfo, emitHere: boolean): void {
    let first = true;
    for (const listener of this.listeners) {
      listener.hubChanged(change, emitHere && first);
      first = false;
    }
  }

  /** Erases this record and its journals on the device and in other tabs; the other instances here show it at once. */
  async erase(from: HubListener): Promise<void> {
    clearTimeout(this.timer);
    this.pending = null;
    this.state = this.model.empty();
    for (const listener of this.listeners) if (listener !== from) listener.hubChanged({ type: 'clear' }, false);
    await this.writing;
    if (!this.persist) return;
    localJournalDelete({ prefix: `${this.key}#` });
    this.localJournals = [];
    broadcast({ kind: 'erase', prefix: this.key });
    if (this.memoryOnly) return;
    try {
      await kitStorage.run('readwrite', (s) => {
        s.delete(this.key);
        s.delete(prefixRange(`${this.key}#`));
      });
    } catch (error) {
      this.storageFailed(error);
    }
  }

  /** The state as it would be saved now, a copy. */
  snapshot(): S {
    return cloneJson(this.state);
  }
}

/** The hub for a key, made on first use. */
export function acquireHub<S extends object>(
  key: string,
  model: StateModel<S, unknown>,
  persist: boolean,
  options: unknown,
  listener: HubListener,
): RecordHub<S> {
  const mapKey = persist ? key : `memory:${key}`;
  let hub = hubs.get(mapKey) as RecordHub<S> | undefined;
  if (!hub) {
    hub = new RecordHub<S>(key, model, persist, options);
    hubs.set(mapKey, hub as unknown as RecordHub<object>);
  }
  hub.listeners.add(listener);
  return hub;
}

/** Lets go of a hub; the last listener to leave writes what is pending and frees it. */
export function releaseHub(hub: RecordHub<object>, listener: HubListener): void {
  hub.listeners.delete(listener);
  if (hub.listeners.size > 0) return;
  void hub.writeNow().then(() => {
    const mapKey = hub.persist ? hub.key : `memory:${hub.key}`;
    if (hub.listeners.size === 0 && hubs.get(mapKey) === hub) hubs.delete(mapKey);
  });
}

/** The live hubs whose key starts with a prefix (a workbook's records). */
export function liveHubs(prefix: string): RecordHub<object>[] {
  return matching(prefix);
}

/** Writes every pending change now; resolves when all writes completed. */
export async function flushAll(): Promise<void> {
  await Promise.all([...hubs.values()].map((hub) => hub.writeNow()));
}

/** Tells other tabs that a workbook was erased or re-imported. */
export function broadcastWorkbook(kind: 'erase' | 'reload', prefix: string): void {
  broadcast({ kind, prefix });
}

