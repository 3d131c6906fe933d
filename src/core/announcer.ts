import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * One polite live region per element, and the one way the kit says something to a screen
 * reader.
 *
 * What it owns: the text last said and its live region's markup (`render()`, placed once
 * in the element's template). What it does NOT own: when to speak or the words (the element
 * calls `say()` with translated text).
 *
 * A message equal to the one before is still read: the text alternates a trailing no-break
 * space, so the region's content changes (a region set to the same text stays silent).
 *
 * ```ts
 * private readonly announcer = new Announcer(this);
 * this.announcer.say(this.t('circle.announce.moved', { name }));
 * render() { return html`… ${this.announcer.render()}`; }
 * ```
 */
export class Announcer implements ReactiveController {
  private current = '';
  private flip = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** What was said last, without the alternating space ('' when nothing, or after `clear()`). */
  get text(): string {
    return this.current.replace(/\u00a0$/, '');
  }

  say(text: string): void {
    this.flip = !this.flip;
    this.current = this.flip ? text : `${text}\u00a0`;
    this.host.requestUpdate();
  }

  /** Empties the region (nothing is read). */
  clear(): void {
    if (!this.current) return;
    this.current = '';
    this.host.requestUpdate();
  }

  hostConnected(): void {}

  render(): TemplateResult {
    return html`<div class="sr-only live" role="status" aria-live="polite" aria-atomic="true">${this.current}</div>`;
  }
}
