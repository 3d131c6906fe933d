/** Helpers shared by the core tests. */
import { fixture } from '@open-wc/testing';
import { createStore, entries } from 'idb-keyval';
import { DB_NAME, STORE_NAME } from '../../src/core/storage.js';
import { flushAll } from '../../src/core/record-hub.js';

/** Everything the kit's IndexedDB store holds, read directly (not through the kit). */
export async function storedEntries(): Promise<Map<string, unknown>> {
  await flushAll();
  return new Map((await entries(createStore(DB_NAME, STORE_NAME))) as [string, unknown][]);
}

/** Mounts markup and waits until the element has loaded its saved state. */
export async function mount<T extends HTMLElement & { ready: Promise<void> }>(markup: Parameters<typeof fixture>[0]): Promise<T> {
  const el = await fixture<T>(markup);
  await el.ready;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** Collects the kit events an element dispatches. */
export function record(target: EventTarget, name: string): CustomEvent[] {
  const seen: CustomEvent[] = [];
  target.addEventListener(name, (e) => seen.push(e as CustomEvent));
  return seen;
}

export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves when a condition holds, polling; rejects after a deadline with a message. */
export async function until(check: () => boolean | Promise<boolean>, message: string, timeoutMs = 4000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await wait(20);
  }
  throw new Error(`timed out waiting: ${message}`);
}
