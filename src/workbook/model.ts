/**
 * The workbook's export format and its strict reading: everything is checked before
 * anything is written, and every error names the path (`records[2].data.people[0].ring`).
 */
import type { StateModel } from '../core/model.js';
import { expectArray, expectObject, expectString, fail, isPlainObject } from '../core/validate.js';

export const EXPORT_FORMAT = 'ipt-widgets-workbook';

export interface ExportedRecord {
  tag: string;
  storageKey: string;
  schema: number;
  updatedAt: string;
  data: unknown;
}

export interface WorkbookExport {
  format: typeof EXPORT_FORMAT;
  kitVersion: string;
  workbook: string;
  exportedAt: string;
  records: ExportedRecord[];
}

/** Workbook ids become part of storage keys and file names: keep them plain. */
export { WORKBOOK_ID_PATTERN } from '../core/workbook-lookup.js';

/** Parses and checks an export; returns the records with their data migrated and validated. */
export function readExport(
  input: unknown,
  modelFor: (tag: string) => StateModel<object, unknown> | undefined,
): ExportedRecord[] {
  let parsed: unknown = input;
  if (typeof input === 'string') {
    try {
      parsed = JSON.parse(input);
    } catch (error) {
      fail('json', `not valid JSON (${(error as Error).message})`);
    }
  }
  const root = expectObject(parsed, 'json');
  if (root.format !== EXPORT_FORMAT) fail('format', `expected "${EXPORT_FORMAT}": this is not a workbook export of this kit`);
  const records = expectArray(root.records, 'records');
  const seen = new Set<string>();
  return records.map((raw, i) => {
    const path = `records[${i}]`;
    const record = expectObject(raw, path);
    const tag = expectString(record.tag, `${path}.tag`, { nonEmpty: true });
    if (!/^ipt-[a-z0-9-]+$/.test(tag)) fail(`${path}.tag`, `"${tag}" is not an element of this kit`);
    const storageKey = expectString(record.storageKey, `${path}.storageKey`, { nonEmpty: true });
    if (seen.has(`${tag}/${storageKey}`)) fail(`${path}`, `a second record for ${tag} "${storageKey}"`);
    seen.add(`${tag}/${storageKey}`);
    if (typeof record.schema !== 'number' || !Number.isInteger(record.schema) || record.schema < 1) {
      fail(`${path}.schema`, 'expected a whole schema number');
    }
    if (!('data' in record)) fail(`${path}.data`, 'missing');
    const model = modelFor(tag);
    let data: unknown = record.data;
    let schema = record.schema as number;
    if (model) {
      if (schema > model.schema) fail(`${path}.schema`, `${schema} is newer than this kit reads (${model.schema})`);
      for (; schema < model.schema; schema++) {
        const step = model.migrations?.[schema];
        if (!step) fail(`${path}.schema`, `no migration from schema ${schema}`);
        data = step(data);
      }
      try {
        data = model.validate(data, model.importOptions);
      } catch (error) {
        if (error instanceof TypeError) throw new TypeError(`${path}.data.${error.message}`);
        throw error;
      }
    } else if (!isPlainObject(data)) {
      fail(`${path}.data`, 'expected an object');
    }
    const updatedAt = typeof record.updatedAt === 'string' ? record.updatedAt : new Date().toISOString();
    return { tag, storageKey, schema, updatedAt, data };
  });
}
