import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { oneOf, nonEmptyText, type AttributeRule } from '../core/attributes.js';
import { crisisTemplates, type CrisisContent } from '../core/crisis.js';
import { ensureContextRoot, workbookContext, type NewLifeEvent, type WorkbookContextValue, type WorkbookShared } from '../core/context.js';
import { defineElement } from '../core/define.js';
import { KIT_MARK } from '../core/workbook-lookup.js';
import { reportError } from '../core/events.js';
import { kitStorage, prefixRange } from '../core/storage.js';
import { broadcastWorkbook, flushAll, liveHubs, localJournalDelete, parseRecordKey, recordKey, workbookPrefix, type Envelope } from '../core/record-hub.js';
import { modelFor } from '../core/registry.js';
import { KIT_VERSION } from '../core/version.js';
import { eraseWorkbookOutboxes } from '../sync/outbox.js';
import { asideRecordKey, EXPORT_FORMAT, readExport, WORKBOOK_ID_PATTERN, type WorkbookExport } from './model.js';
import { workbookStyles } from './workbook.styles.js';

/**
 * Groups one client's tools: a storage namespace, a language, a theme and read-only mode
 * for every element inside, and shared data between them (the people of the social
 * circle are offered by the mood timeline and the problem-area picker).
 *
 * @tagname ipt-workbook
 * @summary One client’s workbook: the context every element inside shares.
 *
 * @slot - The kit's elements and any of the host's own content.
 * @slot crisis - `<template slot="crisis" lang="en">` elements holding the program's crisis content (who to call, where to go), one per language; every element inside offers it ("Need help now?"). Without them a generic line is shown and one console warning names what to set.
 *
 * @event ipt-error - `{ source, storageKey, code, message }`: `invalid-attribute` for a bad `workbook-id` or `theme`.
 * @event ipt-change - Emitted by the elements inside (not the workbook); after `importData()` each live element emits `replace`, after `eraseData()` `clear`.
 *
 * @cssprop --ipt-color-text - Text colour.
 * @cssprop --ipt-color-muted - Secondary text.
 * @cssprop --ipt-color-surface - Background of panels and the pictures.
 * @cssprop --ipt-color-surface-alt - Background of alternate rows and cards.
 * @cssprop --ipt-color-border - Borders and ring lines.
 * @cssprop --ipt-color-accent - Buttons, selection and "Me".
 * @cssprop --ipt-color-accent-contrast - Text on the accent colour.
 * @cssprop --ipt-color-support - Marks for support.
 * @cssprop --ipt-color-conflict - Marks for conflict.
 * @cssprop --ipt-color-warning - Notes that ask for attention.
 * @cssprop --ipt-color-focus - The focus ring.
 * @cssprop --ipt-font-family - Font family.
 * @cssprop --ipt-font-size - Base font size.
 * @cssprop --ipt-radius - Corner radius.
 * @cssprop --ipt-space - Base spacing unit.
 * @cssprop --ipt-focus-width - Width of the focus ring.
 */
export class IptWorkbook extends LitElement {
  static override styles = workbookStyles;
  /** Marks the kit's own workbook: elements inside tell it from a look-alike (workbook-lookup.ts). */
  static readonly [KIT_MARK] = true;

  static readonly attributeRules: Record<string, AttributeRule> = {
    workbookId: nonEmptyText('workbook-id', 'default', WORKBOOK_ID_PATTERN, 'letters, digits and . _ : @ - (at most 100)'),
    theme: oneOf('theme', ['light', 'dark', 'auto'], 'auto'),
  };

  /** The storage namespace of everything inside: one per client on a shared device. Letters, digits and `. _ : @ -` (at most 100). */
  @property({ attribute: 'workbook-id', reflect: true }) workbookId = 'default';

  /** `light`, `dark`, or `auto` (follow the device). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Every element inside is view-only (a clinician's view, printing). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * The program's crisis content by language, for every element inside: an HTML string
   * (rendered as the host's own HTML) or a `<template>`. `<template slot="crisis" lang="…">`
   * children do the same in HTML; this property wins where both name a language.
   */
  @property({ attribute: false }) crisisContent: CrisisContent | undefined;

  private readonly shared = new Map<object, Partial<WorkbookShared>>();
  private crisisObserver: MutationObserver | undefined;
  private readonly provider = new ContextProvider(this, { context: workbookContext, initialValue: this.contextValue() });
  private langObserver: MutationObserver | undefined;

