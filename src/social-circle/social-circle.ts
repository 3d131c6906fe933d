import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssVars } from '../core/css-vars.js';
import { PersistentElement } from '../core/persistent-element.js';
import { IptElement } from '../core/ipt-element.js';
import { oneOf, wholeNumber } from '../core/attributes.js';
import { defineElement } from '../core/define.js';
import { registerStrings } from '../core/i18n.js';
import { baseStyles } from '../core/theme.js';
import { nowIso } from '../core/time.js';
import {
  DEFAULT_RINGS,
  MAX_RINGS,
  MIN_RINGS,
  RELATIONSHIPS,
  addPerson,
  fixShownAngles,
  compareSnapshots,
  movePerson,
  removePerson,
  restorePerson,
  sharedPeople,
  socialCircleModel,
  takeSnapshot,
  updatePerson,
  type Comparison,
  type Person,
  type PersonPatch,
  type Removed,
  type Snapshot,
  type SocialCircleOptions,
  type SocialCircleState,
  type SortKey,
  type SocialCircleChange,
  type SocialCircleInput,
  MAX_PEOPLE,
} from './model.js';
import { angleForNew, angleOf, layoutCircle, ringAt, type Layout } from './layout.js';
import { peopleToCsv } from './csv.js';
import { downloadFile } from '../core/export.js';
import { RING_LABEL_KEYS, strings, type CircleStringKey } from './strings.js';
import { socialCircleStyles } from './social-circle.styles.js';
import { CircleDrag } from './drag-controller.js';
import { Announcer } from '../core/announcer.js';
import { PrintMode } from '../core/print-mode.js';
import { UndoOffer } from '../core/undo-offer.js';
import { WidthController } from '../core/width.js';
import { readPersonForm, renderDetails, renderEditForm, type PersonEditorView } from './person-editor.js';
import { renderList } from './list-view.js';
import { renderSnapshots } from './snapshots-view.js';
import { clearWhenLeft } from '../core/messages.js';

registerStrings(strings, { es: () => import('./strings.es.js') });

export type SocialCircleView = 'circle' | 'list';

/** How long Undo is offered after a removal. */
const UNDO_MS = 10000;
/** Degrees a person moves around their ring per Shift+Arrow. */
const ANGLE_STEP = 15;
const LABEL_CHARS = 24;
/** How a snapshot's date is written (a constant: the kit's formatter cache knows it by the object). */
const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/**
 * The interpersonal inventory on a closeness circle: "Me" in the centre, the people in
 * the client's life on rings around them (ring 1 closest), each with the inventory IPT
 * uses (contact, support, confiding, conflict, how they communicate, whether the
 * relationship changed since the low mood began, expectations, what they would change...),
 * and for someone who has died, optionally when. People are
 * added with a short form, edited in a dialog, dragged between rings or moved by keyboard,
 * removed with Undo; a list view holds everything the picture holds. Snapshots taken at
 * the start, middle and end of therapy can be compared. Saves on the device; shares its people with an
 * `<ipt-workbook>`.
 *
 * Keyboard, in the circle (one Tab stop; the focused person is the one that moves):
 * - Arrow Right / Arrow Down: next person (around the circle, inner rings first);
 *   Arrow Left / Arrow Up: previous person; Home / End: first / last.
 * - `+` or Page Up: move the person one ring closer; `-` or Page Down: one ring further out.
 * - Shift + Arrow Right / Left: move the person around their ring (clockwise / anticlockwise).
 * - Enter or Space: open the person's details (to edit them, unless `readonly`).
 * - Delete or Backspace: remove the person (Undo is offered for 10 seconds; Ctrl/Cmd + Z undoes).
 * - Escape during a drag: cancel it.
 * Every move is announced in a live region ("Ana moved to ring 1, Closest").
 *
 * @tagname ipt-social-circle
 * @summary The people in your life on a closeness circle: add, place, edit, compare over time.
 *
 * @attr {number} rings - How many rings, 2 to 5 (default 3). Ring 1 is closest.
 * @attr {string} ring-labels - Your own words for the rings, closest first, separated by `|` ("Inner circle|Friends|Others").
 * @attr {"circle"|"list"} view - Which view shows first: the picture (`circle`, default) or the table (`list`).
 * @attr {string} storage-key - Which saved record this instance uses (default `default`).
 * @attr {"local"|"none"} persist - `none` keeps everything in memory only.
 * @attr {boolean} readonly - Someone else's view (a clinician's): no add form, no editing, no dragging, no snapshot form, no introduction, words that speak of the client ("People in their life"); keyboard navigation, details and announcements stay (also when the workbook is `readonly`).
 * @attr {string} lang - Language (`en`, `es`); inherited from the closest `[lang]` by default.
 *
 * @prop {SocialCircleState} state - The whole state `{ people, snapshots }` as plain JSON; assigning validates (TypeError naming the field).
 * @prop {Promise<void>} ready - Resolves once the saved state is loaded.
 *
 * @event ipt-ready - The saved state has loaded. Detail `{ source, storageKey }`.
 * @event ipt-change - Something changed. Detail `{ source, storageKey, workbook, state, change, at }`; `change.type` is one of `person-add`, `person-update`, `person-move`, `person-remove`, `person-restore`, `snapshot`, `replace`, `clear`, with `change.id` for one person (and `from`/`to` rings for a move).
 * @event ipt-error - Storage trouble, a bad attribute or repaired saved data. Detail `{ source, storageKey, code, message }`.
 *
 * @slot heading - Your own heading (default "People in your life"). Not shown under `heading-level="none"`.
 * @slot intro - Your own introduction under the heading.
 *
 * @csspart saving-notice - The one calm line shown while changes stay on this page only (storage blocked or full).
 * @csspart base - The whole element's wrapper.
 * @csspart picture - The SVG picture.
 * @csspart legend - The key under the picture.
 * @csspart list - The table of the list view.
 * @csspart add-form - The short form that adds a person.
 * @csspart editor - The dialog that edits a person.
 * @csspart snapshots - The snapshots and compare section.
 *
 * @cssprop --ipt-circle-node-color - Fill of a person's dot (default: the accent colour).
 * @cssprop --ipt-circle-ring-color - Colour of the rings (default: the border colour).
 * @cssprop --ipt-circle-label-size - Size of the names in the picture (default 14px).
 * @cssprop --ipt-color-accent - Accent colour (buttons, dots).
 * @cssprop --ipt-color-support - Colour of support lines.
 * @cssprop --ipt-color-conflict - Colour of conflict outlines.
 * @cssprop --ipt-color-text - Text colour.
 * @cssprop --ipt-color-surface - Background colour.
 * @cssprop --ipt-color-focus - Focus ring colour.
 * @cssprop --ipt-font-family - Font family.
 */
