import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CertificationProgram } from '../../../../shared/domain/certification';
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
} from '../../../../shared/import';
import { context, counter } from './support';

/** One step of an import session as the dialog runs it on a file whose kind the user picked. */
const importAs = async (entity: ImportEntity, name: string, data: Uint8Array, store: ImportStore, sheet?: string) => {
  const file = await readImportFile(name, data, sheet ? { sheet } : {});
  const detection = detectSource(file.table.headers, entity);
  const mapping = suggestColumnMapping(file.table.headers, { source: detection.source, entity, ...(detection.flavor ? { flavor: detection.flavor } : {}) });
  const values = suggestValueMapping(file.table, mapping);
  const conversion = convertRows(file.table, { mapping, values, context });
  return { conversion, plan: planImport(conversion, { context, store, newId: counter() }) };
};

const csv = (text: string): Uint8Array => new TextEncoder().encode(text);

const workbook = async (): Promise<Uint8Array> => {
  const book = new ExcelJS.Workbook();
  const partners = book.addWorksheet('Partners');
  partners.addRow(['Partner', 'Website', 'Partner Type', 'Revenue Target', 'Enrolled']);
  partners.addRow(['Acme Software', 'acme.example', 'ISV', 125000.5, new Date(Date.UTC(2026, 0, 15))]);
  partners.addRow(['Globex', 'globex.example', 'OEM', 2000, new Date(Date.UTC(2025, 11, 1))]);
  const contacts = book.addWorksheet('Contacts');
  contacts.addRow(['First Name', 'Last Name', 'Email', 'Partner', 'Title']);
  contacts.addRow(['Priya', 'Shah', 'priya@acme.example', 'Acme Software Inc.', 'Alliance Manager']);
  contacts.addRow(['Hank', 'Scorpio', 'hank@globex.example', 'Globex', 'CEO']);
  contacts.addRow(['Nobody', 'Known', 'nobody@else.example', 'Initrode', 'CTO']);
  return new Uint8Array(await book.xlsx.writeBuffer());
};

const salesProgram: CertificationProgram = {
  id: 'program-sales',
  territoryId: 'global',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deleted: false,
  name: 'Sales Professional',
  code: 'SALES-PRO',
  track: 'sales',
  validityMonths: 24,
  partnerTypes: ['isv', 'reseller'],
};

