// Checks a delivery batch before anything touches the database. Every reason names the
// field (`events[3].source: ...`) so a program's developers see at once what to fix.
// Everything here is bounded: the body's size, the nesting depth, the number of values,
// so no request, and no row stored from one, can exhaust the stack or the memory later.

export const LIMITS = Object.freeze({
  /** Largest request body on the wire; larger bodies get 413 before they are parsed. */
  bodyBytes: 1024 * 1024,
  /** Largest body once a `Content-Encoding: gzip` body is inflated (inflation stops there: 413). */
  inflatedBytes: 4 * 1024 * 1024,
  /** Most events in one batch (the element sends 50 by default). */
  eventsPerBatch: 1000,
  /** Longest id, workbook, storage key or idempotency key. */
  idLength: 200,
  /** Deepest nesting of objects and arrays in a body (a kit state is about 6 deep): 400. */
  depth: 32,
  /** Most values (objects, arrays, strings, numbers, ...) in one body: 413, so the kit splits the batch. */
  values: 250_000,
  /** How far in the future a device's `at` may be (clock skew between devices). */
  futureSkewMs: 24 * 60 * 60 * 1000,
  /** The earliest `at` taken: nothing in the kit predates it. */
  earliestAt: Date.UTC(2000, 0, 1),
});

/** An answer the API gives instead of storing: `status` and a reason for the client. */
export class HttpError extends Error {
  constructor(status, reason, headers = {}) {
    super(reason);
    this.status = status;
    this.headers = headers;
  }
}

const bad = (path, message) => {
  throw new HttpError(400, `${path}: ${message}`);
};

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

// Control characters and lone surrogates make ids that print or compare unlike they look
// (a lone surrogate collides with U+FFFD once converted to UTF-8).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

function text(value, path, { max = LIMITS.idLength, pattern } = {}) {
  if (typeof value !== 'string' || value.trim() === '') bad(path, 'expected a non-empty string');
  if (value.length > max) bad(path, `must be at most ${max} characters`);
  if (CONTROL.test(value) || !value.isWellFormed()) bad(path, 'must not hold control characters or lone surrogates');
  if (pattern && !pattern.test(value)) bad(path, `must match ${pattern}`);
  return value;
}

// Custom element names: lower case, start with a letter, contain a dash.
const TAG = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;
// An ISO 8601 date and time with a zone, as `Date.prototype.toISOString` and the kit write it.
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const RISK_KIND = /^[a-z0-9-]{1,40}$/;
// Names that would reach an object's prototype when used as a key in the diff rebuild.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The device's claimed time: ISO with a zone, not before 2000, not more than a day ahead. */
export function parseAt(value, path, now = Date.now()) {
  const at = text(value, path, { max: 40 });
  const atMs = ISO.test(at) ? Date.parse(at) : NaN;
  if (Number.isNaN(atMs)) bad(path, 'expected an ISO time such as 2026-11-20T10:00:00.000Z');
  if (atMs < LIMITS.earliestAt) bad(path, 'is before the year 2000');
  if (atMs > now + LIMITS.futureSkewMs) bad(path, 'is more than a day in the future (check the device clock)');
  return { at, atMs };
}

/**
 * Walks a parsed body without recursion: refuses (400) nesting deeper than LIMITS.depth and
 * (413) more than LIMITS.values values.
 */
export function checkShape(json) {
  let values = 0;
  const stack = [[json, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop();
    values += 1;
    if (values > LIMITS.values) throw new HttpError(413, `body: more than ${LIMITS.values} values; send fewer events per batch`);
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= LIMITS.depth) bad('body', `nested deeper than ${LIMITS.depth} levels`);
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) stack.push([child, depth + 1]);
  }
}

function parseDiff(input, path) {
  if (!isObject(input)) bad(path, 'expected an object { collections, fields }');
  const collections = input.collections ?? {};
  const fields = input.fields ?? {};
  if (!isObject(collections)) bad(`${path}.collections`, 'expected an object');
  if (!isObject(fields)) bad(`${path}.fields`, 'expected an object');
  for (const name of Object.keys(fields)) {
    if (UNSAFE_KEYS.has(name)) bad(`${path}.fields`, `"${name}" is not a field name`);
  }
  for (const [name, c] of Object.entries(collections)) {
    const at = `${path}.collections.${name}`;
    if (UNSAFE_KEYS.has(name)) bad(`${path}.collections`, `"${name}" is not a collection name`);
    if (!isObject(c)) bad(at, 'expected an object { upserts, removed }');
    const idField = c.idField === undefined ? 'id' : text(c.idField, `${at}.idField`, { max: 100 });
    if (UNSAFE_KEYS.has(idField)) bad(`${at}.idField`, `"${idField}" is not an id field`);
    const upserts = c.upserts ?? [];
    if (!Array.isArray(upserts)) bad(`${at}.upserts`, 'expected an array');
    upserts.forEach((item, i) => {
      if (!isObject(item)) bad(`${at}.upserts[${i}]`, 'expected an object');
      const id = item[idField];
      if (typeof id !== 'string' && typeof id !== 'number') bad(`${at}.upserts[${i}].${idField}`, 'expected a string or number id');
    });
    const removed = c.removed ?? {};
    if (!isObject(removed)) bad(`${at}.removed`, 'expected an object { <id>: <time> }');
  }
  return { collections, fields };
}

