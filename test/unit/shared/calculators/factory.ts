import type {
  Certification,
  CertificationProgram,
  CommercialModel,
  Contact,
  JointSolution,
  Opportunity,
  Partner,
  PartnerType,
  TierRequirement,
  TierRuleSet,
} from '../../../../shared/domain';
import { buildDeal, buildPartner, syncFields, usd } from '../../../support/records';

/**
 * Tiny builders for calculator tests: valid records (factory.test.ts checks
 * them against the schemas) where each test names only what it is about.
 * Defaults sit in 2026-Q3 (1 Jul – 30 Sep 2026), assessed on 15 Aug 2026.
 */
export const QUARTER = '2026-Q3';
export const AS_OF = '2026-08-15';

const sync = (prefix: string, id?: string) => syncFields(prefix, { id });

/** A registered partner with empty type details (no integrations, no certified consultants). */
export const makePartner = (partnerType: PartnerType, overrides: Partial<Partner> = {}): Partner =>
  buildPartner(partnerType, { id: `partner-${partnerType}`, tier: 'registered', enrolledOn: '2024-01-15', ...overrides });

export const makeContact = (partner: Partner, name: string, overrides: Partial<Contact> = {}): Contact => ({
  ...sync('contact', `contact-${name.toLowerCase()}`),
  partnerId: partner.id,
  name,
  role: 'Sales engineer',
  email: `${name.toLowerCase()}@partner.example`,
  primary: false,
  ...overrides,
});

export const makeProgram = (id: string, name: string): CertificationProgram => ({
  ...sync('program', id),
  name,
  code: id.toUpperCase(),
  track: 'sales',
  validityMonths: 24,
  partnerTypes: ['isv', 'reseller', 'oem', 'si'],
});

export const SALES = makeProgram('sales-pro', 'Sales Professional');
export const TECH = makeProgram('tech-spec', 'Technical Specialist');
export const PROGRAMS = [SALES, TECH];

/** Certified from 1 Jan 2026 to 31 Dec 2027 unless the test says otherwise. */
export const makeCertification = (
  contact: Contact,
  program: CertificationProgram,
  overrides: Partial<Certification> = {},
): Certification => ({
  ...sync('certification'),
  partnerId: contact.partnerId,
  contactId: contact.id,
  programId: program.id,
  status: 'certified',
  issuedOn: '2026-01-01',
  expiresOn: '2027-12-31',
  ...overrides,
});

export const makeRuleSet = (
  partnerType: PartnerType,
  requirements: TierRequirement[],
  overrides: Partial<TierRuleSet> = {},
): TierRuleSet => ({
  ...sync('rules'),
  territoryId: 'global',
  partnerType,
  version: 1,
  effectiveFrom: '2026-01-01',
  requirements,
  ...overrides,
});

/** A won, sourced resale deal of `partner` closed 1 Aug 2026 for $0: tests set what they count. */
export const makeDeal = (partner: Partner, overrides: Partial<Opportunity> = {}): Opportunity =>
  buildDeal({ partnerId: partner.id, partnerRole: 'sourced', channel: 'resale', createdOn: '2025-09-01', ...overrides });

/** Every item every pricing model can ask for, filled in. */
export const fullModel = (pricingModel: CommercialModel['pricingModel']): CommercialModel => ({
  pricingModel,
  listPriceCents: 1_200_000,
  partnerDiscountBps: 2_000,
  revenueShareBps: 1_500,
  support: { l1: 'partner', l2: 'shared', l3: 'vendor' },
  customerSuccessOwner: 'partner',
  renewalOwner: 'vendor',
  renewalModel: 'co-termed',
  integrationCertification: 'certified',
});

export const makeSolution = (status: JointSolution['status'], commercialModel: CommercialModel): JointSolution => ({
  ...sync('solution'),
  partnerId: 'partner-isv',
  name: 'Joint analytics bundle',
  status,
  commercialModel,
});

export { usd };
