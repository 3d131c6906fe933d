/**
 * Which workbook an element belongs to, told apart from look-alikes. The kit's workbook
 * answers through context (context.ts). A page may also have its own `<ipt-workbook>`
 * (another library, an older copy of the kit) that answers nothing: falling back to
 * `default` would put one client's data under another's key on a shared device, so such
 * a workbook's `workbook-id` attribute is read directly, and where that is not a valid
 * id the element keeps its data in memory only and says so.
 */
import type { WorkbookContextValue } from './context.js';
import { closestAcross } from './i18n.js';

/** A workbook id: letters, digits and `. _ : @ -`, at most 100. */
export const WORKBOOK_ID_PATTERN = /^[\w.:@-]{1,100}$/;

/**
 * Set on the classes of this kit (`Symbol.for`, so every copy of the kit on a page
 * recognises the others). A definition of a kit tag without it is not the kit's.
 */
export const KIT_MARK = Symbol.for('ipt-widgets.kit');

/** True when `ctor` is one of this kit's element classes (of any copy that marks them). */
export function isKitClass(ctor: unknown): boolean {
  return typeof ctor === 'function' && (ctor as unknown as Record<symbol, unknown>)[KIT_MARK] === true;
}

export type WorkbookLookup =
  /** outside any workbook, or the kit's workbook answered: its id */
  | { id: string; element: Element | null; foreign: false }
  /** a workbook that is not the kit's (or answers no context), with a valid `workbook-id` */
  | { id: string; element: Element; foreign: true }
  /** a workbook that is not the kit's and whose id cannot be read: memory only */
  | { id: null; element: Element; foreign: true };

/** The workbook of `host`, from its context value and the closest `<ipt-workbook>` around it. */
export function lookUpWorkbook(host: Element, context: WorkbookContextValue | undefined): WorkbookLookup {
  const element = closestAcross(host, 'ipt-workbook');
  if (!element) return { id: context?.workbookId ?? 'default', element: null, foreign: false };
  const kit = isKitClass(element.constructor);
  // The kit's own workbook answered: its id (already checked, `default` for a bad one).
  if (kit && context) return { id: context.workbookId, element, foreign: false };
  const attribute = element.getAttribute('workbook-id');
  // The kit's own workbook without the attribute means `default`, as documented.
  if (kit && attribute === null) return { id: 'default', element, foreign: false };
  if (attribute !== null && WORKBOOK_ID_PATTERN.test(attribute)) return { id: attribute, element, foreign: true };
  return { id: null, element, foreign: true };
}
