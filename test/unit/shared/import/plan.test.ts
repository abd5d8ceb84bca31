import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../../shared/domain/contact';
import type { Partner } from '../../../../shared/domain/partner';
import { describeRowError, plannedRecords, toSalesforceId18, type ImportPlan, type PlannedRow, type RowError } from '../../../../shared/import';
import { accountIds15 } from '../../../fixtures/import/sample-ids';
import { fixture, importFile } from './support';

const outcomes = (plan: ImportPlan) => plan.rows.map((r) => [r.rowNumber, r.outcome]);
const row = (plan: ImportPlan, rowNumber: number): PlannedRow => plan.rows.find((r) => r.rowNumber === rowNumber)!;
const recordOf = <T>(r: PlannedRow): T => {
  if (r.outcome !== 'new' && r.outcome !== 'possible-duplicate') throw new Error(`row ${r.rowNumber} is ${r.outcome}`);
  return r.record as T;
};

const errorsOf = (r: PlannedRow): RowError[] => {
  if (r.outcome !== 'error') throw new Error(`row ${r.rowNumber} is ${r.outcome}`);
  return r.errors;
};

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('a first import of a Salesforce accounts report', () => {
  it('plans a new partner for every partner row and leaves the customer out', async () => {
    const { plan } = await importFile('accounts.csv', fixture('salesforce-accounts-report.csv'));
    expect(outcomes(plan)).toEqual([
      [2, 'new'],
      [3, 'new'],
      [4, 'new'],
      [5, 'new'],
      [6, 'skipped'],
    ]);
    expect(plan.summary).toEqual({ rows: 5, new: 4, updated: 0, unchanged: 0, skipped: 1, errors: 0, possibleDuplicates: 0 });
    expect((row(plan, 6) as { reason: string }).reason).toBe('Type is "Customer - Direct", which the value mapping leaves out');
  });

  it('stores each partner as a manager would read it, linked to its Salesforce record by the 15-character id', async () => {
    const { plan } = await importFile('accounts.csv', fixture('salesforce-accounts-report.csv'));
    const acme = recordOf<Partner>(row(plan, 2));
    expect(acme).toMatchObject({
      id: 'new-1',
      territoryId: 'territory-east',
      name: 'Acme Software, Inc.',
      partnerType: 'isv',
      website: 'https://www.acme-software.com',
      region: 'United States',
      vertical: 'Software',
      ownerUserId: 'user-dana',
      notes: 'CRM connector, certified.\nRenewal in Q3.',
      importSource: 'salesforce',
      externalId: accountIds15[0],
      attributes: { partnerType: 'isv', integrations: [] },
    });
    // Sam Rivera is no user of the workspace: the importing user owns the partner.
    expect(recordOf<Partner>(row(plan, 3)).ownerUserId).toBe('user-importer');
    expect(recordOf<Partner>(row(plan, 4)).partnerType).toBe('si');
  });
});

