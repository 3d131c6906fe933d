/**
 * Differences between states, and merging them item by item. Every change, a gesture or
 * an assignment to `state`, is kept as the difference from the state an instance last
 * showed, so a change made meanwhile in another tab survives instead of being overwritten.
 */
import type { StateModel } from './model.js';

/** The parts of a model that merging needs. */
export type MergeModel<S extends object> = Pick<StateModel<S, unknown>, 'collections' | 'idField' | 'empty' | 'normalize'>;
import { isPlainObject } from './validate.js';

type AnyState = Record<string, unknown>;
type AnyItem = Record<string, unknown>;

export interface CollectionDiff {
  /** Items added or changed, whole. */
  upserts: AnyItem[];
  /** Removed item ids with the time of removal: tombstones, kept until written. */
  removed: Record<string, string>;
}

export interface StateDiff {
  collections: Record<string, CollectionDiff>;
  /** Top-level fields that are not collections, replaced whole. */
  fields: Record<string, unknown>;
}

export function emptyDiff(): StateDiff {
  return { collections: {}, fields: {} };
}

export function isEmptyDiff(diff: StateDiff): boolean {
  return (
    Object.keys(diff.fields).length === 0 &&
    Object.values(diff.collections).every((c) => c.upserts.length === 0 && Object.keys(c.removed).length === 0)
  );
}

