import { describe, expect, it } from 'vitest';
import { opportunitySchema, type IncentiveRule, type Opportunity } from '../../../../shared/domain';
import { partnerDeals, type DealCredit } from '../../../../shared/domain/deal-credit';
import { buildIncentiveStatement } from '../../../../shared/incentives';
import { actualIn } from '../../../../shared/plans/actuals';
import { makeDeal, makePartner, makeProgram, QUARTER, usd } from './factory';

// A reseller resells a $100,000 deal it sourced; an SI influenced it and implements it ($20,000 of services).
const reseller = makePartner('reseller');
const si = makePartner('si');
const deal: Opportunity = {
  ...makeDeal(reseller, { id: 'deal-shared', amountCents: usd(100_000), servicesAttachedCents: usd(20_000), closeOn: '2026-08-20' }),
  coPartners: [{ partnerId: si.id, role: 'influenced' }],
};
// HQ's rule: the partner that sources a deal gets it all; one that influences it, a quarter; co-selling, half.
const credit: DealCredit = { sourced: 10_000, influenced: 2_500, 'co-sell': 5_000 };

const resellerRules: IncentiveRule[] = [{ kind: 'tiered-rebate', mode: 'retroactive', bands: [{ from: 0, rateBps: 500 }] }];
const siRules: IncentiveRule[] = [{ kind: 'implementation-attach', rateBps: 1_000 }];
const statementOf = (partner: typeof reseller, rules: IncentiveRule[], dealCredit?: DealCredit) =>
  buildIncentiveStatement({ partner, programs: [makeProgram(partner.partnerType, rules)], opportunities: [deal], certifications: [], quarter: QUARTER, dealCredit });

describe('two partners on one deal', () => {
  it('pays each partner on the deal at the credit its own role earns', () => {
    // Reseller, sourced at 100%: $100,000 × 5% = $5,000.
    expect(statementOf(reseller, resellerRules, credit).totalCents).toBe(usd(5_000));
    // SI, influenced at 25%: services $20,000 × 25% = $5,000; × 10% attach = $500.
    const siStatement = statementOf(si, siRules, credit);
    expect(siStatement.totalCents).toBe(usd(500));
    expect(siStatement.lines[0]).toMatchObject({ basis: { amount: usd(5_000) }, sourceIds: ['deal-shared'] });
  });

  it('gives every partner on it full credit when HQ has set no rule', () => {
    // $20,000 × 10% = $2,000 to the SI; the reseller's $5,000 as before.
    expect(statementOf(si, siRules).totalCents).toBe(usd(2_000));
    expect(statementOf(reseller, resellerRules).totalCents).toBe(usd(5_000));
  });

  it('counts the deal in each partner’s plan at its credit, in its own role', () => {
    const span = { start: '2026-07-01', end: '2026-09-30' };
    const records = (partner: typeof reseller) => ({ partner, opportunities: [deal], certifications: [], activities: [], dealCredit: credit });
    const sourced = { kind: 'partner-sourced-revenue' } as Parameters<typeof actualIn>[0];
    const won = { kind: 'won-deals' } as Parameters<typeof actualIn>[0];
    expect(actualIn(sourced, records(reseller), span, false)).toBe(usd(100_000));
    // The SI influenced it: no sourced revenue, but a won deal of its own.
    expect(actualIn(sourced, records(si), span, false)).toBe(0);
    expect(actualIn(won, records(si), span, false)).toBe(1);
  });

  it('keeps one record of the deal: the partners see views of it, the deal itself is unchanged', () => {
    const [view] = partnerDeals([deal], si.id, credit);
    expect(view).toMatchObject({ id: 'deal-shared', partnerId: si.id, partnerRole: 'influenced', amountCents: usd(25_000), servicesAttachedCents: usd(5_000) });
    expect(deal.amountCents).toBe(usd(100_000));
    expect(partnerDeals([deal], 'partner-elsewhere', credit)).toEqual([]);
  });

  it('credits a credit note at the same share: the SI’s quarter of a $40,000 return is $10,000', () => {
    const returned = { ...deal, creditNotes: [{ issuedOn: '2026-09-01', amountCents: usd(40_000), reason: 'Seats returned' }] };
    expect(partnerDeals([returned], si.id, credit)[0]!.creditNotes).toEqual([{ issuedOn: '2026-09-01', amountCents: usd(10_000), reason: 'Seats returned' }]);
    // Reseller: ($100,000 − $40,000) × 5% = $3,000.
    const statement = buildIncentiveStatement({ partner: reseller, programs: [makeProgram('reseller', resellerRules)], opportunities: [returned], certifications: [], quarter: QUARTER, dealCredit: credit });
    expect(statement.totalCents).toBe(usd(3_000));
  });

  it('refuses a partner twice on a deal, or another partner on a direct deal, naming the entry', () => {
    const issues = (o: Opportunity) => (opportunitySchema.safeParse(o).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
    expect(issues(deal)).toEqual([]);
    expect(issues({ ...deal, coPartners: [{ partnerId: reseller.id, role: 'co-sell' }] })).toEqual([['coPartners.0.partnerId', 'is already on the deal']]);
    expect(issues({ ...deal, coPartners: [{ partnerId: si.id, role: 'influenced' }, { partnerId: si.id, role: 'co-sell' }] })).toEqual([['coPartners.1.partnerId', 'is already on the deal']]);
    expect(issues({ ...deal, partnerId: null, partnerRole: null, channel: 'direct', registeredOn: null, protectionEndsOn: null })).toEqual([['coPartners.0.partnerId', 'needs a partner on the deal first']]);
  });
});
