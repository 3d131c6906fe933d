/**
 * `dist/ipt-widgets.js`, the one line a CMS editor pastes: a small loader that finds the
 * kit's tags on the page (also inside the kit's own shadow roots, and as they are added
 * later) and loads only those elements, from files next to its own URL. Lit and the core
 * come once, in a chunk the element files share. It imports nothing itself, so a page
 * with only the picker never downloads the timeline.
 *
 * Attributes only, for CMS pages:
 * - `<meta name="ipt-widgets-base" content="https://cdn.example/ipt/">` loads the element
 *   files from another folder than the loader's own;
 * - `<meta name="ipt-widgets-preload" content="ipt-mood-timeline ipt-sync">` loads elements
 *   before their tags are on the page (a tag a script will add later).
 *
 * From a script: `import { load } from '…/ipt-widgets.js'; await load('ipt-sync');`.
 * Loading this file twice (a plugin and a theme) is harmless: the second copy defers to
 * the first.
 */

/** Every tag the kit defines, and the file in `cms/` that defines it. */
export const ELEMENT_FILES: Readonly<Record<string, string>> = {
  'ipt-workbook': 'ipt-workbook.js',
  'ipt-social-circle': 'ipt-social-circle.js',
  'ipt-mood-timeline': 'ipt-mood-timeline.js',
  'ipt-problem-area-picker': 'ipt-problem-area-picker.js',
  'ipt-sync': 'ipt-sync.js',
  'ipt-symptom-check': 'ipt-symptom-check.js',
  'ipt-formulation': 'ipt-formulation.js',
  'ipt-session-plan': 'ipt-session-plan.js',
  'ipt-ending-plan': 'ipt-ending-plan.js',
  'ipt-communication-analysis': 'ipt-communication-analysis.js',
  'ipt-decision-analysis': 'ipt-decision-analysis.js',
};

interface LoaderState {
  load(...tags: string[]): Promise<void>;
}

const GLOBAL_KEY = Symbol.for('ipt-widgets.loader');
const globals = globalThis as unknown as Record<symbol, LoaderState | undefined>;

function metaContent(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content?.trim() || undefined;
}

function createLoader(): LoaderState {
  const base = new URL('./cms/', metaContent('ipt-widgets-base') ? new URL(metaContent('ipt-widgets-base')!, document.baseURI) : import.meta.url);
  const tags = Object.keys(ELEMENT_FILES);
  const selector = tags.join(',');
  const loading = new Map<string, Promise<void>>();
  const watchedRoots = new WeakSet<Node>();

  function loadOne(tag: string): Promise<void> {
    const file = ELEMENT_FILES[tag];
    if (!file) return Promise.resolve();
    let done = loading.get(tag);
    if (!done) {
      done = customElements.get(tag)
        ? Promise.resolve()
        : import(/* @vite-ignore */ new URL(file, base).href).then(
            () => undefined,
            (error: unknown) => {
              loading.delete(tag); // a later tag may try again (the network came back)
              console.warn(`[ipt-widgets] could not load <${tag}> from ${new URL(file, base).href}:`, error);
            },
          );
      loading.set(tag, done);
      // the kit's own shadow roots may hold more of its tags
      void done.then(() => customElements.whenDefined(tag)).then(() => {
        for (const el of document.querySelectorAll(tag)) watchShadow(el);
      });
    }
    return done;
  }

  function watchShadow(el: Element): void {
    const ready = (el as Element & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve();
    void ready.then(() => {
      if (el.shadowRoot) scan(el.shadowRoot);
    });
  }

  function scan(root: Document | ShadowRoot | Element): void {
    if (root instanceof Element && Object.hasOwn(ELEMENT_FILES, root.localName)) found(root);
    for (const el of root.querySelectorAll(selector)) found(el);
    if (!(root instanceof Element)) observe(root);
  }

  function found(el: Element): void {
    if (customElements.get(el.localName)) watchShadow(el);
    else void loadOne(el.localName);
  }

  function observe(root: Document | ShadowRoot): void {
    if (watchedRoots.has(root)) return;
    watchedRoots.add(root);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) scan(node);
      }
    }).observe(root, { childList: true, subtree: true });
  }

  const state: LoaderState = { load: (...wanted) => Promise.all(wanted.map((tag) => loadOne(tag.trim().toLowerCase()))).then(() => undefined) };
  const start = () => {
    scan(document);
    const preload = metaContent('ipt-widgets-preload');
    if (preload) void state.load(...preload.split(/[\s,]+/).filter(Boolean));
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  return state;
}

const loader: LoaderState = globals[GLOBAL_KEY] ?? (globals[GLOBAL_KEY] = createLoader());

/** Loads the named elements now (tags not on the page yet); resolves once they are defined. */
export function load(...tags: string[]): Promise<void> {
  return loader.load(...tags);
}
