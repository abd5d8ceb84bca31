import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { METRIC_DEFINITIONS_VERSION } from '../../../../../shared/metrics/definitions';
import { QbrDataError } from '../../../../../shared/qbr/errors';
import { createReads } from '../../../../../renderer/db/reads';
import { createRepository } from '../../../../../renderer/db/repository';
import { batchProgressText, batchReport } from '../../../../../renderer/features/qbr/qbr-batch-report';
import { exportBatch, exportPartnerPack, exportPreparedPack, preparePartnerPack, previewPdf, readPartnerSources } from '../../../../../renderer/features/qbr/qbr-run';
import { createMemoryFileSaver } from '../../../../support/memory-platform';
import type { FileSaver, Platform } from '../../../../../renderer/platform/platform';
import { createMemorySecretStore } from '../../../../support/memory-platform';
import { freshDb, newOpportunity, newPartner, SOUTH } from '../../db/factory';

const NOW = new Date('2026-11-20T10:00:00.000Z');
const user = { id: 'user-7', displayName: 'Dana Manager' };

const setup = async (files: FileSaver = createMemoryFileSaver()) => {
  const { db } = freshDb();
  const repo = createRepository(db, { now: () => NOW.getTime() });
  const platform: Platform = { secrets: createMemorySecretStore(), files };
  const alpha = await repo.create('partners', newPartner({ name: 'Alpha Resale' }));
  // Enrolled after 2026-Q3 ended: no pack for that quarter can stand on it.
  const late = await repo.create('partners', newPartner({ name: 'Latecomer', enrolledOn: '2026-10-15', firstCommercialActivityOn: null }));
  await repo.create('opportunities', newOpportunity(alpha.id));
  await repo.create('opportunities', newOpportunity(late.id, { territoryId: late.territoryId }));
  await repo.create('partners', newPartner({ name: 'Elsewhere', territoryId: SOUTH }));
  return { db, repo, platform, alpha, late, deps: { reads: createReads(db), repo, platform, user, now: () => NOW } };
};

const options = { quarter: '2026-Q3', formats: ['xlsx'] as const };

