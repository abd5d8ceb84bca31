import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALENDAR_YEAR } from '../../../../shared/domain/quarter';
import type { EntityName, EntityOf } from '../../../../shared/domain/entities';
import type { Partner } from '../../../../shared/domain/partner';
import { startServer, type RunningServer } from '../../../../server/app';
import type { RecordChanges } from '../../../../renderer/db/repository';
import { openForm, saveForm, type RecordFormSpec } from '../../../../renderer/ui/record-form';
import { attributeEntryForm, attributeListFor } from '../../../../renderer/features/partners/attribute-lists';
import { activityForm } from '../../../../renderer/features/partners/activity-form';
import { commitmentForm } from '../../../../renderer/features/partners/commitment-form';
import { contactForm } from '../../../../renderer/features/partners/contact-form';
import { partnerForm } from '../../../../renderer/features/partners/partner-draft';
import { certificationForm } from '../../../../renderer/features/certifications/certification-form';
import { opportunityForm } from '../../../../renderer/features/pipeline/opportunity-form';
import { certificationProgramForm } from '../../../../renderer/features/program-rules/certification-program-form';
import { incentiveProgramForm } from '../../../../renderer/features/program-rules/incentive-rules-program';
import { brandingForm } from '../../../../renderer/features/qbr/branding-form';
import { commercialModelForm } from '../../../../renderer/features/solutions/commercial-model-draft';
import { solutionForm } from '../../../../renderer/features/solutions/solution-form';
import { PROGRAM_SETTINGS_ID } from '../../../../shared/domain/program-settings';
import { signedInDevice, type Device } from './engine-device';

const TODAY = '2026-11-22';
let server: RunningServer;
// Signed in once for every case: sign-in is rate-limited per account, as for any client.
let manager: Device;
let hq: Device;
let otherHq: Device;

beforeAll(async () => {
  server = await startServer({ dataDir: 'memory://', demo: { asOf: TODAY } });
  manager = await signedInDevice(server.url, 'manager1@demo.test');
  hq = await signedInDevice(server.url, 'hq@demo.test');
  otherHq = await signedInDevice(server.url, 'hq@demo.test');
}, 180_000);
afterAll(() => server?.close());

/** The device with the dialog open and the one whose change lands behind it, both synced. */
const devices = async (programWide = false): Promise<{ a: Device; b: Device }> => {
  const [a, b] = programWide ? [hq, otherHq] : [manager, hq];
  await a.engine.sync();
  await b.engine.sync();
  return { a, b };
};

/**
 * One dialog kind, as its screen builds it: the record it opens on, what
 * another device changes meanwhile (a different field), what the user types.
 */
interface DialogCase<N extends EntityName, D> {
  table: N;
  /** Manager records: a manager here, HQ there. Program-wide ones: two HQ devices. */
  programWide?: boolean;
  pick(device: Device): Promise<EntityOf<N>>;
  spec(record: EntityOf<N>): RecordFormSpec<N, D>;
  elsewhere(record: EntityOf<N>): RecordChanges<N>;
  typed(draft: D, record: EntityOf<N>): D;
  /** Both changes, on the record as every device ends up with it. */
  both(record: EntityOf<N>): void;
}

const first = async <N extends EntityName>(device: Device, table: N, where: (row: EntityOf<N>) => boolean = () => true): Promise<EntityOf<N>> => {
  const row = (await device.repo.list(table)).find(where);
  if (!row) throw new Error(`no ${table} to open`);
  return row;
};

const withIntegrations = (p: Partner) => p.attributes.partnerType === 'isv' && p.attributes.integrations.length > 1;
const context = { ownerUserId: 'someone', firstTerritoryId: '', today: TODAY };
type Draft = Record<string, string>;

/** A case as the table of every kind holds them, each typed by its own table and draft. */
const dialog = <N extends EntityName, D>(c: DialogCase<N, D>) => c as unknown as DialogCase<EntityName, unknown>;

