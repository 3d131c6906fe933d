import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { oneOf, wholeNumber } from '../core/attributes.js';
import { defineElement } from '../core/define.js';
import { Announcer } from '../core/announcer.js';
import { emit, type IptChangeEvent, type IptRiskEvent } from '../core/events.js';
import { closestAcross, dateTimeFormatter, registerStrings } from '../core/i18n.js';
import { IptElement } from '../core/ipt-element.js';
import { baseStyles } from '../core/theme.js';
import { nowIso } from '../core/time.js';
import { newId } from '../core/validate.js';
import { modelFor } from '../core/registry.js';
import { isRetryableStatus, parseRetryAfter, RETRY_AFTER_CAP_MS, retryDelay } from './backoff.js';
import { withLock } from './lock.js';
import { acceptsGzip, canGzip, changeDelivery, gzip, riskDelivery, type IncludeState } from './delivery.js';
import { Outbox, type BatchRecord, type DeadLetter, type DeliveryEvent, type Lane, type OutboxWatcher } from './outbox.js';
import { strings } from './strings.js';
import { syncStyles } from './sync.styles.js';

const HOUR_MINUTE: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

registerStrings(strings, { es: () => import('./strings.es.js') });

export type { ChangeDeliveryEvent, DeadLetter, DeliveryDiff, DeliveryEvent, RiskDeliveryEvent } from './outbox.js';

export type SyncStatus = 'idle' | 'sending' | 'offline' | 'retrying' | 'error';

/** What `transport` receives: the batch's idempotency key and its events (after `transform`). */
export interface SyncBatch {
  key: string;
  events: unknown[];
}

/** What `transport` resolves to: a fetch `Response`, or just the status that stands for the outcome. */
export interface SyncTransportResult {
  /** 2xx delivered; 408, 429, 5xx retried; other 4xx dead-lettered. */
  status: number;
  /** Seconds or an HTTP date, as in a Retry-After header. */
  retryAfter?: string | number | null;
  /** Words for a dead letter, when the batch is rejected. */
  reason?: string;
}

/** Replaces `fetch`. Throwing (or rejecting) counts as a network error and is retried. */
export type SyncTransport = (batch: SyncBatch, signal: AbortSignal) => Promise<Response | SyncTransportResult>;

export type SyncHeaders =
  | Record<string, string>
  | (() => Record<string, string> | Promise<Record<string, string>>);

/** Turns a queued event into what is sent. Return `null` to leave an event out on purpose. */
export type SyncTransform = (event: DeliveryEvent) => unknown | Promise<unknown>;

export interface IptSyncStatusDetail {
  status: SyncStatus;
  /** Events waiting in the outbox (of every tab of this site). */
  pending: number;
  /** When a batch was last delivered (2xx), as an ISO time, or null. */
  lastSuccessAt: string | null;
  /** Events in dead letters, waiting for the host. */
  deadLetters: number;
  /** When the next attempt is planned (while retrying), as an ISO time, or null. */
  nextAttemptAt: string | null;
}

declare module '../core/events.js' {
  interface IptEventMap {
    'ipt-sync-status': IptSyncStatusDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'ipt-sync-status': CustomEvent<IptSyncStatusDetail>;
  }
  interface HTMLElementTagNameMap {
    'ipt-sync': IptSync;
  }
}

/** Batches are also kept under this many bytes of JSON: half of the example backend's limit. */
export const MAX_BATCH_BYTES = 512 * 1024;
/** A burst of changes within this window leaves in one batch. */
const GATHER_MS = 100;
/** The sending tab re-reads the outbox this often, in case a message from another tab was missed. */
const SWEEP_MS = 30_000;
const CHANNEL = 'ipt-sync';

/**
 * Which destinations each change event has already been queued for. A page with two
 * `<ipt-sync>` for one endpoint (pasted twice, or one in a workbook and one for the page)
 * must not queue a change twice: the copies would get different ids and no backend could
 * tell them apart.
 */
const queuedFor = new WeakMap<Event, Set<string>>();

/** Endpoints whose answers said (`Accept-Encoding`, RFC 7694) that they take gzip bodies; false after a 415. */
const gzipAccepted = new Map<string, boolean>();

type ChannelMessage =
  | { type: 'appended'; prefix: string; risk?: boolean }
  | ({ type: 'status'; prefix: string } & IptSyncStatusDetail);

/**
 * Why a delivery round runs: `timer` (a planned retry, a new change) waits out the
 * backoff; `resume` (load, back online, page visible) only what the server asked for with
 * Retry-After; `force` (`flush()`, "Try now") nothing.
 */