export class IptSocialCircle extends PersistentElement<SocialCircleState, SocialCircleOptions, SocialCircleChange, SocialCircleInput> {
  // The base types its static field loosely (every element's model fits it).
  static override model = socialCircleModel;
  static override styles = [baseStyles, socialCircleStyles];
  static override attributeRules = {
    ...IptElement.attributeRules,
    rings: wholeNumber('rings', MIN_RINGS, MAX_RINGS, DEFAULT_RINGS),
    view: oneOf('view', ['circle', 'list'], 'circle'),
  };

  /** How many rings, 2 to 5. Ring 1 is closest. */
  @property({ type: Number, reflect: true }) rings = DEFAULT_RINGS;

  /** Your own words for the rings, closest first, separated by `|`. Empty parts keep the default ("Closest|Close|Further out"; 2 to 5 rings have their own warm defaults). */
  @property({ attribute: 'ring-labels' }) ringLabels = '';

  /** The view shown: `circle` (the picture) or `list` (the table). The person can switch; the attribute follows. */
  @property({ reflect: true }) view: SocialCircleView = 'circle';

  @state() private focusId: string | undefined;
  @state() private editingId: string | undefined;
  @state() private addError = '';
  @state() private editError = '';
  /** Leaving the add form for something else clears its message. */
  private readonly onAddLeft = clearWhenLeft(() => (this.addError = ''));
  @state() private sortKey: SortKey = 'ring';
  @state() private sortDesc = false;
  @state() private compareFrom = '';
  @state() private compareTo = '';

  private readonly announcer = new Announcer(this);
  /** The list is built only when shown or printed: with 150 people it is most of a render. */
  private readonly printMode = new PrintMode(this);
  private readonly undoOffer = new UndoOffer<Removed>(this, { ms: UNDO_MS });
  private readonly sizer = new WidthController(this, {
    target: () => this.renderRoot?.querySelector('.picture'),
    initial: 640,
    // Steps of 8px: a scrollbar appearing must not re-lay the circle out in a loop.
    fit: (w) => Math.max(280, Math.round(w / 8) * 8),
    nextFrame: true,
    // 150 people drawn at a guessed width and again at the real one cost twice the first paint
    fromHost: true,
  });
  private readonly dragger = new CircleDrag(this, {
    svg: () => this.svgEl,
    enabled: () => !this.isReadonly,
    pressed: (id) => (this.focusId = id),
    drop: (id, x, y) => {
      const ring = ringAt(Math.hypot(x, y), this.currentLayout().radii);
      this.doMove(id, ring, angleOf(x, y));
      this.focusPerson(id);
    },
    click: (id) => this.openEditor(id, this.renderRoot.querySelector(`g.person[data-id="${CSS.escape(id)}"]`)),
  });

  private get width(): number {
    return this.sizer.width;
  }

  private get svgEl(): SVGSVGElement | undefined {
    return this.renderRoot?.querySelector<SVGSVGElement>('svg.circle') ?? undefined;
  }
  private get dialogEl(): HTMLDialogElement | undefined {
    return this.renderRoot?.querySelector('dialog') ?? undefined;
  }

  private layoutCache: { key: unknown[]; layout: Layout } | undefined;
  private widthCache = new Map<string, number>();
  private measureCtx: CanvasRenderingContext2D | null | undefined;
  private measureFont = '';
  private fontMetrics: { ascent: number; descent: number } | undefined;
  private returnFocus: HTMLElement | SVGElement | null = null;

  protected modelOptions(): SocialCircleOptions {
    const r = this.rings;
    return { rings: Number.isInteger(r) && r >= MIN_RINGS && r <= MAX_RINGS ? r : DEFAULT_RINGS };
  }

  private get ringCount(): number {
    return this.modelOptions().rings;
  }

  // ---------------------------------------------------------------------------------
  // Public methods

  /**
   * Stores a dated copy of the people under a label ("Start of therapy", "Middle of therapy", "End of therapy").
   * Resolves to the snapshot; emits `ipt-change` (`snapshot`).
   */
  async snapshot(label: string): Promise<Snapshot> {
    await this.ready;
    const { state, snapshot } = takeSnapshot(this.data, label, this.modelOptions(), nowIso());
    this.commit(state, { type: 'snapshot', id: snapshot.id });
    this.announce(this.t('circle.announce.snapshot', { label: snapshot.label }));
    return structuredClone(snapshot);
  }

  /** What changed between two snapshots (by id; `'now'` for the current people): `{ moved: [{ id, name, from, to }], added, removed, unchanged }`. */
  compare(fromId: string, toId: string): Comparison {
    return compareSnapshots(this.snapshotOrNow(fromId), this.snapshotOrNow(toId));
  }

  /** The people as CSV (one row per person, formula-safe): what "Spreadsheet (CSV)" downloads. */
  toCSV(): string {
    return peopleToCsv(this.data.people, (ring) => this.ringLabel(ring));
  }

