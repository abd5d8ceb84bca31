import { describe, expect, it } from 'vitest';
import type { IncentiveProgram, IncentiveRule, Partner, Tier } from '../../../../shared/domain';
import { incentiveProgramSchema } from '../../../../shared/domain/incentive-program';
import type { TierChange } from '../../../../shared/domain/partner-tier';
import { buildIncentiveStatement } from '../../../../shared/incentives';
import { QUARTER, lineOf, linesOf, makeCertification, makeDeal, makePartner, makeProgram, usd } from './factory';

/** A partner of `type` holding `tier` today, with the tier changes given (the quarter is 2026-Q3: 1 Jul – 30 Sep). */
const partnerWith = (type: Partner['partnerType'], tier: Tier, tierHistory?: TierChange[]): Partner => ({ ...makePartner(type), tier, ...(tierHistory && { tierHistory }) });
const statement = (partner: Partner, programs: IncentiveProgram[], deals: ReturnType<typeof makeDeal>[] = [], certifications: ReturnType<typeof makeCertification>[] = []) =>
  buildIncentiveStatement({ partner, programs, opportunities: deals, certifications, quarter: QUARTER });
const one = (partner: Partner, rules: IncentiveRule[], deals: ReturnType<typeof makeDeal>[] = []) => statement(partner, [makeProgram(partner.partnerType, rules)], deals);

// 5% for anyone, 8% for Gold, 10% for Platinum; no Silver or Registered rate.
const commission: IncentiveRule = { kind: 'renewal-commission', rateBps: 500, byTier: { gold: 800, platinum: 1_000 } };
const renewals = (partner: Partner) => [
  makeDeal(partner, { dealType: 'renewal', amountCents: usd(40_000), closeOn: '2026-07-10' }),
  makeDeal(partner, { dealType: 'renewal', amountCents: usd(60_000), closeOn: '2026-09-01' }),
];

