import { describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../../../shared/demo';
import { entityNames, type EntityName } from '../../../../shared/domain/entities';
import { fieldAt, fieldsOf, type Field } from '../../../../renderer/ui/field-kinds';
import { dateTimeText, fieldLabel, fieldValueText, refsIn, valueText } from '../../../../renderer/ui/value-text';

const names: Record<string, string> = { 'program-sales': 'Sales Professional', 'partner-1': 'Northwind Resale', 'territory-north': 'Nordics' };
const context = { nameOf: (_table: string, id: string) => names[id] };

/** Every kind a schema leaf can be, walked through objects, variants and lists. */
const leafKinds = (field: Field, at: string, found: Map<string, string>): void => {
  if (field.kind === 'object') for (const [name, inner] of Object.entries(field.fields)) leafKinds(inner, `${at}.${name}`, found);
  else if (field.kind === 'variants')
    for (const [tag, fields] of Object.entries(field.variants)) for (const [name, inner] of Object.entries(fields)) leafKinds(inner, `${at}[${tag}].${name}`, found);
  else if (field.kind === 'list') leafKinds(field.item, `${at}[]`, found);
  else found.set(at, field.kind);
};

describe('field kinds, read from the shared schemas', () => {
  it('knows the kind of every field of every table but the one a conflict holds any value in', () => {
    const found = new Map<string, string>();
    for (const table of entityNames) leafKinds({ kind: 'object', fields: fieldsOf(table) }, table, found);
    const unknown = [...found].filter(([, kind]) => kind === 'unknown').map(([path]) => path);
    expect(unknown).toEqual(['conflicts.kept.value', 'conflicts.lost.value']);
  });

  it('tells money and rates from counts by the schema they are built from, whatever the field is called', () => {
    // Three fields named `from`: a rebate band's is money, a royalty band's a unit count, a dated rate's a date.
    expect(fieldAt('incentivePrograms', 'rules.0')).toMatchObject({ kind: 'variants', discriminator: 'kind' });
    const rules = fieldAt('incentivePrograms', 'rules');
    if (rules.kind !== 'list' || rules.item.kind !== 'variants') throw new Error('rules are a list of variants');
    const bandFrom = (kind: string, list: string) => {
      const field = rules.item.kind === 'variants' ? rules.item.variants[kind]![list] : undefined;
      return field?.kind === 'list' && field.item.kind === 'object' ? field.item.fields.from?.kind : undefined;
    };
    expect(bandFrom('tiered-rebate', 'bands')).toBe('money');
    expect(bandFrom('volume-royalty', 'bands')).toBe('count');
    expect(bandFrom('marketplace-revenue-share', 'rates')).toBe('date');
    expect(fieldAt('jointSolutions', 'commercialModel.partnerDiscountBps')).toMatchObject({ kind: 'rate', optional: true });
    expect(fieldAt('partners', 'revenueTargetCents')).toMatchObject({ kind: 'money', optional: true });
    expect(fieldAt('partners', 'attributes.practiceSize')).toEqual({ kind: 'count' });
    expect(fieldAt('partners', 'firstCommercialActivityOn')).toEqual({ kind: 'date', nullable: true });
    expect(fieldAt('certifications', 'programId')).toEqual({ kind: 'ref', table: 'certificationPrograms' });
    expect(fieldAt('partners', 'no-such-field')).toEqual({ kind: 'unknown' });
  });
});

describe('values as people read them', () => {
  it('shows money as money, rates as percent and counts with separators', () => {
    expect(fieldValueText('partners', 'revenueTargetCents', 4_000_000)).toBe('$40,000');
    expect(fieldValueText('opportunities', 'amountCents', 4_000_050)).toBe('$40,000.50');
    expect(fieldValueText('jointSolutions', 'commercialModel.revenueShareBps', 2_050)).toBe('20.5%');
    expect(fieldValueText('partners', 'attributes.jointCustomers', 1_040)).toBe('1,040');
    expect(fieldValueText('partners', 'attributes.accountProtectionDays', 90)).toBe('90');
  });

  it('shows dates as dates, the same day wherever the reader is, and instants in local time', () => {
    expect(fieldValueText('opportunities', 'closeOn', '2026-09-30')).toBe('Sep 30, 2026');
    expect(fieldValueText('partners', 'firstCommercialActivityOn', '2026-01-01')).toBe('Jan 1, 2026');
    expect(fieldValueText('activities', 'occurredAt', '2026-11-22T09:41:00.000Z')).toBe(dateTimeText('2026-11-22T09:41:00.000Z'));
    expect(dateTimeText('2026-11-22T09:41:00.000Z')).toMatch(/^Nov 2[12], 2026, \d\d:\d\d$/);
    expect(fieldValueText('commitments', 'quarter', '2026-Q3')).toBe('2026-Q3');
  });

  it('shows enumerations by their labels, and yes or no', () => {
    expect(fieldValueText('partners', 'partnerType', 'si')).toBe('Systems integrator');
    expect(fieldValueText('partners', 'status', 'at-risk')).toBe('At risk');
    expect(fieldValueText('partners', 'tier', 'platinum')).toBe('Platinum');
    expect(fieldValueText('partners', 'attributes.integrations.0.depth', 'api')).toBe('API');
    expect(fieldValueText('investments', 'kind', 'mdf')).toBe('MDF');
    expect(fieldValueText('opportunities', 'partnerRole', 'co-sell')).toBe('Co-sell');
    expect(fieldValueText('certificationPrograms', 'partnerTypes', ['isv', 'oem'])).toBe('ISV, OEM');
    expect(fieldValueText('qbrRecords', 'formats', ['pptx', 'pdf', 'xlsx'])).toBe('PowerPoint deck, PDF, Excel workbook');
    expect(fieldValueText('contacts', 'primary', true)).toBe('Yes');
    expect(fieldValueText('partners', 'attributes.integrations.0.marketplaceListed', false)).toBe('No');
  });

  it('names the records ids point at where the device has them, and says so where it does not', () => {
    expect(fieldValueText('certifications', 'programId', 'program-sales', context)).toBe('Sales Professional');
    expect(fieldValueText('contacts', 'partnerId', 'partner-1', context)).toBe('Northwind Resale');
    expect(fieldValueText('partners', 'territoryId', 'territory-north', context)).toBe('Nordics');
    expect(fieldValueText('contacts', 'partnerId', 'partner-elsewhere', context)).toBe('A partner not on this device');
    expect(fieldValueText('activities', 'authorUserId', 'user-9', context)).toBe('Another user');
    expect(refsIn(fieldAt('tierRuleSets', 'requirements'), [{ tier: 'gold', certifiedPeople: [{ programId: 'program-sales', count: 2 }] }])).toEqual([
      { table: 'certificationPrograms', id: 'program-sales' },
    ]);
  });

  it("shows a partner's attributes one field a line, list entries led by their names", () => {
    const isv = {
      partnerType: 'isv',
      integrations: [
        { name: 'Salesforce', depth: 'api', certificationStatus: 'in-progress', marketplaceListed: true },
        { name: 'HubSpot', depth: 'connector', certificationStatus: 'certified', marketplaceListed: false },
      ],
      jointCustomersUsingIntegration: 12,
      jointCustomers: 1_040,
    };
    expect(fieldValueText('partners', 'attributes', isv)).toBe(
      [
        'Integrations: Salesforce (Integration depth: API, Certification status: In progress, Marketplace listing: Yes); HubSpot (Integration depth: Connector, Certification status: Certified, Marketplace listing: No)',
        'Joint customers using the integration: 12',
        'Joint customers: 1,040',
      ].join('\n'),
    );
    const oem = { partnerType: 'oem', embeddedProduct: 'Engine', usageReports: [{ quarter: '2026-Q3', units: 1_200, activations: 900 }], minimumCommitmentCents: 5_000_000 };
    expect(fieldValueText('partners', 'attributes', oem)).toBe(
      'Embedded product: Engine\nShipment reports: 2026-Q3 (Units shipped: 1,200, Activations: 900)\nMinimum commitment: $50,000',
    );
    expect(fieldValueText('partners', 'attributes.integrations', isv.integrations.slice(0, 1))).toBe(
      'Salesforce (Integration depth: API, Certification status: In progress, Marketplace listing: Yes)',
    );
  });

  it('shows a commercial model with its support split, and unset parts left out', () => {
    const model = { pricingModel: 'separately-priced', listPriceCents: 120_000, partnerDiscountBps: 2_000, support: { l1: 'partner', l2: 'vendor' }, renewalModel: 'co-termed' };
    expect(fieldValueText('jointSolutions', 'commercialModel', model)).toBe(
      'Pricing model: Separately priced\nList price: $1,200\nPartner discount: 20%\nSupport responsibility: (L1 support: Partner, L2 support: Vendor)\nRenewal model: Co termed',
    );
    expect(fieldValueText('jointSolutions', 'commercialModel', { support: {} })).toBe('Support responsibility: (empty)');
  });

  it('shows tier requirements a tier a line, with the programs by name', () => {
    const requirements = [
      { tier: 'silver', minTrailingRevenueCents: 10_000_000, certifiedPeople: [{ programId: 'program-sales', count: 2 }] },
      { tier: 'gold', certifiedPeople: [], integrationCertified: true },
    ];
    expect(fieldValueText('tierRuleSets', 'requirements', requirements, context)).toBe(
      'Silver (Minimum trailing revenue: $100,000, Certified people: Sales Professional (Number of people: 2))\nGold (Certified people: (none), Certified integration: Yes)',
    );
  });

  it('shows incentive rules by kind, each band and rate in its own unit', () => {
    const rules = [
      { kind: 'tiered-rebate', mode: 'marginal', bands: [{ from: 0, rateBps: 200 }, { from: 5_000_000, rateBps: 400 }] },
      { kind: 'spiff', name: 'Q4 push', productLine: 'Analytics', from: '2026-10-01', to: '2026-12-31', amountPerDealCents: 50_000 },
      { kind: 'volume-royalty', basis: 'units', bands: [{ from: 0, perUnitCents: 150 }] },
      { kind: 'marketplace-revenue-share', rates: [{ from: '2026-01-01', rateBps: 2_000 }] },
      { kind: 'co-sell-pipeline-bonus', rateBps: 150 },
    ];
    expect(fieldValueText('incentivePrograms', 'rules', rules).split('\n')).toEqual([
      'Tiered rebate (Mode: Marginal, Bands: (From: $0, Rate: 2%); (From: $50,000, Rate: 4%))',
      'SPIFF (Name: Q4 push, Product line: Analytics, From: Oct 1, 2026, To: Dec 31, 2026, Amount per deal: $500)',
      'Volume royalty (Basis: Units, Bands: (From: 0, Royalty per unit: $1.50))',
      'Marketplace revenue share (Rates: (From: Jan 1, 2026, Rate: 20%))',
      'Co-sell pipeline bonus (Rate: 1.5%)',
    ]);
  });

  it('says empty for no value and cuts long text for reading', () => {
    expect(fieldValueText('partners', 'website', null)).toBe('(empty)');
    expect(fieldValueText('partners', 'notes', '')).toBe('(empty)');
    expect(fieldValueText('partners', 'attributes.integrations', [])).toBe('(none)');
    const long = fieldValueText('partners', 'notes', 'n'.repeat(1_100_000));
    expect(long).toBe(`${'n'.repeat(200)}… (1,100,000 characters in all)`);
  });

  it('shows values no schema names by what they are, never as JSON', () => {
    expect(valueText({ kind: 'unknown' }, { tier: 'gold', count: 3, active: true })).toBe('Tier: gold\nNumber of people: 3\nActive: Yes');
    expect(fieldValueText('nowhere', 'x', [1, 2])).toBe('1, 2');
  });

  it('labels fields by their innermost name', () => {
    expect(fieldLabel('attributes.practiceSize')).toBe('Practice size');
    expect(fieldLabel('attributes.integrations.2.name')).toBe('Name');
    expect(fieldLabel('minTrailingRevenueCents')).toBe('Minimum trailing revenue');
    expect(fieldLabel('someNewThingCents')).toBe('Some new thing');
  });

  it('shows every field of every demo record with no raw cents, basis points or JSON', () => {
    const { records } = demoWorkspace('2026-11-22');
    const raw = /[{}"[\]]|^\d{5,}$/;
    const problems: string[] = [];
    for (const table of Object.keys(records) as EntityName[]) {
      const fields = fieldsOf(table);
      for (const row of (records[table] ?? []).slice(0, 20) as Record<string, unknown>[]) {
        for (const [name, field] of Object.entries(fields)) {
          if (row[name] === undefined) continue;
          const text = valueText(field, row[name], context);
          if (field.kind === 'money' && !text.startsWith('$')) problems.push(`${table}.${name}: ${text}`);
          if (field.kind === 'rate' && !text.endsWith('%')) problems.push(`${table}.${name}: ${text}`);
          // Names of ids and free text may hold anything; the rest must read as words.
          if (field.kind !== 'text' && field.kind !== 'ref' && raw.test(text)) problems.push(`${table}.${name}: ${text}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
