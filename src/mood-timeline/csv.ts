/**
 * CSV export of everything the timeline holds: one table, one row per entry, event or
 * measure (column `record`), oldest first. RFC 4180 quoting, CRLF line ends.
 *
 * Text the user typed is defused against formula injection: a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet
 * shows it as text instead of running it. Numbers the kit writes itself (an impact of
 * -3) are left as numbers.
 */
import { csvText } from '../core/export.js';
import type { MoodState } from './model.js';

export const CSV_COLUMNS = [
  'record',
  'id',
  'date',
  'mood',
  'title',
  'kind',
  'impact',
  'people',
  'instrument',
  'score',
  'note',
  'createdAt',
  'updatedAt',
] as const;
type Column = (typeof CSV_COLUMNS)[number];


export interface CsvOptions {
  /** The name of a person of the circle, looked up when the file is made. */
  personName?: (id: string) => string | undefined;
  /** Starts the file with a byte-order mark, so spreadsheet programs read accents right. */
  bom?: boolean;
}

export function toCsv(state: MoodState, options: CsvOptions = {}): string {
  const rows: { order: number; cells: Partial<Record<Column, string | number>> }[] = [];
  const times = (item: { createdAt?: string; updatedAt?: string }) => ({
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  });
  state.entries.forEach((e) =>
    rows.push({ order: 0, cells: { record: 'entry', id: e.id, date: e.date, mood: e.mood, note: e.note, ...times(e) } }),
  );
  state.events.forEach((e) => {
    const people = [
      ...(e.personIds ?? []).map((id) => options.personName?.(id) ?? id),
      ...(e.personNames ?? []),
    ];
    rows.push({
      order: 1,
      cells: {
        record: 'event',
        id: e.id,
        date: e.date,
        title: e.title,
        kind: e.kind,
        impact: e.impact,
        people: people.length ? people.join('; ') : undefined,
        note: e.note,
        ...times(e),
      },
    });
  });
  state.measures.forEach((m) =>
    rows.push({
      order: 2,
      cells: { record: 'measure', id: m.id, date: m.date, instrument: m.instrument, score: m.score, note: m.note, ...times(m) },
    }),
  );
  rows.sort((a, b) => String(a.cells.date).localeCompare(String(b.cells.date)) || a.order - b.order);
  return (options.bom ? '\uFEFF' : '') + csvText([[...CSV_COLUMNS], ...rows.map((r) => CSV_COLUMNS.map((c) => r.cells[c]))]);
}
