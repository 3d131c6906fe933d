import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A part of an element's code fetched when it is first needed (or once the first frame is
 * painted), not with the element's own file: a form most visits never open.
 *
 * What it owns: the one `import()` (started at most once at a time; a failed load can be
 * tried again), `module` once it is in, and a re-render of the host then. What it does NOT
 * own: when to load (the element calls `load()` after its first paint and on first use),
 * what to show until then.
 *
 * A part that exports `styles` (a `css` result) brings its own rules: they are adopted into
 * the host's shadow root when the part arrives (a constructable stylesheet, never an inline
 * `<style>`, so strict-CSP pages are fine), and the element's own file does not carry them.
 *
 * ```ts
 * private readonly forms = new LazyModule(this, () => import('./event-form.js'));
 * void this.forms.prefetch();                              // after the first paint
 * ${this.forms.module?.renderEventForm(…) ?? nothing}
 * ```
 */
export class LazyModule<T> implements ReactiveController {
  module: T | undefined;
  private loading: Promise<T | undefined> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.adopt();
  }

  /** The part's `styles`, added once to the host's shadow root (kept there across reconnects). */
  private adopt(): void {
    const sheet = (this.module as { styles?: CSSResult } | undefined)?.styles?.styleSheet;
    const root = (this.host as unknown as { renderRoot?: Node }).renderRoot;
    if (!sheet || !(root instanceof ShadowRoot) || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Resolves to the module once it is in (the host renders again then), or to undefined when it could not be fetched. */
  load(): Promise<T | undefined> {
    return this.fetch().then((module) => {
      if (module) this.host.requestUpdate();
      return module;
    });
  }

  /** The same, without a render of its own: for a caller that renders once everything is in. */
  prefetch(): Promise<T | undefined> {
    return this.fetch();
  }

  private fetch(): Promise<T | undefined> {
    if (this.module) return Promise.resolve(this.module);
    return (this.loading ??= this.importer().then(
      (module) => {
        this.module = module;
        this.adopt();
        return module;
      },
      () => {
        // offline for a moment: the next use tries again
        this.loading = undefined;
        return undefined;
      },
    ));
  }
}