  /** The picture as a standalone SVG document: what "Picture (SVG)" downloads. */
  toSVG(): string {
    const source = this.svgEl;
    if (!source) return '';
    const clone = source.cloneNode(true) as SVGSVGElement;
    const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
    const comments: Node[] = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const c of comments) c.parentNode?.removeChild(c);
    for (const el of clone.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
    clone.removeAttribute('style');
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const vb = clone.viewBox.baseVal;
    clone.setAttribute('width', String(Math.round(vb.width)));
    clone.setAttribute('height', String(Math.round(vb.height)));
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = EXPORT_CSS;
    clone.insertBefore(style, clone.firstChild);
    return new XMLSerializer().serializeToString(clone);
  }

  // ---------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onHostKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onHostKeydown);
    this.workbook?.withdraw(this);
  }

  protected override stateChanged(): void {
    this.publishPeople();
    // "Please add a name." is about the add form's last try: any change to the circle since
    // (a drag, an edit, an undo, another tab) makes it stale
    this.addError = '';
  }

  protected override workbookChanged(): void {
    super.workbookChanged();
    this.publishPeople();
  }

  private publishPeople(): void {
    if (!this.loaded) return;
    const snapshots = this.data.snapshots.map((s) => ({ id: s.id, label: s.label, takenAt: s.takenAt, people: s.people.map((p) => ({ id: p.id, name: p.name, ring: p.ring })) }));
    this.workbook?.publish(this, { people: sharedPeople(this.data), snapshots });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The person being edited was removed (here, or in another tab): close their editor.
    if (this.editingId !== undefined && this.loaded && !this.data.people.some((p) => p.id === this.editingId)) {
      this.closeEditor();
      return;
    }
    if (changed.has('editingId') && this.editingId !== undefined) {
      const dialog = this.dialogEl;
      if (dialog && !dialog.open) {
        dialog.showModal();
        (dialog.querySelector('[autofocus]') as HTMLElement | null)?.focus();
      }
    }
  }

  // ---------------------------------------------------------------------------------
  // Words

  private ringLabel(ring: number): string {
    const own = this.ringLabels.split('|').map((s) => s.trim());
    const count = this.ringCount;
    const index = Math.min(Math.max(ring, 1), count) - 1;
    if (own[index]) return own[index];
    return this.t(RING_LABEL_KEYS[count][index]);
  }

  private ringName(ring: number): string {
    return this.t('circle.ringName', { ring, label: this.ringLabel(ring) });
  }

  private relationshipText(p: Person): string {
    const base = this.t(`circle.rel.${p.relationship}`);
    return p.relationshipLabel ? `${p.relationshipLabel} (${base})` : base;
  }

  private describePerson(p: Person): string {
    const parts = [this.t('circle.person.desc', { name: p.name, relationship: this.relationshipText(p), ring: this.ringName(this.shownRing(p)) })];
    if (p.support === 'a-lot') parts.push(this.t('circle.person.supportLot'));
    if (p.support === 'some') parts.push(this.t('circle.person.supportSome'));
    if (p.conflict === 'a-lot') parts.push(this.t('circle.person.conflictLot'));
    if (p.conflict === 'some') parts.push(this.t('circle.person.conflictSome'));
    if (p.deceased) parts.push(this.t('circle.person.deceased'));
    return parts.join(', ');
  }

  /** A ring stored under more rings than shown now sits on the outermost ring shown. */
  private shownRing(p: Person): number {
    return Math.min(p.ring, this.ringCount);
  }

  private announce(text: string): void {
    this.announcer.say(text);
  }

  // ---------------------------------------------------------------------------------
  // Layout

  private measure = (text: string): number => {
    const cached = this.widthCache.get(text);
    if (cached !== undefined) return cached;
    if (this.measureCtx === undefined) {
      this.measureCtx = document.createElement('canvas').getContext('2d');
    }
    let width = text.length * 14 * 0.62;
    if (this.measureCtx) {
      this.measureCtx.font = this.measureFont;
      // A little slack: SVG and canvas text can differ by a pixel or two.
      width = this.measureCtx.measureText(text).width * 1.04 + 2;
    }
    this.widthCache.set(text, width);
    return width;
  };

  /**
   * How far label text reaches above and below its baseline, as this engine draws and
   * measures it: the larger of the canvas font metrics and a probe label's own box
   * (Firefox's SVG text boxes are taller than the font's ascent plus descent).
   */
  private measureMetrics(fontSize: number): { ascent: number; descent: number } | undefined {
    if (this.measureCtx === undefined) this.measureCtx = document.createElement('canvas').getContext('2d');
    let ascent = fontSize * 0.8;
    let descent = fontSize * 0.2;
    const ctx = this.measureCtx;
    if (ctx) {
      ctx.font = this.measureFont;
      const m = ctx.measureText('ÁHgjy');
      const a = m.fontBoundingBoxAscent ?? m.actualBoundingBoxAscent;
      const d = m.fontBoundingBoxDescent ?? m.actualBoundingBoxDescent;
      if (Number.isFinite(a) && Number.isFinite(d)) {
        ascent = Math.max(ascent, a);
        descent = Math.max(descent, d);
      }
    }
    if (this.isConnected && this.renderRoot) {
      const ns = 'http://www.w3.org/2000/svg';
      const probe = document.createElementNS(ns, 'svg');
      probe.setAttribute('class', 'circle');
      probe.setAttribute('width', '400');
      probe.setAttribute('height', '200');
      const text = document.createElementNS(ns, 'text');
      text.setAttribute('class', 'label');
      text.setAttribute('y', '100');
      text.textContent = 'ÁHgjy';
      probe.append(text);
      this.renderRoot.append(probe);
      const frame = probe.getBoundingClientRect();
      const box = text.getBoundingClientRect();
      if (box.height > 0) {
        ascent = Math.max(ascent, 100 - (box.top - frame.top));
        descent = Math.max(descent, box.bottom - frame.top - 100);
      }
      try {
        const b = text.getBBox();
        if (b.height > 0) {
          ascent = Math.max(ascent, 100 - b.y);
          descent = Math.max(descent, b.y + b.height - 100);
        }
      } catch {
        /* not rendered: the other measures stand */
      }
      probe.remove();
    }
    return { ascent: ascent + 0.5, descent: descent + 0.5 };
  }

  private labelText(p: Person): string {
    const name = p.name.length > LABEL_CHARS ? `${p.name.slice(0, LABEL_CHARS - 1)}…` : p.name;
    return name;
  }

  private currentLayout(): Layout {
    const people = this.data.people;
    const ringLabels = Array.from({ length: this.ringCount }, (_, i) => this.ringLabel(i + 1));
    const fontSize = this.labelFontSize();
    const key = [people, this.ringCount, this.width, ringLabels.join('|'), fontSize];
    if (this.layoutCache && this.layoutCache.key.every((k, i) => k === key[i])) return this.layoutCache.layout;
    const family = getComputedStyle(this).fontFamily || 'sans-serif';
    const font = `${fontSize}px ${family}`;
    if (font !== this.measureFont) {
      this.measureFont = font;
      this.widthCache.clear();
      this.fontMetrics = this.measureMetrics(fontSize);
    }
    const items = people.map((p) => ({ id: p.id, ring: this.shownRing(p), angle: p.angle, label: this.labelText(p) }));
    const options = { rings: this.ringCount, width: this.width, fontSize, measure: this.measure, ringLabels, ...this.fontMetrics };
    let layout = layoutCircle(items, options);
    const scale = this.width / layout.viewBox.w;
    // Drawn smaller than 1:1, text boxes grow by up to a device pixel each side once
    // rounded: give the labels that much more room, in user units.
    if (scale < 1) layout = layoutCircle(items, { ...options, padY: Math.min(1.3 / scale, fontSize) });
    this.layoutCache = { key, layout };
    return layout;
  }

  private labelFontSize(): number {
    const raw = getComputedStyle(this).getPropertyValue('--_circle-label-size').trim();
    const n = parseFloat(raw);
    return Number.isFinite(n) && n >= 8 && n <= 40 && raw.endsWith('px') ? n : 14;
  }

  /** People in focus order: around the circle, inner rings first. */
  private focusOrder(layout: Layout): string[] {
    return layout.nodes
      .slice()
      .sort((a, b) => a.ring - b.ring || a.angle - b.angle)
      .map((n) => n.id);
  }

  // ---------------------------------------------------------------------------------
  // Changes

  private doAdd(name: string, relationship: string, ring: number): boolean {
    const trimmed = name.trim();
    if (!trimmed) {
      this.addError = this.t('circle.nameRequired');
      return false;
    }
    if (this.data.people.length >= MAX_PEOPLE) {
      // the model would refuse it; say so where the person is typing instead of failing silently
      this.addError = this.t('circle.full', { max: MAX_PEOPLE });
      return false;
    }
    this.addError = '';
    const before = this.fixedAngles();
    const shown = Math.min(ring, this.ringCount);
    const items = before.people.map((p) => ({ id: p.id, ring: this.shownRing(p), angle: p.angle, label: '' }));
    const { state, person } = addPerson(
      before,
      { name: trimmed, relationship: relationship as Person['relationship'], ring, angle: angleForNew(items, shown, this.ringCount) },
      this.modelOptions(),
      nowIso(),
    );
    this.commit(state, { type: 'person-add', id: person.id });
    this.announce(this.t('circle.announce.added', { name: person.name, ring, label: this.ringLabel(ring) }));
    return true;
  }

  /**
   * The state with every person's on-screen angle written down, so that an add or a move
   * that follows cannot re-spread people the client did not touch.
   */
  private fixedAngles(): SocialCircleState {
    if (this.data.people.every((p) => p.angle !== undefined)) return this.data;
    return fixShownAngles(this.data, new Map(this.currentLayout().nodes.map((n) => [n.id, n.angle])));
  }

  private doMove(id: string, ring: number, angle?: number | null): void {
    const p = this.data.people.find((x) => x.id === id);
    if (!p) return;
    const { state, person, from } = movePerson(this.fixedAngles(), id, ring, angle, this.modelOptions(), nowIso());
    this.commit(state, { type: 'person-move', id, from, to: ring });
    const key = from !== ring ? 'circle.announce.moved' : 'circle.announce.placed';
    this.announce(this.t(key, { name: person.name, ring, label: this.ringLabel(ring) }));
  }

  private doRemove(id: string): void {
    const p = this.data.people.find((x) => x.id === id);
    if (!p) return;
    // Keep the keyboard where it was: the next person takes the focus.
    const order = this.focusOrder(this.currentLayout());
    const at = order.indexOf(id);
    const nextFocus = order[at + 1] ?? order[at - 1];
    const { state, removed } = removePerson(this.data, id);
    this.undoOffer.offer(removed);
    this.commit(state, { type: 'person-remove', id });
    this.announce(this.t('circle.announce.removed', { name: p.name }));
    if (this.focusId === id || this.editingId === id) {
      this.focusId = nextFocus;
      const active = this.shadowRoot?.activeElement;
      // The removed node had the keyboard: hand it to the next person.
      if (nextFocus && this.view === 'circle' && (!active || active.closest('g.person'))) this.focusPerson(nextFocus);
    }
  }

  private doUndo(): void {
    const removed = this.undoOffer.take();
    if (!removed) return;
    const state = restorePerson(this.data, removed, nowIso());
    if (state === this.data) return;
    this.commit(state, { type: 'person-restore', id: removed.person.id });
    this.focusId = removed.person.id;
    this.announce(this.t('circle.announce.restored', { name: removed.person.name }));
    if (this.view === 'circle') void this.updateComplete.then(() => this.focusPerson(removed.person.id));
  }

  private doUpdate(id: string, patch: PersonPatch): void {
    const before = this.data.people.find((p) => p.id === id);
    if (!before) return;
    const { state, person } = updatePerson(this.data, id, patch, this.modelOptions(), nowIso());
    if (person.ring !== before.ring) {
      this.commit(state, { type: 'person-move', id, from: before.ring, to: person.ring });
      this.announce(this.t('circle.announce.moved', { name: person.name, ring: person.ring, label: this.ringLabel(person.ring) }));
    } else {
      this.commit(state, { type: 'person-update', id });
      this.announce(this.t('circle.announce.updated', { name: person.name }));
    }
  }

  // ---------------------------------------------------------------------------------
  // Keyboard

  private onHostKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.dragger.escape()) {
      // Escape drops nothing: the person goes back where they were.
      e.preventDefault();
      return;
    }
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z' && this.undoOffer.item && !this.isReadonly) {
      const target = e.composedPath()[0] as HTMLElement;
      // Text fields keep their own undo.
      if (target && /^(INPUT|TEXTAREA)$/.test(target.tagName)) return;
      e.preventDefault();
      this.doUndo();
    }
  };

  private onPersonKeydown(e: KeyboardEvent, id: string, el: SVGGElement): void {
    const layout = this.currentLayout();
    const order = this.focusOrder(layout);
    const i = order.indexOf(id);
    const person = this.data.people.find((p) => p.id === id);
    if (!person) return;
    const ring = this.shownRing(person);
    const editable = !this.isReadonly;
    let handled = true;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        if (e.shiftKey && editable) this.nudgeAngle(id, layout, e.key === 'ArrowRight' ? ANGLE_STEP : -ANGLE_STEP);
        else this.focusPerson(order[(i + 1) % order.length]);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        if (e.shiftKey && editable) this.nudgeAngle(id, layout, e.key === 'ArrowLeft' ? -ANGLE_STEP : ANGLE_STEP);
        else this.focusPerson(order[(i - 1 + order.length) % order.length]);
        break;
      case 'Home':
        this.focusPerson(order[0]);
        break;
      case 'End':
        this.focusPerson(order[order.length - 1]);
        break;
      case '+':
      case '=':
      case 'PageUp':
        if (!editable) handled = false;
        else if (ring > 1) this.doMove(id, ring - 1);
        else this.announce(this.t('circle.announce.edge.in', { name: person.name }));
        break;
      case '-':
      case '_':
      case 'PageDown':
        if (!editable) handled = false;
        else if (ring < this.ringCount) this.doMove(id, ring + 1);
        else this.announce(this.t('circle.announce.edge.out', { name: person.name }));
        break;
      case 'Enter':
      case ' ':
        this.openEditor(id, el);
        break;
      case 'Delete':
      case 'Backspace':
        if (editable) this.doRemove(id);
        else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
    if (handled && this.focusId && this.focusId !== id) return;
    // After a move the node is re-rendered at its new place: keep the focus on it.
    if (handled) void this.updateComplete.then(() => this.focusPerson(this.focusId ?? id));
  }

  private nudgeAngle(id: string, layout: Layout, delta: number): void {
    const node = layout.nodes.find((n) => n.id === id);
    if (!node) return;
    this.doMove(id, node.ring, node.angle + delta);
  }

  private focusPerson(id: string | undefined): void {
    if (!id) return;
    this.focusId = id;
    void this.updateComplete.then(() => {
      const el = this.renderRoot.querySelector<SVGGElement>(`g.person[data-id="${CSS.escape(id)}"]`);
      if (el && this.shadowRoot?.activeElement !== el) el.focus();
    });
  }

  // ---------------------------------------------------------------------------------
  // Pointer (the drag itself: drag-controller.ts)

  /**
   * The people's gestures, heard once on their group rather than five listeners on each
   * person: with 150 people those 750 listeners were a large part of the first render.
   * Registered with `passive: false`, so the touchstart can be cancelled (CircleDrag.touchStart).
   */
  private readonly onPeople = {
    handleEvent: (e: Event): void => {
      const el = (e.target as Element | null)?.closest?.('g.person') as SVGGElement | null;
      const id = el?.dataset.id;
      if (!el || id === undefined) return;
      if (e.type === 'keydown') this.onPersonKeydown(e as KeyboardEvent, id, el);
      else if (e.type === 'pointerdown') this.dragger.down(e as PointerEvent, id, el);
      else if (e.type === 'touchstart') this.dragger.touchStart.handleEvent(e as TouchEvent);
      else if (e.type === 'click') this.onPersonClick(e as MouseEvent, id, el);
      else if (e.type === 'focusin') this.focusId = id;
    },
    passive: false,
  };

  private onPersonClick(e: MouseEvent, id: string, el: SVGGElement): void {
    // An editable circle opens the details on pointerup (a press that was not a drag); a
    // read-only one has no drag, and assistive tech clicks without pointer events.
    if (this.isReadonly || e.detail === 0) this.openEditor(id, el);
  }

  // ---------------------------------------------------------------------------------
  // Editor

  private openEditor(id: string, from: HTMLElement | SVGElement | null): void {
    this.returnFocus = from;
    this.editError = '';
    this.editingId = id;
  }

  private closeEditor(): void {
    const id = this.editingId;
    this.editingId = undefined;
    this.dialogEl?.close();
    const back = this.returnFocus;
    this.returnFocus = null;
    if (id && this.data.people.some((p) => p.id === id)) {
      if (back?.isConnected) back.focus();
      else if (this.view === 'circle') this.focusPerson(id);
    } else if (this.view === 'circle' && this.focusId) {
      this.focusPerson(this.focusId);
    }
  }

  private onEditSubmit(e: SubmitEvent, id: string): void {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const patch = readPersonForm(form);
    if (!patch) {
      this.editError = this.t('circle.nameRequired');
      void this.updateComplete.then(() => (form.querySelector('[name="name"]') as HTMLInputElement | null)?.focus());
      return;
    }
    this.doUpdate(id, patch);
    this.closeEditor();
  }

  private onAddSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const ok = this.doAdd(String(data.get('name') ?? ''), String(data.get('relationship')), Number(data.get('ring')));
    const nameInput = form.querySelector<HTMLInputElement>('[name="name"]');
    if (ok && nameInput) nameInput.value = '';
    nameInput?.focus();
  }

  // ---------------------------------------------------------------------------------
  // Snapshots and export

  private snapshotOrNow(id: string): { people: readonly Person[] } {
    if (id === 'now' || id === '') return this.data;
    const s = this.data.snapshots.find((x) => x.id === id);
    if (!s) throw new RangeError(`no snapshot with id "${id}"`);
    return s;
  }

  private onSnapshotSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const input = form.querySelector<HTMLInputElement>('[name="label"]');
    const label = input?.value.trim() || this.suggestSnapshotLabel();
    void this.snapshot(label).then(() => {
      if (input) input.value = '';
    });
  }

  private suggestSnapshotLabel(): string {
    const n = this.data.snapshots.length;
    const keys: CircleStringKey[] = ['circle.snapshot.suggest.intake', 'circle.snapshot.suggest.mid', 'circle.snapshot.suggest.end'];
    return this.t(keys[Math.min(n, 2)]);
  }

  private download(text: string, type: string, extension: string): void {
    downloadFile(this, `social-circle-${nowIso().slice(0, 10)}.${extension}`, text, type);
  }

  // ---------------------------------------------------------------------------------
  // Rendering

  override render(): TemplateResult {
    const people = this.data.people;
    const readonly = this.isReadonly;
    return html`
      <div
        part="base"
        class="base view-${this.view} ${readonly ? 'readonly' : ''}"
        role=${ifDefined(this.hasTopHeading ? undefined : 'region')}
        aria-label=${ifDefined(this.hasTopHeading ? undefined : this.t('circle.title'))}
      >
        <!-- a header in a shadow root is a page banner to assistive technology: one per circle, inside the host's own -->
        <header role="none">
          ${this.heading(0, html`<slot name="heading">${this.t('circle.title')}</slot>`)}
          <slot name="intro">${readonly ? nothing : html`<p class="intro">${this.t('circle.intro')}</p>`}</slot>
        </header>
        ${this.savingNotice()}
        <div class="bar">
          <div class="view-toggle" role="group" aria-label=${this.t('circle.view.label')}>
            ${(['circle', 'list'] as const).map(
              (v) => html`<button
                type="button"
                class="view-${v}"
                aria-pressed=${this.view === v ? 'true' : 'false'}
                @click=${() => (this.view = v)}
              >
                ${this.t(`circle.view.${v}`)}
              </button>`,
            )}
          </div>
          <details class="export">
            <summary>${this.t('circle.export')}</summary>
            <div class="menu">
              <button type="button" class="export-json" @click=${() => this.download(JSON.stringify(this.state, null, 2), 'application/json', 'json')}>
                ${this.t('circle.export.json')}
              </button>
              <button type="button" class="export-csv" @click=${() => this.download(`\ufeff${this.toCSV()}`, 'text/csv;charset=utf-8', 'csv')}>
                ${this.t('circle.export.csv')}
              </button>
              <button type="button" class="export-svg" @click=${() => this.download(this.toSVG(), 'image/svg+xml', 'svg')}>
                ${this.t('circle.export.svg')}
              </button>
              <button type="button" class="print" @click=${() => void this.printMode.print()}>${this.t('circle.print')}</button>
            </div>
          </details>
        </div>
        ${readonly ? nothing : this.renderAddForm()} ${readonly ? nothing : this.crisis.link()}
        ${this.undoOffer.item ? this.renderUndo(this.undoOffer.item) : nothing}
        <div class="picture-view" ?hidden=${this.view !== 'circle'}>${this.renderPicture(people)}</div>
        <div class="list-view" ?hidden=${this.view !== 'list'}>
          ${this.view === 'list' || this.printMode.printing ? this.renderList(people) : nothing}
        </div>
        ${this.renderSnapshots()}
        ${this.announcer.render()}
        ${this.renderEditor()}
      </div>
    `;
  }

  private renderAddForm(): TemplateResult {
    const rings = this.ringCount;
    return html`<form class="add" part="add-form" @submit=${this.onAddSubmit} @focusout=${this.onAddLeft} novalidate>
      <label class="field"
        >${this.t('circle.field.name')}
        <input
          type="text"
          name="name"
          autocomplete="off"
          maxlength="200"
          aria-invalid=${this.addError ? 'true' : 'false'}
          aria-describedby="add-error"
          @input=${() => (this.addError = '')}
      /></label>
      <label class="field"
        >${this.t('circle.field.relationship')}
        <select name="relationship">
          ${RELATIONSHIPS.map((r) => html`<option value=${r} ?selected=${r === 'friend'}>${this.t(`circle.rel.${r}`)}</option>`)}
        </select></label
      >
      <label class="field"
        >${this.t('circle.field.ring')}
        <select name="ring">
          ${Array.from({ length: rings }, (_, i) => i + 1).map(
            (r) => html`<option value=${r} ?selected=${r === Math.min(2, rings)}>${this.t('circle.ringOption', { ring: r, label: this.ringLabel(r) })}</option>`,
          )}
        </select></label
      >
      <button type="submit" class="primary add-submit">${this.t('circle.add')}</button>
      <p id="add-error" class="error" ?hidden=${!this.addError}>${this.addError}</p>
    </form>`;
  }

  private renderUndo(removed: Removed): TemplateResult {
    return html`<div class="toast">
      <span>${this.t('circle.removedToast', { name: removed.person.name })}</span>
      <button type="button" class="undo" @click=${this.doUndo}>${this.t('circle.undo')}</button>
    </div>`;
  }

  private renderPicture(people: readonly Person[]): TemplateResult {
    const layout = this.currentLayout();
    const vb = layout.viewBox;
    const readonly = this.isReadonly;
    const focusId = this.focusId && people.some((p) => p.id === this.focusId) ? this.focusId : this.focusOrder(layout)[0];
    const drag = this.dragger.moved;
    const targetRing = drag ? ringAt(Math.hypot(drag.x, drag.y), layout.radii) : 0;
    const byId = new Map(people.map((p) => [p.id, p]));
    // The drawn dot stays small; the transparent hit circle around it is at least 24 CSS px
    // across, 44 on a touch screen (pointer: coarse, in the styles), whatever the scale.
    const scale = Math.min(1, this.width / vb.w);
    const hitFine = Math.max(layout.nodeRadius + 8, 12.5 / scale);
    const hitCoarse = Math.max(hitFine, 22.5 / scale);
    return html`${people.length > 0 ? html`<p class="hint">${this.t(readonly ? 'circle.hintReadonly' : 'circle.hint')}</p>` : nothing}
      <div class="picture">
        <svg
          ${cssVars({ '--_hit-fine': `${hitFine.toFixed(2)}px`, '--_hit-coarse': `${hitCoarse.toFixed(2)}px` })}
          class="circle"
          part="picture"
          viewBox="${vb.x} ${vb.y} ${vb.w} ${vb.h}"
          width=${Math.ceil(vb.w)}
          height=${Math.ceil(vb.h)}
          role="group"
          aria-label=${this.t('circle.picture', { count: people.length })}
          aria-describedby="keys-help"
          @pointermove=${(e: PointerEvent) => this.dragger.move(e)}
          @pointerup=${(e: PointerEvent) => this.dragger.up(e)}
          @pointercancel=${(e: PointerEvent) => this.dragger.cancel(e)}
        >
          <g class="rings" aria-hidden="true">
            ${layout.radii.map(
              (r, i) => svg`<circle class="ring ${targetRing === i + 1 ? 'target' : ''}" cx="0" cy="0" r=${r}></circle>`,
            )}
            ${layout.ringLabels.map(
              (l) => svg`<rect class="ring-label-bg" x=${l.box.x} y=${l.box.y} width=${l.box.w} height=${l.box.h} rx="4"></rect>
                <text class="ring-label" x=${l.textX} y=${l.textY}>${l.text}</text>`,
            )}
          </g>
          <g class="supports" aria-hidden="true">
            ${layout.nodes.map((n) => {
              const p = byId.get(n.id) as Person;
              if (p.support !== 'some' && p.support !== 'a-lot') return nothing;
              const at = drag && drag.id === n.id ? drag : n;
              return svg`<line class="support ${p.support}" x1="0" y1="0" x2=${at.x} y2=${at.y}></line>`;
            })}
          </g>
          <g class="me" aria-hidden="true">
            <circle cx="0" cy="0" r=${layout.meRadius}></circle>
            <text x="0" y="0" text-anchor="middle" dominant-baseline="central">${this.t('circle.me')}</text>
          </g>
          <g
            class="people"
            @keydown=${this.onPeople}
            @pointerdown=${this.onPeople}
            @touchstart=${this.onPeople}
            @click=${this.onPeople}
            @focusin=${this.onPeople}
          >
            ${repeat(
              layout.nodes,
              (n) => n.id,
              (n, i) => {
                const p = byId.get(n.id) as Person;
                const label = layout.labels[i];
                const dragging = drag?.id === n.id;
                const x = dragging ? drag.x : n.x;
                const y = dragging ? drag.y : n.y;
                const r = layout.nodeRadius;
                const cls = `person ${p.deceased ? 'deceased' : ''} ${p.conflict && p.conflict !== 'none' ? `conflict-${p.conflict}` : ''} ${dragging ? 'dragging' : ''}`;
                return svg`<g
                  class=${cls}
                  data-id=${n.id}
                  transform="translate(${x} ${y})"
                  tabindex=${n.id === focusId ? '0' : '-1'}
                  role="button"
                  aria-label=${this.describePerson(p)}
                >
                  ${label.leader
                    ? svg`<line class="leader" x1=${label.leader.x1 - n.x} y1=${label.leader.y1 - n.y} x2=${label.leader.x2 - n.x} y2=${label.leader.y2 - n.y}></line>`
                    : nothing}
                  <circle class="hit" r=${hitFine.toFixed(2)}></circle>
                  ${p.deceased
                    ? // A smaller pale dot inside a soft ring, within the dot's usual footprint (the layout
                      // keeps that clear); the ring's solid fill hides the circle's own ring line behind it.
                      svg`<circle class="memorial" r=${r - 0.75}></circle><circle class="node" r=${Math.max(4, r - 4)}></circle>`
                    : svg`<circle class="node" r=${r}></circle>`}
                  ${p.conflict === 'a-lot' ? svg`<text class="mark" x="0" y="0" text-anchor="middle" dominant-baseline="central">!</text>` : nothing}
                  <circle class="focus-ring" r=${r + 5}></circle>
                  <rect class="label-bg" x=${label.box.x - n.x} y=${label.box.y - n.y} width=${label.box.w} height=${label.box.h} rx="3"></rect>
                  <text class="label" x=${label.textX - n.x} y=${label.textY - n.y}>${label.text}</text>
                </g>`;
              },
            )}
          </g>
        </svg>
      </div>
      ${people.length === 0 ? html`<p class="empty">${this.t('circle.empty')}</p>` : nothing}
      <p class="keys" id="keys-help">${this.t(readonly ? 'circle.keysReadonly' : 'circle.keys')}</p>
      ${this.renderLegend()}`;
  }

  private renderLegend(): TemplateResult {
    const swatch = (content: TemplateResult) =>
      html`<svg viewBox="-20 -12 40 24" aria-hidden="true" focusable="false">${content}</svg>`;
    return html`<ul class="legend" part="legend" aria-label=${this.t('circle.legend')}>
      <li>${swatch(svg`<line class="support a-lot" x1="-18" y1="0" x2="18" y2="0"></line>`)}${this.t('circle.legend.supportLot')}</li>
      <li>${swatch(svg`<line class="support some" x1="-18" y1="0" x2="18" y2="0"></line>`)}${this.t('circle.legend.supportSome')}</li>
      <li>
        ${swatch(svg`<g class="conflict-some"><circle class="node" r="8"></circle></g>`)}${this.t('circle.legend.conflictSome')}
      </li>
      <li>
        ${swatch(
          svg`<g class="conflict-a-lot"><circle class="node" r="8"></circle><text class="mark" text-anchor="middle" dominant-baseline="central">!</text></g>`,
        )}${this.t('circle.legend.conflictLot')}
      </li>
      <li>
        ${swatch(
          svg`<g class="deceased"><circle class="memorial" r="8.25"></circle><circle class="node" r="5"></circle></g>`,
        )}${this.t('circle.legend.deceased')}
      </li>
    </ul>`;
  }

  private renderList(people: readonly Person[]): TemplateResult {
    return renderList(
      {
        t: (k, p) => this.t(k, p),
        locale: this.locale,
        readonly: this.isReadonly,
        rings: this.ringCount,
        ringLabel: (r) => this.ringLabel(r),
        shownRing: (p) => this.shownRing(p),
        relationshipText: (p) => this.relationshipText(p),
        sortKey: this.sortKey,
        sortDesc: this.sortDesc,
      },
      people,
      {
        sort: (key) => {
          if (this.sortKey === key) this.sortDesc = !this.sortDesc;
          else {
            this.sortKey = key;
            this.sortDesc = false;
          }
        },
        move: (id, ring) => this.doMove(id, ring),
        edit: (id, from) => this.openEditor(id, from),
        remove: (id) => this.doRemove(id),
      },
    );
  }

  private renderSnapshots(): TemplateResult {
    return renderSnapshots(
      {
        t: (k, p) => this.t(k, p),
        heading: (depth, content, attributes) => this.heading(depth, content, attributes),
        readonly: this.isReadonly,
        snapshots: this.data.snapshots,
        compareFrom: this.compareFrom,
        compareTo: this.compareTo,
        formatDay: (date) => this.i18n.formatDate(date, DAY_MONTH_YEAR),
        suggestion: this.suggestSnapshotLabel(),
        ringLabel: (r) => this.ringLabel(r),
        compare: (from, to) => this.compare(from, to),
      },
      {
        submit: (e) => this.onSnapshotSubmit(e),
        compareFrom: (id) => (this.compareFrom = id),
        compareTo: (id) => (this.compareTo = id),
      },
    );
  }

  private renderEditor(): TemplateResult {
    const p = this.editingId ? this.data.people.find((x) => x.id === this.editingId) : undefined;
    return html`<dialog
      part="editor"
      aria-labelledby="editor-title"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.closeEditor();
      }}
    >
      ${p
        ? this.isReadonly
          ? renderDetails(this.editorView(), p, { close: () => this.closeEditor() })
          : renderEditForm(this.editorView(), p, {
              submit: (e) => this.onEditSubmit(e, p.id),
              remove: () => {
                this.doRemove(p.id);
                this.closeEditor();
              },
              close: () => this.closeEditor(),
              nameInput: () => (this.editError = ''),
            })
        : nothing}
    </dialog>`;
  }

  /** What the editor's content reads from the element. */
  private editorView(): PersonEditorView {
    return {
      t: (k, p) => this.t(k, p),
      rings: this.ringCount,
      ringLabel: (r) => this.ringLabel(r),
      ringName: (r) => this.ringName(r),
      shownRing: (p) => this.shownRing(p),
      relationshipText: (p) => this.relationshipText(p),
      formatDay: (date) => this.i18n.formatDate(date, DAY_MONTH_YEAR),
      error: this.editError,
    };
  }

}

