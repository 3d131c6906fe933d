import { reportError } from './events.js';
import { isKitClass } from './workbook-lookup.js';

/**
 * Defines a custom element without ever throwing. Two copies of the kit on one page
 * (a CMS plugin and a theme, say) are common; the second definition is skipped with one
 * console warning instead of a `NotSupportedError` that would break the host page.
 *
 * A tag already defined by something that is not the kit (another library, an older copy)
 * cannot be taken back: the page and every element of that tag get one `ipt-error`
 * `foreign-definition`, so a host hears that the kit is not running there. Elements of the
 * kit inside a look-alike `<ipt-workbook>` read its `workbook-id` themselves (workbook-lookup.ts).
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing === ctor) return;
    if (isKitClass(existing)) {
      console.warn(
        `[ipt-widgets] <${tag}> is already defined, probably by a second copy of the kit on this page. ` +
          'The first definition is kept; load the kit once to avoid surprises.',
      );
      return;
    }
    const detail = {
      source: tag,
      storageKey: '',
      code: 'foreign-definition',
      message: `<${tag}> was defined before the kit by something else (another library or an older copy of the kit); the kit's <${tag}> does not run on this page`,
    };
    const targets = [...document.querySelectorAll(tag)];
    console.warn(`[ipt-widgets] <${tag}> ${detail.code}: ${detail.message}`);
    for (const target of targets) target.dispatchEvent(new CustomEvent('ipt-error', { detail, bubbles: true, composed: true }));
    // Once for the page too (where no element of the tag is in the document yet).
    if (!targets.length) reportQuietly(document, detail);
    return;
  }
  try {
    customElements.define(tag, ctor);
  } catch (error) {
    console.warn(`[ipt-widgets] <${tag}> could not be defined: ${(error as Error).message}`);
  }
}

/** `ipt-error` without a second console line (the warning above is the one). */
function reportQuietly(target: EventTarget, detail: Parameters<typeof reportError>[1]): void {
  target.dispatchEvent(new CustomEvent('ipt-error', { detail, bubbles: true, composed: true }));
}
