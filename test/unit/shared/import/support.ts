import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  convertRows,
  detectSource,
  planImport,
  readImportFile,
  suggestColumnMapping,
  suggestValueMapping,
  type ImportContext,
  type ImportStore,
  type ImportUser,
  type PlanOptions,
  type ValueMapping,
} from '../../../../shared/import';

export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/import', name)));

export const users: ImportUser[] = [{ id: 'user-dana', name: 'Dana Field', email: 'dana@vendor.example' }];

export const context: ImportContext = { territoryId: 'territory-east', userId: 'user-importer', now: '2026-04-01T09:00:00.000Z' };

/** Fixed ids, so a test can name the records a plan makes. */
export const counter = (): (() => string) => {
  let n = 0;
  return () => `new-${++n}`;
};

export interface RunOptions {
  store?: ImportStore;
  values?: (suggested: ValueMapping) => ValueMapping;
  currency?: string;
  decisions?: PlanOptions['decisions'];
  lastImported?: PlanOptions['lastImported'];
}

/** The whole pipeline as the dialog runs it, with every suggestion accepted unless a test overrides the values. */
export const importFile = async (name: string, bytes: Uint8Array, options: RunOptions = {}) => {
  const file = await readImportFile(name, bytes);
  const detection = detectSource(file.table.headers);
  const mapping = suggestColumnMapping(file.table.headers, {
    source: detection.source,
    entity: detection.entity ?? 'partners',
    ...(detection.flavor ? { flavor: detection.flavor } : {}),
  });
  const suggested = suggestValueMapping(file.table, mapping, { users });
  const values = options.values ? options.values(suggested) : suggested;
  const conversion = convertRows(file.table, { mapping, values, context, ...(options.currency ? { currency: options.currency } : {}) });
  const plan = planImport(conversion, { context, store: options.store ?? {}, newId: counter(), ...(options.decisions ? { decisions: options.decisions } : {}), ...(options.lastImported ? { lastImported: options.lastImported } : {}) });
  return { file, detection, mapping, values, conversion, plan };
};