describe('an import session: a workbook\'s partners, then its contacts, certifications and activities', () => {
  it('relates each contact to a partner planned from the other sheet, and reports the one whose partner is nowhere', async () => {
    const bytes = await workbook();
    const partnersStep = await importAs('partners', 'crm.xlsx', bytes, {});
    expect(partnersStep.plan.summary).toMatchObject({ new: 2, errors: 0 });
    const partners = plannedRecords(partnersStep.plan, 'partners');
    // Workbook numbers and dates are taken as they are: no format to guess.
    expect(partners[0]).toMatchObject({ name: 'Acme Software', revenueTargetCents: 12500050, enrolledOn: '2026-01-15', partnerType: 'isv' });
    expect(partners[1]).toMatchObject({ partnerType: 'oem', attributes: { partnerType: 'oem', embeddedProduct: 'Not yet recorded' } });

    const contactsStep = await importAs('contacts', 'crm.xlsx', bytes, { partners }, 'Contacts');
    expect(contactsStep.plan.rows.map((r) => r.outcome)).toEqual(['new', 'new', 'error']);
    const [priya] = plannedRecords(contactsStep.plan, 'contacts');
    expect(priya).toMatchObject({ name: 'Priya Shah', role: 'Alliance Manager', partnerId: partners[0]!.id, primary: false });
    expect(contactsStep.plan.rows[2]).toMatchObject({ rowNumber: 4, outcome: 'error', errors: [{ field: 'partnerId', message: expect.stringContaining('"Initrode" was not found') }] });
  });

  it('imports certifications by contact email and program code, naming what it cannot find', async () => {
    const bytes = await workbook();
    const partners = plannedRecords((await importAs('partners', 'crm.xlsx', bytes, {})).plan, 'partners');
    const contacts = plannedRecords((await importAs('contacts', 'crm.xlsx', bytes, { partners }, 'Contacts')).plan, 'contacts');
    const file = csv(
      'Contact Email,Program,Status,Issued,Expires\n' +
        'priya@acme.example,SALES-PRO,Certified,2025-06-01,2027-06-01\n' +
        'ghost@acme.example,SALES-PRO,Certified,2025-06-01,2027-06-01\n' +
        'hank@globex.example,Presales Wizard,In Progress,,\n',
    );
    const store = { partners, contacts, certificationPrograms: [salesProgram] };
    const { plan } = await importAs('certifications', 'certs.csv', file, store);
    expect(plan.rows.map((r) => r.outcome)).toEqual(['new', 'error', 'error']);
    expect(plannedRecords(plan, 'certifications')[0]).toMatchObject({
      partnerId: partners[0]!.id,
      contactId: contacts[0]!.id,
      programId: 'program-sales',
      status: 'certified',
      issuedOn: '2025-06-01',
      expiresOn: '2027-06-01',
    });
    expect(plan.rows[1]).toMatchObject({ errors: [{ field: 'contactId', message: 'Contact ghost@acme.example was not found: import the contacts first' }] });
    expect(plan.rows[2]).toMatchObject({ errors: [{ field: 'programId', message: 'Certification program "Presales Wizard" is not a certification program of the program settings' }] });

    const again = await importAs('certifications', 'certs.csv', file, { ...store, certifications: plannedRecords(plan, 'certifications') });
    expect(again.plan.summary).toMatchObject({ new: 0, unchanged: 1, errors: 2 });
  });

  it('asks about dates that read both ways, and reads them the way the user confirms', async () => {
    const partners = plannedRecords((await importAs('partners', 'crm.xlsx', await workbook(), {})).plan, 'partners');
    const file = csv('Partner,Date,Type,Subject\nAcme Software,3/4/2026,Call,Kick-off\nGlobex,5/6/2026,Call,Review\n');
    const first = await importAs('activities', 'activities.csv', file, { partners });
    expect(first.conversion.dateFormat).toEqual({ order: 'mdy', ambiguous: true, candidates: ['mdy', 'dmy'] });
    expect(plannedRecords(first.plan, 'activities')[0]!.occurredAt).toBe('2026-03-04T00:00:00.000Z');
    const table = (await readImportFile('activities.csv', file)).table;
    const mapping = suggestColumnMapping(table.headers, { source: 'generic', entity: 'activities' });
    const confirmed = convertRows(table, { mapping, values: suggestValueMapping(table, mapping), context, dateOrder: 'dmy' });
    expect(confirmed.dateFormat.ambiguous).toBe(false);
    expect(plannedRecords(planImport(confirmed, { context, store: { partners } }), 'activities')[0]!.occurredAt).toBe('2026-04-03T00:00:00.000Z');
  });

  it('imports activities with their times, and a second run of a file without ids still changes nothing', async () => {
    const partners = plannedRecords((await importAs('partners', 'crm.xlsx', await workbook(), {})).plan, 'partners');
    const file = csv('Partner,Date,Type,Subject,Notes\nAcme Software,3/14/2026 2:30 PM,Meeting,QBR prep,"Agreed the Q2 plan.\nFollow up on MDF."\nGlobex,3/2/2026 9:00 AM,Call,Royalty check,\n');
    const { plan, conversion } = await importAs('activities', 'activities.csv', file, { partners });
    expect(conversion.dateFormat).toMatchObject({ order: 'mdy', ambiguous: false });
    const activities = plannedRecords(plan, 'activities');
    expect(activities[0]).toMatchObject({ partnerId: partners[0]!.id, kind: 'visit', occurredAt: '2026-03-14T14:30:00.000Z', subject: 'QBR prep', notes: 'Agreed the Q2 plan.\nFollow up on MDF.', authorUserId: 'user-importer' });
    expect(activities[1]).toMatchObject({ kind: 'call', notes: '' });
    const again = await importAs('activities', 'activities.csv', file, { partners, activities });
    expect(again.plan.summary).toMatchObject({ new: 0, unchanged: 2 });
  });
});
