import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A part of an element's code fetched when it is first needed (or once the first frame is
 * painted), not with the element's own file: a form most visits never open.
 *
 * What it owns: the one `import()` (started at most once at a time; a failed load can be
 * tried again), `module` once it is in, and a re-render of the host then. What it does NOT
 * own: when to load (the element calls `load()` after its first paint and on first use),
 * what to show until then.
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

  hostConnected(): void {}

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
