import { describe, expect, it } from 'vitest';
import type { Partner } from '../../../../../shared/domain/partner';
import { plannedRecords, readImportFile, SKIP_ROW, suggestValueMapping, type ColumnMapping, type ImportStore } from '../../../../../shared/import';
import {
  canAdvance,
  columnStart,
  decisionKey,
  decisionOf,
  duplicateRows,
  entityOfFile,
  importReducer,
  initialDraft,
  missingFields,
  planFor,
  previewFields,
  previewRows,
  rowErrors,
  unmappedValueCount,
  type ImportDraft,
  type PlanBasis,
} from '../../../../../renderer/features/import/import-steps';
import { countsText, resultText, undoText } from '../../../../../renderer/features/import/import-words';
import { context, fixture, users } from '../../../shared/import/support';

const SAMPLE = 'salesforce-accounts-report.csv';
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const basis = (store: ImportStore = {}): PlanBasis => ({ store, lastImported: new Map(), context });

/** The dialog's first steps as a user takes them: a file chosen, its columns and values as suggested, on to the preview. */
const drafted = async (name: string, data: Uint8Array, saved: ColumnMapping | null = null): Promise<ImportDraft> => {
  const file = await readImportFile(name, data);
  const entity = entityOfFile(file, 'partners');
  let draft = importReducer(initialDraft(), { type: 'columns', file, entity, columns: columnStart(file, entity, saved) });
  draft = importReducer(draft, { type: 'go', step: 1 });
  draft = importReducer(draft, { type: 'values', values: suggestValueMapping(file.table, draft.mapping!, { users }) });
  return importReducer(draft, { type: 'go', step: 3 });
};