describe('a second import', () => {
  it('of the same file changes nothing', async () => {
    const first = await importFile('accounts.csv', fixture('salesforce-accounts-report.csv'));
    const partners = plannedRecords(first.plan, 'partners');
    const second = await importFile('accounts.csv', fixture('salesforce-accounts-report.csv'), { store: { partners } });
    expect(second.plan.summary).toEqual({ rows: 5, new: 0, updated: 0, unchanged: 4, skipped: 1, errors: 0, possibleDuplicates: 0 });
    expect(second.plan.rows.filter((r) => r.outcome === 'unchanged').map((r) => 'matchedBy' in r && r.matchedBy)).toEqual(Array(4).fill('external-id'));
  });

  it('of a changed file updates only the fields that changed', async () => {
    const first = await importFile('accounts.csv', fixture('salesforce-accounts-report.csv'));
    const partners = plannedRecords(first.plan, 'partners');
    const changed = text(fixture('salesforce-accounts-report.csv'))
      .replace('"Retail"', '"Wholesale"')
      .replace('"www.acme-software.com"', '"https://acme-software.com/partners"')
      .replace('"Germany"', '"Austria"');
    const second = await importFile('accounts.csv', bytes(changed), { store: { partners } });
    expect(second.plan.summary).toMatchObject({ new: 0, updated: 2, unchanged: 2 });
    // The website's page changed, not its domain: Acme is unchanged.
    expect(row(second.plan, 2).outcome).toBe('unchanged');
    expect(row(second.plan, 3)).toMatchObject({ rowNumber: 3, outcome: 'update', targetId: 'new-2', matchedBy: 'external-id', patch: { vertical: 'Wholesale' } });
    expect(row(second.plan, 4)).toMatchObject({ outcome: 'update', targetId: 'new-3', patch: { region: 'Austria' } });
  });

  it('keeps an edit made in the app to a field the CRM did not change since the last import', async () => {
    const first = await importFile('accounts.csv', fixture('salesforce-accounts-report.csv'));
    const lastImported = new Map(first.plan.rows.flatMap((r) => (r.outcome === 'new' ? [[r.record.id, r.fileValues] as const] : [])));
    // In the app, the manager moved Northwind to another vertical and region.
    const partners = plannedRecords(first.plan, 'partners').map((p) => (p.name.startsWith('Northwind') ? { ...p, vertical: 'Distribution', region: 'EMEA' } : p));
    const same = await importFile('accounts.csv', fixture('salesforce-accounts-report.csv'), { store: { partners }, lastImported });
    expect(same.plan.summary).toMatchObject({ unchanged: 4, updated: 0 });
    // Then the CRM changed Northwind's industry: that field is written, the manager's region stays.
    const changed = text(fixture('salesforce-accounts-report.csv')).replace('"Retail"', '"Wholesale"');
    const next = await importFile('accounts.csv', bytes(changed), { store: { partners }, lastImported });
    expect(row(next.plan, 3)).toMatchObject({ outcome: 'update', patch: { vertical: 'Wholesale' } });
    expect(Object.keys((row(next.plan, 3) as { patch: object }).patch)).toEqual(['vertical']);
  });

  it('keeps an edit made in the app to a field the file does not carry', async () => {
    const first = await importFile('accounts.csv', fixture('salesforce-accounts-report.csv'));
    const partners = plannedRecords(first.plan, 'partners').map((p) => ({ ...p, tier: 'gold' as const, segment: 'enterprise' as const }));
    const second = await importFile('accounts.csv', fixture('salesforce-accounts-report.csv'), { store: { partners } });
    expect(second.plan.summary.unchanged).toBe(4);
  });
});

describe('15- and 18-character Salesforce ids', () => {
  it('match: a report with 15-character ids finds the partners a Data Loader export stored with 18', async () => {
    const first = await importFile('accounts.csv', fixture('salesforce-accounts-report.csv'));
    const partners = plannedRecords(first.plan, 'partners');
    let report = text(fixture('salesforce-accounts-report.csv'));
    for (const id of accountIds15) report = report.replace(toSalesforceId18(id), id);
    expect(report).not.toContain(toSalesforceId18(accountIds15[0]));
    const second = await importFile('accounts.csv', bytes(report), { store: { partners } });
    expect(second.plan.summary).toMatchObject({ new: 0, unchanged: 4 });
  });

  it('match a record another tool linked with the 18-character id', async () => {
    const partners = plannedRecords((await importFile('accounts.csv', fixture('salesforce-accounts-report.csv'))).plan, 'partners').map((p) => ({
      ...p,
      externalId: toSalesforceId18(p.externalId!).toLowerCase(),
    }));
    const second = await importFile('accounts.csv', fixture('salesforce-accounts-report.csv'), { store: { partners } });
    expect(second.plan.summary).toMatchObject({ new: 0, unchanged: 4 });
  });

  it('relate Data Loader contacts (18-character account ids) to the partners of the report', async () => {
    const partners = plannedRecords((await importFile('accounts.csv', fixture('salesforce-accounts-report.csv'))).plan, 'partners');
    const { plan } = await importFile('contacts.csv', fixture('salesforce-contacts-dataloader.csv'), { store: { partners } });
    expect(plan.summary).toMatchObject({ new: 3, errors: 0 });
    const priya = recordOf<Contact>(row(plan, 2));
    expect(priya).toMatchObject({ partnerId: 'new-1', name: 'Priya Shah', role: 'Partner Alliance Manager', email: 'priya.shah@acme-software.com', externalId: '0035g00000Aa1Bb' });
    expect(recordOf<Contact>(row(plan, 4))).toMatchObject({ partnerId: 'new-3', name: 'Jürgen Weiß', role: 'Geschäftsführer' });
  });
});

