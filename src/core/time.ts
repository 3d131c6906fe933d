import { hlcNow } from './clock.js';

/**
 * The current time as an ISO string, from the page's hybrid logical clock (clock.ts): never
 * behind a stamp the page has seen, so merges and events agree on the order of changes.
 */
export function nowIso(): string {
  return hlcNow();
}

/** Resolves at the next animation frame, or after 100 ms where frames do not run (a hidden tab). */
export function nextFrame(): Promise<void> {
  return new Promise<void>((resolve) => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, 100);
  });
}

/**
 * Resolves once the next frame has been painted: a task queued from an animation-frame
 * callback runs after that frame's rendering. After 100 ms where frames do not run.
 */
export function afterPaint(): Promise<void> {
  return new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
}
