import { executeServerCommand } from '@web/test-runner-commands';

export interface TouchResult {
  supported: boolean;
  reason?: string;
}

/**
 * One finger through the browser's real input path: touchStart at the first point, touchMove
 * through the rest, touchEnd. Viewport CSS pixels. Chromium only (CDP); elsewhere it answers
 * { supported: false, reason } so the caller can skip with that reason.
 */
export async function touch(points: ReadonlyArray<readonly [number, number]>, stepMs = 16): Promise<TouchResult> {
  return (await executeServerCommand('ipt-touch', { points, stepMs })) as TouchResult;
}

/** Points from a to b in n even steps (a excluded), for a finger that moves smoothly. */
export function path(a: readonly [number, number], b: readonly [number, number], n = 10): Array<[number, number]> {
  return Array.from({ length: n }, (_, i) => [
    Math.round(a[0] + ((b[0] - a[0]) * (i + 1)) / n),
    Math.round(a[1] + ((b[1] - a[1]) * (i + 1)) / n),
  ]);
}

/** Waits for scrolling and re-rendering after a gesture to finish. */
export async function frames(n = 5): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}