const cases: Record<string, DialogCase<EntityName, unknown>> = {
  // The four that used to save the whole draft.
  'the deal dialog': dialog<'opportunities', Draft>({
    table: 'opportunities',
    pick: (d) => first(d, 'opportunities', (o) => o.partnerId !== null),
    spec: (o) => opportunityForm({ id: o.partnerId!, territoryId: o.territoryId }, o, TODAY),
    elsewhere: () => ({ stage: 'negotiate' }),
    typed: (d) => ({ ...d, nextStep: 'Send the redlined order form' }),
    both: (o) => expect(o).toMatchObject({ stage: 'negotiate', nextStep: 'Send the redlined order form' }),
  }),
  'the certification-programs editor': dialog<'certificationPrograms', Draft>({
    table: 'certificationPrograms',
    programWide: true,
    pick: (d) => first(d, 'certificationPrograms'),
    spec: (p) => certificationProgramForm(p, { today: TODAY, closedQuarters: [], calendar: CALENDAR_YEAR }),
    elsewhere: () => ({ validityMonths: 36 }),
    typed: (d) => ({ ...d, name: 'Sales Professional (2027)' }),
    both: (p) => expect(p).toMatchObject({ validityMonths: 36, name: 'Sales Professional (2027)' }),
  }),
  "the QBR prep's commitments": dialog<'commitments', Draft>({
    table: 'commitments',
    pick: (d) => first(d, 'commitments', (c) => c.status === 'open'),
    spec: (c) => commitmentForm({ id: c.partnerId, territoryId: c.territoryId }, c, { ownerSide: 'partner', ownerName: '', dueOn: TODAY, quarter: c.quarter }, TODAY, CALENDAR_YEAR),
    // Handed over and marked done on the other device (its status select is a one-field write of its own).
    elsewhere: () => ({ status: 'done', ownerName: 'Priya Natarajan' }),
    typed: (d) => ({ ...d, description: 'Joint webinar for the logistics vertical' }),
    both: (c) => expect(c).toMatchObject({ status: 'done', ownerName: 'Priya Natarajan', description: 'Joint webinar for the logistics vertical' }),
  }),
  'the branding editor': dialog<'programSettings', { primaryColor: string }>({
    table: 'programSettings',
    programWide: true,
    pick: (d) => first(d, 'programSettings'),
    spec: (s) => brandingForm(s),
    elsewhere: () => ({ vendorName: 'Acme Software' }),
    typed: (d) => ({ ...(d as { primaryColor: string }), primaryColor: '#123456' }),
    both: (s) => expect(s).toMatchObject({ vendorName: 'Acme Software', primaryColor: '#123456' }),
  }),
  // The four that measured the change each in its own way.
  'the partner dialog': dialog<'partners', { vertical: string }>({
    table: 'partners',
    pick: (d) => first(d, 'partners'),
    spec: (p) => partnerForm(p, context),
    elsewhere: () => ({ region: 'Baltics' }),
    typed: (d) => ({ ...(d as { vertical: string }), vertical: 'Energy' }),
    both: (p) => expect(p).toMatchObject({ region: 'Baltics', vertical: 'Energy' }),
  }),
  'the incentive rules dialog': dialog<'incentivePrograms', unknown>({
    table: 'incentivePrograms',
    programWide: true,
    pick: (d) => first(d, 'incentivePrograms', (p) => p.rules.some((r) => r.kind === 'renewal-commission')),
    spec: (p) => incentiveProgramForm(p, TODAY),
    elsewhere: () => ({ name: 'Reseller Rewards, renamed' }),
    typed: (d, p) => {
      const draft = d as ReturnType<ReturnType<typeof incentiveProgramForm>['draftOf']>;
      const at = p.rules.findIndex((r) => r.kind === 'renewal-commission');
      return { ...draft, rules: draft.rules.map((r, i) => (i === at ? { ...r, values: { ...r.values, rateBps: '4.5' } } : r)) };
    },
    both: (p) => {
      expect(p.name).toBe('Reseller Rewards, renamed');
      // The rule's tier rates (the demo's) stay as they were.
      expect(p.rules).toContainEqual({ kind: 'renewal-commission', rateBps: 450, byTier: { gold: 400, platinum: 500 } });
    },
  }),
  'the contact dialog': dialog<'contacts', Draft>({
    table: 'contacts',
    pick: (d) => first(d, 'contacts'),
    spec: (c) => contactForm({ id: c.partnerId, territoryId: c.territoryId }, c),
    elsewhere: () => ({ role: 'Head of alliances' }),
    typed: (d) => ({ ...d, phone: '+47 555 0100' }),
    both: (c) => expect(c).toMatchObject({ role: 'Head of alliances', phone: '+47 555 0100' }),
  }),
  'the certification dialog': dialog<'certifications', Draft>({
    table: 'certifications',
    pick: (d) => first(d, 'certifications', (c) => c.status === 'certified' && c.expiresOn !== null),
    spec: (c) => certificationForm({ id: c.partnerId, territoryId: c.territoryId }, c, { contactId: c.contactId, programId: c.programId }),
    elsewhere: () => ({ expiresOn: '2030-06-30' }),
    typed: (d) => ({ ...d, status: 'expiring' }),
    both: (c) => expect(c).toMatchObject({ status: 'expiring', expiresOn: '2030-06-30' }),
  }),
  // The other record forms.
  'the commercial model editor': dialog<'jointSolutions', { listPrice: string }>({
    table: 'jointSolutions',
    pick: (d) => first(d, 'jointSolutions'),
    spec: (s) => commercialModelForm(s),
    elsewhere: (s) => ({ commercialModel: { ...s.commercialModel, renewalModel: 'partner-renews' } }),
    typed: (d) => ({ ...(d as { listPrice: string }), listPrice: '1234.5' }),
    both: (s) => expect(s.commercialModel).toMatchObject({ renewalModel: 'partner-renews', listPriceCents: 123_450 }),
  }),
  "a joint solution's name": dialog<'jointSolutions', Draft>({
    table: 'jointSolutions',
    pick: async (d) => (await d.repo.list('jointSolutions'))[1]!,
    spec: (s) => solutionForm({ id: s.partnerId, territoryId: s.territoryId }, s),
    elsewhere: () => ({ description: 'Bundled with the 2027 price list' }),
    typed: (d) => ({ ...d, name: 'Northfield Connector Plus' }),
    both: (s) => expect(s).toMatchObject({ description: 'Bundled with the 2027 price list', name: 'Northfield Connector Plus' }),
  }),
  'an activity': dialog<'activities', Draft>({
    table: 'activities',
    pick: (d) => first(d, 'activities'),
    spec: (a) => activityForm({ id: a.partnerId, territoryId: a.territoryId }, a, 'someone'),
    elsewhere: () => ({ notes: 'Follow-up booked for March' }),
    typed: (d) => ({ ...d, subject: 'Quarterly planning visit' }),
    both: (a) => expect(a).toMatchObject({ notes: 'Follow-up booked for March', subject: 'Quarterly planning visit' }),
  }),
  "an ISV's integration, while the other device renames the partner": dialog<'partners', Draft>({
    table: 'partners',
    pick: (d) => first(d, 'partners', withIntegrations),
    spec: (p) => attributeEntryForm(p, attributeListFor(p.attributes)!.list, 0, '2026-Q4'),
    elsewhere: () => ({ vertical: 'Aerospace' }),
    typed: (d) => ({ ...d, name: 'Edited here' }),
    both: (p) => {
      expect(p.vertical).toBe('Aerospace');
      expect((p.attributes as Extract<Partner['attributes'], { partnerType: 'isv' }>).integrations[0]!.name).toBe('Edited here');
    },
  }),
  "an ISV's integration, while the other device edits another one": dialog<'partners', Draft>({
    table: 'partners',
    pick: (d) => first(d, 'partners', (p) => withIntegrations(p) && p.vertical !== 'Aerospace'),
    spec: (p) => attributeEntryForm(p, attributeListFor(p.attributes)!.list, 0, '2026-Q4'),
    elsewhere: (p) => {
      const a = p.attributes as Extract<Partner['attributes'], { partnerType: 'isv' }>;
      return { attributes: { ...a, integrations: a.integrations.map((i, n) => (n === 1 ? { ...i, name: 'Renamed elsewhere' } : i)) } };
    },
    typed: (d) => ({ ...d, name: 'Renamed here' }),
    both: (p) => {
      const names = (p.attributes as Extract<Partner['attributes'], { partnerType: 'isv' }>).integrations.map((i) => i.name);
      expect(names.slice(0, 2)).toEqual(['Renamed here', 'Renamed elsewhere']);
    },
  }),
};

