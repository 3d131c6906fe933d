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

/**
 * Opens a same-origin iframe: to the kit a second tab (its own document and scripts, the
 * same IndexedDB and BroadcastChannel). Resolves once `tag` in it has loaded its state.
 */
export async function openTab<T extends HTMLElement & { ready: Promise<void> }>(
  page: { src: string } | { srcdoc: string },
  tag: string,
  width?: string,
): Promise<{ frame: HTMLIFrameElement; el: T; doc: Document }> {
  const frame = document.createElement('iframe');
  if ('src' in page) frame.src = page.src;
  else frame.srcdoc = page.srcdoc;
  if (width) frame.style.width = width;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined(tag);
  const el = win.document.querySelector(tag) as T;
  await el.ready;
  return { frame, el, doc: win.document };
}

/**
 * Types text key by key, as a person would. WebKitGTK's WebDriver drops a repeated letter
 * from one `sendKeys({ type })` ("Sleeping" arrives as "Sleping"), so each key goes alone.
 */
export async function typeText(text: string): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  for (const key of text) await sendKeys({ press: key });
}

/** True in WebKit driven over WebDriver here: it cannot size the viewport nor send real touch. */
export const viaWebDriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrom/.test(navigator.userAgent);

// ---------------------------------------------------------------------------------------
// Reading and driving an element's shadow DOM (one copy for every element's tests)

/** The first match in an element's shadow root (null, typed as found, when there is none). */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as T;
/** Every match in an element's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)] as T[];
/** A node's text with its white space collapsed, as a person reads it. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Resolves after the next frame has run. */
export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
/** The `ipt-change` events an element dispatches from now on. */
export const changes = (target: EventTarget): CustomEvent[] => record(target, 'ipt-change');

/** The centre of a node on screen, in whole CSS pixels (what `sendMouse` takes). */
export function centre(target: Element): [number, number] {
  const r = target.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** A real mouse click in the middle of a node, once it is on screen. */
export async function click(node: Element): Promise<void> {
  const { sendMouse } = await import('@web/test-runner-commands');
  let r = node.getBoundingClientRect();
  // WebKit scrolls asynchronously, and a re-render can move the node after the scroll: wait
  // until it is on screen before the driver clicks.
  for (let tries = 0; tries < 5; tries++) {
    node.scrollIntoView({ block: 'center' });
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    r = node.getBoundingClientRect();
    if (r.top >= 0 && r.bottom <= window.innerHeight) break;
  }
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}
