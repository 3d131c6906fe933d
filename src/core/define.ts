/**
 * Defines a custom element without ever throwing. Two copies of the kit on one page
 * (a CMS plugin and a theme, say) are common; the second definition is skipped with one
 * console warning instead of a `NotSupportedError` that would break the host page.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) {
      console.warn(
        `[ipt-widgets] <${tag}> is already defined, probably by a second copy of the kit on this page. ` +
          'The first definition is kept; load the kit once to avoid surprises.',
      );
    }
    return;
  }
  try {
    customElements.define(tag, ctor);
  } catch (error) {
    console.warn(`[ipt-widgets] <${tag}> could not be defined: ${(error as Error).message}`);
  }
}
