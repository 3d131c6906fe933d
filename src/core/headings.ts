/**
 * Heading levels a host chooses (`heading-level`): the element's top heading at level 1 to
 * 6, its sub-headings one level below, or `none` when the host's own heading already names
 * the element (a clinician's page with a heading per section): no heading twice.
 *
 * Lit cannot bind a tag name, so each level is its own template; the attributes a heading
 * may need (id, part, class, tabindex) are the same on every level.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = '1' | '2' | '3' | '4' | '5' | '6' | 'none';
export const HEADING_LEVELS: readonly HeadingLevel[] = ['1', '2', '3', '4', '5', '6', 'none'];
/** Every element's top heading is an h2 unless the host says otherwise. */
export const DEFAULT_HEADING_LEVEL: HeadingLevel = '2';

export interface HeadingAttributes {
  id?: string;
  part?: string;
  class?: string;
  tabindex?: string;
}

/**
 * The level of a heading `depth` steps below the top one (0 = the top heading), at most 6;
 * `undefined` for the top heading under `none`. Under `none` the sub-headings keep the
 * levels they have under the default h2: the host's heading stands where the top one was.
 */
export function levelAt(setting: HeadingLevel, depth: number): number | undefined {
  if (setting === 'none' && depth === 0) return undefined;
  const top = setting === 'none' ? Number(DEFAULT_HEADING_LEVEL) : Number(setting);
  return Math.min(6, top + depth);
}

/** `<hN>` with the given content and attributes; `nothing` when `level` is undefined. */
export function headingAt(level: number | undefined, content: unknown, a: HeadingAttributes = {}): TemplateResult | typeof nothing {
  const id = ifDefined(a.id);
  const part = ifDefined(a.part);
  const cls = ifDefined(a.class);
  const tabindex = ifDefined(a.tabindex);
  switch (level) {
    case undefined:
      return nothing;
    case 1:
      return html`<h1 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${content}</h6>`;
  }
}