describe('a dialog left open while another device changes the same record', () => {
  it.each(Object.entries(cases))('%s: saving keeps the other device’s change to another field, and the user’s', async (_name, c) => {
    const { a, b } = await devices(c.programWide);
    if (c.table === 'programSettings' && !(await a.repo.get('programSettings', PROGRAM_SETTINGS_ID))) {
      // Nobody has set the branding yet: the other device sets it first.
      const spec = brandingForm(undefined);
      expect((await saveForm(b.repo, spec, openForm(spec), { ...openForm(spec).draft, vendorName: 'Vendor' })).ok).toBe(true);
      await b.engine.sync();
      await a.engine.sync();
    }
    const record = await c.pick(a);
    const spec = c.spec(record);
    const dialog = openForm(spec);

    await b.repo.update(c.table, record.id, c.elsewhere(record));
    await b.engine.sync();
    // The pull lands here while the dialog is still open.
    await a.engine.sync();

    const outcome = await saveForm(a.repo, spec, dialog, c.typed(dialog.draft, record));
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    await a.engine.sync();
    await b.engine.sync();

    for (const device of [a, b]) c.both((await device.repo.get(c.table, record.id))!);
    // Both edits stand: neither was a conflict.
    expect((await a.repo.list('conflicts')).filter((x) => x.rowId === record.id && x.status === 'open')).toEqual([]);
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('keeps the value a field had when the user changed it too: the other device’s value goes to a conflict record', async () => {
    const { a, b } = await devices();
    const partner = (await a.repo.list('partners'))[5]!;
    const spec = partnerForm(partner, context);
    const dialog = openForm(spec);
    await b.repo.update('partners', partner.id, { vertical: 'Seen only elsewhere' });
    await b.engine.sync();
    await a.engine.sync();

    expect((await saveForm(a.repo, spec, dialog, { ...dialog.draft, vertical: 'Typed here' })).ok).toBe(true);
    await a.engine.sync();
    await b.engine.sync();

    expect(await b.repo.get('partners', partner.id)).toMatchObject({ vertical: 'Typed here' });
    const conflicts = (await b.repo.list('conflicts')).filter((x) => x.rowId === partner.id && x.field === 'vertical');
    expect(conflicts.map((x) => [x.kept.value, x.lost.value])).toEqual([['Typed here', 'Seen only elsewhere']]);
  });
});
