import { describe, expect, it } from 'vitest';
import type { IncentiveRule, Opportunity } from '../../../../shared/domain';
import { CALENDAR_YEAR } from '../../../../shared/domain/quarter';
import { programImpact } from '../../../../shared/incentives/program-impact';
import { quarterStatement, type ClosedStatement } from '../../../../shared/incentives/quarter-statement';
import { makeDeal, makePartner, makeProgram, usd } from './factory';

const rebate = (rateBps: number): IncentiveRule => ({ kind: 'tiered-rebate', mode: 'retroactive', bands: [{ from: 0, rateBps }] });

// Version 1 pays 2% from January; version 2 pays 3% from Aug 16, mid 2026-Q3, and version 1 ends Aug 15. Today is in 2026-Q4.
const v1 = makeProgram('reseller', [rebate(200)], { id: 'v1', name: 'Reseller Rewards' });
const v1Ended = { ...v1, effectiveTo: '2026-08-15' };
const v2 = makeProgram('reseller', [rebate(300)], { id: 'v2', name: 'Reseller Rewards', versionOf: 'v1', version: 2, effectiveFrom: '2026-08-16' });

const alpha = { ...makePartner('reseller'), id: 'alpha', name: 'Alpha Resale' };
const beta = { ...makePartner('reseller'), id: 'beta', name: 'Beta Resale' };
const gamma = { ...makePartner('reseller'), id: 'gamma', name: 'Gamma Resale' };
const isv = { ...makePartner('isv'), id: 'isv', name: 'An ISV' };
const deals: Opportunity[] = [
  makeDeal(alpha, { amountCents: usd(10_000), closeOn: '2026-09-01' }),
  makeDeal(alpha, { amountCents: usd(20_000), closeOn: '2026-11-01' }),
  makeDeal(beta, { amountCents: usd(10_000), closeOn: '2026-08-01' }),
  makeDeal(beta, { amountCents: usd(10_000), closeOn: '2026-09-01' }),
  makeDeal(gamma, { amountCents: usd(5_000), closeOn: '2026-08-01' }),
  makeDeal(isv, { amountCents: usd(50_000), closeOn: '2026-11-01' }),
];
const records = { opportunities: (id: string) => deals.filter((d) => d.partnerId === id), certifications: () => [] };

/** Alpha's 2026-Q3 statement, closed on Oct 5 under version 1 as it then stood (so no correction follows it). */
const alphaQ3: ClosedStatement = {
  quarter: '2026-Q3',
  closedAt: '2026-10-05T15:00:00.000Z',
  snapshot: quarterStatement({ partner: alpha, programs: [v1], opportunities: records.opportunities('alpha'), certifications: [], quarter: '2026-Q3', closed: [] }),
  programsAtClose: [v1],
};

const impactInput = () => ({
  partners: [alpha, beta, gamma, isv],
  partnerType: 'reseller' as const,
  effectiveFrom: '2026-08-16',
  currentQuarter: '2026-Q4' as const,
  programs: [v1],
  proposed: [v1Ended, v2],
  records,
  closed: [alphaQ3],
  calendar: CALENDAR_YEAR,
});

const impact = () => programImpact(impactInput());

describe('the impact of a program change on open statements', () => {
  it('lists each open statement the mid-quarter rate change moves, by how much, and leaves a closed quarter out', () => {
    expect(impact()).toEqual([
      // Alpha 2026-Q3 is closed: left out, though its Sep 1 deal falls after the change.
      // Alpha 2026-Q4: the Nov 1 $20,000 at 2% = $400 now, at 3% = $600 under version 2: +$200.
      { partnerId: 'alpha', partnerName: 'Alpha Resale', quarter: '2026-Q4', beforeCents: usd(400), afterCents: usd(600), differenceCents: usd(200) },
      // Beta 2026-Q3, open: now $20,000 × 2% = $400. Under the versions: Aug 1 $10,000 × 2% = $200 (version 1's days)
      // + Sep 1 $10,000 × 3% = $300 (version 2's) = $500: +$100.
      { partnerId: 'beta', partnerName: 'Beta Resale', quarter: '2026-Q3', beforeCents: usd(400), afterCents: usd(500), differenceCents: usd(100) },
    ]);
    // Gamma's only deal is on Aug 1, before the change: $100 either way, not listed. The ISV is not paid by a reseller program.
  });

  it('lists nothing when the proposed programs pay as today’s', () => {
    expect(programImpact({ ...impactInput(), proposed: [v1] })).toEqual([]);
  });
});
