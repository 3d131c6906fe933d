import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The Undo offered after a removal: what was removed, until it is restored, replaced by
 * the next removal, withdrawn, or (with `ms`) timed out.
 *
 * What it owns: the offered item and its timer (cleared on disconnect and on every new
 * offer). What it does NOT own: restoring (the element's model operation and its change
 * type, which stays each element's documented one), the Undo button and its focus.
 *
 * ```ts
 * private readonly undoOffer = new UndoOffer<Removed>(this, { ms: 10000 });
 * this.undoOffer.offer(removed);                       // after the removal's commit
 * const removed = this.undoOffer.take();              // Undo: the item, and the offer ends
 * ${this.undoOffer.item ? html`<button class="undo">…` : nothing}
 * ```
 */
export class UndoOffer<T> implements ReactiveController {
  private current: T | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { ms?: number } = {},
  ) {
    host.addController(this);
  }

  /** What Undo would bring back, if it is offered. */
  get item(): T | undefined {
    return this.current;
  }

  offer(item: T): void {
    this.stopTimer();
    this.current = item;
    const ms = this.options.ms;
    if (ms !== undefined) {
      const timer = setTimeout(() => {
        if (this.timer === timer) this.withdraw();
      }, ms);
      this.timer = timer;
    }
    this.host.requestUpdate();
  }

  /** Ends the offer and hands back its item (undefined when nothing was offered). */
  take(): T | undefined {
    const item = this.current;
    this.withdraw();
    return item;
  }

  /** Ends the offer without restoring. */
  withdraw(): void {
    this.stopTimer();
    if (this.current === undefined) return;
    this.current = undefined;
    this.host.requestUpdate();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // An offer does not outlive the element on the page: nothing fires after it is gone.
    this.stopTimer();
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
