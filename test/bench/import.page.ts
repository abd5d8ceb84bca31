import { createImports, createRepository, openPartnerDeskDb, type PartnerDeskDb } from '../../renderer/db';
import {
  convertRows,
  detectSource,
  planImport,
  plannedRecords,
  readImportFile,
  suggestColumnMapping,
  suggestValueMapping,
  type ImportEntity,
  type ImportStore,
} from '../../shared/import';
import { metricOf, timed } from './measure';
import type { Metric } from './types';

/** Runs in headless Chromium: the import dialog's steps on two big exports, against real IndexedDB. */

export type ImportBench = (files: { accounts: string; contacts: string }) => Promise<Metric[]>;

const metric = metricOf('import');
const context = { territoryId: 'bench-territory', userId: 'bench-user', now: '2026-11-22T09:00:00.000Z' };

let databases = 0;
const freshDb = async (): Promise<PartnerDeskDb> => {
  const db = openPartnerDeskDb(`import-bench-${++databases}`);
  await db.open();
  return db;
};

/** Read to plan, as the dialog gets to its preview: every row read, mapped, validated and matched against the store. */
const preview = async (entity: ImportEntity, name: string, text: string, store: ImportStore) => {
  const file = await readImportFile(name, new TextEncoder().encode(text));
  const detection = detectSource(file.table.headers, entity);
  const mapping = suggestColumnMapping(file.table.headers, { source: detection.source, entity, ...(detection.flavor ? { flavor: detection.flavor } : {}) });
  const values = suggestValueMapping(file.table, mapping);
  const conversion = convertRows(file.table, { mapping, values, context });
  const plan = planImport(conversion, { context, store });
  if (plan.summary.errors > 0 || plan.summary.new !== file.table.rows.length) {
    throw new Error(`${name}: expected every row new, the plan says ${JSON.stringify(plan.summary)}`);
  }
  return { plan, mapping, values, source: detection.source, rows: file.table.rows.length };
};

const run: ImportBench = async ({ accounts, contacts }) => {
  const metrics: Metric[] = [];
  const db = await freshDb();
  const repo = createRepository(db);
  const imports = createImports(db, repo, { userId: () => context.userId });

  const [partnersStep, partnersPreviewMs] = await timed(() => preview('partners', 'accounts.csv', accounts, {}));
  const partners = plannedRecords(partnersStep.plan, 'partners');
  const [contactsStep, contactsPreviewMs] = await timed(() => preview('contacts', 'contacts.csv', contacts, { partners, contacts: [] }));
  const rows = { partners: partnersStep.rows, contacts: contactsStep.rows };
  metrics.push(
    metric('preview-partners', partnersPreviewMs, 'ms', `import preview ready: ${partnersStep.rows} partners read, validated and matched`, rows),
    metric('preview-contacts', contactsPreviewMs, 'ms', `import preview ready: ${contactsStep.rows} contacts read, validated and related`, rows),
    metric('preview', partnersPreviewMs + contactsPreviewMs, 'ms', 'import preview, both files (target 5,000 ms)', { ...rows, target: 5_000 }),
  );

  const apply = async (step: typeof partnersStep, entity: ImportEntity, fileName: string) => {
    const [result, ms] = await timed(() =>
      imports.applyImport({ plan: step.plan, entity, fileName, source: step.source, mapping: step.mapping, values: step.values, territoryId: context.territoryId }),
    );
    if (result.status !== 'applied') throw new Error(`${fileName}: ${result.status} ${result.error ?? ''}`);
    return ms;
  };
  const applyMs = (await apply(partnersStep, 'partners', 'accounts.csv')) + (await apply(contactsStep, 'contacts', 'contacts.csv'));
  await db.delete();

  const contactRecords = plannedRecords(contactsStep.plan, 'contacts');
  // The same records through the repository's bulk user write (validated, each queued for sync, as the
  // import's are), into a store of their own: the floor the import's own work (matching, its record, chunks) is held to.
  const userDb = await freshDb();
  const userRepo = createRepository(userDb);
  const [, userBulkMs] = await timed(async () => {
    await userRepo.createMany('partners', partners as never);
    await userRepo.createMany('contacts', contactRecords as never);
  });
  await userDb.delete();
  // And the store's raw bulk load (no validation, no outbox: how a sync pull or the demo fills a store).
  const bulkDb = await freshDb();
  const [, bulkMs] = await timed(() => createRepository(bulkDb).bulkLoad({ partners, contacts: contactRecords }));
  await bulkDb.delete();
  metrics.push(
    metric('apply', applyMs, 'ms', 'import applied through the repository in chunks, both files', rows),
    metric('user-bulk-write', userBulkMs, 'ms', "the repository's bulk user write (createMany) of the same records", rows),
    metric('apply-vs-user-bulk', applyMs / userBulkMs, 'ratio', 'import apply time / bulk user write time (target 1.5)', { target: 1.5 }),
    metric('bulk-load', bulkMs, 'ms', 'the raw bulk load of the same records (no validation, no outbox)', rows),
    metric('apply-vs-bulk-load', applyMs / bulkMs, 'ratio', 'import apply time / raw bulk load time (every imported row is also queued for sync)'),
  );
  return metrics;
};

(window as unknown as { importBench: ImportBench }).importBench = run;
