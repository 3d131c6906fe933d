/**
 * Locale resolution and string catalogs. The locale of an element is the closest `[lang]`
 * ancestor (across shadow roots), then its workbook's, then `<html lang>`; it follows
 * changes at run time. Lookups fall back `es-MX` → `es` → `en`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { coreStrings } from './strings.js';

export type Catalog = Readonly<Record<string, string>>;
export type Catalogs = Readonly<Record<string, Catalog>>;
export type Params = Readonly<Record<string, string | number>>;

const catalogs = new Map<string, Record<string, string>>();
const liveControllers = new Set<I18nController>();
const chains = new Map<string, readonly string[]>();

/**
 * A catalog that loads when a page first needs its language: `() => import('./strings.es.js')`.
 * The module's `default` export (or the module itself, if it has none) is the catalog.
 */
export type LazyCatalog = () => Promise<{ default: Catalog } | Catalog>;

/** Lazy catalogs by locale, each loaded at most once (`loads` keeps its promise). */
const lazyCatalogs = new Map<string, LazyCatalog[]>();
const loads = new Map<LazyCatalog, Promise<void>>();
const settled = new Set<LazyCatalog>();

function merge(locale: string, entries: Catalog): void {
  const lower = locale.toLowerCase();
  catalogs.set(lower, { ...(catalogs.get(lower) ?? {}), ...entries });
}

/**
 * Adds an element's strings to the catalogs; each element registers its own once. English
 * (and any language a host wants in the same file) comes in `strings`; other languages may
 * come in `lazy`, one loader per locale, fetched only when an element resolves to that
 * locale or one that falls back to it (`es-MX` loads `es`).
 */
export function registerStrings(strings: Catalogs, lazy: Readonly<Record<string, LazyCatalog>> = {}): void {
  for (const [locale, entries] of Object.entries(strings)) merge(locale, entries);
  for (const [locale, load] of Object.entries(lazy)) {
    const lower = locale.toLowerCase();
    lazyCatalogs.set(lower, [...(lazyCatalogs.get(lower) ?? []), load]);
    // The page's own language starts loading with the element's code, before any element connects.
    const page = typeof document === 'undefined' ? '' : document.documentElement.lang?.trim();
    if (page && fallbackChain(page).includes(lower)) void startLoad(lower, load);
  }
  // A language already on screen gets the newcomer's catalog too.
  for (const controller of liveControllers) controller.refresh();
}
registerStrings(coreStrings, { es: () => import('./strings.es.js') });

function startLoad(locale: string, load: LazyCatalog): Promise<void> {
  let loading = loads.get(load);
  if (!loading) {
    loading = Promise.resolve()
      .then(load)
      .then(
        (module) => merge(locale, ('default' in module ? module.default : module) as Catalog),
        (error: unknown) => {
          // English (or the next language of the chain) stands in: never a broken element.
          console.warn(`ipt-widgets: the "${locale}" strings could not be loaded; showing the fallback language instead.`, error);
        },
      )
      .finally(() => settled.add(load));
    loads.set(load, loading);
  }
  return loading;
}

/** Whether every lazy catalog `locale` falls back through has been loaded (or has failed). */
export function stringsLoaded(locale: string): boolean {
  return fallbackChain(locale).every((loc) => (lazyCatalogs.get(loc) ?? []).every((load) => settled.has(load)));
}

/**
 * Loads every lazy catalog of `locale`'s fallback chain, once each; resolves when all have
 * arrived or failed (it never rejects: a failure falls back to English with a warning).
 */
export function loadStrings(locale: string): Promise<void> {
  const pending = fallbackChain(locale).flatMap((loc) => (lazyCatalogs.get(loc) ?? []).map((load) => startLoad(loc, load)));
  return Promise.all(pending).then(() => undefined);
}

/** Loads every lazy catalog of every locale: for checks that read them all. */
export function loadAllStrings(): Promise<void> {
  return Promise.all([...lazyCatalogs].flatMap(([loc, list]) => list.map((load) => startLoad(loc, load)))).then(() => undefined);
}