  constructor() {
    super();
    ensureContextRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // `lang` is a global attribute; follow it without shadowing HTMLElement.lang.
    this.langObserver = new MutationObserver(() => this.provider.setValue(this.contextValue()));
    this.langObserver.observe(this, { attributes: true, attributeFilter: ['lang'] });
    // A CMS may add or edit the crisis templates after the workbook is on the page.
    this.crisisObserver = new MutationObserver(() => {
      if (!sameCrisis(this.provider.value.crisisContent, this.crisisFromPage())) this.provider.setValue(this.contextValue());
    });
    this.crisisObserver.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['lang', 'slot'] });
    if (!sameCrisis(this.provider.value.crisisContent, this.crisisFromPage())) this.provider.setValue(this.contextValue());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
    this.crisisObserver?.disconnect();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const rules = IptWorkbook.attributeRules;
    for (const key of changed.keys()) {
      const rule = rules[key as string];
      const value = (this as unknown as Record<string, unknown>)[key as string];
      if (!rule || rule.isValid(value)) continue;
      reportError(this, {
        source: this.localName,
        storageKey: '',
        code: 'invalid-attribute',
        message: `${rule.attribute}="${String(value)}" is not valid: expected ${rule.accepts}. Using "${String(rule.fallback)}".`,
      });
      (this as unknown as Record<string, unknown>)[key as string] = rule.fallback;
    }
    if (changed.has('workbookId') || changed.has('readonly') || changed.has('crisisContent')) this.provider.setValue(this.contextValue());
  }

  private contextValue(): WorkbookContextValue {
    const all = [...this.shared.values()];
    return {
      workbookId: this.workbookId ?? 'default',
      lang: this.getAttribute('lang') || undefined,
      readonly: this.readonly ?? false,
      crisisContent: this.crisisFromPage(),
      people: all.flatMap((s) => s.people ?? []),
      lifeEvents: all.flatMap((s) => s.lifeEvents ?? []),
      measures: all.flatMap((s) => s.measures ?? []),
      onset: all.map((s) => s.onset).find((onset) => onset !== undefined),
      moods: all.map((s) => s.moods).find((moods) => moods !== undefined),
      focus: all.flatMap((s) => s.focus ?? []),
      formulation: all.map((s) => s.formulation).find((f) => f !== undefined),
      snapshots: all.flatMap((s) => s.snapshots ?? []).sort((a, b) => (a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : 0)),
      publish: (publisher, data) => {
        const before = this.shared.get(publisher);
        const next = { ...before, ...data };
        if (JSON.stringify(before) === JSON.stringify(next)) return;
        this.shared.set(publisher, next);
        this.provider.setValue(this.contextValue());
      },
      withdraw: (publisher) => {
        if (this.shared.delete(publisher)) this.provider.setValue(this.contextValue());
      },
      canAddLifeEvents: this.timeline() !== undefined,
      addLifeEvent: async (event) => {
        const timeline = this.timeline();
        if (!timeline) return undefined;
        await timeline.ready;
        return timeline.addEvent({ ...event });
      },
    };
  }

  /**
   * The timeline that shares its events here: the one place an event made elsewhere is
   * written, through its own `addEvent()` (its rules, its record, its `ipt-change`).
   */
  private timeline(): { ready: Promise<void>; addEvent(event: NewLifeEvent): string } | undefined {
    for (const [publisher, shared] of this.shared) {
      const el = publisher as Partial<{ localName: string; ready: Promise<void>; addEvent: unknown; isConnected: boolean }>;
      if (shared.lifeEvents && el.localName === 'ipt-mood-timeline' && el.isConnected && typeof el.addEvent === 'function') {
        return el as { ready: Promise<void>; addEvent(event: NewLifeEvent): string };
      }
    }
    return undefined;
  }

  private crisisFromPage(): CrisisContent | undefined {
    const fromHtml = crisisTemplates(this);
    if (!fromHtml && !this.crisisContent) return undefined;
    return { ...fromHtml, ...this.crisisContent };
  }

  /**
   * Everything this workbook holds on this device, as a JSON string: every element's
   * record, with the kit version and schema numbers. What a person downloads to keep.
   * Copies the kit kept aside (a saved record it could not read, or the original of one it
   * repaired) come along under `aside` (`[{ tag, storageKey, keptAs, data }]`, `data` exactly
   * as stored), so a person can get them back; `importData()` leaves them out.
   */
  async exportData(): Promise<string> {
    await flushAll();
    const prefix = workbookPrefix(this.workbookId);
    const records: WorkbookExport['records'] = [];
    const aside: NonNullable<WorkbookExport['aside']> = [];
    const seen = new Set<string>();
    if (await kitStorage.open()) {
      for (const [key, value] of await kitStorage.entries<Envelope>(prefix)) {
        const kept = asideRecordKey(key);
        // copies kept aside (unreadable or repaired records): the person's to get back
        if (kept) aside.push({ ...kept, data: value });
        const parts = parseRecordKey(key);
        if (!parts || !value || typeof value !== 'object') continue;
        seen.add(key);
        records.push({ tag: parts.tag, storageKey: parts.storageKey, schema: value.schema, updatedAt: value.updatedAt, data: value.data });
      }
    }
    // Where storage is unavailable, the live elements hold the only copy.
    for (const hub of liveHubs(prefix)) {
      const parts = parseRecordKey(hub.key);
      if (!parts || seen.has(hub.key)) continue;
      records.push({ tag: parts.tag, storageKey: parts.storageKey, schema: hub.model.schema, updatedAt: new Date().toISOString(), data: hub.snapshot() });
    }
    const body: WorkbookExport = {
      format: EXPORT_FORMAT,
      kitVersion: KIT_VERSION,
      workbook: this.workbookId,
      exportedAt: new Date().toISOString(),
      records,
      ...(aside.length > 0 ? { aside } : {}),
    };
    return JSON.stringify(body, null, 2);
  }

  /**
   * Replaces this workbook's records with those of an export (a JSON string or the parsed
   * object). Everything is checked first: broken or foreign data throws a `TypeError`
   * naming the path and nothing is written. Live elements then show the imported state.
   */
  async importData(json: string | object): Promise<void> {
    const records = readExport(json, modelFor);
    const prefix = workbookPrefix(this.workbookId);
    await flushAll();
    if (await kitStorage.open()) {
      await kitStorage.run('readwrite', (s) => {
        for (const record of records) {
          const key = recordKey(this.workbookId, record.tag, record.storageKey);
          s.delete(prefixRange(`${key}#journal/`));
          localJournalDelete({ prefix: `${key}#` });
          const envelope: Envelope = { schema: modelFor(record.tag)?.schema ?? record.schema, updatedAt: record.updatedAt, data: record.data };
          s.put(envelope, key);
        }
      });
      broadcastWorkbook('reload', prefix);
      await Promise.all(liveHubs(prefix).map((hub) => hub.reload(true)));
    } else {
      for (const hub of liveHubs(prefix)) {
        const parts = parseRecordKey(hub.key);
        const record = records.find((r) => parts && r.tag === parts.tag && r.storageKey === parts.storageKey);
        if (record) hub.replaceState(record.data as object, { type: 'replace', via: 'import' }, true);
      }
    }
  }

  /**
   * Deletes everything this workbook holds on this device, here and in other open tabs:
   * every record, journal and copy kept aside, and every change and risk event of it that
   * `<ipt-sync>` has not delivered yet (queued, in a batch on its way, or in the dead
   * letters). Live elements start empty, and emit `clear`: a sync delivers that (it carries
   * no content), so the program learns the workbook was erased here.
   *
   * With `{ deliverFirst: true }` it first tries to deliver what waits (`flush()` of every
   * `<ipt-sync>` that serves this workbook); if something could not be delivered (offline,
   * the backend unreachable) nothing is erased and it rejects with an `Error` named
   * `UndeliveredChangesError`: ask the person, offer `exportData()`, then erase without the option.
   */
  async eraseData(options: { deliverFirst?: boolean } = {}): Promise<void> {
    if (options.deliverFirst) {
      const results = await Promise.all(this.syncsServing().map((sync) => sync.flush()));
      if (results.some((delivered) => !delivered)) {
        const error = new Error('some changes of this workbook could not be delivered yet; nothing was erased');
        error.name = 'UndeliveredChangesError';
        throw error;
      }
    }
    const prefix = workbookPrefix(this.workbookId);
    // first the outbox: the `clear` the elements emit below is queued after it, and stays
    await eraseWorkbookOutboxes(this.workbookId);
    const hubs = liveHubs(prefix);
    broadcastWorkbook('erase', prefix);
    for (const hub of hubs) hub.resetToEmpty(true);
    await Promise.all(hubs.map((hub) => hub.writeNow()));
    localJournalDelete({ prefix });
    if (await kitStorage.open()) await kitStorage.deletePrefix(prefix);
    // A tab that was writing as the first message arrived has stopped by now.
    broadcastWorkbook('erase', prefix);
  }

  /** The `<ipt-sync>` elements that deliver this workbook's changes: inside it, and page-wide ones outside any workbook. */
  private syncsServing(): { flush(): Promise<boolean> }[] {
    const tag: string = 'ipt-sync';
    const inside = [...this.querySelectorAll(tag)];
    const pageWide = [...document.querySelectorAll(tag)].filter((sync) => !sync.closest('ipt-workbook'));
    return [...inside, ...pageWide]
      .map((sync) => sync as unknown as { flush?: unknown })
      .filter((sync): sync is { flush(): Promise<boolean> } => typeof sync.flush === 'function');
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

function sameCrisis(a: CrisisContent | undefined, b: CrisisContent | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

defineElement('ipt-workbook', IptWorkbook);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-workbook': IptWorkbook;
  }
}