/** The picture's look, written into a downloaded SVG so it shows the same outside the page. */
const EXPORT_CSS = `
svg { font-family: system-ui, sans-serif; font-size: 14px; background: #fff; }
.ring { fill: none; stroke: #8a96a3; stroke-width: 1.5; }
.ring-label-bg { fill: #fff; } .ring-label { fill: #52606d; font-style: italic; }
.me circle { fill: #f4f6f8; stroke: #1f2a37; stroke-width: 2; } .me text { fill: #1f2a37; font-weight: 700; }
.support { stroke: #2e7d4f; stroke-linecap: round; } .support.some { stroke-width: 1.5; } .support.a-lot { stroke-width: 4; }
.hit, .focus-ring { fill: none; stroke: none; }
.node { fill: #2f6f73; stroke: #fff; stroke-width: 2; }
.conflict-some .node { stroke: #b3261e; stroke-width: 3; stroke-dasharray: 3 2; }
.conflict-a-lot .node { stroke: #b3261e; stroke-width: 4; }
.mark { fill: #fff; font-weight: 700; font-size: 12px; }
.deceased .node { fill: #2f6f73; fill-opacity: 0.3; stroke: #fff; } .deceased .mark { fill: #1f2a37; }
.memorial { fill: #fff; stroke: #52606d; stroke-width: 1.5; } .deceased .label { font-style: italic; }
.label-bg { fill: #fff; opacity: 0.85; } .label { fill: #1f2a37; }
.leader { stroke: #52606d; stroke-width: 1; stroke-dasharray: 2 2; }
`;

defineElement('ipt-social-circle', IptSocialCircle);

declare global {
  interface HTMLElementTagNameMap {
    'ipt-social-circle': IptSocialCircle;
  }
}
