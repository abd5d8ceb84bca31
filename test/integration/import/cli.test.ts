import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPartnerDeskDb } from '../../../renderer/db/database';
import { createImports } from '../../../renderer/db/imports';
import { createRepository } from '../../../renderer/db/repository';
import { createSyncEngine } from '../../../renderer/sync/sync-engine';
import { startServer } from '../../../server/app';
import { createTerritory } from '../../../server/admin/territories';
import { createUser } from '../../../server/admin/users';
import { importRunEntrySchema, type ImportRun } from '../../../shared/domain/import-run';
import { formatHlc } from '../../../shared/sync/hlc';
import { SCHEMA_VERSION } from '../../../shared/sync/protocol';
import { pullEverything, pushOnce, signIn } from '../../../scripts/hq/client';
import { pushChanges, type Change } from '../../../scripts/hq/push';
import { partnerRecord } from '../server/support';
import { accountIds15 } from '../../fixtures/import/sample-ids';
import { createMemoryPlatform } from '../../support/memory-platform';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'test/fixtures/import');
let server: Awaited<ReturnType<typeof startServer>>;
let database: TestDatabase;
let scratch: string;

/** Runs `npm run import`'s script as a user would, in its own process, with its device state in a scratch folder. */
const importCli = (args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, PARTNER_DESK_CLI_STATE: join(scratch, 'cli-devices.json') },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

const as = (user: string) => ['--server', server.url, '--user', user, '--password', 'demo1234'];
const manager1 = () => as('manager1@demo.test');
const accounts = ['--type', 'partners', '--file', join(FIXTURES, 'salesforce-accounts-report.csv')];

/** What HQ holds, pulled as a device of HQ's would. */
const hqRecords = async () => {
  const tokens = await signIn(server.url, 'hq@demo.test', 'demo1234');
  return (await pullEverything(server.url, tokens, { clientId: `test-hq-${crypto.randomUUID()}` })).records;
};

const imported = async () => (await hqRecords()).partners.filter((p) => p.importSource === 'salesforce' && !p.deleted);

/** The records of the imports of one file, oldest first, as HQ holds them, each with the entries of its parts in order. */
const runsOf = async (fileName: string) => {
  const records = await hqRecords();
  return records.importRuns
    .filter((r) => r.fileName === fileName && !r.deleted)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    .map((run: ImportRun) => {
      const parts = records.importRunParts.filter((p) => p.runId === run.id && !p.deleted).sort((a, b) => a.index - b.index);
      return { run, parts: parts.length, entries: parts.flatMap((p) => importRunEntrySchema.array().parse(JSON.parse(p.entries))) };
    });
};

/** HQ deletes a territory, as the admin screen would. */
const deleteTerritory = async (territoryId: string) => {
  const hq = await signIn(server.url, 'hq@demo.test', 'demo1234');
  const deleted = await pushOnce(server.url, hq, {
    clientId: `test-hq-${crypto.randomUUID()}`,
    schemaVersion: SCHEMA_VERSION,
    mutations: [{ mutationId: 1, table: 'territories', rowId: territoryId, op: 'delete', patch: { deleted: true, updatedAt: new Date().toISOString() }, baseVersion: 0, hlc: formatHlc({ wallMs: Date.now(), counter: 0, node: 'test-hq' }) }],
  });
  expect(['applied', 'merged']).toContain(deleted.results[0]?.status);
};