type DrainMode = 'timer' | 'resume' | 'force';
const RANK: Record<DrainMode, number> = { timer: 0, resume: 1, force: 2 };

interface QueuedDrain {
  mode: DrainMode;
  /** When the latest resume or force asking for this round came. */
  requestedAt: number;
  promise: Promise<boolean>;
}

type Outcome =
  | { kind: 'delivered' }
  | { kind: 'retry'; status: number; retryAfterMs: number | null; reason: string }
  | { kind: 'reject'; status: number; reason: string; gzipped?: boolean };

/**
 * Delivers the changes of its workbook (or, outside one, of the whole page) to the
 * program's backend: each `ipt-change` is first kept in an outbox on the device, then
 * POSTed in batches until the backend answers 2xx. Works offline, across reloads and
 * with several tabs open (one tab sends at a time).
 *
 * Each POST carries `{ "events": [ ... ] }` and an `Idempotency-Key` header; each event
 * (delivery format 2) is a change `{ id, format: 2, type: "change", workbook, source,
 * storageKey, change, diff, state?, at, kitVersion }` (`state` only when small, for whole
 * replacements, or with `include-state="always"`) or a risk event `{ id, format: 2,
 * type: "risk", workbook, source, storageKey, risk: { kind, value, responseId? }, at,
 * kitVersion }`. Risk events (`ipt-risk`) leave in batches of their own, ahead of every
 * queued change. `id` is unique and unchanged on retries: delivery is at-least-once,
 * backends de-duplicate by `id`.
 *
 * @tagname ipt-sync
 * @summary Sends every change to the program's backend, offline or not.
 *
 * @event ipt-sync-status - `{ status, pending, lastSuccessAt, deadLetters, nextAttemptAt }` whenever one of them changes. `status` is `idle`, `sending`, `offline`, `retrying` or `error` (some events were rejected and wait in the dead letters).
 * @event ipt-error - code `sync-rejected` when the backend refuses a batch (a 4xx other than 408 and 429; it moves to the dead letters), `invalid-attribute`, `invalid-state` (an `ipt-risk` with a malformed detail: not queued), `storage-unavailable` (the outbox lives in memory from then on) or `quota-exceeded` (what cannot be written waits in memory until there is space).
 *
 * @csspart status - the status line (with `show-status`)
 * @csspart dot - the coloured dot of the status line
 * @csspart button - the "Try now" button
 * @csspart crisis - the "Need help now?" link and its panel, under the status line (nobody reads what is sent right away)
 * @csspart crisis-link - the "Need help now?" button
 * @csspart crisis-panel - the program's crisis content, once opened
 *
 * @cssprop --ipt-color-muted - text of the status line
 * @cssprop --ipt-color-support - dot when everything is sent
 * @cssprop --ipt-color-accent - dot while sending
 * @cssprop --ipt-color-warning - dot while offline or retrying
 * @cssprop --ipt-color-conflict - dot when some changes were rejected
 */
export class IptSync extends IptElement {
  static override styles = [baseStyles, syncStyles];

  static override attributeRules = {
    ...IptElement.attributeRules,
    batchSize: wholeNumber('batch-size', 1, 1000, 50),
    timeoutMs: wholeNumber('timeout-ms', 100, 600_000, 15_000),
    retryMinMs: wholeNumber('retry-min-ms', 10, 3_600_000, 1000),
    retryMaxMs: wholeNumber('retry-max-ms', 10, 86_400_000, 300_000),
    credentials: oneOf('credentials', ['omit', 'same-origin', 'include'], 'same-origin'),
    includeState: oneOf('include-state', ['auto', 'always'], 'auto'),
    compress: oneOf('compress', ['auto', 'gzip', 'none'], 'auto'),
  };

  /** The URL batches are POSTed to (relative URLs resolve against the page). */
  @property() endpoint = '';

  /** Most events per request (1 to 1000); batches also stay under 512 KB of JSON. */
  @property({ type: Number, attribute: 'batch-size' }) batchSize = 50;

  /** A request with no answer after this many milliseconds is abandoned and retried. */
  @property({ type: Number, attribute: 'timeout-ms' }) timeoutMs = 15_000;

  /** The first wait before a retry, in milliseconds; later waits double, with jitter. */
  @property({ type: Number, attribute: 'retry-min-ms' }) retryMinMs = 1000;

  /** The longest wait between retries, in milliseconds (a server's Retry-After may ask for more). */
  @property({ type: Number, attribute: 'retry-max-ms' }) retryMaxMs = 300_000;

  /** Whether requests carry cookies: `omit`, `same-origin` or `include` (for a backend on another site). */
  @property() credentials: RequestCredentials = 'same-origin';