describe('matching without an external id', () => {
  const appPartner = (over: Partial<Partner>): Partner => ({
    id: 'stored-1',
    territoryId: 'territory-east',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deleted: false,
    name: 'Contoso Partners LLC',
    partnerType: 'reseller',
    tier: 'silver',
    status: 'active',
    enrolledOn: '2025-01-01',
    firstCommercialActivityOn: null,
    ownerUserId: 'user-dana',
    region: 'United States',
    vertical: 'Computer Software',
    segment: 'smb',
    attributes: { partnerType: 'reseller', productLines: [], renewalManagedCustomers: 0 },
    ...over,
  });
  const hubspotTypes = { values: (v: { version: 1; fields: Record<string, Record<string, string | null>> }) => ({ ...v, fields: { ...v.fields, partnerType: { ...v.fields.partnerType, Partner: 'isv' } } }) };

  it('finds a partner made in the app by its website domain and links it to the CRM record', async () => {
    const stored = appPartner({ website: 'https://www.contoso-partners.example/' });
    const { plan } = await importFile('companies.csv', fixture('hubspot-companies.csv'), { store: { partners: [stored] }, ...hubspotTypes });
    expect(row(plan, 2)).toMatchObject({ rowNumber: 2, outcome: 'update', targetId: 'stored-1', matchedBy: 'domain', patch: { name: 'Contoso Partners', importSource: 'hubspot', externalId: '9001' } });
  });

  it('finds a partner by its normalized name when neither has a website in common', async () => {
    const stored = appPartner({ name: 'TAILSPIN TOYS, S.A.', partnerType: 'reseller', region: 'Spain', vertical: 'Retail', ownerUserId: 'user-importer' });
    const { plan } = await importFile('companies.csv', fixture('hubspot-companies.csv'), { store: { partners: [stored] }, ...hubspotTypes });
    expect(row(plan, 4)).toMatchObject({ outcome: 'update', targetId: 'stored-1', matchedBy: 'name' });
  });

  it('shows a second CRM record with the same domain as a possible duplicate, and follows the decision', async () => {
    const stored = appPartner({ website: 'https://contoso-partners.example', importSource: 'hubspot', externalId: '8800' });
    const first = await importFile('companies.csv', fixture('hubspot-companies.csv'), { store: { partners: [stored] }, ...hubspotTypes });
    expect(row(first.plan, 2)).toMatchObject({ outcome: 'possible-duplicate', duplicates: [{ reason: 'domain', id: 'stored-1', name: 'Contoso Partners LLC' }] });
    expect(first.plan.summary).toMatchObject({ new: 2, possibleDuplicates: 1 });

    const merged = await importFile('companies.csv', fixture('hubspot-companies.csv'), { store: { partners: [stored] }, ...hubspotTypes, decisions: { 2: { action: 'merge', into: 'stored-1' } } });
    // Merged into a record linked to another HubSpot record: the link stays, the changed name is written.
    expect(row(merged.plan, 2)).toMatchObject({ outcome: 'update', targetId: 'stored-1', matchedBy: 'chosen', patch: { name: 'Contoso Partners' } });
    const created = await importFile('companies.csv', fixture('hubspot-companies.csv'), { store: { partners: [stored] }, ...hubspotTypes, decisions: { 2: { action: 'create' } } });
    expect(row(created.plan, 2).outcome).toBe('new');
    const skipped = await importFile('companies.csv', fixture('hubspot-companies.csv'), { store: { partners: [stored] }, ...hubspotTypes, decisions: { 2: { action: 'skip' } } });
    expect(skipped.plan.summary).toMatchObject({ skipped: 1, possibleDuplicates: 0 });
  });

  it('shows a second row that finds the same stored partner as a possible duplicate', async () => {
    const stored = appPartner({ website: 'https://contoso-partners.example' });
    const twice = `${text(fixture('hubspot-companies.csv'))}9004,Contoso Partners West,contoso-partners.example,Reseller,Portland,United States,,Retail,2026-02-01 10:00\n`;
    const { plan } = await importFile('companies.csv', bytes(twice), { store: { partners: [stored] }, ...hubspotTypes });
    expect(row(plan, 2)).toMatchObject({ outcome: 'update', targetId: 'stored-1' });
    expect(row(plan, 5)).toMatchObject({ outcome: 'possible-duplicate', duplicates: [{ reason: 'domain', id: 'stored-1' }] });
  });

  it('shows a near-same name as a possible duplicate', async () => {
    const stored = appPartner({ name: 'Fabrikam Clouds' });
    const { plan } = await importFile('companies.csv', fixture('hubspot-companies.csv'), { store: { partners: [stored] }, ...hubspotTypes });
    expect(row(plan, 3)).toMatchObject({ outcome: 'possible-duplicate', duplicates: [{ reason: 'near-same-name', id: 'stored-1', name: 'Fabrikam Clouds', similarity: 0.93 }] });
  });

  it('never takes a deleted partner for a match', async () => {
    const stored = appPartner({ website: 'https://contoso-partners.example', deleted: true });
    const { plan } = await importFile('companies.csv', fixture('hubspot-companies.csv'), { store: { partners: [stored] }, ...hubspotTypes });
    expect(row(plan, 2).outcome).toBe('new');
  });

  it('asks for a value of ours where a picklist value is not mapped, naming the row, column and field', async () => {
    const { plan } = await importFile('companies.csv', fixture('hubspot-companies.csv'));
    expect(row(plan, 3)).toEqual({
      rowNumber: 3,
      outcome: 'error',
      errors: [{ rowNumber: 3, column: 'Type', field: 'partnerType', message: 'Partner type "Partner" is not mapped to one of ours yet: choose a value for it in the value mapping' }],
    });
  });
});

