/**
 * Sets CSS custom properties on an element through its style object, also on the first
 * render. Lit's `styleMap` writes a `style` attribute on the first render, which a strict
 * Content-Security-Policy (`style-src` without 'unsafe-inline') refuses; `style.setProperty`
 * is not an inline style attribute and is allowed.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssVarsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssVars() goes on an element: <svg ${cssVars({ ... })}>');
  }

  render(_vars: Readonly<Record<`--${string}`, string>>) {
    return noChange;
  }

  override update(part: ElementPart, [vars]: [Readonly<Record<`--${string}`, string>>]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const [name, value] of Object.entries(vars)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    return noChange;
  }
}

export const cssVars = directive(CssVarsDirective);
