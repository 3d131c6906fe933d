/**
 * The kit's public events: names, detail types, the one dispatch helper, and the typings
 * that make `el.addEventListener('ipt-change', (e) => e.detail.state)` type-check.
 */
import type { StateDiff } from './merge.js';

export type { StateDiff } from './merge.js';

export type IptErrorCode =
  | 'storage-unavailable'
  | 'quota-exceeded'
  | 'invalid-state'
  | 'invalid-attribute'
  | 'sync-rejected'
  | 'crisis-content-missing'
  | (string & {});

/**
 * What an `ipt-risk` reports: `phq9-item9` (PHQ-9 item 9, thoughts of death or self-harm,
 * answered above 0) and `low-mood` (mood at or below the host's threshold on several days in
 * a row). More kinds may come.
 */
export type IptRiskKind = 'phq9-item9' | 'low-mood' | (string & {});

/** What happened, as carried in `ipt-change`'s `change`. */
export interface IptChangeInfo {
  /** `person-add`, `entry-update`, `area-select`, `replace`, `clear`, … */
  type: string;
  /** The id of the one item that changed, where one did. */
  id?: string;
  [extra: string]: unknown;
}

export interface IptReadyDetail {
  source: string;
  storageKey: string;
}

/**
 * The changes every persistent element may report besides its own: a whole replacement
 * the person asked for (a workbook import, a form reset) and `clear()`.
 */
export type IptCoreChange = { type: 'replace'; via?: 'import' | (string & {}) } | { type: 'clear' };

/**
 * `ipt-change`'s detail. `S` is the element's state type and `C` the union of its own
 * change types (declared in its model); the core's `replace` and `clear` are always added.
 */
export interface IptChangeDetail<S = unknown, C extends { type: string } = IptChangeInfo> {
  /** The tag name of the element that changed, e.g. `ipt-social-circle`. */
  source: string;
  storageKey: string;
  /** The workbook id (`default` outside a workbook). */
  workbook: string;
  /** The whole new state, as plain JSON. */
  state: S;
  change: C | IptCoreChange;
  /** When it happened, as an ISO time. */
  at: string;
  /**
   * The item-level change, in the kit's merge shape: per collection the items added or
   * changed (whole) and the ids removed (with when), and the other top-level fields that
   * changed (replaced whole). Present for changes made in this element (gestures and
   * assignments to `state`); absent where only the whole state is known (`clear`, an import
   * reloaded into a live element). What `<ipt-sync>` delivers instead of the whole state.
   */
  diff?: StateDiff;
}

export interface IptErrorDetail {
  source: string;
  storageKey: string;
  code: IptErrorCode;
  message: string;
}

/** Something the program must look at soon. Emitted once per occurrence, by the instance where the person acted. */
export interface IptRiskDetail {
  source: string;
  workbook: string;
  storageKey: string;
  kind: IptRiskKind;
  /** The answer (1-3 for `phq9-item9`) or the lowest mood of the run (`low-mood`). */
  value: number;
  /** The symptom-check response it came from, where there is one. */
  responseId?: string;
  /** When it happened, as an ISO time. */
  at: string;
}

export type IptReadyEvent = CustomEvent<IptReadyDetail>;
export type IptChangeEvent<S = unknown, C extends { type: string } = IptChangeInfo> = CustomEvent<IptChangeDetail<S, C>>;
export type IptErrorEvent = CustomEvent<IptErrorDetail>;
export type IptRiskEvent = CustomEvent<IptRiskDetail>;

/** Every event the kit dispatches, by name. Elements extend it for their own events. */
export interface IptEventMap {
  'ipt-ready': IptReadyDetail;
  'ipt-change': IptChangeDetail;
  'ipt-error': IptErrorDetail;
  'ipt-risk': IptRiskDetail;
}

// On GlobalEventHandlersEventMap (as lib.dom's own events are), so `document`, `window` and
// every element know them: `document.addEventListener('ipt-change', (e) => e.detail.state)`.
// Each element's file narrows nothing here: listeners on one tag type `detail.state` with
// that element's state through the tag's own `addEventListener` overloads.
declare global {
  interface GlobalEventHandlersEventMap {
    'ipt-ready': IptReadyEvent;
    'ipt-change': IptChangeEvent;
    'ipt-error': IptErrorEvent;
    'ipt-risk': IptRiskEvent;
  }
}

/** Dispatches a kit event: always a CustomEvent that bubbles and crosses shadow roots. */
export function emit<K extends keyof IptEventMap>(
  target: EventTarget,
  name: K,
  detail: IptEventMap[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

/** Logs a kit warning and emits `ipt-error`, so both the console and the host hear of it. */
export function reportError(target: EventTarget, detail: IptErrorDetail): void {
  console.warn(`[ipt-widgets] <${detail.source}> ${detail.code}: ${detail.message}`);
  emit(target, 'ipt-error', detail);
}