describe('tier rates: the tier held on the last day of the quarter pays the whole quarter', () => {
  it('pays a partner promoted in mid-quarter its new tier rate on the whole quarter, and says why', () => {
    // Silver until 15 Aug, Gold since: Gold on 30 Sep.
    const partner = partnerWith('reseller', 'gold', [{ on: '2026-08-15', from: 'silver', to: 'gold' }]);
    const line = lineOf(one(partner, [commission], renewals(partner)), 'renewal-commission');
    // $40,000 (closed 10 Jul, while Silver) + $60,000 (1 Sep) = $100,000 × 8% Gold = $8,000.
    expect(line).toMatchObject({
      rate: '8% Gold rate (Gold on Sep 30, 2026, promoted from Silver on Aug 15, 2026)',
      amountCents: usd(8_000),
      calculation: '$100,000 × 8% = $8,000',
    });
  });

  it('pays the rule\'s own rate to a tier it lists no rate for, and says so', () => {
    // Silver all of Q3, promoted to Gold on 2 Oct: Q3 is paid as Silver, which has no rate of its own.
    const partner = partnerWith('reseller', 'gold', [{ on: '2026-10-02', from: 'silver', to: 'gold' }]);
    const line = lineOf(one(partner, [commission], renewals(partner)), 'renewal-commission');
    // $100,000 × 5% = $5,000.
    expect(line).toMatchObject({ rate: '5% base rate (Silver on Sep 30, 2026; no Silver rate)', amountCents: usd(5_000) });
  });

  it('counts a change on the quarter\'s last day, and a move down pays the lower tier', () => {
    const accelerator: IncentiveRule = { kind: 'product-mix-accelerator', productLine: 'Analytics', extraRateBps: 200, byTier: { gold: 400 } };
    // Gold until 30 Sep, Silver from 30 Sep: Silver at the end of the quarter's last day.
    const partner = partnerWith('reseller', 'silver', [{ on: '2026-09-30', from: 'gold', to: 'silver' }]);
    const deals = [makeDeal(partner, { productLine: 'Analytics', amountCents: usd(30_000) })];
    // $30,000 × 2% = $600.
    expect(lineOf(one(partner, [accelerator], deals), 'product-mix-accelerator')).toMatchObject({
      rate: '2% extra base rate (Silver on Sep 30, 2026, moved down from Gold on Sep 30, 2026; no Silver rate)',
      amountCents: usd(600),
    });
  });

  it('applies the cap on top of the tier rate', () => {
    const partner = partnerWith('reseller', 'gold');
    const [rated, cap] = linesOf(one(partner, [{ ...commission, capCents: usd(6_000) }], renewals(partner)), 'renewal-commission');
    // $100,000 × 8% Gold = $8,000; capped at $6,000: −$2,000.
    expect(rated).toMatchObject({ rate: '8% Gold rate (Gold on Sep 30, 2026)', amountCents: usd(8_000) });
    expect(cap).toMatchObject({ amountCents: -usd(2_000), calculation: '$6,000 cap − $8,000 = −$2,000' });
  });

  it('pays nothing on a zero basis, still naming the tier rate it would pay', () => {
    const partner = partnerWith('reseller', 'platinum');
    // No renewals: $0 × 10% = $0.
    expect(lineOf(one(partner, [commission]), 'renewal-commission')).toMatchObject({
      rate: '10% Platinum rate (Platinum on Sep 30, 2026)',
      amountCents: 0,
      calculation: '$0 × 10% = $0',
    });
  });

  it('pays per-item rules the tier amount', () => {
    const partner = partnerWith('reseller', 'platinum');
    const bonus: IncentiveRule = { kind: 'new-customer-bonus', amountPerDealCents: usd(1_000), byTier: { platinum: usd(2_500) } };
    const deals = [1, 2, 3].map(() => makeDeal(partner, { newCustomer: true, amountCents: usd(5_000) }));
    // 3 deals × $2,500 = $7,500.
    expect(lineOf(one(partner, [bonus], deals), 'new-customer-bonus')).toMatchObject({
      rate: '$2,500 per deal, Platinum rate (Platinum on Sep 30, 2026)',
      amountCents: usd(7_500),
      calculation: '3 deals × $2,500 = $7,500',
    });
    const si = partnerWith('si', 'gold');
    const reward: IncentiveRule = { kind: 'certification-reward', amountPerCertificationCents: usd(500), byTier: { gold: usd(750) } };
    const earned = buildIncentiveStatement({ partner: si, programs: [makeProgram('si', [reward])], opportunities: [], certifications: [makeCertification(si), makeCertification(si)], quarter: QUARTER });
    // 2 certifications × $750 = $1,500.
    expect(lineOf(earned, 'certification-reward')).toMatchObject({ amountCents: usd(1_500), rate: '$750 per certification, Gold rate (Gold on Sep 30, 2026)' });
  });

  it('reads the tier on the last of each program\'s days when one program replaces another in mid-quarter', () => {
    // Silver until 15 Sep, Gold since. The old program ran to 31 Aug (Silver then), the new one from 1 Sep (Gold on 30 Sep).
    const partner = partnerWith('reseller', 'gold', [{ on: '2026-09-15', from: 'silver', to: 'gold' }]);
    const old = makeProgram('reseller', [commission], { id: 'old', effectiveTo: '2026-08-31' });
    const replacement = makeProgram('reseller', [commission], { id: 'new', effectiveFrom: '2026-09-01' });
    const [july, september] = linesOf(statement(partner, [old, replacement], renewals(partner)), 'renewal-commission');
    // Old program: $40,000 (10 Jul) × 5% (Silver on 31 Aug, no Silver rate) = $2,000.
    expect(july).toMatchObject({ rate: '5% base rate (Silver on Aug 31, 2026; no Silver rate)', amountCents: usd(2_000) });
    // New program: $60,000 (1 Sep) × 8% (Gold on 30 Sep) = $4,800.
    expect(september).toMatchObject({ rate: '8% Gold rate (Gold on Sep 30, 2026, promoted from Silver on Sep 15, 2026)', amountCents: usd(4_800) });
  });

  it('pays the growth rebate and a capped pipeline bonus at the tier rate, arithmetic included', () => {
    const reseller = partnerWith('reseller', 'gold');
    const growth: IncentiveRule = { kind: 'growth-rebate', rateBps: 200, byTier: { gold: 600 } };
    const deals = [
      makeDeal(reseller, { amountCents: usd(120_000), closeOn: '2026-08-10' }),
      makeDeal(reseller, { amountCents: usd(100_000), closeOn: '2025-08-10' }),
    ];
    // ($120,000 this Q3 − $100,000 last Q3) × 6% Gold = $1,200.
    expect(lineOf(one(reseller, [growth], deals), 'growth-rebate')).toMatchObject({
      rate: '6% Gold rate (Gold on Sep 30, 2026)',
      amountCents: usd(1_200),
      calculation: '($120,000 − $100,000) × 6% = $1,200',
    });

    const si = partnerWith('si', 'platinum');
    const bonus: IncentiveRule = { kind: 'sourced-pipeline-bonus', rateBps: 300, byTier: { platinum: 500 }, capCents: usd(4_000) };
    const pipeline = [makeDeal(si, { partnerRole: 'sourced', stage: 'develop', createdOn: '2026-07-20', closeOn: '2026-12-15', amountCents: usd(100_000) })];
    // $100,000 × 5% Platinum = $5,000, capped at $4,000 on the bonus's own line.
    expect(lineOf(one(si, [bonus], pipeline), 'sourced-pipeline-bonus')).toMatchObject({
      rate: '5% Platinum rate (Platinum on Sep 30, 2026), capped at $4,000',
      amountCents: usd(4_000),
      calculation: '$100,000 × 5% = $5,000, capped at $4,000',
    });
  });

  it('leaves a rule without tier rates reading as it always did', () => {
    const partner = partnerWith('reseller', 'gold', [{ on: '2026-08-15', from: 'silver', to: 'gold' }]);
    // $100,000 × 5% = $5,000.
    expect(lineOf(one(partner, [{ kind: 'renewal-commission', rateBps: 500 }], renewals(partner)), 'renewal-commission')).toMatchObject({ rate: '5%', amountCents: usd(5_000) });
  });

  it('refuses a tier rate above 100%, at the tier\'s own path', () => {
    const parsed = incentiveProgramSchema.safeParse(makeProgram('reseller', [{ kind: 'renewal-commission', rateBps: 500, byTier: { gold: 10_001 } }]));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual(['rules.0.byTier.gold']);
  });
});