/**
 * Every catalog registered so far, by locale (a copy): what the kit can say. The catalog
 * checks (every English key has its Spanish twin, one register of Spanish) read it, so an
 * element added later is checked as soon as it registers its strings. Lazy catalogs are in
 * it once loaded (`loadAllStrings()`).
 */
export function registeredCatalogs(): Record<string, Record<string, string>> {
  return Object.fromEntries([...catalogs].map(([locale, entries]) => [locale, { ...entries }]));
}

/** `es-MX` → [`es-mx`, `es`, `en`]. */
export function fallbackChain(locale: string): readonly string[] {
  const known = chains.get(locale);
  if (known) return known;
  const chain: string[] = [];
  const parts = locale.toLowerCase().split('-');
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  if (!chain.includes('en')) chain.push('en');
  chains.set(locale, chain);
  return chain;
}

function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Looks a key up for a locale; with a numeric `count` it picks the plural form (`key.one`, `key.other`). */
export function translate(locale: string, key: string, params?: Params): string {
  const chain = fallbackChain(locale);
  const count = params?.count;
  if (typeof count === 'number') {
    for (const loc of chain) {
      const catalog = catalogs.get(loc);
      const text = catalog?.[`${key}.${pluralRules(loc).select(count)}`] ?? catalog?.[`${key}.other`];
      if (text !== undefined) return interpolate(text, params);
    }
  }
  for (const loc of chain) {
    const text = catalogs.get(loc)?.[key];
    if (text !== undefined) return interpolate(text, params);
  }
  return key;
}

/** Whether English (every key's first language) has `key`, or its plural forms. */
export function hasString(key: string): boolean {
  const en = catalogs.get('en');
  return en !== undefined && (en[key] !== undefined || en[`${key}.other`] !== undefined);
}

/**
 * The read-only twin of a key: `ending.people` → `ending.ro.people`, when the catalogs have
 * one. Read-only is someone else's view of the client's work (a clinician's page), so its
 * words speak of the client ("People they can turn to"), not to them.
 */
export function readonlyKey(key: string): string {
  const dot = key.indexOf('.');
  if (dot < 0 || key.includes('.ro.')) return key;
  const twin = `${key.slice(0, dot)}.ro${key.slice(dot)}`;
  return hasString(twin) ? twin : key;
}

/** The closest element matching `selector`, crossing shadow roots upwards. */
export function closestAcross(start: Element, selector: string): Element | null {
  let node: Element | null = start;
  while (node) {
    const found: Element | null = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The locale an element speaks: closest `[lang]`, then the workbook's, then `<html lang>`, then English. */
export function resolveLocale(element: Element, workbookLang?: string): string {
  const own = closestAcross(element, '[lang]')?.getAttribute('lang')?.trim();
  return own || workbookLang?.trim() || document.documentElement.lang?.trim() || 'en';
}

const LONG_DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };

let observer: MutationObserver | undefined;

function watchLangChanges(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of liveControllers) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * How long a first render waits for a language's catalog before it draws in the fallback
 * language (and re-renders when the catalog arrives): long enough for a chunk from the
 * same server, short enough that a stalled network never leaves a blank element.
 */
export const STRINGS_WAIT_MS = 1500;

/** Gives an element `t()` and locale-aware formatting in the language it should speak. */
export class I18nController implements ReactiveController {
  /** The language the element renders in: the resolved one once its catalog is loaded. */
  lang = 'en';
  private workbookLang: string | undefined;
  /** The language resolved last; `lang` follows it once its catalog has arrived. */
  private wanted = 'en';
  private loading: Promise<void> | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    liveControllers.add(this);
    watchLangChanges();
    this.refresh();
  }

  hostDisconnected(): void {
    liveControllers.delete(this);
  }

  /** The workbook's language, from context; used when no `[lang]` is closer. */
  setWorkbookLang(lang: string | undefined): void {
    this.workbookLang = lang;
    this.refresh();
  }

  /**
   * Resolves the language again. A language whose catalog is not loaded yet keeps the
   * element in its current language until the catalog arrives (no half-translated
   * render), then re-renders once.
   */
  refresh(): void {
    const next = resolveLocale(this.host, this.workbookLang);
    this.wanted = next;
    if (stringsLoaded(next)) {
      this.loading = undefined;
      if (next !== this.lang) {
        this.lang = next;
        this.host.requestUpdate();
      }
      return;
    }
    const loading = loadStrings(next).then(() => {
      if (this.wanted !== next) return;
      if (this.loading === loading) this.loading = undefined;
      this.lang = next;
      this.host.requestUpdate();
    });
    this.loading = loading;
  }

  /**
   * While the catalog of the element's language is loading: a promise that settles when it
   * has arrived, or after `STRINGS_WAIT_MS` at most. `undefined` when nothing is loading,
   * so an English page's first render waits for nothing.
   */
  stringsPending(): Promise<void> | undefined {
    if (!this.loading) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, STRINGS_WAIT_MS)));
    return Promise.race([this.loading, timeout]).finally(() => clearTimeout(timer));
  }

  t(key: string, params?: Params): string {
    return translate(this.lang, key, params);
  }

  /** A date (YYYY-MM-DD, local calendar) in words, e.g. "Tuesday 3 March". */
  formatDate(date: string, options: Intl.DateTimeFormatOptions = LONG_DAY): string {
    return formatDay(date, this.lang, options);
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormatter(this.lang, options).format(value);
  }
}

