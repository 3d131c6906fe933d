// Rebuilds an element's latest state from a delivery-format-2 `diff` (the kit's merge
// shape): upsert whole items by their id field, drop tombstoned ids, replace fields.
// Validation (validate.mjs) has already refused prototype-reaching names.

/** Returns a new state: `state` (an object, or null for none yet) with `diff` applied. */
export function applyDiff(state, diff) {
  const next = state && typeof state === 'object' && !Array.isArray(state) ? { ...state } : {};
  for (const [name, change] of Object.entries(diff.collections ?? {})) {
    const idField = change.idField ?? 'id';
    const list = Array.isArray(next[name]) ? [...next[name]] : [];
    const removed = new Set(Object.keys(change.removed ?? {}));
    const kept = removed.size > 0 ? list.filter((item) => !removed.has(String(item?.[idField]))) : list;
    const at = new Map(kept.map((item, i) => [String(item?.[idField]), i]));
    for (const item of change.upserts ?? []) {
      const key = String(item[idField]);
      const i = at.get(key);
      if (i === undefined) {
        at.set(key, kept.length);
        kept.push(item);
      } else {
        kept[i] = item;
      }
    }
    next[name] = kept;
  }
  for (const [name, value] of Object.entries(diff.fields ?? {})) next[name] = value;
  return next;
}
