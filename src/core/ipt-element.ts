/**
 * The base of every kit element: the common attributes, the workbook context, the
 * language, attribute checks and the event helpers. Persistent elements extend
 * `PersistentElement` (persistent-element.ts), which adds `state`, `ready` and `clear()`.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { oneOf, type AttributeRule } from './attributes.js';
import { ensureContextRoot, workbookContext, type WorkbookContextValue } from './context.js';
import { CrisisController, type CrisisContent } from './crisis.js';
import { DEFAULT_HEADING_LEVEL, HEADING_LEVELS, headingAt, levelAt, type HeadingAttributes, type HeadingLevel } from './headings.js';
import { emit, reportError, type IptChangeDetail, type IptChangeInfo, type IptErrorCode, type IptRiskKind } from './events.js';
import { cloneJson, type StateDiff } from './merge.js';
import { I18nController, readonlyKey, type Params } from './i18n.js';
import { nowIso } from './time.js';
import { KIT_MARK, lookUpWorkbook, type WorkbookLookup } from './workbook-lookup.js';

export type PersistMode = 'local' | 'none';

/** Faults that last until something changes: reported once per episode, not once per attempt. */
const LASTING_FAULTS = new Set<string>(['storage-unavailable', 'quota-exceeded', 'workbook-unavailable']);

export abstract class IptElement extends LitElement {
  /** Marks the kit's classes, so a look-alike definition of a kit tag is told apart (define.ts). */
  static readonly [KIT_MARK] = true;

  /**
   * Attribute checks, by property name. Subclasses add theirs:
   * `static override attributeRules = { ...IptElement.attributeRules, rings: wholeNumber('rings', 2, 5, 3) }`.
   */
  static attributeRules: Record<string, AttributeRule> = {
    persist: oneOf('persist', ['local', 'none'], 'local'),
    headingLevel: {
      attribute: 'heading-level',
      fallback: DEFAULT_HEADING_LEVEL,
      accepts: `${HEADING_LEVELS.map((v) => `"${v}"`).join(', ')}`,
      // a property set from script may be a number (3): as good as "3"
      isValid: (value) => (HEADING_LEVELS as readonly string[]).includes(String(value)),
    },
  };

  /** Which saved record this instance uses; instances with the same key (and workbook) show the same state. */
  @property({ attribute: 'storage-key' }) storageKey = 'default';

  /** `local` keeps the state on this device (IndexedDB); `none` keeps it in memory only. */
  @property() persist: PersistMode = 'local';

  /** View only: no gesture changes the state (a clinician's view, printing). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * The level of the element's top heading, `1` to `6` (its sub-headings follow one level
   * below, down to h6), or `none` to leave the top heading out where the host's own heading
   * already names the element (the region keeps that name for screen readers). Under `none`
   * the sub-headings stay at h3 and below, as under the default h2.
   */
  @property({ attribute: 'heading-level' }) headingLevel: HeadingLevel = DEFAULT_HEADING_LEVEL;

  /** The workbook this element is in, if any (through `@lit/context`). */
  @state() protected workbook: WorkbookContextValue | undefined;

  /** A person's name, looked up live in the workbook's circle (a rename shows at once); undefined outside a workbook or for someone no longer there. */
  protected workbookPersonName(id: string): string | undefined {
    return this.workbook?.people.find((p) => p.id === id)?.name;
  }

  /**
   * The program's crisis content for this element, by language (an HTML string, which is
   * rendered as the host's own HTML, or a `<template>`). Inside a workbook, set it once on the
   * workbook instead.
   */
  @property({ attribute: false }) crisisContent: CrisisContent | undefined;

  protected readonly i18n = new I18nController(this);

  /** The "Need help now?" link and the open crisis panel (`this.crisis.link()`, `this.crisis.panel()`). */
  protected readonly crisis = new CrisisController(this, {
    own: () => this.crisisContent,
    workbook: () => this.workbook?.crisisContent,
    lang: () => this.i18n.lang,
    t: (key) => this.i18n.t(key),
    storageKey: () => this.storageKey,
  });

  constructor() {
    super();
    ensureContextRoot();
    new ContextConsumer(this, {
      context: workbookContext,
      subscribe: true,
      callback: (value) => {
        this.workbook = value;
        this.i18n.setWorkbookLang(value?.lang);
        this.workbookChanged();
      },
    });
  }

  /** The tag name in lower case: the `source` of every event. */
  protected get source(): string {
    return this.localName;
  }

  /**
   * The workbook id: `default` outside a workbook; the `workbook-id` attribute of a
   * workbook that is not the kit's; `''` when such a workbook has no valid one (the
   * element then keeps its data in memory only: it never borrows another client's key).
   */
  protected get workbookId(): string {
    return this.workbookLookup().id ?? '';
  }

  /** Where the workbook id comes from (workbook-lookup.ts). */
  protected workbookLookup(): WorkbookLookup {
    return lookUpWorkbook(this, this.workbook);
  }