/**
 * A BCP 47 tag Intl accepts: a malformed `lang` must not break rendering. CMS sites often
 * write `en_US`: read as `en-US`. Anything else Intl refuses (`xx_!`, `123`) becomes `en`,
 * and an empty one too. Every `Intl` object of the kit is made here, through `cached`.
 */
export function intlLocale(locale: string | undefined): string {
  const tag = (locale ?? '').trim().replace(/_/g, '-');
  if (!tag) return 'en';
  try {
    const canonical = Intl.getCanonicalLocales(tag)[0];
    // a well-formed tag Intl cannot use at all (no data) still works: Intl falls back itself
    return canonical ?? 'en';
  } catch {
    return 'en';
  }
}

// Formatters are cached: a table of ten years formats thousands of dates. The options are
// written out as a key once per options object: callers mostly pass constants.
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat | Intl.Collator;
const formatters = new Map<string, Formatter>();
const optionKeys = new WeakMap<object, string>();
const NO_OPTIONS = {};

function cached<T extends Formatter>(kind: string, locale: string | undefined, options: object = NO_OPTIONS, make: (l: string) => T): T {
  let written = optionKeys.get(options);
  if (written === undefined) optionKeys.set(options, (written = JSON.stringify(options)));
  const key = `${kind}|${locale}|${written}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make(intlLocale(locale));
    formatters.set(key, formatter);
  }
  return formatter;
}

export function numberFormatter(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, (l) => new Intl.NumberFormat(l, options));
}

/** Compares text the way the locale sorts it (names in a list); any `lang` works. */
export function collator(locale: string | undefined, options?: Intl.CollatorOptions): Intl.Collator {
  return cached('collator', locale, options, (l) => new Intl.Collator(l, options));
}

/** Formats instants (a time of day, say); any `lang` works. Days (`YYYY-MM-DD`) go through `formatDay`. */
export function dateTimeFormatter(locale: string | undefined, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('datetime', locale, options, (l) => new Intl.DateTimeFormat(l, options));
}

function pluralRules(locale: string): Intl.PluralRules {
  return cached('plural', locale, undefined, (l) => new Intl.PluralRules(l));
}

/** A `YYYY-MM-DD` day in words. It is a calendar day, not an instant: formatted in UTC so no time zone moves it. */
export function formatDay(date: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  const [y, m, d] = date.split('-').map(Number);
  const format = cached('day', locale, options, (l) => new Intl.DateTimeFormat(l, { ...options, timeZone: 'UTC' }));
  return format.format(Date.UTC(y, m - 1, d));
}

/** "Ana, Luis and Marta" / "Ana, Luis y Marta". */
export function formatList(items: readonly string[], locale: string): string {
  return cached('list', locale, undefined, (l) => new Intl.ListFormat(l, { style: 'long', type: 'conjunction' })).format(items);
}