describe('files from other places', () => {
  it('imports a semicolon file with decimal commas and day.month.year dates', async () => {
    const { plan, file, conversion } = await importFile('partners.csv', fixture('partners-semicolon.csv'), { currency: 'EUR' });
    expect(file.delimiter).toBe(';');
    expect(conversion.dateFormat).toMatchObject({ order: 'dmy', ambiguous: false });
    expect(plan.summary).toMatchObject({ new: 2, errors: 0 });
    expect(recordOf<Partner>(row(plan, 2))).toMatchObject({ name: 'Vandelay Industries BV', partnerType: 'reseller', region: 'Netherlands', revenueTargetCents: 123456750, website: 'https://www.vandelay.example', enrolledOn: '2025-03-04' });
    expect(recordOf<Partner>(row(plan, 3))).toMatchObject({ partnerType: 'isv', revenueTargetCents: 25000000 });
  });

  it('imports a Windows-1252 file with its accented names intact', async () => {
    const { plan, file } = await importFile('partners.csv', fixture('partners-windows-1252.csv'), { currency: 'EUR' });
    expect(file.encoding).toBe('windows-1252');
    expect(plan.rows.map((r) => recordOf<Partner>(r).name)).toEqual(['Müller GmbH', 'Société Générale Solutions', 'Ærø Data ApS']);
    expect(recordOf<Partner>(row(plan, 2))).toMatchObject({ partnerType: 'reseller', region: 'Österreich', revenueTargetCents: 7500000 });
  });

  it('refuses an amount in another currency than the program\'s, rather than misreading it', async () => {
    const { plan } = await importFile('partners.csv', fixture('partners-windows-1252.csv'));
    expect(plan.summary.errors).toBe(3);
    const [error] = errorsOf(row(plan, 2));
    expect(describeRowError(error!)).toBe('Row 2, column "Revenue Target": Revenue target is in EUR, but the program\'s amounts are in USD');
  });
});

