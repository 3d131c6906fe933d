/**
 * When to try a batch again. Pure functions (the random source and the clock are
 * parameters) so the schedule can be tested without waiting.
 */

export interface BackoffOptions {
  /** The first wait, in milliseconds. */
  minMs: number;
  /** No wait is longer than this (except what a server asks for with Retry-After, up to `retryAfterCapMs`). */
  maxMs: number;
  /** The longest Retry-After honoured; a server asking for more gets this. */
  retryAfterCapMs?: number;
}

/** One hour: a Retry-After beyond it is more likely a mistake than a plan. */
export const RETRY_AFTER_CAP_MS = 60 * 60 * 1000;

/**
 * The wait before attempt `attempt + 1`, after `attempt` failures (1 for the first):
 * capped exponential growth with "equal jitter" (half fixed, half random), so that many
 * devices that failed together do not come back together, yet no wait is close to zero.
 */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const min = Math.max(0, options.minMs);
  const max = Math.max(min, options.maxMs);
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  const ceiling = Math.min(max, min * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * A Retry-After header in milliseconds from now: delta-seconds (`120`) or an HTTP date.
 * Null when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** The wait after a failure: the backoff, but never shorter than what the server asked for. */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | null,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  const backoff = backoffDelay(attempt, options, random);
  if (retryAfterMs === null) return backoff;
  return Math.max(backoff, Math.min(retryAfterMs, options.retryAfterCapMs ?? RETRY_AFTER_CAP_MS));
}

/** Answers worth trying again: the server may accept the same batch later. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}
