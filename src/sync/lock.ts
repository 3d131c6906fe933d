/**
 * "Only one tab sends at a time": a lock per outbox. Web Locks where the browser has
 * them (released by the browser when a tab closes or crashes); elsewhere a lease in
 * localStorage that expires if its tab goes away; where neither works, no lock at all:
 * delivery is at-least-once and backends de-duplicate by event id, so two senders can
 * only cost a duplicate request, never a lost or doubled change.
 */

/** How long a localStorage lease lasts unless renewed. */
export const LEASE_MS = 10_000;
const POLL_MS = 200;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Lease {
  owner: string;
  until: number;
}

function readLease(key: string): Lease | null {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? 'null') as Lease | null;
    return value && typeof value.owner === 'string' && typeof value.until === 'number' ? value : null;
  } catch {
    return null;
  }
}

async function withLease<T>(name: string, work: () => Promise<T>): Promise<T> {
  const key = `ipt-sync-lock:${name}`;
  const owner = Math.random().toString(36).slice(2);
  try {
    localStorage.getItem(key);
  } catch {
    return work(); // storage blocked: run unlocked (see above)
  }
  for (;;) {
    const lease = readLease(key);
    if (!lease || lease.until < Date.now()) {
      localStorage.setItem(key, JSON.stringify({ owner, until: Date.now() + LEASE_MS }));
      // two tabs may both have seen it free: the later write wins, the other waits
      await sleep(50);
      if (readLease(key)?.owner === owner) break;
    }
    await sleep(POLL_MS);
  }
  const renew = setInterval(() => {
    if (readLease(key)?.owner === owner) localStorage.setItem(key, JSON.stringify({ owner, until: Date.now() + LEASE_MS }));
  }, LEASE_MS / 3);
  try {
    return await work();
  } finally {
    clearInterval(renew);
    if (readLease(key)?.owner === owner) localStorage.removeItem(key);
  }
}

/** Runs `work` while holding the lock `name`, waiting for other tabs to finish theirs. */
export function withLock<T>(name: string, work: () => Promise<T>, useWebLocks = true): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (useWebLocks && locks?.request) return locks.request(`ipt-sync:${name}`, () => work()) as Promise<T>;
  return withLease(name, work);
}
