import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed, for the parts an element builds only when shown or
 * printed (the circle's list, the timeline's full table).
 *
 * What it owns: the `beforeprint`/`afterprint` listeners (added on connect, removed on
 * disconnect) and `printing`. What it does NOT own: what prints (the element reads
 * `printing` in its template; print styles stay in its styles).
 *
 * `beforeprint` is enough for the browser's own Print: Lit renders in a microtask, which
 * runs before the browser lays the page out for print. `print()` is for a Print button.
 */
export class PrintMode implements ReactiveController {
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBefore);
    window.addEventListener('afterprint', this.onAfter);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBefore);
    window.removeEventListener('afterprint', this.onAfter);
  }

  /** Renders the print-only parts, then opens the browser's print dialog. */
  async print(): Promise<void> {
    this.set(true);
    await this.host.updateComplete;
    window.print();
  }

  private set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }

  private readonly onBefore = (): void => this.set(true);
  private readonly onAfter = (): void => this.set(false);
}
