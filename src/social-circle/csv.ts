/**
 * CSV export of the people: one row per person, formula-safe cells (see core/export.ts).
 */
import { csvText } from '../core/export.js';
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
  'diedOn',
  'disputeStage',
  'confide',
  'changedSinceOnset',
  'knowsLowMood',
  ...TEXT_FIELDS,
  'createdAt',
  'updatedAt',
] as const;

/**
 * The people as CSV text. `ringLabel(ring)` gives the ring's words ("Closest") so the
 * file reads on its own.
 */
export function peopleToCsv(people: readonly Person[], ringLabel: (ring: number) => string = () => ''): string {
  const rows: unknown[][] = [[...CSV_COLUMNS]];
  for (const p of people) {
    const record: Record<string, unknown> = { ...p, ringLabel: ringLabel(p.ring) };
    rows.push(CSV_COLUMNS.map((c) => record[c]));
  }
  return csvText(rows);
}