beforeAll(async () => {
  database = await createTestDatabase({ prefix: 'pd_import_cli' });
  server = await startServer({ port: 0, databaseUrl: database.url, demo: { asOf: '2026-11-22' }, signInLimit: { max: 1_000, timeWindowMs: 60_000 } });
  scratch = mkdtempSync(join(tmpdir(), 'import-cli-'));
}, 120_000);
afterAll(async () => {
  await server?.close();
  await database?.drop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run import against an HQ server on PostgreSQL', () => {
  it('prints usage with --help', async () => {
    const result = await importCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--type TYPE');
  });

  it('plans a dry run of the Salesforce accounts and writes nothing', async () => {
    const result = await importCli([...manager1(), ...accounts, '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  new: 4\n');
    expect(result.stdout).toContain('Nothing was written (--dry-run).');
    expect(result.stdout).toContain('Row 6: skipped: Type is "Customer - Direct"');
    expect(result.stderr).toContain('"Account Name" → Name');
    expect(await imported()).toEqual([]);
    expect((await hqRecords()).importRuns).toEqual([]);
  }, 60_000);

  it("imports them into the manager's territory, where HQ finds them; a second run changes nothing", async () => {
    const first = await importCli([...manager1(), ...accounts]);
    expect(first.stdout).toMatch(/new: 4\n {2}updated: 0\n {2}unchanged: 0\n {2}skipped: 1\n {2}errors: 0\n {2}possible duplicates: 0\n {2}refused by the server: 0\n/);
    expect(first.stderr).toContain('Pushed 4 of 4');
    expect(first.code).toBe(0);
    const stored = await imported();
    expect(stored.map((p) => [p.externalId, p.name]).sort()).toEqual([
      [accountIds15[0], 'Acme Software, Inc.'],
      [accountIds15[1], 'Northwind Traders Ltd'],
      [accountIds15[2], 'Müller Systemhaus GmbH'],
      [accountIds15[3], 'Globex Devices Corp.'],
    ]);
    const manager = await signIn(server.url, 'manager1@demo.test', 'demo1234');
    expect(new Set(stored.map((p) => p.territoryId))).toEqual(new Set(manager.user.territoryIds));
    expect(stored.find((p) => p.externalId === accountIds15[0])).toMatchObject({ partnerType: 'isv', website: 'https://www.acme-software.com', ownerUserId: manager.user.id });

    // The record of the import, as the app's dialog writes it: who, when, which file, what it did, and every record it made.
    const [record] = await runsOf('salesforce-accounts-report.csv');
    expect(record!.run).toMatchObject({
      territoryId: manager.user.territoryIds[0],
      userId: manager.user.id,
      source: 'salesforce',
      entity: 'partners',
      status: 'applied',
      total: 4,
      done: 4,
      counts: { new: 4, updated: 0, unchanged: 0, skipped: 1, errors: 0 },
      parts: 1,
      error: null,
      undoneAt: null,
    });
    expect(JSON.parse(record!.run.mapping)).toMatchObject({ source: 'salesforce', entity: 'partners', fields: { name: 'Account Name' } });
    expect(record!.run.finishedAt! >= record!.run.startedAt).toBe(true);
    expect(record!.parts).toBe(1);
    expect(record!.entries.map((e) => e.id).sort()).toEqual(stored.map((p) => p.id).sort());
    // Each entry's stamp is the one the server stores for its record: a device's undo compares the two.
    for (const entry of record!.entries) {
      expect(entry).toMatchObject({ outcome: 'new', writtenAt: stored.find((p) => p.id === entry.id)!.updatedAt });
    }
    expect(record!.entries.find((e) => e.row === 2)?.fileValues).toMatchObject({ name: 'Acme Software, Inc.', website: 'https://www.acme-software.com' });
    expect(first.stdout).toContain(`Recorded as import ${record!.run.id} (applied, 4 of 4 rows): listed under Past imports in the app, which can undo it while its records are unchanged.`);

    const again = await importCli([...manager1(), ...accounts]);
    expect(again.stdout).toMatch(/new: 0\n {2}updated: 0\n {2}unchanged: 4\n/);
    expect(again.code).toBe(0);
    expect(await imported()).toHaveLength(4);
    // A re-import that changes nothing is recorded too, as the dialog records it: it says the file was read again
    // and what the CRM said then (the next import's "last imported" values); with nothing written, there is nothing to undo.
    const runs = await runsOf('salesforce-accounts-report.csv');
    expect(runs).toHaveLength(2);
    expect(runs[1]!.run).toMatchObject({ status: 'applied', total: 4, done: 4, counts: { new: 0, updated: 0, unchanged: 4, skipped: 1, errors: 0 }, parts: 1 });
    expect(runs[1]!.entries.map((e) => [e.id, e.outcome, e.writtenAt]).sort()).toEqual(stored.map((p) => [p.id, 'unchanged', undefined]).sort());
    expect(again.stdout).toContain(`Recorded as import ${runs[1]!.run.id} (applied, 4 of 4 rows): listed under Past imports in the app.`);
  }, 120_000);

  it('pushes only the fields a changed file changed, and takes a saved mapping', async () => {
    const changed = join(scratch, 'accounts-changed.csv');
    // The same report with one partner's industry changed in the CRM.
    writeFileSync(changed, readFileSync(join(FIXTURES, 'salesforce-accounts-report.csv'), 'utf8').replace('"+44 20 7946 0000","Retail"', '"+44 20 7946 0000","Wholesale"'));
    const printed = await importCli(['--type', 'partners', '--file', changed, '--print-mapping']);
    expect(printed.code).toBe(0);
    const mappingFile = join(scratch, 'mapping.json');
    writeFileSync(mappingFile, printed.stdout);
    expect(JSON.parse(printed.stdout)).toMatchObject({ version: 1, source: 'salesforce', entity: 'partners', fields: { vertical: 'Industry' } });
    const before = (await imported()).find((p) => p.externalId === accountIds15[1])!;
    const result = await importCli([...manager1(), '--type', 'partners', '--file', changed, '--mapping', mappingFile]);
    expect(result.stdout).toMatch(/new: 0\n {2}updated: 1\n {2}unchanged: 3\n/);
    expect(result.stdout).toContain('Row 3: updates vertical (found by external-id)');
    expect(result.code).toBe(0);
    const northwind = (await imported()).find((p) => p.externalId === accountIds15[1]);
    expect(northwind).toMatchObject({ vertical: 'Wholesale', website: 'https://www.northwind.example/' });
    // The update's entry keeps what undo needs: the stamp it wrote (the server's), the one before, the value it replaced.
    const [record] = await runsOf('accounts-changed.csv');
    expect(record!.run).toMatchObject({ status: 'applied', total: 4, done: 4, counts: { new: 0, updated: 1, unchanged: 3, skipped: 1, errors: 0 } });
    expect(record!.entries.filter((e) => e.outcome === 'updated')).toEqual([
      { id: before.id, row: 3, outcome: 'updated', writtenAt: northwind!.updatedAt, before: before.updatedAt, previous: { vertical: 'Retail' }, fileValues: expect.objectContaining({ vertical: 'Wholesale' }) },
    ]);
  }, 90_000);

  it('lists a possible duplicate and leaves it out, importing the rest', async () => {
    const file = join(scratch, 'partners.csv');
    writeFileSync(file, 'Partner,Partner Type,Website\nGlobex Device,OEM,\nPied Piper Oy,ISV,piedpiper.example\n');
    const result = await importCli([...manager1(), '--type', 'partners', '--file', file]);
    expect(result.stdout).toMatch(/new: 1\n(.*\n){4} {2}possible duplicates: 1 \(not imported: decide them in the app's import dialog\)\n/);
    expect(result.stdout).toContain('Row 2: possible duplicate of "Globex Devices Corp." (stored, by near-same-name): not imported');
    expect(result.code).toBe(0);
    const names = (await hqRecords()).partners.map((p) => p.name);
    expect(names).toContain('Pied Piper Oy');
    expect(names).not.toContain('Globex Device');
  }, 60_000);

  it('imports the good rows of a file with bad ones, names each bad row and column, and exits 1', async () => {
    const contacts = await importCli([...manager1(), '--type', 'contacts', '--file', join(FIXTURES, 'salesforce-contacts-dataloader.csv')]);
    expect([contacts.code, contacts.stdout]).toEqual([0, expect.stringContaining('  new: 3\n')]);
    // HQ works every territory: contacts go where their partner is, so no --territory is asked for; partners do need one.
    const byHq = await importCli([...as('hq@demo.test'), '--type', 'contacts', '--file', join(FIXTURES, 'salesforce-contacts-dataloader.csv')]);
    expect([byHq.code, byHq.stdout]).toEqual([0, expect.stringMatching(/new: 0\n {2}updated: 0\n {2}unchanged: 3\n/)]);
    const partnersByHq = await importCli([...as('hq@demo.test'), ...accounts, '--dry-run']);
    expect([partnersByHq.code, partnersByHq.stderr]).toEqual([2, expect.stringContaining('name one with --territory')]);
    const result = await importCli([...manager1(), '--type', 'opportunities', '--file', join(FIXTURES, 'salesforce-opportunities-bad-row.csv')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  new: 2\n');
    expect(result.stdout).toContain('  errors: 3\n');
    expect(result.stdout).toContain('Row 4, column "Amount": Amount is not an amount: "TBD"');
    expect(result.stdout).toContain('Row 6, column "Account Name": Partner with name "Unknown Partner AG" was not found');
    const opportunities = (await hqRecords()).opportunities.filter((o) => o.importSource === 'salesforce');
    expect(opportunities.map((o) => o.customerName).sort()).toEqual(['Contoso Bank CRM rollout', 'Fabrikam renewal']);
  }, 120_000);

  it("reports each change the server refuses, with the record and the server's reason, and exits 1", async () => {
    // A manager assigned to a live territory and to one HQ has since deleted: the server refuses records filed
    // in the deleted one. Contacts go where their partner is, the import's record where --territory says.
    const live = await createTerritory(server.store, { name: 'Split Live', region: 'EMEA' });
    const doomed = await createTerritory(server.store, { name: 'Split Doomed', region: 'EMEA' });
    await createUser(server.store, { email: 'split@demo.test', displayName: 'Sam Split', role: 'manager', password: 'demo1234', territoryIds: [live.id, doomed.id] });
    const split = await signIn(server.url, 'split@demo.test', 'demo1234');
    const partners = [partnerRecord(live.id, { name: 'Livewire Partner Oy' }), partnerRecord(doomed.id, { name: 'Doomed Partner GmbH' })];
    const clientId = `test-split-${crypto.randomUUID()}`;
    const made = await pushChanges(
      partners.map((p, i) => ({ table: 'partners', rowId: p.id, op: 'put', patch: { ...p }, baseVersion: 0, hlc: formatHlc({ wallMs: Date.now(), counter: i, node: clientId }) })),
      { server: server.url, tokens: split, clientId, lastMutationId: 0 },
    );
    expect(made.results.map((r) => r?.status)).toEqual(['applied', 'applied']);
    await deleteTerritory(doomed.id);
    const file = join(scratch, 'split-contacts.csv');
    writeFileSync(file, 'Partner,Name,Email\nLivewire Partner Oy,Lena Live,lena@livewire.example\nDoomed Partner GmbH,Dora Doomed,dora@doomed.example\n');
    const result = await importCli([...as('split@demo.test'), '--type', 'contacts', '--file', file, '--territory', 'Split Live']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  new: 2\n');
    expect(result.stdout).toContain('  refused by the server: 1\n');
    expect(result.stdout).toMatch(/^Row 3 \(Dora Doomed\): refused by the server: .+/m);
    // The record says so: failed, one of two rows done, and entries only for the row the server took.
    const [record] = await runsOf('split-contacts.csv');
    expect(record!.run).toMatchObject({ territoryId: live.id, userId: split.user.id, entity: 'contacts', status: 'failed', total: 2, done: 1, counts: { new: 1, updated: 0, unchanged: 0, skipped: 0, errors: 0 }, parts: 1 });
    expect(record!.run.error).toMatch(/^1 row was refused by the server \(Row 3 \(Dora Doomed\): refused by the server: .+\)$/);
    const lena = (await hqRecords()).contacts.find((c) => c.email === 'lena@livewire.example');
    expect(record!.entries).toEqual([{ id: lena!.id, row: 2, outcome: 'new', writtenAt: lena!.updatedAt, fileValues: expect.objectContaining({ name: 'Lena Live' }) }]);
    expect(result.stdout).toContain(`Recorded as import ${record!.run.id} (failed, 1 of 2 rows)`);
  }, 90_000);

  it('imports nothing when the server refuses the import\'s record, and exits 1', async () => {
    // A manager still assigned only to a territory HQ has since deleted: the record of the import, filed there, is refused.
    const territory = await createTerritory(server.store, { name: 'Closed', region: 'EMEA' });
    await createUser(server.store, { email: 'closed@demo.test', displayName: 'Cleo Closed', role: 'manager', password: 'demo1234', territoryIds: [territory.id] });
    await deleteTerritory(territory.id);
    const result = await importCli([...as('closed@demo.test'), ...accounts]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Did not import partners from salesforce-accounts-report\.csv/);
    expect(result.stdout).toMatch(/^Nothing was imported: the server refused the record of this import: .+/m);
    expect(result.stdout).not.toContain('refused by the server: 0');
    expect(result.stderr).not.toContain('Pushing');
    const records = await hqRecords();
    expect(records.partners.filter((p) => p.territoryId === territory.id)).toEqual([]);
    expect(records.importRuns.filter((r) => r.territoryId === territory.id)).toEqual([]);
  }, 90_000);

  it('says which flag is wrong, which file cannot be read, or that sign-in was refused, and exits 2', async () => {
    const type = await importCli([...manager1(), '--type', 'vendors', '--file', 'x.csv']);
    expect([type.code, type.stderr]).toEqual([2, expect.stringContaining('--type takes partners, contacts, certifications, opportunities, activities; got "vendors"')]);
    const flag = await importCli([...manager1(), ...accounts, '--dry-rn']);
    expect([flag.code, flag.stderr]).toEqual([2, expect.stringContaining("Unknown option '--dry-rn'")]);
    const missing = await importCli([...manager1(), '--type', 'partners']);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('Missing --file')]);
    const file = await importCli([...manager1(), '--type', 'partners', '--file', join(scratch, 'nope.csv')]);
    expect([file.code, file.stderr]).toEqual([2, expect.stringContaining('--file')]);
    const mapping = await importCli([...manager1(), ...accounts, '--mapping', join(FIXTURES, 'hubspot-deals.csv')]);
    expect([mapping.code, mapping.stderr]).toEqual([2, expect.stringContaining('--mapping')]);
    const big = join(scratch, 'big.csv');
    writeFileSync(big, '');
    truncateSync(big, 51 * 1024 * 1024);
    const tooLarge = await importCli([...manager1(), '--type', 'partners', '--file', big]);
    expect([tooLarge.code, tooLarge.stderr]).toEqual([2, expect.stringContaining('--file: big.csv is 51.0 MB; an import reads files up to 50.0 MB')]);
    const dates = join(scratch, 'activities.csv');
    writeFileSync(dates, 'Partner,Date,Type,Subject\nAcme Software Inc,3/4/2026,Call,Kick-off\n');
    const ambiguous = await importCli([...manager1(), '--type', 'activities', '--file', dates]);
    expect([ambiguous.code, ambiguous.stderr]).toEqual([2, expect.stringContaining('read more than one way (mdy or dmy): say which with --date-order')]);
    const refused = await importCli([...as('manager1@demo.test').slice(0, -1), 'wrong-password', ...accounts]);
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining('Sign-in refused')]);
  }, 90_000);
});

describe('the CLI push, as a device pushes its outbox', () => {
  it('goes up in bounded batches, and numbers on from the server when its last change number was lost', async () => {
    const tokens = await signIn(server.url, 'manager1@demo.test', 'demo1234');
    const clientId = `test-push-${crypto.randomUUID()}`;
    const [territoryId] = tokens.user.territoryIds;
    const creates = (n: number): Change[] =>
      Array.from({ length: n }, (_, i) => {
        const record = partnerRecord(territoryId!);
        return { table: 'partners', rowId: record.id, op: 'put', patch: { ...record }, baseVersion: 0, hlc: formatHlc({ wallMs: Date.now(), counter: i, node: clientId }) };
      });
    const batches: number[] = [];
    const first = await pushChanges(creates(5), { server: server.url, tokens, clientId, lastMutationId: 0, maxMutations: 2, onProgress: (done) => batches.push(done) });
    expect(batches).toEqual([2, 4, 5]);
    expect(first.results.map((r) => r?.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);
    expect(first.lastMutationId).toBe(5);
    // A state file lost: the push starts at 1 again, hears the server's last number and goes on from it.
    const again = await pushChanges(creates(1), { server: server.url, tokens, clientId, lastMutationId: 0 });
    expect([again.results[0]?.status, again.lastMutationId, again.stopped]).toEqual(['applied', 6, undefined]);
  });
});

describe("the CLI's import on a device", () => {
  it("keeps a manager's edit made on a device since the last import, and takes the CRM's later change of that field", async () => {
    // A territory of its own, so no other test's import of the same source counts as this one's last import.
    const territory = await createTerritory(server.store, { name: 'Edit Test', region: 'EMEA' });
    await createUser(server.store, { email: 'edit@demo.test', displayName: 'Eddie Edit', role: 'manager', password: 'demo1234', territoryIds: [territory.id] });
    const user = (await signIn(server.url, 'edit@demo.test', 'demo1234')).user;
    const header = 'Partner,Partner Type,Website,Industry\n';
    const file = join(scratch, 'edit-partners.csv');
    const crm = 'Zeta Analytics,ISV,zeta.example,Software\nOmicron Integrators,SI,omicron.example,Services\n';
    writeFileSync(file, header + crm);
    const first = await importCli([...as('edit@demo.test'), '--type', 'partners', '--file', file]);
    expect([first.code, first.stdout]).toEqual([0, expect.stringContaining('  new: 2\n')]);
    const zetaOf = async () => (await hqRecords()).partners.find((p) => p.territoryId === territory.id && p.name === 'Zeta Analytics')!;

    // The manager changes Zeta's industry in the app, on a device that syncs it to HQ.
    const db = openPartnerDeskDb(`import-cli-edit-${crypto.randomUUID()}`, { indexedDB, IDBKeyRange });
    const engine = createSyncEngine({ db, platform: createMemoryPlatform(), baseUrl: server.url });
    await engine.session.signIn('edit@demo.test', 'demo1234');
    await engine.sync();
    const zeta = (await db.partners.toArray()).find((p) => p.name === 'Zeta Analytics')!;
    await createRepository(db, { now: engine.clock.now }).update('partners', zeta.id, { vertical: 'Fintech' });
    await engine.sync();
    const edited = await zetaOf();
    expect(edited.vertical).toBe('Fintech');

    // The same file again: the CRM did not change the industry since the last import, so the manager's edit stands.
    const same = await importCli([...as('edit@demo.test'), '--type', 'partners', '--file', file]);
    expect([same.code, same.stdout]).toEqual([0, expect.stringMatching(/new: 0\n {2}updated: 0\n {2}unchanged: 2\n/)]);
    expect(await zetaOf()).toMatchObject({ vertical: 'Fintech', updatedAt: edited.updatedAt });
    // That re-import is the last one now, and read what the CRM says (not the manager's value).
    const [, reread] = await runsOf('edit-partners.csv');
    expect(reread!.entries.find((e) => e.id === zeta.id)).toMatchObject({ outcome: 'unchanged', fileValues: expect.objectContaining({ vertical: 'Software' }) });

    // The CRM changes that field: newer information than the manager's edit, so it is written.
    writeFileSync(file, header + crm.replace('zeta.example,Software', 'zeta.example,Healthcare'));
    const changed = await importCli([...as('edit@demo.test'), '--type', 'partners', '--file', file]);
    expect([changed.code, changed.stdout]).toEqual([0, expect.stringMatching(/new: 0\n {2}updated: 1\n {2}unchanged: 1\n/)]);
    expect(changed.stdout).toContain('Row 2: updates vertical');
    expect((await zetaOf()).vertical).toBe('Healthcare');
    const runs = await runsOf('edit-partners.csv');
    expect(runs.map((r) => [r.run.userId, r.run.status, r.run.counts.new, r.run.counts.updated, r.run.counts.unchanged])).toEqual([
      [user.id, 'applied', 2, 0, 0],
      [user.id, 'applied', 0, 0, 2],
      [user.id, 'applied', 0, 1, 1],
    ]);
    expect(runs[2]!.entries.find((e) => e.outcome === 'updated')).toMatchObject({ id: zeta.id, previous: { vertical: 'Fintech' } });
    db.close();
  }, 120_000);

  it('is pulled with its record, listed under Past imports and undone there, and the undo syncs back', async () => {
    // A territory of its own, so the other tests' imports and contacts do not touch these partners.
    const territory = await createTerritory(server.store, { name: 'Undo Test', region: 'EMEA' });
    await createUser(server.store, { email: 'undo@demo.test', displayName: 'Uma Undo', role: 'manager', password: 'demo1234', territoryIds: [territory.id] });
    const user = (await signIn(server.url, 'undo@demo.test', 'demo1234')).user;
    const file = join(scratch, 'undo-partners.csv');
    writeFileSync(file, 'Partner,Partner Type,Website,Industry\nZeta Analytics,ISV,zeta.example,Software\nOmicron Integrators,SI,omicron.example,Services\n');
    const first = await importCli([...as('undo@demo.test'), '--type', 'partners', '--file', file]);
    expect([first.code, first.stdout]).toEqual([0, expect.stringContaining('  new: 2\n')]);
    writeFileSync(file, 'Partner,Partner Type,Website,Industry\nZeta Analytics,ISV,zeta.example,Healthcare\nOmicron Integrators,SI,omicron.example,Services\n');
    const second = await importCli([...as('undo@demo.test'), '--type', 'partners', '--file', file]);
    expect([second.code, second.stdout]).toEqual([0, expect.stringMatching(/new: 0\n {2}updated: 1\n {2}unchanged: 1\n/)]);

    // The device: the app's store on fake-indexeddb, its sync engine against the server, its import API.
    const db = openPartnerDeskDb(`import-cli-device-${crypto.randomUUID()}`, { indexedDB, IDBKeyRange });
    const engine = createSyncEngine({ db, platform: createMemoryPlatform(), baseUrl: server.url });
    await engine.session.signIn('undo@demo.test', 'demo1234');
    await engine.sync();
    const imports = createImports(db, createRepository(db, { now: engine.clock.now }), { userId: () => user.id });
    const runs = await imports.listImportRuns();
    expect(runs.map((r) => [r.fileName, r.userId, r.status, r.counts.new, r.counts.updated])).toEqual([
      ['undo-partners.csv', user.id, 'applied', 0, 1],
      ['undo-partners.csv', user.id, 'applied', 2, 0],
    ]);
    const [later, earlier] = runs;

    // The first import's Zeta was patched by the second since: undoing the first alone is refused, naming it.
    const refused = await imports.undoImport(earlier!.id);
    expect(refused).toEqual({ undone: 0, kept: [{ id: expect.any(String), reason: expect.stringMatching(/^Partner Zeta Analytics was changed after the import/) }] });
    // The second's undo gives Zeta its industry back; then the first's finds its records as it left them.
    expect(await imports.undoImport(later!.id)).toEqual({ undone: 1, kept: [] });
    expect((await db.partners.toArray()).find((p) => p.name === 'Zeta Analytics')?.vertical).toBe('Software');
    expect(await imports.undoImport(earlier!.id)).toEqual({ undone: 2, kept: [] });

    await engine.sync();
    const records = await hqRecords();
    expect(records.partners.filter((p) => p.territoryId === territory.id && !p.deleted)).toEqual([]);
    expect(records.importRuns.filter((r) => r.territoryId === territory.id).map((r) => r.status)).toEqual(['undone', 'undone']);
    db.close();
  }, 90_000);
});
