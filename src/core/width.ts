import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface WidthOptions {
  /** The element whose width is followed (looked up after each render until found). */
  target(): Element | null | undefined;
  /** The width the host draws at before the first report. */
  initial: number;
  /** The measured width (CSS px, above 0) turned into the width the host uses. */
  fit(width: number): number;
  /**
   * Apply the new width in the next frame rather than at once. Needed when the target's
   * own width can follow what the host renders (the circle's picture): re-rendering inside
   * the observer would resize it within the same frame and trip the browser's
   * ResizeObserver loop guard. Without it (a ruler of no height beside the drawing), the
   * first report arrives before the first paint and the first frame has the right width.
   */
  nextFrame?: boolean;
  /**
   * Before the first render, take the host's own width (one layout) instead of `initial`:
   * for a host whose drawing fills it and is costly to draw, so it is drawn once, at about
   * the right width, and not at `initial` and again a frame later. The target's reports
   * still correct it.
   */
  fromHost?: boolean;
}

/**
 * The width an element draws at, following its container.
 *
 * What it owns: one `ResizeObserver`, started after the first render (and again after a
 * reconnect), stopped on disconnect; `width`. What it does NOT own: the drawing, or the
 * steps and limits of the width (`fit`). A hidden target (width 0) keeps the last width.
 */
export class WidthController implements ReactiveController {
  width: number;
  private observed: Element | undefined;
  private readonly observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: WidthOptions,
  ) {
    this.width = options.initial;
    this.observer =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver((entries) => {
            const measured = entries[0]?.contentRect.width ?? 0;
            if (!(measured > 0)) return;
            const next = this.options.fit(measured);
            if (next === this.width) return;
            if (this.options.nextFrame) requestAnimationFrame(() => this.set(next));
            else this.set(next);
          });
    host.addController(this);
  }

  hostConnected(): void {
    this.observe();
  }

  hostUpdate(): void {
    if (!this.options.fromHost || this.observed) return;
    const width = (this.host as unknown as Element).clientWidth; // 0 while hidden: `initial`
    if (width > 0) this.width = this.options.fit(width);
  }

  hostUpdated(): void {
    if (!this.observed) this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = undefined;
  }

  private observe(): void {
    const target = this.options.target();
    if (!target || !this.observer) return;
    this.observer.observe(target);
    this.observed = target;
  }

  private set(width: number): void {
    if (width === this.width) return;
    this.width = width;
    this.host.requestUpdate();
  }
}