  /**
   * `auto`: each change carries the whole state only when its JSON is at most 64 KB (or it
   * replaces the whole state); `always`: every change carries it (a backend that keeps only states).
   */
  @property({ attribute: 'include-state' }) includeState: IncludeState = 'auto';

  /**
   * Request bodies gzipped (`Content-Encoding: gzip`, where the browser has CompressionStream):
   * `auto` once an answer of the endpoint said `Accept-Encoding: gzip`; `gzip` always; `none` never.
   * A 415 answer to a gzipped body turns it off for the endpoint and the batch goes again as is.
   */
  @property() compress: 'auto' | 'gzip' | 'none' = 'auto';

  /** Shows a one-line status ("Saved and sent to your program…") in the kit's style and language. */
  @property({ type: Boolean, reflect: true, attribute: 'show-status' }) showStatus = false;

  /** Extra request headers, or a (possibly async) function returning them, called for every request: for auth tokens. */
  @property({ attribute: false }) headers: SyncHeaders | undefined;

  /** Reshapes each event (change or risk) before it is sent (may be async); return `null` to leave an event out on purpose. */
  @property({ attribute: false }) transform: SyncTransform | undefined;

  /**
   * Replaces `fetch` entirely (GraphQL, a Firebase SDK, …): receives `{ key, events }` and an
   * `AbortSignal`; resolve with a `Response` or `{ status, retryAfter?, reason? }`; throw for a
   * network error.
   */
  @property({ attribute: false }) transport: SyncTransport | undefined;

  @state() private syncStatus: SyncStatus = 'idle';
  @state() private pendingCount = 0;
  @state() private lastSuccess: string | null = null;
  @state() private deadCount = 0;
  @state() private memoryOnly = false;
  /** What the screen-reader live region says: only news worth interrupting for. */
  private readonly announcer = new Announcer(this);

  private outbox: Outbox | undefined;
  private readonly watcher: OutboxWatcher = {
    fallback: (reason, code) => {
      this.memoryOnly = true;
      this.reportError(code, `unsent changes are kept in this page's memory for now: ${reason}`);
    },
    restored: () => {
      this.faultEnded('quota-exceeded'); // a later full disk is a new episode, reported again
      this.memoryOnly = this.outbox?.partlyInMemory ?? false;
      void this.refreshCounts().then(() => this.schedule(0));
    },
    erased: () => void this.refreshCounts(),
  };
  private listenTarget: EventTarget | undefined;
  private channel: BroadcastChannel | undefined;
  /** The planned rounds, per lane: risk events have rounds (and a lock) of their own. */
  private timers: Record<Lane, { id: ReturnType<typeof setTimeout> | undefined; at: number }> = {
    change: { id: undefined, at: Infinity },
    risk: { id: undefined, at: Infinity },
  };
  private sweep: ReturnType<typeof setInterval> | undefined;
  private chains: Record<Lane, Promise<unknown>> = { change: Promise.resolve(), risk: Promise.resolve() };
  private queuedDrains: Record<Lane, QueuedDrain | null> = { change: null, risk: null };
  private appends = new Set<Promise<void>>();
  private nextAttemptAt: number | null = null;
  /** After a 413 the batches of this page stay at most this big. */
  private sizeHint = Infinity;
  private warnedNoTarget = false;
  private lastPublished = '';

  /** Events waiting to be delivered (those of every tab of this site, risk events included). */
  get pending(): number {
    return this.pendingCount;
  }

  /** When a batch was last delivered, as an ISO time, or null. */
  get lastSuccessAt(): string | null {
    return this.lastSuccess;
  }

  /** `idle`, `sending`, `offline`, `retrying` or `error` (some batches are in the dead letters, or there is nowhere to send to). */
  get status(): SyncStatus {
    return this.syncStatus;
  }

  override connectedCallback(): void {
    // before super: the workbook context arrives during it and needs the target for the scope
    this.listenTarget = closestAcross(this, 'ipt-workbook') ?? document;
    super.connectedCallback();
    this.listenTarget.addEventListener('ipt-change', this.onChange);
    this.listenTarget.addEventListener('ipt-risk', this.onRisk);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    document.addEventListener('visibilitychange', this.onVisible);
    this.openOutbox();
    this.sweep = setInterval(() => this.schedule(0), SWEEP_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listenTarget?.removeEventListener('ipt-change', this.onChange);
    this.listenTarget?.removeEventListener('ipt-risk', this.onRisk);
    this.listenTarget = undefined;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    document.removeEventListener('visibilitychange', this.onVisible);
    this.closeChannel();
    clearInterval(this.sweep);
    for (const timer of Object.values(this.timers)) {
      clearTimeout(timer.id);
      timer.id = undefined;
      timer.at = Infinity;
    }
    this.outbox?.watchers.delete(this.watcher);
    this.outbox = undefined;
  }

  protected override workbookChanged(): void {
    if (this.isConnected && this.listenTarget) this.openOutbox();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('endpoint') && this.isConnected) this.openOutbox();
    else if ((changed.has('transport') && this.transport) || changed.has('persist')) this.openOutbox();
  }

