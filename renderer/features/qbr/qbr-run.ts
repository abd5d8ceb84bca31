import type { EntityName, EntityOf } from '../../../shared/domain/entities';
import { PROGRAM_SETTINGS_ID, type ProgramSettings } from '../../../shared/domain/program-settings';
import type { QbrRecord } from '../../../shared/domain/qbr';
import type { BatchFailure } from '../../../shared/qbr/batch';
import type { QbrPack } from '../../../shared/qbr/export';
import type { QbrOptions } from '../../../shared/qbr/options';
import { qbrRecordFor } from '../../../shared/qbr/record';
import type { QbrPerson, QbrSources } from '../../../shared/qbr/sources';
import type { Reads, Repository } from '../../db';
import type { Platform, SaveOutcome } from '../../platform';

/**
 * An export, start to end, in the renderer and offline: read the records
 * from the local store, build and write the pack (the writers load on first
 * use, so the app starts without them), save through the platform, and log
 * a QBR record through the repository so it syncs to HQ.
 */

export interface ExportUser {
  id: string;
  displayName: string;
}

export interface ExportDeps {
  reads: Reads;
  repo: Repository;
  platform: Platform;
  user: ExportUser;
  now?: () => Date;
}

export type ExportStage = 'reading' | 'writing' | 'saving' | 'recording';
export const stageText: Record<ExportStage, string> = {
  reading: 'Reading the partner’s records…',
  writing: 'Writing the deck, PDF and workbook…',
  saving: 'Saving…',
  recording: 'Logging the QBR record…',
};

/** The pack writers (pptxgenjs, jsPDF, exceljs): a chunk of their own, loaded on the first export. */
const loadWriters = () => import('../../../shared/qbr/export');
const loadBatch = () => import('../../../shared/qbr/batch');

let prefetched = false;
/**
 * Loads the writers' chunk in the background once a partner page is open, not at start: in a
 * browser a chunk not yet loaded cannot load once the network is gone, and a manager going
 * into a meeting offline should still be able to export. (Electron reads chunks from disk.)
 */
export const prefetchQbrWriters = (): void => {
  if (prefetched) return;
  prefetched = true;
  const load = () => void Promise.all([loadWriters(), loadBatch()]).catch(() => (prefetched = false));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 3_000 });
  else setTimeout(load, 500);
};

const people = (user: ExportUser): QbrPerson[] => [{ id: user.id, displayName: user.displayName }];

const live = <N extends EntityName>(reads: Reads, table: N) => reads.list(table);

/** The program's one settings record (branding), if HQ has set it. */
export const readProgramSettings = async (reads: Reads): Promise<ProgramSettings | undefined> => reads.get('programSettings', PROGRAM_SETTINGS_ID);

/** One partner's records, its territory's deals (the direct baseline) and the program-wide rules. */
export const readPartnerSources = async (reads: Reads, partnerId: string, user: ExportUser): Promise<QbrSources> => {
  const partner = await reads.get('partners', partnerId);
  const own = <N extends 'contacts' | 'certifications' | 'jointSolutions' | 'opportunities' | 'investments' | 'activities' | 'commitments'>(table: N) =>
    reads.listBy(table, 'partnerId' as never, partnerId) as Promise<EntityOf<N>[]>;
  const [contacts, certifications, jointSolutions, ownDeals, investments, activities, commitments, territoryDeals, certificationPrograms, tierRuleSets, incentivePrograms] =
    await Promise.all([
      own('contacts'),
      own('certifications'),
      own('jointSolutions'),
      own('opportunities'),
      own('investments'),
      own('activities'),
      own('commitments'),
      partner ? reads.listBy('opportunities', 'territoryId', partner.territoryId) : Promise.resolve([]),
      live(reads, 'certificationPrograms'),
      live(reads, 'tierRuleSets'),
      live(reads, 'incentivePrograms'),
    ]);
  return {
    partners: partner ? [partner] : [],
    contacts,
    certifications,
    certificationPrograms,
    tierRuleSets,
    jointSolutions,
    opportunities: [...ownDeals, ...territoryDeals.filter((o) => o.partnerId !== partnerId)],
    investments,
    incentivePrograms,
    activities,
    commitments,
    people: people(user),
  };
};

