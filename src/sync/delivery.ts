/**
 * What `<ipt-sync>` delivers (format 2, documented in the README's JSON Schema): a change
 * carries the item-level `diff`, and the whole `state` only when it is small, for whole
 * replacements, or on request; a risk event carries what the element reported. Pure
 * functions, apart from the optional compression at the end.
 */
import type { IptChangeDetail, IptRiskDetail } from '../core/events.js';
import type { StateDiff } from '../core/merge.js';
import { newId } from '../core/validate.js';
import { KIT_VERSION } from '../core/version.js';
import type { ChangeDeliveryEvent, DeliveryDiff, RiskDeliveryEvent } from './outbox.js';

export const DELIVERY_FORMAT = 2;
/** A state whose JSON is at most this many bytes (UTF-8) travels with every change. */
export const STATE_INLINE_MAX_BYTES = 64 * 1024;
/** Changes that replace the whole state: the diff alone cannot say what went. */
export const WHOLE_REPLACEMENTS: readonly string[] = ['replace', 'import', 'clear'];
/** Risk kinds a backend must accept (more may come). */
export const RISK_KIND_PATTERN = /^[a-z0-9-]{1,40}$/;

export type IncludeState = 'auto' | 'always';

function utf8Length(text: string): number {
  // every UTF-16 unit is at most 3 UTF-8 bytes: most texts need no count at all
  if (text.length * 3 <= STATE_INLINE_MAX_BYTES) return text.length;
  if (text.length > STATE_INLINE_MAX_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/** The diff with each collection's id field named where it is not `id`. A plain JSON copy. */
export function deliveryDiff(diff: StateDiff, idField: Partial<Record<string, string>> | undefined): DeliveryDiff {
  const out: DeliveryDiff = { collections: {}, fields: structuredClone(diff.fields) };
  for (const [name, change] of Object.entries(diff.collections)) {
    const field = idField?.[name];
    out.collections[name] = {
      ...(field && field !== 'id' ? { idField: field } : {}),
      upserts: structuredClone(change.upserts),
      removed: { ...change.removed },
    };
  }
  return out;
}

/**
 * A change as delivered. `state` is read (and copied) only when it may be sent: reading a
 * large state costs a copy, which the element makes only when asked.
 */
export function changeDelivery(
  detail: IptChangeDetail,
  options: { includeState: IncludeState; idField?: Partial<Record<string, string>> },
): ChangeDeliveryEvent {
  const change = structuredClone(detail.change);
  const whole = WHOLE_REPLACEMENTS.includes(change.type) || ('via' in change && change.via === 'import');
  const diff = detail.diff ? deliveryDiff(detail.diff, options.idField) : { collections: {}, fields: {} };
  const event: ChangeDeliveryEvent = {
    id: newId(),
    format: DELIVERY_FORMAT,
    type: 'change',
    workbook: detail.workbook,
    source: detail.source,
    storageKey: detail.storageKey,
    change,
    diff,
    at: detail.at,
    kitVersion: KIT_VERSION,
  };
  // without a diff the state is the only way to say what changed
  if (options.includeState === 'always' || whole || !detail.diff) {
    event.state = structuredClone(detail.state ?? null);
  } else {
    const json = JSON.stringify(detail.state ?? null);
    if (utf8Length(json) <= STATE_INLINE_MAX_BYTES) event.state = JSON.parse(json) as unknown;
  }
  return event;
}

/** A risk event as delivered. Throws a `TypeError` naming the field when the detail is not one. */
export function riskDelivery(detail: IptRiskDetail): RiskDeliveryEvent {
  for (const field of ['source', 'workbook', 'storageKey', 'at'] as const) {
    if (typeof detail[field] !== 'string') throw new TypeError(`detail.${field}: expected a string`);
  }
  if (typeof detail.kind !== 'string' || !RISK_KIND_PATTERN.test(detail.kind)) {
    throw new TypeError('detail.kind: expected lower-case letters, digits and - (at most 40)');
  }
  if (typeof detail.value !== 'number' || !Number.isFinite(detail.value)) throw new TypeError('detail.value: expected a number');
  if (detail.responseId !== undefined && typeof detail.responseId !== 'string') throw new TypeError('detail.responseId: expected a string');
  return {
    id: newId(),
    format: DELIVERY_FORMAT,
    type: 'risk',
    workbook: detail.workbook,
    source: detail.source,
    storageKey: detail.storageKey,
    risk: { kind: detail.kind, value: detail.value, ...(detail.responseId !== undefined ? { responseId: detail.responseId } : {}) },
    at: detail.at,
    kitVersion: KIT_VERSION,
  };
}

/** True where the browser can gzip a request body itself. */
export function canGzip(): boolean {
  return typeof CompressionStream !== 'undefined';
}

/** The body gzipped with CompressionStream. */
export async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Whether an answer's `Accept-Encoding` (RFC 7694) says the backend takes gzip bodies. */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((part) => part.trim().toLowerCase().split(';'))
    .some(([coding, ...params]) => (coding === 'gzip' || coding === 'x-gzip') && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)));
}
