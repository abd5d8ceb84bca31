import type { IncentiveStatementRecord } from '../../shared/domain/incentive-statement-record';
import type { Partner } from '../../shared/domain/partner';

/**
 * A closed statement of `partner` for `quarter` totalling `totalCents` on
 * one line, as the server would have frozen it (closed on the 2nd of the next
 * quarter by Hana HQ): approved when `paidOn` is null, paid on it otherwise.
 * Tests override the status and the rest by hand.
 */
export const statementRecord = (
  partner: Pick<Partner, 'id' | 'name' | 'partnerType' | 'territoryId'>,
  quarter: string,
  totalCents: number,
  paidOn: string | null,
  over: Partial<IncentiveStatementRecord> = {},
): IncentiveStatementRecord => ({
  id: `statement-${partner.id}-${quarter}`,
  territoryId: partner.territoryId,
  updatedAt: '2026-08-10T09:00:00.000Z',
  deleted: false,
  partnerId: partner.id,
  quarter,
  status: paidOn ? 'paid' : 'approved',
  snapshot: {
    partner: { id: partner.id, name: partner.name, partnerType: partner.partnerType },
    quarter,
    payer: partner.partnerType === 'oem' ? 'partner' : 'vendor',
    programs: [],
    lines: [
      {
        key: 'p/0/0',
        programId: 'program',
        ruleKind: partner.partnerType === 'oem' ? 'volume-royalty' : 'tiered-rebate',
        label: 'Rebate',
        basis: { amount: 0, measure: 'cents', description: '' },
        rate: '',
        amountCents: totalCents,
        calculation: '',
        sourceIds: [],
      },
    ],
    totalCents,
    skippedRules: [],
  },
  programsAtClose: [],
  closedAt: '2026-07-02T09:00:00.000Z',
  closedByUserId: 'hq',
  closedByName: 'Hana HQ',
  approvedAt: '2026-07-05T09:00:00.000Z',
  approvedByUserId: 'hq',
  approvedByName: 'Hana HQ',
  paidOn,
  paidByUserId: paidOn ? 'hq' : null,
  paidByName: paidOn ? 'Hana HQ' : null,
  paymentReference: paidOn ? 'REM-1' : null,
  ...over,
});
