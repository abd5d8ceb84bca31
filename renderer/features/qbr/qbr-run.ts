import type { EntityName, EntityOf } from '../../../shared/domain/entities';
import { PROGRAM_SETTINGS_ID, type ProgramSettings } from '../../../shared/domain/program-settings';
import type { QbrRecord } from '../../../shared/domain/qbr';
import type { BatchFailure } from '../../../shared/qbr/batch';
import { enrolledIn, type SkippedPartner } from '../../../shared/qbr/enrolled';
import { packCalendar } from '../../../shared/qbr/context';
import type { QbrFile, QbrPack } from '../../../shared/qbr/export';
import type { QbrAudience, QbrFormat, QbrOptions } from '../../../shared/qbr/options';
import { qbrRecordFor } from '../../../shared/qbr/record';
import type { QbrSnapshot } from '../../../shared/qbr/snapshot';
import type { QbrPerson, QbrSources } from '../../../shared/qbr/sources';
import type { Reads, Repository } from '../../db';
import type { Platform, SaveOutcome } from '../../platform';

/**
 * An export, start to end, in the renderer and offline: read the records
 * from the local store and freeze them into the pack's snapshot (which the
 * preview draws, so what the manager saw is what is written), write the
 * pack (the writers load on first use, so the app starts without them),
 * save through the platform, and log a QBR record, "exported" and not
 * delivered, through the repository so it syncs to HQ.
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
const loadSnapshots = () => import('../../../shared/qbr/snapshot');
const loadBatch = () => import('../../../shared/qbr/batch');
/** pdf.js and its worker, for the preview: loaded with the writers, so a preview works offline too. */
export const loadPreview = () => import('./preview/pdf-worker');

let prefetched = false;
/**
 * Loads the writers' chunk in the background once a partner page is open, not at start: in a
 * browser a chunk not yet loaded cannot load once the network is gone, and a manager going
 * into a meeting offline should still be able to export. (Electron reads chunks from disk.)
 */
export const prefetchQbrWriters = (): void => {
  if (prefetched) return;
  prefetched = true;
  // The preview's pdf.js worker is started too: its start-up (parsing a megabyte of script) is then
  // over by the time the manager asks for a preview, which stays within its 1.5 s from the first.
  const load = () => void Promise.all([loadWriters(), loadSnapshots(), loadBatch(), loadPreview().then((m) => m.loadPdfPages())]).catch(() => (prefetched = false));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 3_000 });
  else setTimeout(load, 500);
};

const people = (user: ExportUser): QbrPerson[] => [{ id: user.id, displayName: user.displayName }];

const live = <N extends EntityName>(reads: Reads, table: N) => reads.list(table);

/** The program's one settings record (branding), if HQ has set it. */
export const readProgramSettings = async (reads: Reads): Promise<ProgramSettings | undefined> => reads.get('programSettings', PROGRAM_SETTINGS_ID);

/** One partner's records, its territory's deals (the direct baseline) and the program-wide rules. */
export const readPartnerSources = async (reads: Reads, partnerId: string, user: ExportUser): Promise<QbrSources> => {
  const settings = live(reads, 'programSettings');
  const partner = await reads.get('partners', partnerId);
  const own = <N extends 'contacts' | 'certifications' | 'jointSolutions' | 'opportunities' | 'investments' | 'activities' | 'commitments' | 'businessPlans' | 'incentiveStatements'>(
    table: N,
  ) =>
    reads.listBy(table, 'partnerId' as never, partnerId) as Promise<EntityOf<N>[]>;
  const [contacts, certifications, jointSolutions, ownDeals, investments, activities, commitments, businessPlans, incentiveStatements, territoryDeals, certificationPrograms, tierRuleSets, incentivePrograms] =
    await Promise.all([
      own('contacts'),
      own('certifications'),
      own('jointSolutions'),
      own('opportunities'),
      own('investments'),
      own('activities'),
      own('commitments'),
      own('businessPlans'),
      own('incentiveStatements'),
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
    incentiveStatements,
    activities,
    commitments,
    businessPlans,
    people: people(user),
    // HQ's quarterly exchange rates and credit by role, read beside the rest rather than after it.
    programSettings: await settings,
  };
};

/** Every record a batch may need, read once; the batch cuts it per partner. */
export const readWorkspaceSources = async (reads: Reads, user: ExportUser): Promise<QbrSources> => {
  const settings = live(reads, 'programSettings');
  const [partners, contacts, certifications, certificationPrograms, tierRuleSets, jointSolutions, opportunities, investments, incentivePrograms, activities, commitments, businessPlans, incentiveStatements] =
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
      live(reads, 'businessPlans'),
      live(reads, 'incentiveStatements'),
    ]);
  return {
    partners,
    contacts,
    certifications,
    certificationPrograms,
    tierRuleSets,
    jointSolutions,
    opportunities,
    investments,
    incentivePrograms,
    incentiveStatements,
    activities,
    commitments,
    businessPlans,
    people: people(user),
    // HQ's quarterly exchange rates and credit by role, read beside the rest rather than after it.
    programSettings: await settings,
  };
};

/** The record a written pack is logged as: exported for its audience, not delivered (only the manager marks that). */
const recordOf = (pack: QbrPack, audience: QbrAudience, user: ExportUser, now: Date) => {
  const { updatedAt: _updatedAt, deleted: _deleted, ...record } = qbrRecordFor(pack.snapshot, user, now, pack.formats, audience);
  return record;
};

/** The QBR record of a pack, written through the repository (validated, outboxed, synced). */
export const recordPack = async (repo: Repository, pack: QbrPack, audience: QbrAudience, user: ExportUser, now: Date): Promise<QbrRecord> =>
  repo.create('qbrRecords', recordOf(pack, audience, user, now));