/** Every record a batch may need, read once; the batch cuts it per partner. */
export const readWorkspaceSources = async (reads: Reads, user: ExportUser): Promise<QbrSources> => {
  const [partners, contacts, certifications, certificationPrograms, tierRuleSets, jointSolutions, opportunities, investments, incentivePrograms, activities, commitments] =
    await Promise.all([
      live(reads, 'partners'),
      live(reads, 'contacts'),
      live(reads, 'certifications'),
      live(reads, 'certificationPrograms'),
      live(reads, 'tierRuleSets'),
      live(reads, 'jointSolutions'),
      live(reads, 'opportunities'),
      live(reads, 'investments'),
      live(reads, 'incentivePrograms'),
      live(reads, 'activities'),
      live(reads, 'commitments'),
    ]);
  return { partners, contacts, certifications, certificationPrograms, tierRuleSets, jointSolutions, opportunities, investments, incentivePrograms, activities, commitments, people: people(user) };
};

/** The QBR record of a pack, written through the repository (validated, outboxed, synced). */
export const recordPack = async (repo: Repository, pack: QbrPack, user: ExportUser, now: Date): Promise<QbrRecord> => {
  const { updatedAt: _updatedAt, deleted: _deleted, ...record } = qbrRecordFor(pack.snapshot, user, now, pack.formats);
  return repo.create('qbrRecords', record);
};

export interface PackExport {
  pack: QbrPack;
  save: SaveOutcome;
  /** Null when the user closed the save dialog: nothing was delivered, so nothing is logged. */
  record: QbrRecord | null;
}

/** One partner's pack: throws QbrDataError (with the reason) when the partner's data cannot make one. */
export const exportPartnerPack = async (
  deps: ExportDeps,
  partnerId: string,
  options: QbrOptions,
  folderName: (pack: QbrPack) => string,
  onStage: (stage: ExportStage) => void = () => {},
): Promise<PackExport> => {
  onStage('reading');
  const [sources, writers] = await Promise.all([readPartnerSources(deps.reads, partnerId, deps.user), loadWriters()]);
  onStage('writing');
  const pack = await writers.exportQbrPack(sources, partnerId, options);
  onStage('saving');
  const save = await deps.platform.files.saveFiles({ folderName: folderName(pack), files: pack.files });
  if (!save.saved) return { pack, save, record: null };
  onStage('recording');
  const record = await recordPack(deps.repo, pack, deps.user, (deps.now ?? (() => new Date()))());
  return { pack, save, record };
};

export interface BatchExportResult {
  exported: number;
  total: number;
  failures: BatchFailure[];
  cancelled: boolean;
  save: SaveOutcome | null;
  records: QbrRecord[];
}

export interface BatchProgressUpdate {
  done: number;
  total: number;
  partnerName: string;
}

/**
 * Packs for many partners, saved together once (one folder in Electron, one
 * .zip in a browser). A partner whose data cannot make a pack is skipped and
 * reported; cancelling keeps the packs made so far and saves those.
 */
export const exportBatch = async (
  deps: ExportDeps,
  partnerIds: readonly string[],
  options: QbrOptions,
  folderName: string,
  hooks: { signal?: AbortSignal; onProgress?: (p: BatchProgressUpdate) => void } = {},
): Promise<BatchExportResult> => {
  const [sources, batch] = await Promise.all([readWorkspaceSources(deps.reads, deps.user), loadBatch()]);
  const result = await batch.exportQbrBatch(sources, partnerIds, {
    ...options,
    signal: hooks.signal,
    onProgress: (p) => hooks.onProgress?.({ done: p.done, total: p.total, partnerName: p.partnerName }),
  });
  const base = { exported: result.packs.length, total: partnerIds.length, failures: result.failures, cancelled: result.cancelled };
  if (result.packs.length === 0) return { ...base, save: null, records: [] };
  const save = await deps.platform.files.saveFiles({ folderName, files: result.packs.flatMap((p) => p.files) });
  if (!save.saved) return { ...base, save, records: [] };
  const now = (deps.now ?? (() => new Date()))();
  const records = await deps.repo.transact(async (w) => {
    const written: QbrRecord[] = [];
    for (const pack of result.packs) {
      const { updatedAt: _u, deleted: _d, ...record } = qbrRecordFor(pack.snapshot, deps.user, now, pack.formats);
      written.push(await w.create('qbrRecords', record));
    }
    return written;
  });
  return { ...base, save, records };
};

/** The newest QBR record per partner, for "last QBR delivered". */
export const lastQbrByPartner = (records: readonly QbrRecord[]): Map<string, QbrRecord> => {
  const last = new Map<string, QbrRecord>();
  for (const r of records) {
    if (r.deleted) continue;
    const seen = last.get(r.partnerId);
    if (!seen || r.exportedAt > seen.exportedAt) last.set(r.partnerId, r);
  }
  return last;
};
