import type { Opportunity, Partner, PartnerAttributes, PartnerType } from '../../shared/domain';
import type { CertificationProgram } from '../../shared/domain/certification';

/**
 * The one set of record builders behind every test factory: valid records
 * (each factory's test checks them against the schemas) that a factory or a
 * test overrides only where its arithmetic depends on a value.
 */

let sequence = 0;

/** The sync fields of a test record; ids are unique across a test run unless given. */
export const syncFields = (prefix: string, options: { id?: string; territoryId?: string; updatedAt?: string } = {}) => ({
  id: options.id ?? `${prefix}-${++sequence}`,
  territoryId: options.territoryId ?? 'territory-1',
  updatedAt: options.updatedAt ?? '2026-08-15T09:00:00.000Z',
  deleted: false,
});

/** Type-specific attributes with nothing counted yet: no integrations, usage or certified people. */
export const partnerAttributes = <T extends PartnerType>(
  partnerType: T,
  overrides: Partial<Extract<PartnerAttributes, { partnerType: T }>> = {},
): PartnerAttributes => {
  const base = {
    isv: { partnerType: 'isv', integrations: [], jointCustomersUsingIntegration: 0, jointCustomers: 0 },
    reseller: { partnerType: 'reseller', productLines: [{ name: 'Analytics', competing: false }], renewalManagedCustomers: 4 },
    oem: { partnerType: 'oem', embeddedProduct: 'Edge Gateway', usageReports: [], minimumCommitmentCents: 0 },
    si: { partnerType: 'si', practiceSize: 40, certifiedConsultants: 0, competencyLevel: 'advanced', accountProtectionDays: 180 },
  } satisfies Record<PartnerType, PartnerAttributes>;
  return { ...base[partnerType], ...overrides } as PartnerAttributes;
};

/** An active silver partner enrolled in January 2025, with empty type details. */
export const buildPartner = (partnerType: PartnerType, overrides: Partial<Partner> = {}): Partner => ({
  ...syncFields('partner'),
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
  attributes: partnerAttributes(partnerType),
  ...overrides,
});

/** A $0 direct-only deal won on 1 Aug 2026; factories and tests set the role, stage and amounts they count. */
export const buildDeal = (overrides: Partial<Opportunity> = {}): Opportunity => ({
  ...syncFields('deal'),
  partnerId: null,
  partnerRole: null,
  customerName: 'Contoso',
  newCustomer: false,
  dealType: 'new-business',
  channel: 'direct',
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

/** Dollars to cents, so expectations read like the worked example beside them. */
export const usd = (dollars: number): number => Math.round(dollars * 100);

/** A program-wide certification track on its first terms: 24 months, for resellers and SIs. */
export const buildCertificationProgram = (overrides: Partial<CertificationProgram> = {}): CertificationProgram => ({
  id: 'sales-pro',
  territoryId: 'global',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deleted: false,
  name: 'Sales Professional',
  code: 'SALES-PRO',
  track: 'sales',
  validityMonths: 24,
  partnerTypes: ['reseller', 'si'],
  ...overrides,
});