/** A pack before its files: the frozen figures every format and the preview show, and who it is for. */
export interface PreparedPack {
  snapshot: QbrSnapshot;
  audience: QbrAudience;
  formats: QbrFormat[];
}

/** Reads the partner's records and freezes the pack's snapshot: throws QbrDataError (with the reason) when the data cannot make one. */
export const preparePartnerPack = async (deps: Pick<ExportDeps, 'reads' | 'user'>, partnerId: string, options: QbrOptions): Promise<PreparedPack> => {
  const [sources, snapshots] = await Promise.all([readPartnerSources(deps.reads, partnerId, deps.user), loadSnapshots()]);
  return {
    snapshot: snapshots.buildQbrSnapshot(sources, partnerId, options),
    audience: options.audience ?? 'partner',
    formats: [...(options.formats ?? ['pptx', 'pdf', 'xlsx'])],
  };
};

/** The pack's PDF, for the preview to draw: from the prepared snapshot, whatever formats the export will save. */
export const previewPdf = async (prepared: PreparedPack): Promise<QbrFile> => {
  const writers = await loadWriters();
  const [pdf] = await writers.writeQbrFiles(prepared.snapshot, ['pdf']);
  return pdf!;
};

export interface PackExport {
  pack: QbrPack;
  save: SaveOutcome;
  /** Null when the user closed the save dialog: nothing was exported, so nothing is logged. */
  record: QbrRecord | null;
}

/** Writes, saves and logs a prepared pack: the files come from the very snapshot the preview drew. */
export const exportPreparedPack = async (
  deps: ExportDeps,
  prepared: PreparedPack,
  folderName: (pack: QbrPack) => string,
  onStage: (stage: ExportStage) => void = () => {},
): Promise<PackExport> => {
  onStage('writing');
  const writers = await loadWriters();
  const pack: QbrPack = { snapshot: prepared.snapshot, formats: prepared.formats, files: await writers.writeQbrFiles(prepared.snapshot, prepared.formats) };
  onStage('saving');
  const save = await deps.platform.files.saveFiles({ folderName: folderName(pack), files: pack.files });
  if (!save.saved) return { pack, save, record: null };
  onStage('recording');
  const record = await recordPack(deps.repo, pack, prepared.audience, deps.user, (deps.now ?? (() => new Date()))());
  return { pack, save, record };
};

/** One partner's pack, read, written, saved and logged: throws QbrDataError (with the reason) when the partner's data cannot make one. */
export const exportPartnerPack = async (
  deps: ExportDeps,
  partnerId: string,
  options: QbrOptions,
  folderName: (pack: QbrPack) => string,
  onStage: (stage: ExportStage) => void = () => {},
): Promise<PackExport> => {
  onStage('reading');
  const prepared = await preparePartnerPack(deps, partnerId, options);
  return exportPreparedPack(deps, prepared, folderName, onStage);
};

export interface BatchExportResult {
  exported: number;
  /** The partners the quarter applies to: those chosen, less the skipped. */
  total: number;
  failures: BatchFailure[];
  /** Chosen, but enrolled after the quarter ended: left out with why, not failures. */
  skipped: SkippedPartner[];
  cancelled: boolean;
  save: SaveOutcome | null;
  records: QbrRecord[];
}

export interface BatchProgressUpdate {
  /** Out of the partners the quarter applies to; the skipped are not counted. */
  done: number;
  total: number;
  partnerName: string;
  /** Partners chosen but left out of the batch, told apart from the count. */
  skipped: number;
}

/**
 * Packs for many partners, saved together once (one folder in Electron, one
 * .zip in a browser). A partner enrolled after the quarter ended is skipped
 * (the quarter does not apply to it); one whose data cannot make a pack is
 * reported as a failure; cancelling keeps the packs made so far and saves those.
 */
export const exportBatch = async (
  deps: ExportDeps,
  partnerIds: readonly string[],
  options: QbrOptions,
  folderName: string,
  hooks: { signal?: AbortSignal; onProgress?: (p: BatchProgressUpdate) => void } = {},
): Promise<BatchExportResult> => {
  const [sources, batch] = await Promise.all([readWorkspaceSources(deps.reads, deps.user), loadBatch()]);
  const chosen = new Set(partnerIds);
  const { skipped } = enrolledIn(sources.partners.filter((p) => chosen.has(p.id)), options.quarter, packCalendar(sources));
  const left = new Set(skipped.map((s) => s.partnerId));
  // An id with no partner behind it stays in: the batch names it as a failure.
  const applicable = partnerIds.filter((id) => !left.has(id));
  const result = await batch.exportQbrBatch(sources, applicable, {
    ...options,
    signal: hooks.signal,
    onProgress: (p) => hooks.onProgress?.({ done: p.done, total: p.total, partnerName: p.partnerName, skipped: skipped.length }),
  });
  const base = { exported: result.packs.length, total: applicable.length, failures: result.failures, skipped, cancelled: result.cancelled };
  if (result.packs.length === 0) return { ...base, save: null, records: [] };
  const save = await deps.platform.files.saveFiles({ folderName, files: result.packs.flatMap((p) => p.files) });
  if (!save.saved) return { ...base, save, records: [] };
  const now = (deps.now ?? (() => new Date()))();
  // Exported, never delivered: a batch makes a territory's packs in a minute, and no review was held by it.
  const records = await deps.repo.transact(async (w) => {
    const written: QbrRecord[] = [];
    for (const pack of result.packs) written.push(await w.create('qbrRecords', recordOf(pack, options.audience ?? 'partner', deps.user, now)));
    return written;
  });
  return { ...base, save, records };
};