  /**
   * Tries to deliver everything waiting now, without waiting for a planned retry.
   * Resolves to true when nothing is left in the outbox (delivered, or rejected into the
   * dead letters), false when something still waits (offline, the backend unreachable, …).
   */
  async flush(): Promise<boolean> {
    await Promise.allSettled([...this.appends]);
    await this.outbox?.retryStorage();
    return this.requestDrain('force');
  }

  /** The batches the backend rejected, oldest first: `{ key, events, status, reason, failedAt, attempts }`. */
  async deadLetters(): Promise<DeadLetter[]> {
    return this.outbox ? this.outbox.deadLetters() : [];
  }

  /** Puts the events of every dead letter back in the queue, in their place, and sends; resolves to how many. */
  async retryDeadLetters(): Promise<number> {
    if (!this.outbox) return 0;
    const count = await this.outbox.requeueDeadLetters();
    await this.refreshCounts();
    if (count > 0) this.schedule(0);
    return count;
  }

  /** Deletes every dead letter (after the host has dealt with them); resolves to how many events went. */
  async discardDeadLetters(): Promise<number> {
    if (!this.outbox) return 0;
    const count = await this.outbox.discardDeadLetters();
    await this.refreshCounts();
    if (this.syncStatus === 'error' && this.deadCount === 0) this.setStatus('idle');
    return count;
  }

  // --- capture ---------------------------------------------------------------------

  private onChange = (e: Event): void => {
    const detail = (e as IptChangeEvent).detail;
    if (!detail || typeof detail.source !== 'string' || !this.outbox || !this.firstHearing(e)) return;
    if (detail.workbook === '') return this.unidentified(detail.source);
    let event: DeliveryEvent;
    try {
      event = changeDelivery(detail, { includeState: this.includeState, idField: modelFor(detail.source)?.idField });
    } catch (error) {
      this.reportError('invalid-state', `a change of <${detail.source}> could not be copied for sending: ${(error as Error).name}`);
      return;
    }
    this.queue(event, 'change');
  };

  private onRisk = (e: Event): void => {
    const detail = (e as IptRiskEvent).detail;
    if (!detail || typeof detail.source !== 'string' || !this.outbox || !this.firstHearing(e)) return;
    if (detail.workbook === '') return this.unidentified(detail.source);
    let event: DeliveryEvent;
    try {
      event = riskDelivery(detail);
    } catch (error) {
      this.reportError('invalid-state', `a risk event of <${detail.source}> could not be sent: ${(error as Error).message}`);
      return;
    }
    this.queue(event, 'risk');
  };

  /**
   * An element in a look-alike `<ipt-workbook>` without a valid `workbook-id` keeps its data
   * on the page (workbook `''`): sending it would file one client's words under no client, or
   * another's. Said once, as the element says it.
   */
  private unidentified(source: string): void {
    this.reportError('workbook-unavailable', `a change of <${source}> was not sent: its workbook has no valid workbook-id, so it stays on this page`);
  }

  /** True the first time an event reaches an <ipt-sync> for this destination (see `queuedFor`). */
  private firstHearing(e: Event): boolean {
    const destination = this.target === 'transport' ? this.outbox!.prefix : this.target;
    const seen = queuedFor.get(e) ?? new Set<string>();
    if (seen.has(destination)) return false;
    seen.add(destination);
    queuedFor.set(e, seen);
    return true;
  }

  private queue(event: DeliveryEvent, lane: Lane): void {
    const outbox = this.outbox!;
    this.pendingCount += 1;
    const append = outbox
      .append(event, lane)
      .then(
        () => {
          this.memoryOnly = outbox.partlyInMemory;
          this.post({ type: 'appended', prefix: outbox.prefix, risk: lane === 'risk' });
          // a risk event goes at once, also while the changes wait out a backoff
          if (lane === 'risk') this.schedule(0, 'risk');
          else this.schedule(GATHER_MS);
        },
        (error: unknown) => {
          this.pendingCount = Math.max(0, this.pendingCount - 1);
          this.reportError('storage-unavailable', `a change could not be queued for sending: ${(error as Error)?.name ?? 'error'}`);
        },
      )
      .finally(() => this.appends.delete(append));
    this.appends.add(append);
  }