  /** Read-only by its own attribute or its workbook's (also a look-alike workbook's `readonly` attribute). */
  protected get isReadonly(): boolean {
    if (this.readonly || this.workbook?.readonly) return true;
    if (this.workbook) return false; // the kit's workbook answered
    const found = this.workbookLookup();
    return found.foreign && found.element.hasAttribute('readonly');
  }

  /**
   * A heading `depth` levels below the element's top heading (0 = the top one), at the level
   * the host chose with `heading-level`; the top one is `nothing` under `none`.
   */
  protected heading(depth: number, content: unknown, attributes?: HeadingAttributes) {
    return headingAt(levelAt(String(this.headingLevel) as HeadingLevel, depth), content, attributes);
  }

  /** False under `heading-level="none"`: the element's region is then named by `aria-label`. */
  protected get hasTopHeading(): boolean {
    return String(this.headingLevel) !== 'none';
  }

  /** The language this element speaks now. */
  protected get locale(): string {
    return this.i18n.lang;
  }

  /**
   * A string from the catalogs in this element's language. Read-only, a key's `.ro.` twin
   * (`ending.ro.people` for `ending.people`) is used where the catalog has one: the third
   * person, for someone looking at the client's work.
   */
  protected t(key: string, params?: Params): string {
    return this.i18n.t(this.readonlyVoice ? readonlyKey(key) : key, params);
  }

  /** `isReadonly` as of the latest update: `t()` runs hundreds of times a render, the lookup once. */
  private readonlyVoice = false;

  /**
   * The first render waits briefly for the catalog of the element's language (a lazy one,
   * such as Spanish), as it waits for the saved state: no flash of English.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = this.hasUpdated ? undefined : this.i18n.stringsPending();
    return strings ? strings.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Called when the workbook context arrives or changes. */
  protected workbookChanged(): void {}

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.readonlyVoice = this.isReadonly;
    const rules = (this.constructor as typeof IptElement).attributeRules;
    for (const key of changed.keys()) {
      const rule = rules[key as string];
      if (!rule) continue;
      const value = (this as unknown as Record<string, unknown>)[key as string];
      if (value === undefined || rule.isValid(value)) continue;
      const shown = this.getAttribute(rule.attribute) ?? String(value);
      this.reportError(
        'invalid-attribute',
        `${rule.attribute}="${shown}" is not valid: expected ${rule.accepts}. Using ${JSON.stringify(rule.fallback)}.`,
      );
      (this as unknown as Record<string, unknown>)[key as string] = rule.fallback;
    }
  }

  /** Faults reported in the episode that is still going on (storage blocked, device full). */
  private readonly openFaults = new Set<string>();

  /**
   * Warns in the console and emits `ipt-error`, naming this element and its storage key.
   * Messages name fields and kinds, never what a person typed. A lasting fault (storage
   * unavailable, device full, no workbook id) is reported once per episode: again only
   * after `faultEnded(code)` said it was over.
   */
  protected reportError(code: IptErrorCode, message: string): void {
    if (LASTING_FAULTS.has(code)) {
      if (this.openFaults.has(code)) return;
      this.openFaults.add(code);
    }
    reportError(this, { source: this.source, storageKey: this.storageKey, code, message });
  }

  /** A lasting fault is over (a write succeeded again): the next one is a new episode, reported again. */
  protected faultEnded(code: IptErrorCode): void {
    this.openFaults.delete(code);
  }

  /**
   * Emits `ipt-risk`. Once per occurrence is the element's job: it keeps in its saved state
   * that the occurrence was reported and calls this only where the person acted.
   */
  protected emitRisk(kind: IptRiskKind, value: number, extra: { responseId?: string } = {}): void {
    emit(this, 'ipt-risk', {
      source: this.source,
      workbook: this.workbookId,
      storageKey: this.storageKey,
      kind,
      value,
      ...(extra.responseId !== undefined ? { responseId: extra.responseId } : {}),
      at: nowIso(),
    });
  }

  /**
   * Emits `ipt-change`. `state` may be a function: the copy for `detail.state` is then made
   * only when a listener reads it (copying ten years of entries on every check-in is not free).
   * `at` is the change's stamp from the page's clock (clock.ts): the one its items carry.
   * `diff` is the item-level change, where the element worked it out (see `IptChangeDetail.diff`).
   */
  protected emitChange(state: unknown | (() => unknown), change: IptChangeInfo, at: string = nowIso(), diff?: StateDiff): void {
    const detail: IptChangeDetail = {
      source: this.source,
      storageKey: this.storageKey,
      workbook: this.workbookId,
      state: undefined as unknown,
      change,
      at,
    };
    if (diff) {
      // copied when read, like `state`: the hub keeps the original for saving
      let copy: StateDiff | undefined;
      Object.defineProperty(detail, 'diff', { enumerable: true, get: () => (copy ??= cloneJson(diff)) });
    }
    if (typeof state === 'function') {
      let copy: unknown;
      let made = false;
      Object.defineProperty(detail, 'state', {
        enumerable: true,
        get: () => {
          if (!made) {
            copy = (state as () => unknown)();
            made = true;
          }
          return copy;
        },
      });
    } else {
      detail.state = state;
    }
    emit(this, 'ipt-change', detail);
  }
}