function idOf<S extends object>(model: MergeModel<S>, collection: string, item: AnyItem): string {
  const field = (model.idField as Record<string, string> | undefined)?.[collection] ?? 'id';
  return String(item[field]);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Fills `createdAt` on new items and bumps `updatedAt` on changed ones, so merges can
 * tell which of two edits of one item is newer. Returns a new state. `ownItems` says the
 * items of `next` are copies nobody else holds (a state just validated): they are stamped
 * where they are instead of copied once more.
 */
export function stampTimes<S extends object>(model: MergeModel<S>, prev: S, next: S, now: string, ownItems = false): S {
  const out = { ...(next as AnyState) };
  for (const name of model.collections) {
    const items = (next as AnyState)[name];
    if (!Array.isArray(items)) continue;
    const before = new Map<string, AnyItem>();
    for (const item of ((prev as AnyState)[name] as AnyItem[] | undefined) ?? []) before.set(idOf(model, name, item), item);
    const stamp = (raw: unknown): AnyItem => {
      const item = raw as AnyItem;
      const old = before.get(idOf(model, name, item));
      // the very item shown before: unchanged (gestures rebuild only what they change)
      if (old === item && item.createdAt && item.updatedAt) return item;
      const stamped: AnyItem = ownItems ? item : { ...item };
      if (!stamped.createdAt) stamped.createdAt = (old?.createdAt as string | undefined) ?? now;
      const changed = !old || !sameJson({ ...old, createdAt: undefined, updatedAt: undefined }, { ...item, createdAt: undefined, updatedAt: undefined });
      if (changed || !stamped.updatedAt) {
        const candidate = changed ? now : ((old?.updatedAt as string | undefined) ?? now);
        stamped.updatedAt = changed && stamped.updatedAt && stamped.updatedAt > candidate ? stamped.updatedAt : candidate;
      }
      return stamped;
    };
    if (ownItems) {
      // stamped where they are: the list itself stays
      for (let i = 0; i < items.length; i++) stamp(items[i]);
      out[name] = items;
    } else out[name] = items.map(stamp);
  }
  return out as S;
}

/** What changed from `prev` to `next`: items added, changed and removed; fields replaced. */
export function diffStates<S extends object>(model: MergeModel<S>, prev: S, next: S, now: string): StateDiff {
  const diff = emptyDiff();
  const p = prev as AnyState;
  const n = next as AnyState;
  const collections = new Set<string>(model.collections);
  for (const name of collections) {
    const before = new Map<string, AnyItem>();
    for (const item of (p[name] as AnyItem[] | undefined) ?? []) before.set(idOf(model, name, item), item);
    const upserts: AnyItem[] = [];
    const seen = new Set<string>();
    for (const item of (n[name] as AnyItem[] | undefined) ?? []) {
      const id = idOf(model, name, item);
      seen.add(id);
      const old = before.get(id);
      if (!old || !sameJson(old, item)) upserts.push(item);
    }
    const removed: Record<string, string> = {};
    for (const id of before.keys()) if (!seen.has(id)) removed[id] = now;
    if (upserts.length || Object.keys(removed).length) diff.collections[name] = { upserts, removed };
  }
  for (const key of new Set([...Object.keys(p), ...Object.keys(n)])) {
    if (collections.has(key)) continue;
    if (!sameJson(p[key], n[key])) diff.fields[key] = n[key] === undefined ? null : n[key];
  }
  return diff;
}

/** Folds a newer diff into an older one, as if both had been made in one go. */
export function combineDiffs(older: StateDiff, newer: StateDiff, idFor: (collection: string, item: AnyItem) => string): StateDiff {
  const out: StateDiff = { collections: {}, fields: { ...older.fields, ...newer.fields } };
  for (const name of new Set([...Object.keys(older.collections), ...Object.keys(newer.collections)])) {
    const a = older.collections[name] ?? { upserts: [], removed: {} };
    const b = newer.collections[name] ?? { upserts: [], removed: {} };
    const upserts = new Map<string, AnyItem>();
    for (const item of a.upserts) upserts.set(idFor(name, item), item);
    const removed = { ...a.removed };
    for (const id of Object.keys(b.removed)) {
      upserts.delete(id);
      removed[id] = b.removed[id];
    }
    for (const item of b.upserts) {
      const id = idFor(name, item);
      upserts.set(id, item);
      delete removed[id];
    }
    out.collections[name] = { upserts: [...upserts.values()], removed };
  }
  return out;
}

/**
 * Applies a diff to a state, item by item: an incoming item replaces the one there unless
 * that one was changed later; a removal removes an item unless it was changed after the
 * removal. Order is kept; new items are appended. Returns a new state.
 */
export function applyDiff<S extends object>(model: MergeModel<S>, base: S, diff: StateDiff): S {
  const out = { ...(base as AnyState) };
  for (const [key, value] of Object.entries(diff.fields)) {
    if (value === null && !(key in (model.empty() as AnyState))) delete out[key];
    else out[key] = value === null ? (model.empty() as AnyState)[key] : value;
  }
  for (const [name, change] of Object.entries(diff.collections)) {
    const items = [...(((out[name] as AnyItem[] | undefined) ?? []) as AnyItem[])];
    const index = new Map<string, number>();
    items.forEach((item, i) => index.set(idOf(model, name, item), i));
    const drop = new Set<number>();
    for (const [id, removedAt] of Object.entries(change.removed)) {
      const i = index.get(id);
      if (i === undefined) continue;
      const updatedAt = items[i].updatedAt as string | undefined;
      if (!updatedAt || updatedAt <= removedAt) drop.add(i);
    }
    for (const incoming of change.upserts) {
      const id = idOf(model, name, incoming);
      const i = index.get(id);
      if (i === undefined) {
        index.set(id, items.length);
        items.push(incoming);
      } else {
        const current = items[i];
        const currentAt = (current.updatedAt as string | undefined) ?? '';
        const incomingAt = (incoming.updatedAt as string | undefined) ?? '';
        if (incomingAt >= currentAt) {
          items[i] = incoming;
          drop.delete(i);
        }
      }
    }
    out[name] = items.filter((_, i) => !drop.has(i));
  }
  const merged = out as S;
  return model.normalize ? model.normalize(merged) : merged;
}

/** A deep copy of plain JSON data. */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function isStateDiff(value: unknown): value is StateDiff {
  return isPlainObject(value) && isPlainObject(value.collections) && isPlainObject(value.fields);
}

/**
 * The shape check of a difference read back from storage or another tab, item by item:
 * every collection change has a list of item objects and removals stamped with text.
 * Returns the path of the first fault, or '' when the shape is right. Whether the result
 * is a valid state is the model's to say.
 */
export function diffShapeFault(value: unknown): string {
  if (!isPlainObject(value)) return 'diff';
  if (!isPlainObject(value.fields)) return 'diff.fields';
  if (!isPlainObject(value.collections)) return 'diff.collections';
  for (const [name, change] of Object.entries(value.collections)) {
    const path = `diff.collections.${name}`;
    if (!isPlainObject(change)) return path;
    if (!Array.isArray(change.upserts)) return `${path}.upserts`;
    for (let i = 0; i < change.upserts.length; i++) if (!isPlainObject(change.upserts[i])) return `${path}.upserts[${i}]`;
    if (!isPlainObject(change.removed)) return `${path}.removed`;
    for (const at of Object.values(change.removed)) if (typeof at !== 'string') return `${path}.removed`;
  }
  return '';
}
