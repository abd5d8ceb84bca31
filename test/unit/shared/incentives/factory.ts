import type {
  Certification,
  IncentiveProgram,
  IncentiveRule,
  Opportunity,
  OemUsageReport,
  Partner,
  PartnerAttributes,
  PartnerType,
} from '../../../../shared/domain';
import type { IncentiveStatement, StatementLine } from '../../../../shared/incentives';

/**
 * Tiny builders for incentive tests: valid records (factory.test.ts checks
 * them against the schemas) where each test names only what it is about.
 */
let sequence = 0;
const sync = (prefix: string, id?: string) => ({
  id: id ?? `${prefix}-${++sequence}`,
  territoryId: 'territory-1',
  updatedAt: '2026-10-02T09:00:00.000Z',
  deleted: false,
});

export const QUARTER = '2026-Q3';

const attributesFor = (partnerType: PartnerType, usageReports: OemUsageReport[]): PartnerAttributes => {
  switch (partnerType) {
    case 'isv':
      return { partnerType, integrations: [], jointCustomersUsingIntegration: 0, jointCustomers: 0 };
    case 'reseller':
      return { partnerType, productLines: [{ name: 'Analytics', competing: false }], renewalManagedCustomers: 4 };
    case 'oem':
      return { partnerType, embeddedProduct: 'Edge Gateway', usageReports, minimumCommitmentCents: 0 };
    case 'si':
      return { partnerType, practiceSize: 40, certifiedConsultants: 6, competencyLevel: 'advanced', accountProtectionDays: 180 };
  }
};

export const makePartner = (partnerType: PartnerType, usageReports: OemUsageReport[] = []): Partner => ({
  ...sync('partner', `partner-${partnerType}`),
  name: `Test ${partnerType} partner`,
  partnerType,
  tier: 'silver',
  status: 'active',
  enrolledOn: '2025-01-15',
  firstCommercialActivityOn: null,
  ownerUserId: 'user-1',
  region: 'EMEA',
  vertical: 'Manufacturing',
  segment: 'mid-market',
  attributes: attributesFor(partnerType, usageReports),
});

export const makeProgram = (
  partnerType: PartnerType,
  rules: IncentiveRule[],
  overrides: Partial<IncentiveProgram> = {},
): IncentiveProgram => ({
  ...sync('program'),
  name: `${partnerType} program`,
  partnerType,
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  rules,
  ...overrides,
});

/** A won Q3 deal of `partner`, sourced, resale, $0: tests set what they count. */
export const makeDeal = (partner: Partner, overrides: Partial<Opportunity> = {}): Opportunity => ({
  ...sync('deal'),
  partnerId: partner.id,
  partnerRole: 'sourced',
  customerName: 'Contoso',
  newCustomer: false,
  dealType: 'new-business',
  channel: 'resale',
  productLine: 'Core',
  amountCents: 0,
  servicesAttachedCents: 0,
  stage: 'won',
  createdOn: '2026-06-01',
  closeOn: '2026-08-01',
  registeredOn: null,
  protectionEndsOn: null,
  ...overrides,
});

export const makeCertification = (partner: Partner, overrides: Partial<Certification> = {}): Certification => ({
  ...sync('certification'),
  partnerId: partner.id,
  contactId: 'contact-1',
  programId: 'cert-program-1',
  status: 'certified',
  issuedOn: '2026-08-01',
  expiresOn: '2028-08-01',
  ...overrides,
});

/** The statement's lines of one rule kind, in order. */
export const linesOf = (statement: IncentiveStatement, kind: StatementLine['ruleKind']): StatementLine[] =>
  statement.lines.filter((line) => line.ruleKind === kind);

/** The one line of a rule kind; fails the test when there is not exactly one. */
export const lineOf = (statement: IncentiveStatement, kind: StatementLine['ruleKind']): StatementLine => {
  const lines = linesOf(statement, kind);
  if (lines.length !== 1) throw new Error(`expected one ${kind} line, found ${lines.length}`);
  return lines[0]!;
};

/** Dollars to cents, so expectations read like the worked example beside them. */
export const usd = (dollars: number): number => Math.round(dollars * 100);