describe('QBR export in the renderer', () => {
  it('reads the partner, its records and its territory deals from the local store', async () => {
    const { db, alpha, late } = await setup();
    const sources = await readPartnerSources(createReads(db), alpha.id, user);
    expect(sources.partners.map((p) => p.name)).toEqual(['Alpha Resale']);
    expect(sources.opportunities.map((o) => o.partnerId).sort()).toEqual([alpha.id, late.id].sort());
    expect(sources.people).toEqual([user]);
  });

  it('saves the pack through the platform and logs it through the repository (so it syncs) as exported, not delivered', async () => {
    const saver = createMemoryFileSaver();
    const { db, alpha, deps } = await setup(saver);
    const stages: string[] = [];
    const result = await exportPartnerPack(deps, alpha.id, { ...options, formats: ['xlsx'] }, () => 'Alpha 2026-Q3 QBR', (s) => stages.push(s));
    expect(stages).toEqual(['reading', 'writing', 'saving', 'recording']);
    expect(saver.saved).toHaveLength(1);
    expect(saver.saved[0]!.folderName).toBe('Alpha 2026-Q3 QBR');
    expect(saver.saved[0]!.files.map((f) => f.name)).toEqual(['Alpha Resale 2026-Q3 QBR.xlsx']);
    expect(result.record).toMatchObject({
      partnerId: alpha.id,
      territoryId: alpha.territoryId,
      quarter: '2026-Q3',
      formats: ['xlsx'],
      exportedByUserId: 'user-7',
      exportedAt: NOW.toISOString(),
      metricDefinitionsVersion: METRIC_DEFINITIONS_VERSION,
      // The options named no audience: the pack's default, the partner pack.
      audience: 'partner',
      delivery: null,
    });
    const outbox = await db.outbox.toArray();
    expect(outbox.at(-1)).toMatchObject({ table: 'qbrRecords', rowId: result.record!.id, op: 'put' });
  }, 30_000);

  it('logs nothing when the save dialog is closed', async () => {
    const { db, alpha, deps } = await setup({ saveFiles: async () => ({ saved: false }) });
    const result = await exportPartnerPack(deps, alpha.id, options, () => 'x');
    expect(result.record).toBeNull();
    expect(await db.qbrRecords.count()).toBe(0);
  }, 30_000);

  it('fails with what the data lacks, saving and logging nothing', async () => {
    const saver = createMemoryFileSaver();
    const { db, late, deps } = await setup(saver);
    const error = await exportPartnerPack(deps, late.id, options, () => 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QbrDataError);
    expect((error as QbrDataError).reason).toMatch(/enrolled on 2026-10-15, after 2026-Q3 ended/);
    expect(saver.saved).toEqual([]);
    expect(await db.qbrRecords.count()).toBe(0);
  }, 30_000);

  it('batches: skips a partner enrolled after the quarter, goes on past one without a pack, saves once, logs a record per pack, delivers none', async () => {
    const saver = createMemoryFileSaver();
    const { db, alpha, late, deps } = await setup(saver);
    const seen: string[] = [];
    const result = await exportBatch(deps, [late.id, 'gone-partner', alpha.id], { ...options, audience: 'internal' }, 'QBR packs 2026-Q3 North', {
      onProgress: (p) => seen.push(batchProgressText(p)),
    });
    // The progress counts the partners the quarter applies to: the latecomer is not one of them.
    expect(seen).toEqual(['1 of 2: gone-partner; 1 skipped', '2 of 2: Alpha Resale; 1 skipped']);
    expect(result).toMatchObject({ exported: 1, total: 2, cancelled: false, save: { saved: true } });
    expect(result.skipped).toEqual([{ partnerId: late.id, partnerName: 'Latecomer', reason: 'enrolled on 2026-10-15, after 2026-Q3 ended' }]);
    expect(result.failures).toEqual([{ partnerId: 'gone-partner', partnerName: null, reason: expect.stringMatching(/no partner with this id/) }]);
    expect(saver.saved).toHaveLength(1);
    expect(saver.saved[0]!.files.map((f) => f.name)).toEqual(['Alpha Resale 2026-Q3 QBR internal review.xlsx']);
    expect((await db.qbrRecords.toArray()).map((r) => [r.partnerId, r.audience, r.delivery])).toEqual([[alpha.id, 'internal', null]]);
  }, 30_000);

  it('reads as a success when the batch only made packs and skipped partners', async () => {
    const { alpha, late, deps } = await setup();
    const result = await exportBatch(deps, [alpha.id, late.id], options, 'QBR packs 2026-Q3 North');
    const report = batchReport({ ...result, saved: result.save?.saved ?? false, where: 'QBR packs.zip' });
    expect(report).toEqual({
      severity: 'success',
      headline: 'Saved 1 pack of 1 to QBR packs.zip; 1 skipped.',
      failures: [],
      skippedHeading: '1 partner skipped:',
      skipped: ['Latecomer: enrolled on 2026-10-15, after 2026-Q3 ended.'],
    });
  }, 30_000);

  it('makes nothing and says so when every partner chosen was enrolled after the quarter', async () => {
    const saver = createMemoryFileSaver();
    const { db, late, deps } = await setup(saver);
    const seen: number[] = [];
    const result = await exportBatch(deps, [late.id], options, 'x', { onProgress: (p) => seen.push(p.done) });
    expect(result).toMatchObject({ exported: 0, total: 0, failures: [], save: null, records: [] });
    expect(seen).toEqual([]);
    expect(saver.saved).toEqual([]);
    expect(await db.qbrRecords.count()).toBe(0);
    expect(batchReport({ ...result, saved: false })).toMatchObject({ severity: 'info', headline: 'No pack to make: the partner chosen was skipped.' });
  });

  it('previews the PDF of the very snapshot the export then writes', async () => {
    const saver = createMemoryFileSaver();
    const { db, alpha, deps } = await setup(saver);
    const prepared = await preparePartnerPack(deps, alpha.id, { ...options, audience: 'internal' });
    expect(prepared).toMatchObject({ audience: 'internal', formats: ['xlsx'] });
    // The preview is the PDF even when the export saves only the workbook: the figures are the snapshot's either way.
    const pdf = await previewPdf(prepared);
    expect(pdf.name).toBe('Alpha Resale 2026-Q3 QBR internal review.pdf');
    expect(new TextDecoder().decode(pdf.data.subarray(0, 5))).toBe('%PDF-');
    expect(await db.qbrRecords.count()).toBe(0);

    const result = await exportPreparedPack(deps, prepared, () => 'Alpha 2026-Q3 QBR');
    expect(result.pack.snapshot).toBe(prepared.snapshot);
    expect(saver.saved[0]!.files.map((f) => f.name)).toEqual(['Alpha Resale 2026-Q3 QBR internal review.xlsx']);
    expect(result.record).toMatchObject({ audience: 'internal', delivery: null });
  }, 30_000);

  it('stops a cancelled batch before the next partner and saves nothing when nothing was made', async () => {
    const saver = createMemoryFileSaver();
    const { alpha, deps } = await setup(saver);
    const controller = new AbortController();
    controller.abort();
    const result = await exportBatch(deps, [alpha.id], options, 'x', { signal: controller.signal });
    expect(result).toMatchObject({ exported: 0, cancelled: true, save: null, records: [] });
    expect(saver.saved).toEqual([]);
  });
});
