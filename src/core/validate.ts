/**
 * Validation helpers shared by every element's model. A model's `validate` throws a
 * `TypeError` whose message starts with the path of the offending field
 * (`people[2].ring: ...`), so hosts can see at once what to fix.
 */

/** Throws the kit's validation error: a TypeError naming the field path. */
export function fail(path: string, message: string): never {
  throw new TypeError(`${path}: ${message}`);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectObject(value: unknown, path: string): Record<string, unknown> {
  if (!isPlainObject(value)) fail(path, `expected an object, got ${describe(value)}`);
  return value;
}

export function expectArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, `expected an array, got ${describe(value)}`);
  return value;
}

export function expectString(value: unknown, path: string, opts: { nonEmpty?: boolean; max?: number } = {}): string {
  if (typeof value !== 'string') fail(path, `expected a string, got ${describe(value)}`);
  if (opts.nonEmpty && value.trim() === '') fail(path, 'must not be empty');
  if (opts.max !== undefined && value.length > opts.max) fail(path, `must be at most ${opts.max} characters`);
  return value;
}

export function optionalString(value: unknown, path: string, opts: { max?: number } = {}): string | undefined {
  if (value === undefined || value === null) return undefined;
  return expectString(value, path, opts);
}

export function expectInteger(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) fail(path, `expected a whole number from ${min} to ${max}, got ${describe(value)}`);
  if (value < min || value > max) fail(path, `must be from ${min} to ${max}, got ${value}`);
  return value;
}

export function expectNumber(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, `expected a number from ${min} to ${max}, got ${describe(value)}`);
  if (value < min || value > max) fail(path, `must be from ${min} to ${max}, got ${value}`);
  return value;
}

export function expectBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, `expected true or false, got ${describe(value)}`);
  return value;
}

export function expectOneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(path, `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(value)}`);
  }
  return value as T;
}

export function optionalOneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
  if (value === undefined || value === null) return undefined;
  return expectOneOf(value, path, allowed);
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (so `2026-02-30` is false). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The days the kit takes: 1900-01-01 to 2100-12-31. Wider dates are typing slips or
 * forged data, and a chart spanning thousands of years has no pixel for a day.
 */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2100-12-31';

/** True for a `YYYY-MM-DD` text between DATE_MIN and DATE_MAX (a text comparison: the format sorts). */
export function isDateInRange(value: string): boolean {
  return value >= DATE_MIN && value <= DATE_MAX;
}

export function expectDate(value: unknown, path: string): string {
  if (!isCalendarDate(value)) fail(path, `expected a real date as YYYY-MM-DD, got ${describe(value)}`);
  if (!isDateInRange(value)) fail(path, `must be from ${DATE_MIN} to ${DATE_MAX}, got ${describe(value)}`);
  return value;
}

/**
 * A list no longer than the documented maximum (a page must stay usable: 100,000 people
 * froze the tab). Checked before the items, so an oversized list costs nothing to refuse.
 */
export function expectAtMost<T>(list: readonly T[], path: string, max: number): readonly T[] {
  if (list.length > max) fail(path, `at most ${max} items, got ${list.length}`);
  return list;
}

/** An ISO timestamp, or undefined when absent (the controller fills in missing times). */
export function optionalTimestamp(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) fail(path, `expected an ISO time, got ${describe(value)}`);
  return value;
}

/** Checks that every item of a collection has a unique, non-empty string id. */
export function expectUniqueIds(items: readonly { id?: unknown }[], path: string): void {
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const id = items[i].id;
    if (typeof id !== 'string' || id === '') fail(`${path}[${i}].id`, `expected a non-empty string id, got ${describe(id)}`);
    const known = seen.size;
    if (seen.add(id).size === known) fail(`${path}[${i}].id`, `duplicate id "${id}"`);
  }
}

/**
 * Text that may be quoted in a message: dates, times and numbers (`"2026-02-30"`). Anything
 * else a person may have typed is described by its kind and length only.
 */
const QUOTABLE = /^[\d\s:.,+\-TZ]{0,30}$/;

/**
 * A short, safe description of a value for error messages and the console: its kind, never
 * what a person typed (messages reach consoles and error monitors). Dates, times and
 * numbers written as text are quoted, since they say what is wrong and name no one.
 */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (QUOTABLE.test(value)) return JSON.stringify(value);
    return `a text of ${value.length} character${value.length === 1 ? '' : 's'}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** A random id that is unique enough to merge items across tabs and devices. */
export function newId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Today's date in the user's local calendar, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