function parseRisk(input, path) {
  if (!isObject(input)) bad(path, 'expected an object { kind, value }');
  const kind = text(input.kind, `${path}.kind`, { max: 40, pattern: RISK_KIND });
  if (typeof input.value !== 'number' || !Number.isFinite(input.value)) bad(`${path}.value`, 'expected a number');
  const responseId = input.responseId === undefined || input.responseId === null ? null : text(input.responseId, `${path}.responseId`);
  return { kind, value: input.value, responseId };
}

/**
 * Validates one delivered event and returns the fields the store keeps. Format 1 (no
 * `type`) carries the whole `state`; format 2 `change` events carry a `diff` and `state`
 * only sometimes; `risk` events carry `risk`.
 */
export function parseEvent(input, path, now = Date.now()) {
  if (!isObject(input)) bad(path, 'expected an object');
  const id = text(input.id, `${path}.id`);
  const workbook = text(input.workbook, `${path}.workbook`);
  const source = text(input.source, `${path}.source`, { max: 100, pattern: TAG });
  const storageKey = text(input.storageKey, `${path}.storageKey`);
  const { at, atMs } = parseAt(input.at, `${path}.at`, now);
  const kitVersion = text(input.kitVersion, `${path}.kitVersion`, { max: 40 });
  const type = input.type === undefined ? 'change' : input.type;
  if (type !== 'change' && type !== 'risk') bad(`${path}.type`, 'expected "change" or "risk"');
  const format = input.format === undefined ? 1 : input.format;
  if (format !== 1 && format !== 2) bad(`${path}.format`, 'expected 1 or 2');
  const base = { id, workbook, source, storageKey, at, atMs, kitVersion, type, format };
  if (type === 'risk') return { ...base, risk: parseRisk(input.risk, `${path}.risk`) };

  if (!isObject(input.change)) bad(`${path}.change`, 'expected an object');
  const changeType = text(input.change.type, `${path}.change.type`, { max: 100 });
  const hasState = Object.hasOwn(input, 'state') && input.state !== undefined;
  // `clear` may deliver null; every other state is the element's whole state
  if (hasState && !isObject(input.state) && input.state !== null) bad(`${path}.state`, 'expected an object or null');
  let diff = null;
  if (format === 2) {
    if (input.diff !== undefined) diff = parseDiff(input.diff, `${path}.diff`);
    if (!hasState && diff === null) bad(`${path}.diff`, 'expected a diff when state is absent');
  } else if (!hasState) {
    bad(`${path}.state`, 'expected an object or null');
  }
  return { ...base, changeType, change: input.change, hasState, state: hasState ? input.state : undefined, diff };
}

/**
 * Parses a request body `{ "events": [ ... ] }`. The batch is taken whole or not at
 * all, so a rejected batch can be inspected and resent as it was.
 */
export function parseBatch(body, now = Date.now()) {
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    throw new HttpError(400, 'body: not valid JSON');
  }
  checkShape(json);
  if (!isObject(json)) bad('body', 'expected an object { "events": [...] }');
  if (!Array.isArray(json.events)) bad('events', 'expected an array');
  if (json.events.length === 0) bad('events', 'must hold at least one event');
  if (json.events.length > LIMITS.eventsPerBatch) {
    throw new HttpError(413, `events: must hold at most ${LIMITS.eventsPerBatch} events`);
  }
  return json.events.map((e, i) => parseEvent(e, `events[${i}]`, now));
}

/** The Idempotency-Key header, when present: one printable token per batch. */
export function parseIdempotencyKey(header) {
  if (header === undefined) return null;
  if (header.length === 0 || header.length > LIMITS.idLength || !/^[\x21-\x7e]+$/.test(header)) {
    throw new HttpError(400, `Idempotency-Key: expected 1 to ${LIMITS.idLength} printable characters`);
  }
  return header;
}
