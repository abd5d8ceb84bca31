import { describe, expect, it } from 'vitest';
import { importRunEntrySchema, importRunSchema, MAX_IMPORT_PART_TEXT, type ImportRun, type ImportRunEntry, type ImportRunPart } from '../../../../shared/domain/import-run';
import {
  importRunStart,
  isImportWorkRow,
  lastImportedFrom,
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

describe("what the last standing imports read (planImport's lastImported)", () => {
  let n = 0;
  const runOf = (over: Partial<ImportRun> = {}): ImportRun => {
    n += 1;
    const startedAt = over.startedAt ?? `2026-04-0${n}T09:00:00.000Z`;
    return {
      id: `run-${n}`,
      territoryId: context.territoryId,
      updatedAt: startedAt,
      deleted: false,
      ...importRunStart({
        plan: { entity: 'partners', source: 'salesforce', rows: [] } as unknown as ImportPlan,
        entity: 'partners',
        userId: context.userId,
        fileName: 'accounts.csv',
        source: 'salesforce',
        mapping: { version: 1, source: 'salesforce', entity: 'partners', fields: {} },
        values: { version: 1, fields: {} },
        startedAt,
      }),
      status: 'applied',
      ...over,
    };
  };
  const entry = (id: string, fileValues: ImportRunEntry['fileValues'], row = 2): ImportRunEntry => ({ id, row, outcome: 'unchanged', fileValues });
  const partsOf = (run: ImportRun, ...entries: ImportRunEntry[][]): ImportRunPart[] =>
    entries.map((list, index) => ({ id: `${run.id}-part-${index}`, territoryId: run.territoryId, updatedAt: run.startedAt, deleted: false, runId: run.id, index, entries: JSON.stringify(list) }));

  it('takes every entry of the standing runs of the source and entity, the later run winning', () => {
    const older = runOf({ startedAt: '2026-04-01T09:00:00.000Z' });
    const newer = runOf({ startedAt: '2026-04-02T09:00:00.000Z' });
    // Parts and runs in any order: the runs go oldest first, each run's parts by index.
    const parts = [
      ...partsOf(newer, [entry('p-1', { vertical: 'Wholesale' })]).reverse(),
      ...partsOf(older, [entry('p-1', { vertical: 'Retail' }), entry('p-2', { name: 'Globex' })], [entry('p-3', { name: 'Acme' })]).reverse(),
    ];
    expect(lastImportedFrom([newer, older], parts, 'salesforce', 'partners')).toEqual({ 'p-1': { vertical: 'Wholesale' }, 'p-2': { name: 'Globex' }, 'p-3': { name: 'Acme' } });
    // Within a run, a later part's entry for the same record wins.
    const one = runOf();
    expect(lastImportedFrom([one], partsOf(one, [entry('p-1', { name: 'First' })], [entry('p-1', { name: 'Second' })]).reverse(), 'salesforce', 'partners')).toEqual({ 'p-1': { name: 'Second' } });
  });

  it('leaves out an undone or deleted run, a deleted part, and another source or entity', () => {
    const kept = runOf({ startedAt: '2026-04-01T09:00:00.000Z' });
    const undone = runOf({ startedAt: '2026-04-02T09:00:00.000Z', status: 'undone', undoneAt: '2026-04-03T09:00:00.000Z' });
    const deleted = runOf({ startedAt: '2026-04-02T10:00:00.000Z', deleted: true });
    const hubspot = runOf({ startedAt: '2026-04-03T09:00:00.000Z', source: 'hubspot' });
    const contacts = runOf({ startedAt: '2026-04-03T10:00:00.000Z', entity: 'contacts' });
    const gonePart = { ...partsOf(kept, [], [entry('p-9', { name: 'Gone' })])[1]!, deleted: true };
    const parts = [
      ...partsOf(kept, [entry('p-1', { vertical: 'Retail' })]),
      gonePart,
      ...[undone, deleted, hubspot, contacts].flatMap((run) => partsOf(run, [entry('p-1', { vertical: `from ${run.id}` }), entry('p-5', { name: run.id })])),
    ];
    expect(lastImportedFrom([kept, undone, deleted, hubspot, contacts], parts, 'salesforce', 'partners')).toEqual({ 'p-1': { vertical: 'Retail' } });
    expect(lastImportedFrom([kept, undone, deleted, hubspot, contacts], parts, 'hubspot', 'partners')).toEqual({ 'p-1': { vertical: `from ${hubspot.id}` }, 'p-5': { name: hubspot.id } });
    expect(lastImportedFrom([undone], parts, 'salesforce', 'partners')).toEqual({});
  });

  it('refuses a part whose entries are not import entries', () => {
    const run = runOf();
    const bad = { ...partsOf(run, [])[0]!, entries: '[{"id":"p-1"}]' };
    expect(() => lastImportedFrom([run], [bad], 'salesforce', 'partners')).toThrow();
  });
});
