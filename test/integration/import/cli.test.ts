import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../server/app';
import { createTerritory } from '../../../server/admin/territories';
import { createUser } from '../../../server/admin/users';
import { formatHlc } from '../../../shared/sync/hlc';
import { SCHEMA_VERSION } from '../../../shared/sync/protocol';
import { pullEverything, pushOnce, signIn } from '../../../scripts/hq/client';
import { pushChanges, type Change } from '../../../scripts/hq/push';
import { partnerRecord } from '../server/support';
import { accountIds15 } from '../../fixtures/import/sample-ids';
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

    const again = await importCli([...manager1(), ...accounts]);
    expect(again.stdout).toMatch(/new: 0\n {2}updated: 0\n {2}unchanged: 4\n/);
    expect(again.code).toBe(0);
    expect(await imported()).toHaveLength(4);
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
    const result = await importCli([...manager1(), '--type', 'partners', '--file', changed, '--mapping', mappingFile]);
    expect(result.stdout).toMatch(/new: 0\n {2}updated: 1\n {2}unchanged: 3\n/);
    expect(result.stdout).toContain('Row 3: updates vertical (found by external-id)');
    expect(result.code).toBe(0);
    const northwind = (await imported()).find((p) => p.externalId === accountIds15[1]);
    expect(northwind).toMatchObject({ vertical: 'Wholesale', website: 'https://www.northwind.example/' });
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
    // A manager still assigned to a territory HQ has since deleted: the server refuses records filed there.
    const territory = await createTerritory(server.store, { name: 'Closed', region: 'EMEA' });
    await createUser(server.store, { email: 'closed@demo.test', displayName: 'Cleo Closed', role: 'manager', password: 'demo1234', territoryIds: [territory.id] });
    const hq = await signIn(server.url, 'hq@demo.test', 'demo1234');
    const deleted = await pushOnce(server.url, hq, {
      clientId: `test-hq-${crypto.randomUUID()}`,
      schemaVersion: SCHEMA_VERSION,
      mutations: [{ mutationId: 1, table: 'territories', rowId: territory.id, op: 'delete', patch: { deleted: true, updatedAt: new Date().toISOString() }, baseVersion: 0, hlc: formatHlc({ wallMs: Date.now(), counter: 0, node: 'test-hq' }) }],
    });
    expect(['applied', 'merged']).toContain(deleted.results[0]?.status);
    const result = await importCli([...as('closed@demo.test'), ...accounts]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  refused by the server: 4\n');
    expect(result.stdout).toMatch(/^Row 2 \(Acme Software, Inc\.\): refused by the server: .+/m);
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