describe('the import dialog steps', () => {
  it('detects a Salesforce accounts report and opens the columns on the suggestion', async () => {
    const file = await readImportFile('accounts.csv', fixture(SAMPLE));
    expect(entityOfFile(file, 'contacts')).toBe('partners');
    const start = columnStart(file, 'partners', null);
    expect(start.detection).toMatchObject({ source: 'salesforce', flavor: 'report', entity: 'partners' });
    expect(start.reused).toBe(false);
    expect(start.mapping.fields).toMatchObject({ externalId: 'Account ID', name: 'Account Name', partnerType: 'Type', website: 'Website' });
  });

  it('reuses the mapping saved for the source, and names the columns this file lacks', async () => {
    const file = await readImportFile('accounts.csv', fixture(SAMPLE));
    const saved: ColumnMapping = { version: 1, source: 'salesforce', entity: 'partners', fields: { name: 'Account Name', partnerType: 'Type', notes: 'Partner Notes' } };
    const start = columnStart(file, 'partners', saved);
    expect(start).toMatchObject({ reused: true, missing: ['Partner Notes'], mapping: { source: 'salesforce', fields: { name: 'Account Name', partnerType: 'Type' } } });
    expect(start.mapping.fields.notes).toBeUndefined();
  });

  it('will not leave the columns step while a field the records need has no column', async () => {
    const draft = await drafted('accounts.csv', fixture(SAMPLE));
    const atColumns = importReducer(draft, { type: 'go', step: 1 });
    expect(canAdvance(atColumns)).toBe(true);
    const noName = importReducer(atColumns, { type: 'map-column', field: 'name', header: null });
    expect(missingFields(noName.mapping)).toEqual(['Name']);
    expect(canAdvance(noName)).toBe(false);
    expect(canAdvance(importReducer(noName, { type: 'map-column', field: 'name', header: 'Account Name' }))).toBe(true);
  });

  it('previews the rows as they will be stored, in the mapping order, and plans the file', async () => {
    const draft = await drafted('accounts.csv', fixture(SAMPLE));
    const planned = planFor(draft, basis())!;
    expect(planned.plan.summary).toMatchObject({ rows: 5, new: 4, skipped: 1, errors: 0 });
    const rows = previewRows(planned.plan);
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5]);
    expect(previewFields(draft.mapping!).slice(0, 4)).toEqual(['externalId', 'name', 'website', 'partnerType']);
    expect(rows[0]).toMatchObject({ outcome: 'new', record: { name: 'Acme Software, Inc.', partnerType: 'isv' } });
  });

  it('plans a second import of the same file against what the first stored: every row unchanged', async () => {
    const draft = await drafted('accounts.csv', fixture(SAMPLE));
    const first = planFor(draft, basis())!;
    const again = planFor(draft, basis({ partners: plannedRecords(first.plan, 'partners') }))!;
    expect(again.plan.summary).toMatchObject({ new: 0, updated: 0, unchanged: 4, skipped: 1 });
  });

  it('reports an unmapped picklist value as a row error naming row, column and field', async () => {
    const draft = await drafted('accounts.csv', fixture(SAMPLE));
    const unmapped = importReducer(draft, { type: 'map-value', field: 'partnerType', value: 'OEM', ours: null });
    expect(unmappedValueCount(unmapped.values)).toBe(1);
    const [error] = rowErrors(planFor(unmapped, basis())!.plan);
    expect(error).toMatchObject({ rowNumber: 5, column: 'Type', field: 'partnerType' });
  });

  it('lists a possible duplicate with the decision made for it, and a new mapping asks again', async () => {
    const stored: Partner = {
      id: 'stored-1',
      territoryId: context.territoryId,
      updatedAt: '2026-01-01T00:00:00.000Z',
      deleted: false,
      name: 'Acme Software',
      partnerType: 'isv',
      tier: 'silver',
      status: 'active',
      enrolledOn: '2025-01-01',
      firstCommercialActivityOn: null,
      ownerUserId: 'user-dana',
      region: 'United States',
      vertical: 'Software',
      segment: 'smb',
      website: 'https://acme-software.com',
      importSource: 'salesforce',
      externalId: '0015g00000ZzZzZ',
      attributes: { partnerType: 'isv', integrations: [], jointCustomersUsingIntegration: 0, jointCustomers: 0 },
    };
    const draft = await drafted('accounts.csv', fixture(SAMPLE));
    const undecided = planFor(draft, basis({ partners: [stored] }))!.plan;
    expect(duplicateRows(undecided).map((r) => r.rowNumber)).toEqual([2]);

    const merge = decisionOf(decisionKey({ action: 'merge', into: 'stored-1' }))!;
    const decided = importReducer(draft, { type: 'decide', rowNumber: 2, decision: merge });
    const plan = planFor(decided, basis({ partners: [stored] }))!.plan;
    expect(plan.rows.find((r) => r.rowNumber === 2)).toMatchObject({ outcome: 'update', targetId: 'stored-1', matchedBy: 'chosen' });
    expect(plan.summary.possibleDuplicates).toBe(0);
    expect(decisionKey(decided.decisions[2])).toBe('merge:stored-1');

    expect(importReducer(decided, { type: 'map-column', field: 'notes', header: null }).decisions).toEqual({});
    expect(decisionOf('')).toBeUndefined();
  });

  it('offers Apply only when a row would be written or checked', async () => {
    const draft = importReducer(await drafted('accounts.csv', fixture(SAMPLE)), { type: 'go', step: 4 });
    expect(canAdvance(draft, planFor(draft, basis())!.plan)).toBe(true);
    expect(canAdvance(draft, null)).toBe(false);
    // Every partner type left out: nothing to apply.
    const none = importReducer(draft, { type: 'values', values: { version: 1, fields: { partnerType: Object.fromEntries(Object.keys(draft.values.fields.partnerType!).map((v) => [v, SKIP_ROW])) } } });
    expect(canAdvance(none, planFor(none, basis())!.plan)).toBe(false);
  });

  it('asks for the date order when every date reads both ways, and follows the answer', async () => {
    const csv = 'Account Name,Type,Partner Since\nFabrikam,Reseller,03/04/2026\n';
    const draft = await drafted('partners.csv', bytes(csv));
    const withDate = importReducer(importReducer(draft, { type: 'map-column', field: 'enrolledOn', header: 'Partner Since' }), { type: 'values', values: draft.values });
    const guessed = planFor(withDate, basis())!;
    expect(guessed.conversion.dateFormat).toMatchObject({ ambiguous: true });
    const dayFirst = planFor(importReducer(withDate, { type: 'date-order', order: 'dmy' }), basis())!;
    expect(previewRows(dayFirst.plan)[0]).toMatchObject({ record: { enrolledOn: '2026-04-03' } });
  });
});

describe('the import dialog words', () => {
  it('says how far an import got, and what an undo did', () => {
    expect(resultText({ runId: 'r', done: 1500, total: 6000, status: 'cancelled', error: null })).toBe('Import cancelled after 1,500 of 6,000 rows. Those rows are stored; the rest were not written.');
    expect(resultText({ runId: 'r', done: 500, total: 600, status: 'failed', error: 'Row 501: the disk is full' })).toBe('Import stopped after 500 of 600 rows: Row 501: the disk is full. The rows before it are stored.');
    expect(countsText({ new: 4, updated: 0, unchanged: 1200, skipped: 1, errors: 1, possibleDuplicates: 2 })).toBe('4 new, 0 updated, 1,200 unchanged, 1 skipped, 1 error, 2 possible duplicates');
    expect(undoText({ undone: 4, kept: [] })).toBe('Import undone: 4 records put back as they were.');
    expect(undoText({ undone: 0, kept: [{ id: 'p1', reason: 'Acme was edited since the import' }] })).toBe('Nothing was undone: 1 record changed since the import (Acme was edited since the import).');
  });
});