  private onOnline = (): void => {
    void this.requestDrain('resume');
  };

  private onOffline = (): void => {
    this.setStatus('offline');
  };

  private onVisible = (): void => {
    if (document.visibilityState === 'visible') void this.requestDrain('resume');
  };

  // --- outbox and other tabs --------------------------------------------------------

  private get scope(): string {
    const target = this.listenTarget;
    if (!target || target === document) return '*';
    // a look-alike workbook: its own valid id, never `default` (workbook-lookup.ts)
    return this.workbook?.workbookId ?? this.workbookLookup().id ?? '';
  }

  private get target(): string {
    if (!this.endpoint) return 'transport';
    try {
      return new URL(this.endpoint, document.baseURI).href;
    } catch {
      return this.endpoint;
    }
  }

  private openOutbox(): void {
    const persist = this.persist !== 'none';
    const next = Outbox.for(this.scope, this.target, persist);
    if (this.outbox === next) {
      void this.requestDrain('resume');
      return;
    }
    this.outbox?.watchers.delete(this.watcher);
    this.outbox = next;
    next.watchers.add(this.watcher);
    this.memoryOnly = next.partlyInMemory;
    this.openChannel();
    void this.refreshCounts().then(() => this.requestDrain('resume'));
  }

  private openChannel(): void {
    if (this.channel || typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(CHANNEL);
    this.channel.onmessage = (e: MessageEvent<ChannelMessage>) => {
      const message = e.data;
      if (!message || message.prefix !== this.outbox?.prefix) return;
      if (message.type === 'appended') {
        if (message.risk) this.schedule(0, 'risk');
        else this.schedule(GATHER_MS);
      }
      if (message.type === 'status') {
        // another tab is sending: show what it sees
        this.pendingCount = message.pending;
        this.lastSuccess = message.lastSuccessAt;
        this.deadCount = message.deadLetters;
        this.nextAttemptAt = message.nextAttemptAt ? Date.parse(message.nextAttemptAt) : null;
        this.setStatus(message.status, false);
      }
    };
  }

  private closeChannel(): void {
    this.channel?.close();
    this.channel = undefined;
  }

  private post(message: ChannelMessage): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      /* a closing channel must never break delivery */
    }
  }

  private async refreshCounts(): Promise<void> {
    const outbox = this.outbox;
    if (!outbox) return;
    const [pending, dead, meta] = await Promise.all([outbox.pending(), outbox.deadLetters(), outbox.meta()]);
    if (outbox !== this.outbox) return;
    this.pendingCount = pending + this.appends.size;
    this.deadCount = dead.reduce((n, letter) => n + letter.events.length, 0);
    this.lastSuccess = meta.lastSuccessAt ?? this.lastSuccess;
    this.publish();
  }

  // --- status ------------------------------------------------------------------------

  private setStatus(status: SyncStatus, share = true): void {
    const previous = this.syncStatus;
    this.syncStatus = status;
    if (status !== 'retrying') this.nextAttemptAt = null;
    if (status !== previous) this.announce(status);
    this.publish(share);
  }

  /** Tells screen readers about trouble and its end, not about every routine send. */
  private announce(status: SyncStatus): void {
    // the same words again (a trouble that goes on) are not news
    const say = (text: string) => text !== this.announcer.text && this.announcer.say(text);
    if (status === 'offline' || status === 'retrying' || status === 'error') say(this.message(status));
    // the end of a trouble is news too; a routine send is not
    else if (status === 'idle' && this.announcer.text) say(this.message('idle'));
  }

  private detail(): IptSyncStatusDetail {
    return {
      status: this.syncStatus,
      pending: this.pendingCount,
      lastSuccessAt: this.lastSuccess,
      deadLetters: this.deadCount,
      nextAttemptAt: this.nextAttemptAt === null ? null : new Date(this.nextAttemptAt).toISOString(),
    };
  }

  private publish(share = true): void {
    const detail = this.detail();
    const key = JSON.stringify(detail);
    if (key === this.lastPublished) return;
    this.lastPublished = key;
    emit(this, 'ipt-sync-status', detail);
    if (share && this.outbox) this.post({ type: 'status', prefix: this.outbox.prefix, ...detail });
  }

  // --- delivery ----------------------------------------------------------------------

  /** Plans a delivery round of a lane in `ms` (an earlier plan wins). */
  private schedule(ms: number, lane: Lane = 'change'): void {
    if (!this.isConnected) return;
    const timer = this.timers[lane];
    const at = Date.now() + Math.max(0, ms);
    if (timer.id !== undefined && timer.at <= at) return;
    clearTimeout(timer.id);
    timer.at = at;
    timer.id = setTimeout(() => {
      timer.id = undefined;
      timer.at = Infinity;
      void this.requestDrain('timer', lane);
    }, Math.max(0, ms));
  }

  /**
   * Runs one delivery round after the one running in this page (and, through the lock, in
   * other tabs). Requests made while a round waits to start join it, the strongest mode winning.
   */
  private requestDrain(mode: DrainMode, lane: Lane = 'change'): Promise<boolean> {
    const now = Date.now();
    const queued = this.queuedDrains[lane];
    if (queued) {
      if (RANK[mode] > RANK[queued.mode]) queued.mode = mode;
      if (mode !== 'timer') queued.requestedAt = now;
      return queued.promise;
    }
    const entry: QueuedDrain = { mode, requestedAt: now, promise: Promise.resolve(false) };
    entry.promise = this.chains[lane].then(() => {
      if (this.queuedDrains[lane] === entry) this.queuedDrains[lane] = null;
      const outbox = this.outbox;
      if (!outbox || !this.isConnected) return false;
      // risk rounds have a lock of their own: a change request on its way does not hold them up
      const lock = lane === 'risk' ? `${outbox.prefix}risk` : outbox.prefix;
      return withLock(lock, () => this.drain(outbox, entry.mode, entry.requestedAt, lane));
    });
    this.queuedDrains[lane] = entry;
    this.chains[lane] = entry.promise.catch((error) => {
      // an unexpected fault (not a failed request): try again later rather than stall
      console.warn('[ipt-widgets] <ipt-sync> delivery round failed:', error);
      this.schedule(Math.max(this.retryMinMs, 5000), lane);
    });
    return entry.promise.catch(() => false);
  }

  /**
   * Sends the batches of a lane one after another until it is empty or an attempt fails.
   * True when empty. The change lane first lets the risk lane empty itself: no change
   * overtakes a risk event, not even one waiting out its backoff.
   */
  private async drain(outbox: Outbox, mode: DrainMode, requestedAt: number, lane: Lane): Promise<boolean> {
    for (;;) {
      if (outbox !== this.outbox) return false;
      if (typeof navigator !== 'undefined' && navigator.onLine === false) {
        await this.refreshCounts();
        this.setStatus('offline');
        return false;
      }
      if (!this.endpoint && !this.transport) return lane === 'risk' ? false : this.waitForTarget();
      if (lane === 'change' && (await outbox.waiting('risk')) > 0) {
        if (!(await this.requestDrain(mode, 'risk'))) return false;
        continue;
      }
      const batch = (await outbox.batch(lane)) ?? (await this.formBatch(outbox, lane));
      if (!batch) {
        await this.refreshCounts();
        // the change lane says how things stand (it may be waiting out a backoff)
        if (lane === 'risk') this.schedule(0);
        else this.setStatus(this.deadCount > 0 ? 'error' : 'idle');
        return true;
      }
      // a resume or force is answered by one attempt after it was asked for, not one per round
      const fresh = mode !== 'timer' && (batch.lastAttemptAt ?? 0) < requestedAt;
      const backoff = Math.max(batch.nextAttemptAt, batch.retryAfterUntil ?? 0);
      const notBefore = !fresh ? backoff : mode === 'force' ? 0 : (batch.retryAfterUntil ?? 0);
      const waitMs = notBefore - Date.now();
      if (waitMs > 0) {
        this.nextAttemptAt = notBefore;
        await this.refreshCounts();
        this.setStatus('retrying');
        this.schedule(waitMs, lane);
        return false;
      }
      // a risk event queued while this batch was being formed still goes first
      if (lane === 'change' && (await outbox.waiting('risk')) > 0) continue;
      this.setStatus('sending');
      const attemptAt = Date.now();
      const outcome = await this.send(batch);
      if (outcome.kind === 'delivered') {
        const at = nowIso();
        await outbox.complete(batch, at);
        this.lastSuccess = at;
        await this.refreshCounts();
        continue;
      }
      if (outcome.kind === 'retry') {
        const attempts = batch.attempts + 1;
        const delay = retryDelay(attempts, outcome.retryAfterMs, {
          minMs: this.retryMinMs,
          maxMs: Math.max(this.retryMinMs, this.retryMaxMs),
        });
        const next: BatchRecord = {
          ...batch,
          attempts,
          lastAttemptAt: attemptAt,
          nextAttemptAt: Date.now() + delay,
          retryAfterUntil: outcome.retryAfterMs === null ? 0 : Date.now() + Math.min(outcome.retryAfterMs, RETRY_AFTER_CAP_MS),
          lastError: outcome.reason,
        };
        await outbox.updateBatch(next);
        this.nextAttemptAt = next.nextAttemptAt;
        await this.refreshCounts();
        this.setStatus(navigator.onLine === false ? 'offline' : 'retrying');
        this.schedule(delay, lane);
        return false;
      }
      if (outcome.status === 415 && outcome.gzipped) {
        // the backend does not take gzip after all: the same batch again, as it is
        gzipAccepted.set(this.target, false);
        continue;
      }
      if (outcome.status === 413 && batch.eventKeys.length > 1) {
        // too big for this backend: the same events go again in smaller batches
        this.sizeHint = Math.max(1, Math.floor(batch.eventKeys.length / 2));
        await outbox.dissolveBatch(batch);
        continue;
      }
      const letter = await outbox.reject(
        {
          key: batch.key,
          status: outcome.status,
          reason: outcome.reason,
          failedAt: nowIso(),
          attempts: batch.attempts + 1,
          eventKeys: batch.eventKeys,
        },
        batch,
      );
      this.reportError(
        'sync-rejected',
        `the backend refused ${letter.events.length} change(s) with ${outcome.status}: ${outcome.reason}. They are kept in deadLetters().`,
      );
      await this.refreshCounts();
    }
  }

  /** Nowhere to send to (yet: a host may set `transport` a moment later). Changes wait in the outbox. */
  private async waitForTarget(): Promise<boolean> {
    await this.refreshCounts();
    if (this.pendingCount === 0) {
      this.setStatus(this.deadCount > 0 ? 'error' : 'idle');
      return true;
    }
    if (!this.warnedNoTarget) {
      this.warnedNoTarget = true;
      this.reportError(
        'invalid-attribute',
        'endpoint is missing: set endpoint="https://…" or a transport function. Changes wait on this device until then.',
      );
    }
    this.setStatus('error');
    return false;
  }

  /** Takes the oldest queued events of a lane into a new batch (fixed from now on), or none when it is empty. */
  private async formBatch(outbox: Outbox, lane: Lane, attempt = 0): Promise<BatchRecord | undefined> {
    const limit = Math.max(1, Math.min(this.batchSize, this.sizeHint));
    const queued = await outbox.peek(limit, lane);
    if (queued.length === 0) return undefined;
    const eventKeys: string[] = [];
    const events: unknown[] = [];
    let bytes = 0;
    for (const [key, record] of queued) {
      let out: unknown = record.event;
      if (this.transform) {
        try {
          out = await this.transform(structuredClone(record.event));
        } catch (error) {
          await outbox.reject({
            key: newId(),
            status: 0,
            reason: `transform failed: ${(error as Error)?.message ?? error}`,
            failedAt: nowIso(),
            attempts: 0,
            eventKeys: [key],
          });
          this.reportError('sync-rejected', `transform threw for event ${record.event.id}; it is kept in deadLetters().`);
          continue;
        }
      }
      const size = out === null || out === undefined ? 0 : JSON.stringify(out).length;
      if (eventKeys.length > 0 && bytes + size > MAX_BATCH_BYTES) break;
      bytes += size;
      eventKeys.push(key);
      if (out !== null && out !== undefined) events.push(out);
    }
    if (eventKeys.length === 0) return this.formBatch(outbox, lane, attempt);
    const saved = await outbox.saveNewBatch({
      key: newId(),
      ...(lane === 'risk' ? { lane } : {}),
      eventKeys,
      events,
      attempts: 0,
      nextAttemptAt: 0,
      createdAt: nowIso(),
    });
    return saved ?? (attempt < 3 ? this.formBatch(outbox, lane, attempt + 1) : undefined);
  }

  private shouldGzip(): boolean {
    if (!canGzip() || this.compress === 'none') return false;
    const accepted = gzipAccepted.get(this.target);
    return this.compress === 'gzip' ? accepted !== false : accepted === true;
  }

  private async requestHeaders(): Promise<Record<string, string>> {
    const extra = typeof this.headers === 'function' ? await this.headers() : this.headers;
    return { ...(extra ?? {}) };
  }

  /** One attempt: POST (or the host's transport) with a timeout; classifies the answer. */
  private async send(batch: BatchRecord): Promise<Outcome> {
    if (batch.events.length === 0) return { kind: 'delivered' }; // every event was left out by `transform`
    const controller = new AbortController();
    let gzipped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new Error(`timed out after ${this.timeoutMs} ms`));
      }, this.timeoutMs);
    });
    try {
      const attempt = (async (): Promise<Response | SyncTransportResult> => {
        if (this.transport) return this.transport({ key: batch.key, events: batch.events }, controller.signal);
        const headers: Record<string, string> = {
          ...(await this.requestHeaders()),
          'Content-Type': 'application/json',
          'Idempotency-Key': batch.key,
        };
        const json = JSON.stringify({ events: batch.events });
        let body: string | Uint8Array = json;
        if (this.shouldGzip()) {
          body = await gzip(json);
          headers['Content-Encoding'] = 'gzip';
          gzipped = true;
        }
        const response = await fetch(this.endpoint, {
          method: 'POST',
          headers,
          body: body as BodyInit,
          credentials: this.credentials,
          cache: 'no-store',
          signal: controller.signal,
        });
        if (acceptsGzip(response.headers.get('Accept-Encoding')) && gzipAccepted.get(this.target) !== false) gzipAccepted.set(this.target, true);
        return response;
      })();
      attempt.catch(() => {}); // settled by the race below; a late rejection is expected after a timeout
      const answer = await Promise.race([attempt, timeout]);
      const outcome = await classify(answer);
      return outcome.kind === 'reject' ? { ...outcome, gzipped } : outcome;
    } catch (error) {
      return { kind: 'retry', status: 0, retryAfterMs: null, reason: `network: ${(error as Error)?.message ?? error}` };
    } finally {
      clearTimeout(timer);
    }
  }

  // --- rendering -------------------------------------------------------------------

  private message(status: SyncStatus): string {
    const count = this.pendingCount;
    switch (status) {
      case 'sending':
        return this.t('sync.sending', { count: Math.max(1, count) });
      case 'offline':
        return count > 0 ? this.t('sync.offline', { count }) : this.t('sync.offline.none');
      case 'retrying':
        return this.t('sync.retrying', { count: Math.max(1, count) });
      case 'error':
        return this.t('sync.error');
      default:
        return this.lastSuccess || count > 0 ? this.t('sync.idle') : this.t('sync.idle.never');
    }
  }

  private lastSentText(): string {
    if (!this.lastSuccess) return '';
    let time: string;
    try {
      time = dateTimeFormatter(this.locale, HOUR_MINUTE).format(new Date(this.lastSuccess));
    } catch {
      time = new Date(this.lastSuccess).toLocaleTimeString();
    }
    return this.t('sync.lastSent', { time });
  }

  protected override render() {
    if (!this.showStatus) return nothing;
    const status = this.syncStatus;
    const canRetry = (status === 'retrying' || status === 'offline') && this.pendingCount > 0;
    const lastSent = status === 'idle' || status === 'error' ? this.lastSentText() : '';
    return html`
      <div class="status ${status}" part="status">
        <span class="dot" part="dot" aria-hidden="true"></span>
        <span class="text">
          <span class="sr-only">${this.t('sync.label')}:</span>
          ${this.message(status)} ${lastSent}
          ${this.memoryOnly ? html`<span class="memory">${this.t('sync.memoryOnly')}</span>` : nothing}
        </span>
        ${canRetry ? html`<button type="button" part="button" @click=${() => void this.flush()}>${this.t('sync.tryNow')}</button>` : nothing}
      </div>
      ${this.crisis.link()}
      ${this.announcer.render()}
    `;
  }
}

