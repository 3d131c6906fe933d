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

/** Adds an element's strings to the catalogs; each element registers its own once. */
export function registerStrings(strings: Catalogs): void {
  for (const [locale, entries] of Object.entries(strings)) {
    const lower = locale.toLowerCase();
    catalogs.set(lower, { ...(catalogs.get(lower) ?? {}), ...entries });
  }
}
registerStrings(coreStrings);

/**
 * Every catalog registered so far, by locale (a copy): what the kit can say. The catalog
 * checks (every English key has its Spanish twin, one register of Spanish) read it, so an
 * element added later is checked as soon as it registers its strings.
 */
export function registeredCatalogs(): Record<string, Record<string, string>> {
  return Object.fromEntries([...catalogs].map(([locale, entries]) => [locale, { ...entries }]));
}

const chains = new Map<string, readonly string[]>();

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

const liveControllers = new Set<I18nController>();
let observer: MutationObserver | undefined;

function watchLangChanges(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of liveControllers) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

type Host = ReactiveControllerHost & HTMLElement;

/** Gives an element `t()` and locale-aware formatting in the language it should speak. */
export class I18nController implements ReactiveController {
  lang = 'en';
  private workbookLang: string | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    liveControllers.add(this);
    watchLangChanges();
    this.lang = resolveLocale(this.host, this.workbookLang);
  }

  hostDisconnected(): void {
    liveControllers.delete(this);
  }

  /** The workbook's language, from context; used when no `[lang]` is closer. */
  setWorkbookLang(lang: string | undefined): void {
    this.workbookLang = lang;
    this.refresh();
  }

  refresh(): void {
    const next = resolveLocale(this.host, this.workbookLang);
    if (next !== this.lang) {
      this.lang = next;
      this.host.requestUpdate();
    }
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
