/**
 * The base of every element whose state is saved: `state`, `ready`, `clear()`, loading on
 * connect, saving on change, live sharing with other instances and tabs, and reports of
 * storage trouble. Subclasses give a pure model and turn gestures into `commit()` calls.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state as reactive } from 'lit/decorators.js';
import { IptElement } from './ipt-element.js';
import type { StateModel } from './model.js';
import { cloneJson, diffStates, isEmptyDiff, stampTimes } from './merge.js';
import { acquireHub, recordKey, releaseHub, type HubListener, type HubNotice, type RecordHub } from './record-hub.js';
import { emit, type IptChangeInfo, type IptCoreChange } from './events.js';
import { closestAcross } from './i18n.js';
import { nowIso } from './time.js';
import { registerModel } from './registry.js';
import { observeState } from './clock.js';

/** How long an element's first render waits for its saved state before it draws the empty shell. */
export const FIRST_RENDER_WAIT_MS = 250;

/**
 * `S` the state, `O` the options the model checks against, `C` the union of the element's
 * own change types (from its model): `commit()` accepts only those, and the core's. `I` is
 * what a host may assign to `state` (optional fields optional); reading gives `S`.
 */
export abstract class PersistentElement<S extends object, O = void, C extends { type: string } = IptChangeInfo, I = S>
  extends IptElement
  implements HubListener
{
  /** The element's pure model; set as a static field by each subclass. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each subclass narrows it to its own state
  static model: StateModel<any, any>;

  /**
   * Resolves once the saved state is loaded (or storage has failed over to memory).
   * Tests and hosts await it before reading `state`.
   */
  readonly ready: Promise<void>;

  private resolveReady!: () => void;
  private hub: RecordHub<S> | undefined;
  private hubKey = '';
  private attachToken = 0;
  private queued: S | undefined;
  private reportedNotices = new WeakSet<HubNotice>();
  private reportedUnavailable = false;
  /** The last state assigned to `state`: validated copies, which nobody else holds. */
  private assigned: S | undefined;
  /** True once the saved state has been loaded. */
  protected loaded = false;
  /** Why changes are not being saved on the device now, if they are not: shown by `savingNotice()`. */
  @reactive() protected savingTrouble: 'memory' | 'full' | 'unsaved' | undefined;

  constructor() {
    super();
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
    registerModel(this.model as unknown as StateModel<object, unknown>);
  }

  protected get model(): StateModel<S, O> {
    return (this.constructor as typeof PersistentElement).model as unknown as StateModel<S, O>;
  }

  /** The options the model checks against (rings, scale, …), from this element's attributes. */
  protected abstract modelOptions(): O;

  /**
   * The whole state as plain JSON. Reading returns a copy. Assigning validates (a
   * `TypeError` naming the field, nothing changed), replaces and saves, but does not emit
   * `ipt-change`, as a native control's `value` does not fire `change`: a host that writes
   * `detail.state` back never loops. An equal state writes nothing; items whose content did
   * not change keep their `updatedAt`.
   */
  get state(): S {
    return cloneJson(this.queued ?? this.hub?.state ?? this.model.empty());
  }

  /**
   * @internal Type-level only (nothing at run time): what `state` accepts, for the framework
   * typings generated from the manifest (a setter's type cannot be inferred).
   */
  declare readonly '~stateInput'?: I;

  set state(value: I) {
    const next = this.model.validate(this.model.validateCopies ? value : cloneJson(value), this.modelOptions()) as S;
    // a host's stamps (hydrating from its backend) count as seen: later changes here come after them
    observeState(next, this.model.collections);
    this.assigned = next;
    if (!this.hub || !this.loaded) {
      this.queued = next;
      this.requestUpdate();
      return;
    }
    this.assign(next);
  }

  /**
   * An assignment: stamped, saved, shared and drawn like a gesture, but never echoed as
   * `ipt-change`. False when it equals the state shown (nothing written, nothing drawn).
   */
  private assign(next: S): boolean {
    const hub = this.hub!;
    this.assigned = undefined;
    const now = nowIso();
    const previous = hub.state;
    const stamped = stampTimes(this.model, previous, next, now, true);
    if (isEmptyDiff(diffStates(this.model, previous, stamped, now))) return false;
    hub.applyLocal(stamped, now, this, { type: 'replace' });
    this.requestUpdate();
    this.stateChanged();
    return true;
  }

  /** The live state for rendering. Never mutate it: build a new state and `commit()` it. */
  protected get data(): S {
    return this.queued ?? this.hub?.state ?? this.model.empty();
  }

  /**
   * Applies a change made here (a gesture or an assignment): stamps item times, keeps the
   * difference for saving and for other tabs, re-renders, and emits `ipt-change`.
   */
  protected commit(next: S, change: C | IptCoreChange): void {
    if (!this.hub || !this.loaded) {
      this.queued = next;
      this.requestUpdate();
      return;
    }
    const now = nowIso();
    const previous = this.hub.state;
    const stamped = stampTimes(this.model, previous, next, now, next === this.assigned);
    this.assigned = undefined;
    const diff = this.hub.applyLocal(stamped, now, this, change as IptChangeInfo);
    this.requestUpdate();
    this.stateChanged();
    this.emitChange(() => cloneJson(stamped), change as IptChangeInfo, now, diff);
  }

  /** Erases this instance's saved state (here, in other instances and in other tabs); emits `ipt-change` (`clear`). */
  async clear(): Promise<void> {
    await this.ready;
    this.queued = undefined;
    if (!this.hub) return;
    await this.hub.erase(this);
    this.requestUpdate();
    this.stateChanged();
    this.emitChange(this.model.empty(), { type: 'clear' });
  }

  /** Resolves once every change made so far is written to the device. */
  async saved(): Promise<void> {
    await this.ready;
    await this.hub?.writeNow();
  }

  /** Called after any change of the state: here, elsewhere on the page, in another tab, or on load. */
  protected stateChanged(): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    void this.attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detach();
  }

  /**
   * The first render waits for the saved state, for at most FIRST_RENDER_WAIT_MS: an empty
   * shell drawn before it arrives is replaced at once, and drawing it (its render, styles and
   * paint) holds the main thread the storage reply needs. Measured in a fresh page: IndexedDB's
   * open answered in about 3 ms with nothing else to do, and 130 to 1,100 ms behind the shell's
   * first frame on a loaded machine. Storage slower than that still gets the empty shell.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || this.loaded) return super.scheduleUpdate();
    return Promise.race([this.ready, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]).then(() => super.scheduleUpdate());
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if ((changed.has('storageKey') || changed.has('persist')) && this.hub && this.currentKey() !== this.hubKey) {
      this.detach();
      void this.attach();
    }
  }

  protected override workbookChanged(): void {
    if (this.hub && this.currentKey() !== this.hubKey) {
      this.detach();
      void this.attach();
    }
  }

  private currentKey(): string {
    return `${this.persists() ? 'local' : 'none'}|${recordKey(this.workbookId, this.localName, this.storageKey || 'default')}`;
  }

  /** Saved on the device: `persist="local"` and a workbook whose id is known (never a borrowed one). */
  private persists(): boolean {
    return this.persist !== 'none' && this.workbookLookup().id !== null;
  }

  private async attach(): Promise<void> {
    const token = ++this.attachToken;
    // Scripts may load in any order on a CMS page: wait for an enclosing workbook to be
    // defined, so that this element loads the workbook's record and not the default one.
    const workbookElement = closestAcross(this, 'ipt-workbook');
    if (workbookElement) {
      if (!customElements.get('ipt-workbook')) await customElements.whenDefined('ipt-workbook');
      await (workbookElement as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    }
    if (token !== this.attachToken || !this.isConnected) return;
    const lookup = this.workbookLookup();
    this.savingTrouble = undefined;
    const key = recordKey(lookup.id ?? '', this.localName, this.storageKey || 'default');
    const persist = this.persist !== 'none' && lookup.id !== null;
    if (lookup.id === null) {
      this.savingTrouble = 'unsaved';
      if (!this.reportedUnavailable) {
        this.reportedUnavailable = true;
        this.reportError(
          'workbook-unavailable',
          'the enclosing <ipt-workbook> is not this kit\'s and has no valid workbook-id: working in memory only, nothing is saved or sent under another workbook',
        );
      }
    }
    this.hubKey = this.currentKey();
    const hub = acquireHub<S>(key, this.model as StateModel<S, unknown>, persist, this.modelOptions(), this);
    this.hub = hub;
    await hub.loaded;
    if (token !== this.attachToken || this.hub !== hub) return;
    for (const notice of hub.notices) this.hubNotice(notice);
    const firstLoad = !this.loaded;
    this.loaded = true;
    if (this.queued) {
      const queued = this.queued;
      this.queued = undefined;
      if (queued !== this.assigned) this.commit(queued, { type: 'replace' });
      else if (!this.assign(queued)) this.stateChanged();
    } else {
      this.stateChanged();
    }
    this.requestUpdate();
    if (firstLoad) {
      this.resolveReady();
      emit(this, 'ipt-ready', { source: this.localName, storageKey: this.storageKey });
    }
  }

  private detach(): void {
    this.attachToken++;
    if (this.hub) releaseHub(this.hub as unknown as RecordHub<object>, this);
    this.hub = undefined;
  }

  hubChanged(change: IptChangeInfo | undefined, emitHere: boolean): void {
    this.requestUpdate();
    this.stateChanged();
    if (emitHere && change) this.emitChange(this.state, change);
  }

  hubNotice(notice: HubNotice): void {
    if (this.reportedNotices.has(notice)) return;
    this.reportedNotices.add(notice);
    if (notice.code === 'storage-unavailable') {
      if (this.reportedUnavailable) return;
      this.reportedUnavailable = true;
    }
    if (notice.code === 'storage-unavailable') this.savingTrouble = 'memory';
    if (notice.code === 'quota-exceeded' && !this.savingTrouble) this.savingTrouble = 'full';
    this.reportError(notice.code, notice.message);
    this.storageNotice(notice);
  }

  hubSaved(): void {
    this.faultEnded('quota-exceeded');
    if (this.savingTrouble === 'full') this.savingTrouble = undefined;
  }

  /**
   * One calm line while changes are kept on this page only (storage blocked or full, or a
   * workbook whose id cannot be told). Every persistent element renders it, once, at the
   * top: `${this.savingNotice()}`. Nothing when saving works or `persist="none"` was chosen.
   */
  protected savingNotice(): TemplateResult | typeof nothing {
    const trouble = this.savingTrouble;
    if (!trouble) return nothing;
    const key = trouble === 'full' ? 'core.storageFull' : trouble === 'memory' ? 'core.memoryOnly' : 'core.notSaving';
    return html`<p class="saving-notice" part="saving-notice" role="status">${this.t(key)}</p>`;
  }

  /** Storage trouble the person should know of (working in memory, device full); elements may show it. */
  protected storageNotice(_notice: HubNotice): void {}
}