/** Reads an answer (a Response or a transport's result) into an outcome. */
async function classify(answer: Response | SyncTransportResult): Promise<Outcome> {
  const status = answer.status;
  const isResponse = typeof Response !== 'undefined' && answer instanceof Response;
  const retryAfter = isResponse ? answer.headers.get('Retry-After') : (answer as SyncTransportResult).retryAfter;
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  let reason = `HTTP ${status}`;
  if (isResponse) {
    const text = await answer.text().catch(() => '');
    reason = reasonFrom(text) ?? reason;
  } else if ((answer as SyncTransportResult).reason) {
    reason = String((answer as SyncTransportResult).reason);
  }
  if (isRetryableStatus(status) || !Number.isInteger(status) || status < 200) {
    const retryAfterMs = typeof retryAfter === 'number' ? retryAfter * 1000 : parseRetryAfter(retryAfter ?? null);
    return { kind: 'retry', status, retryAfterMs, reason };
  }
  return { kind: 'reject', status, reason };
}

/** A short reason from an error body: its `error`/`message`/`detail` field, or its first line. */
function reasonFrom(text: string): string | null {
  if (!text) return null;
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    for (const field of ['error', 'message', 'detail', 'title']) {
      if (typeof json[field] === 'string') return (json[field] as string).slice(0, 500);
    }
  } catch {
    /* not JSON */
  }
  return text.split('\n')[0].slice(0, 500);
}

defineElement('ipt-sync', IptSync);