describe('a file with a bad row in the middle', () => {
  it('plans the other rows and names the bad one by row, column and field', async () => {
    const partners = plannedRecords((await importFile('accounts.csv', fixture('salesforce-accounts-report.csv'))).plan, 'partners');
    const { plan, conversion } = await importFile('opportunities.csv', fixture('salesforce-opportunities-bad-row.csv'), { store: { partners } });
    expect(conversion.dateFormat).toEqual({ order: 'mdy', ambiguous: false, candidates: ['mdy'] });
    expect(outcomes(plan)).toEqual([
      [2, 'new'],
      [3, 'new'],
      [4, 'error'],
      [5, 'error'],
      [6, 'error'],
    ]);
    expect(errorsOf(row(plan, 4)).map(describeRowError)).toEqual([
      'Row 4, column "Amount": Amount is not an amount: "TBD"',
      'Row 4, column "Close Date": Close date is not a date in this file\'s format (month/day/year): "2/30/2026"',
    ]);
    // A negative amount is read, then refused by the schema in words.
    expect(errorsOf(row(plan, 5)).map(describeRowError)).toEqual(['Row 5, column "Amount": Amount must be at least 0']);
    // A deal whose partner is nowhere is reported, not dropped.
    expect(describeRowError(errorsOf(row(plan, 6))[0]!)).toBe(
      'Row 6, column "Account Name": Partner with name "Unknown Partner AG" was not found among the stored partners or those in this import: import the partners first',
    );
    expect(recordOf(row(plan, 2))).toMatchObject({
      partnerId: 'new-1',
      partnerRole: 'influenced',
      customerName: 'Contoso Bank CRM rollout',
      stage: 'won',
      amountCents: 4800000,
      closeOn: '2026-03-15',
      createdOn: '2026-01-10',
      dealType: 'new-business',
      externalId: '0065g00000Op1Aa',
    });
    expect(plan.summary).toMatchObject({ new: 2, errors: 3 });
  });
});

describe('HubSpot deals', () => {
  it('relate to the companies by name, within the import and the stored partners', async () => {
    const companies = await importFile('companies.csv', fixture('hubspot-companies.csv'), {
      values: (v) => ({ ...v, fields: { ...v.fields, partnerType: { ...v.fields.partnerType, Partner: 'isv' } } }),
    });
    const partners = plannedRecords(companies.plan, 'partners');
    const { plan } = await importFile('deals.csv', fixture('hubspot-deals.csv'), { store: { partners } });
    expect(outcomes(plan)).toEqual([
      [2, 'new'],
      [3, 'new'],
      [4, 'new'],
      [5, 'error'],
    ]);
    expect(recordOf(row(plan, 3))).toMatchObject({ partnerId: 'new-2', stage: 'negotiate', amountCents: 1850050, closeOn: '2026-05-31', externalId: '7002' });
    // "Tailspin Toys SA" in the deals is the company "Tailspin Toys S.A.".
    expect(recordOf(row(plan, 4))).toMatchObject({ partnerId: 'new-3' });
  });
});
