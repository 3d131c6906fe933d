/**
 * CSV export of the people: one row per person, RFC 4180 quoting, CRLF line ends.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and, in some, a tab
 * or carriage return) as a formula, so a name like `=HYPERLINK(...)` could act when the
 * file is opened. Such cells get a leading apostrophe, which spreadsheets show as text.
 */
import { TEXT_FIELDS, type Person } from './model.js';

export const CSV_COLUMNS = [
  'id',
  'name',
  'relationship',
  'relationshipLabel',
  'ring',
  'ringLabel',
  'angle',
  'contact',
  'support',
  'conflict',
  'deceased',
  'disputeStage',
  ...TEXT_FIELDS,
  'createdAt',
  'updatedAt',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, made safe for spreadsheets and quoted when needed. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let s = typeof value === 'string' ? value : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The people as CSV text. `ringLabel(ring)` gives the ring's words ("Closest") so the
 * file reads on its own.
 */
export function peopleToCsv(people: readonly Person[], ringLabel: (ring: number) => string = () => ''): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const p of people) {
    const record: Record<string, unknown> = { ...p, ringLabel: ringLabel(p.ring) };
    rows.push(CSV_COLUMNS.map((c) => csvCell(record[c])).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
