import { describe, expect, it } from 'vitest';
import { importRunEntrySchema, importRunSchema, MAX_IMPORT_PART_TEXT, type ImportRunEntry } from '../../../../shared/domain/import-run';
import {
  importRunStart,
  isImportWorkRow,
  newRunEntry,
  packEntries,
  unchangedRunEntry,
  updatedRunEntry,
  type ImportPlan,
  type ImportWorkRow,
  type PlannedRow,
} from '../../../../shared/import';
import { context } from './support';

const newRow: Extract<PlannedRow, { outcome: 'new' }> = {
  rowNumber: 2,
  outcome: 'new',
  record: { id: 'p-1' } as never,
  fileValues: { name: 'Acme', website: 'https://acme.example' },
};
const updateRow: Extract<PlannedRow, { outcome: 'update' }> = {
  rowNumber: 3,
  outcome: 'update',
  targetId: 'p-2',
  matchedBy: 'external-id',
  patch: { vertical: 'Wholesale', phone: '+44 20' },
  fileValues: { name: 'Northwind', vertical: 'Wholesale', phone: '+44 20' },
};
const unchangedRow: Extract<PlannedRow, { outcome: 'unchanged' }> = { rowNumber: 4, outcome: 'unchanged', targetId: 'p-3', matchedBy: 'external-id', fileValues: { name: 'Globex' } };

describe("an import's entries, as the dialog and the CLI record them", () => {
  it('says what each row did, with what undo needs: the stamp written, the stamp before, the values replaced', () => {
    expect(newRunEntry(newRow, 'p-1', '2026-04-01T09:00:00.000Z')).toEqual({ row: 2, fileValues: newRow.fileValues, id: 'p-1', outcome: 'new', writtenAt: '2026-04-01T09:00:00.000Z' });
    const stored = { id: 'p-2', updatedAt: '2026-03-01T08:00:00.000Z', vertical: 'Retail' };
    const updated = updatedRunEntry(updateRow, stored, '2026-04-01T09:00:00.000Z');
    expect(updated).toEqual({
      row: 3,
      fileValues: updateRow.fileValues,
      id: 'p-2',
      outcome: 'updated',
      writtenAt: '2026-04-01T09:00:00.000Z',
      before: '2026-03-01T08:00:00.000Z',
      previous: { vertical: 'Retail' },
      absent: ['phone'],
    });
    expect(unchangedRunEntry(unchangedRow)).toEqual({ row: 4, fileValues: { name: 'Globex' }, id: 'p-3', outcome: 'unchanged' });
    for (const entry of [updated, unchangedRunEntry(unchangedRow)]) expect(importRunEntrySchema.parse(entry)).toEqual(entry);
    // An update whose every field had a value leaves `absent` out.
    expect(updatedRunEntry({ ...updateRow, patch: { vertical: 'Wholesale' } }, stored, '2026-04-01T09:00:00.000Z')).not.toHaveProperty('absent');
  });

  it('copies the file values, so a later change to the plan does not change what was recorded', () => {
    const row = { ...newRow, fileValues: { name: 'Acme' } };
    const entry = newRunEntry(row, 'p-1', '2026-04-01T09:00:00.000Z');
    row.fileValues.name = 'Changed';
    expect(entry.fileValues).toEqual({ name: 'Acme' });
  });

  it('packs entries into parts of at most MAX_IMPORT_PART_TEXT characters, never splitting one, in order', () => {
    expect(packEntries([])).toEqual([]);
    const long = 'x'.repeat(10_000);
    const entries: ImportRunEntry[] = Array.from({ length: 40 }, (_, i) => ({ id: `p-${i}`, row: i + 2, outcome: 'new', writtenAt: '2026-04-01T09:00:00.000Z', fileValues: { notes: long } }));
    const parts = packEntries(entries);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(MAX_IMPORT_PART_TEXT);
    expect(parts.flatMap((p) => importRunEntrySchema.array().parse(JSON.parse(p)))).toEqual(entries);
  });
});

describe("an import's record as it opens", () => {
  it('counts the rows it will write or check, and the ones it will not', () => {
    const rows: PlannedRow[] = [
      newRow,
      updateRow,
      unchangedRow,
      { rowNumber: 5, outcome: 'skipped', reason: 'Type is "Customer"' },
      { rowNumber: 6, outcome: 'error', errors: [] },
      { rowNumber: 7, outcome: 'possible-duplicate', record: { id: 'p-9' } as never, duplicates: [], fileValues: {} },
    ];
    expect(rows.filter(isImportWorkRow).map((r: ImportWorkRow) => r.rowNumber)).toEqual([2, 3, 4]);
    const plan = { entity: 'partners', source: 'salesforce', rows } as unknown as ImportPlan;
    const start = importRunStart({
      plan,
      entity: 'partners',
      userId: context.userId,
      fileName: `${'a'.repeat(300)}.csv`,
      source: 'salesforce',
      mapping: { version: 1, source: 'salesforce', entity: 'partners', fields: { name: 'Account Name' } },
      values: { version: 1, fields: { partnerType: { Reseller: 'reseller' } } },
      startedAt: context.now,
    });
    expect(start).toMatchObject({ status: 'applying', total: 3, done: 0, parts: 0, finishedAt: null, error: null, undoneAt: null, counts: { new: 0, updated: 0, unchanged: 0, skipped: 2, errors: 1 }, values: '{"version":1,"fields":{"partnerType":{"Reseller":"reseller"}}}' });
    expect(start.fileName).toHaveLength(255);
    expect(importRunSchema.safeParse({ ...start, id: 'run-1', territoryId: context.territoryId, updatedAt: context.now, deleted: false }).success).toBe(true);
  });

  it('leaves out a value mapping too long to keep', () => {
    const plan = { entity: 'partners', source: 'generic', rows: [] } as unknown as ImportPlan;
    const values = { version: 1 as const, fields: { tier: Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`value number ${i}`, 'silver'])) } };
    const mapping = { version: 1 as const, source: 'generic', entity: 'partners' as const, fields: {} };
    const start = importRunStart({ plan, entity: 'partners', userId: 'u', fileName: 'f.csv', source: 'generic', mapping, values, startedAt: context.now });
    expect(start.values).toBeNull();
  });
});
