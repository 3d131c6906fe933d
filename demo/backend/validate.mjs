// Checks a delivery batch before anything touches the database. Every reason names the
// field (`events[3].source: ...`) so a program's developers see at once what to fix.

export const LIMITS = Object.freeze({
  /** Largest request body accepted; larger bodies get 413 before they are parsed. */
  bodyBytes: 1024 * 1024,
  /** Most events in one batch (the element sends 50 by default). */
  eventsPerBatch: 1000,
  /** Longest id, workbook, storage key, kit version or idempotency key. */
  idLength: 200,
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

function text(value, path, { max = LIMITS.idLength, pattern } = {}) {
  if (typeof value !== 'string' || value.trim() === '') bad(path, 'expected a non-empty string');
  if (value.length > max) bad(path, `must be at most ${max} characters`);
  if (pattern && !pattern.test(value)) bad(path, `must match ${pattern}`);
  return value;
}

// Custom element names: lower case, start with a letter, contain a dash.
const TAG = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/** Validates one delivered event and returns the fields the store keeps. */
export function parseEvent(input, path) {
  if (!isObject(input)) bad(path, 'expected an object');
  const id = text(input.id, `${path}.id`);
  const workbook = text(input.workbook, `${path}.workbook`);
  const source = text(input.source, `${path}.source`, { max: 100, pattern: TAG });
  const storageKey = text(input.storageKey, `${path}.storageKey`);
  if (!isObject(input.change)) bad(`${path}.change`, 'expected an object');
  const changeType = text(input.change.type, `${path}.change.type`, { max: 100 });
  // `clear` may deliver null; every other change carries the element's whole state
  if (!isObject(input.state) && input.state !== null) bad(`${path}.state`, 'expected an object or null');
  const at = text(input.at, `${path}.at`, { max: 40 });
  const atMs = Date.parse(at);
  if (Number.isNaN(atMs)) bad(`${path}.at`, 'expected an ISO time');
  const kitVersion = text(input.kitVersion, `${path}.kitVersion`, { max: 40 });
  return { id, workbook, source, storageKey, changeType, change: input.change, state: input.state, at, atMs, kitVersion };
}

/**
 * Parses a request body `{ "events": [ ... ] }`. The batch is taken whole or not at
 * all, so a rejected batch can be inspected and resent as it was.
 */
export function parseBatch(body) {
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    throw new HttpError(400, 'body: not valid JSON');
  }
  if (!isObject(json)) bad('body', 'expected an object { "events": [...] }');
  if (!Array.isArray(json.events)) bad('events', 'expected an array');
  if (json.events.length === 0) bad('events', 'must hold at least one event');
  if (json.events.length > LIMITS.eventsPerBatch) bad('events', `must hold at most ${LIMITS.eventsPerBatch} events`);
  return json.events.map((e, i) => parseEvent(e, `events[${i}]`));
}

/** The Idempotency-Key header, when present: one printable token per batch. */
export function parseIdempotencyKey(header) {
  if (header === undefined) return null;
  if (Array.isArray(header)) throw new HttpError(400, 'Idempotency-Key: sent more than once');
  if (header.length === 0 || header.length > LIMITS.idLength || !/^[\x21-\x7e]+$/.test(header)) {
    throw new HttpError(400, `Idempotency-Key: expected 1 to ${LIMITS.idLength} printable characters`);
  }
  return header;
}
