/**
 * The page's hybrid logical clock: every stamp the kit writes (`createdAt`, `updatedAt`,
 * removals, `ipt-change`'s `at`, envelopes) comes from here.
 *
 * Device clocks disagree: a tab whose clock is a day behind would stamp a deletion before
 * the item's last edit, and the merge (the later stamp wins) would bring the item back.
 * So a stamp is never behind the latest stamp this page has seen: stamps loaded from the
 * device and received from other tabs advance the clock, and each new stamp is later
 * than the one before (by at least a millisecond). The last change a person made then
 * wins whatever the clocks say. Stamps stay ISO time strings (`toISOString()`), so they
 * still sort as text and read as times; ahead of the wall clock only while the device's
 * own clock is behind what it has seen.
 */

/** Stamps outside these years are never taken as "seen": a forged or broken stamp must not drag the clock. */
export const CLOCK_MIN_MS = Date.UTC(1900, 0, 1);
export const CLOCK_MAX_MS = Date.UTC(2100, 0, 1);

let last = 0;
/** The latest stamp as text: most stamps seen are older, and a text comparison settles those at once. */
let lastText = '';

/** A new stamp: the device time, or just after the latest stamp seen when that is later. */
export function hlcNow(): string {
  const physical = Date.now();
  last = physical > last ? physical : last + 1;
  lastText = new Date(last).toISOString();
  return lastText;
}

/** Takes a stamp seen elsewhere (a loaded record, another tab) into account. Ignores what is not a time. */
export function observeStamp(stamp: unknown): void {
  if (typeof stamp !== 'string' || stamp <= lastText) return;
  const ms = Date.parse(stamp);
  if (!(ms > last) || ms < CLOCK_MIN_MS || ms >= CLOCK_MAX_MS) return;
  last = ms;
  lastText = new Date(ms).toISOString();
}

/** Observes the stamps of every item of the given collections of a state. */
export function observeState(state: unknown, collections: readonly string[]): void {
  if (!state || typeof state !== 'object') return;
  for (const name of collections) {
    const items = (state as Record<string, unknown>)[name];
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      if (item && typeof item === 'object') {
        observeStamp((item as { updatedAt?: unknown }).updatedAt);
        observeStamp((item as { createdAt?: unknown }).createdAt);
      }
    }
  }
}

/** Observes every stamp a difference carries: its items' times and its removals. */
export function observeDiff(diff: { collections: Record<string, { upserts: unknown[]; removed: Record<string, string> }> }): void {
  for (const change of Object.values(diff.collections)) {
    if (!change || typeof change !== 'object') continue;
    if (Array.isArray(change.upserts)) {
      for (const item of change.upserts) {
        if (item && typeof item === 'object') {
          observeStamp((item as { updatedAt?: unknown }).updatedAt);
          observeStamp((item as { createdAt?: unknown }).createdAt);
        }
      }
    }
    if (change.removed && typeof change.removed === 'object') for (const at of Object.values(change.removed)) observeStamp(at);
  }
}
