import type {
  Certification,
  IncentiveProgram,
  IncentiveRule,
  Opportunity,
  OemUsageReport,
  Partner,
  PartnerType,
} from '../../../../shared/domain';
import { buildDeal, buildPartner, partnerAttributes, syncFields, usd } from '../../../support/records';
import type { IncentiveStatement, StatementLine } from '../../../../shared/incentives';

/**
 * Tiny builders for incentive tests: valid records (factory.test.ts checks
 * them against the schemas) where each test names only what it is about.
 */
const sync = (prefix: string) => syncFields(prefix, { updatedAt: '2026-10-02T09:00:00.000Z' });

export const QUARTER = '2026-Q3';

/** A silver partner; an OEM reports `usageReports` and owes `minimumCommitmentCents` a quarter by contract. */
export const makePartner = (partnerType: PartnerType, usageReports: OemUsageReport[] = [], minimumCommitmentCents = 0): Partner =>
  buildPartner(partnerType, {
    id: `partner-${partnerType}`,
    attributes:
      partnerType === 'oem'
        ? partnerAttributes('oem', { usageReports, minimumCommitmentCents })
        : partnerAttributes(partnerType, partnerType === 'si' ? { certifiedConsultants: 6 } : {}),
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
export const makeDeal = (partner: Partner, overrides: Partial<Opportunity> = {}): Opportunity =>
  buildDeal({ partnerId: partner.id, partnerRole: 'sourced', channel: 'resale', ...overrides });

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

export { usd };
