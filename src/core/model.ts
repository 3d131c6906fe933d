/**
 * What an element's pure model gives the shared core. Models are plain functions over
 * plain JSON: no DOM, no I/O, so they are easy to test and to migrate.
 */

/** What `repair` made of stored data it could read. */
export interface RepairResult<S> {
  state: S;
  /** One line per fault, each naming the field (`people[3].ring: clamped from 9 to 3`). */
  problems: string[];
}

/** A collection item: every array that merges item by item holds these. */
export interface Item {
  id: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface StateModel<S extends object, O = void> {
  /** The element's tag, part of the storage key `<workbook>/<tag>/<storage-key>`. */
  readonly tag: string;
  /** The current schema number written into every stored envelope. */
  readonly schema: number;
  /**
   * Top-level fields that are arrays of items with stable string ids. They are merged
   * item by item across instances and tabs; every other top-level field is replaced whole.
   */
  readonly collections: readonly (keyof S & string)[];
  /**
   * The field that names an item when it is not `id` (the problem-area picker keys its
   * selections by `area`). Defaults to `id`.
   */
  readonly idField?: Partial<Record<keyof S & string, string>>;
  /** A new, empty state. */
  empty(): S;
  /**
   * Strict check for a state a host assigns: throws a `TypeError` whose message starts
   * with the field path. Returns a normalized copy (defaults filled, unknown fields kept).
   * `createdAt`/`updatedAt` of collection items may be missing: the core fills them in.
   */
  validate(input: unknown, options: O): S;
  /**
   * True when `validate` returns a copy that shares nothing with its input (as if it had
   * checked a JSON copy): the core then skips copying the input first. For ten years of
   * mood entries that copy cost as much as the check.
   */
  readonly validateCopies?: boolean;
  /**
   * Lenient check for stored data: repairs what is unambiguous and lists every fault it
   * met. Throws a `TypeError` when the data cannot be read at all (it is then kept aside).
   */
  repair(input: unknown, options: O): RepairResult<S>;
  /**
   * Restores rules that span items after a merge of two tabs' edits (the picker's
   * "exactly one primary", say). Optional; must be pure and keep valid states as they are.
   */
  normalize?(state: S): S;
  /**
   * The most permissive options (every ring, the widest scale), used to check imported
   * workbook data before anything is written; each element still checks its own.
   */
  readonly importOptions: O;
  /** `migrations[n]` turns data of schema `n` into data of schema `n + 1`. */
  readonly migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
}
