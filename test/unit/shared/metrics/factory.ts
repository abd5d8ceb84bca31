import type { PartnerType } from '../../../../shared/domain/common';
import type { Investment } from '../../../../shared/domain/investment';
import type { Opportunity, PartnerRole } from '../../../../shared/domain/opportunity';
import type { OemUsageReport, Partner, PartnerAttributes } from '../../../../shared/domain/partner';
import type { MetricsDataset } from '../../../../shared/metrics';
import { buildDeal, buildPartner, partnerAttributes, syncFields } from '../../../support/records';

/**
 * Tiny builders for metric tests. Every record is valid per the domain
 * schemas (factory.test.ts checks); tests override only the fields their
 * arithmetic depends on, so the numbers in each test are all in view.
 */

export const NORTH = 'territory-north';
export const SOUTH = 'territory-south';

const sync = (prefix: string) => syncFields(prefix, { territoryId: NORTH, updatedAt: '2026-06-01T09:00:00.000Z' });

export const isvAdoption = (using: number, joint: number): PartnerAttributes =>
  partnerAttributes('isv', { jointCustomersUsingIntegration: using, jointCustomers: joint });

export const oemUsage = (...reports: OemUsageReport[]): PartnerAttributes => partnerAttributes('oem', { usageReports: reports });

/** An active partner of the type, enrolled well before 2026, in the north territory. */
export const makePartner = (partnerType: PartnerType = 'reseller', overrides: Partial<Partner> = {}): Partner =>
  buildPartner(partnerType, { ...sync('partner'), name: 'Partner', ...overrides });

/** A direct-only deal (no partner), open, created and closing in 2026-Q3, in the north territory. */
export const makeDirectDeal = (overrides: Partial<Opportunity> = {}): Opportunity =>
  buildDeal({
    ...sync('deal'),
    customerName: 'Customer',
    productLine: 'Platform',
    amountCents: 100_000,
    stage: 'develop',
    createdOn: '2026-07-15',
    closeOn: '2026-08-15',
    ...overrides,
  });

/** A deal with the partner in the role; filed in the partner's territory. */
export const makePartnerDeal = (
  partner: Partner,
  partnerRole: PartnerRole,
  overrides: Partial<Opportunity> = {},
): Opportunity =>
  makeDirectDeal({ territoryId: partner.territoryId, partnerId: partner.id, partnerRole, channel: 'resale', ...overrides });

/** A deal won on `closeOn`, created the quarter before so only the win falls in 2026-Q3. */
export const won = (closeOn: string, overrides: Partial<Opportunity> = {}): Partial<Opportunity> => ({
  stage: 'won',
  createdOn: '2026-04-10',
  closeOn,
  ...overrides,
});

export const lost = (closeOn: string, overrides: Partial<Opportunity> = {}): Partial<Opportunity> => ({
  stage: 'lost',
  createdOn: '2026-04-10',
  closeOn,
  ...overrides,
});

export const makeInvestment = (
  partner: Partner,
  amountCents: number,
  spentOn: string,
  overrides: Partial<Investment> = {},
): Investment => ({
  ...sync('investment'),
  territoryId: partner.territoryId,
  partnerId: partner.id,
  kind: 'mdf',
  amountCents,
  spentOn,
  ...overrides,
});

export const makeDataset = (records: Partial<MetricsDataset> = {}): MetricsDataset => ({
  partners: [],
  opportunities: [],
  investments: [],
  incentivePrograms: [],
  incentiveStatements: [],
  ...records,
});

export const Q3 = '2026-Q3';
export const ALL = { kind: 'all' } as const;
export const territory = (territoryId: string) => ({ kind: 'territory', territoryId }) as const;
export const partnerScope = (partner: Partner) => ({ kind: 'partner', partnerId: partner.id }) as const;
