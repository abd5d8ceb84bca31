import { describe, expect, it } from 'vitest';
import { CALENDAR_YEAR } from '../../../../shared/domain/quarter';
import { programInvestmentShare, roiByPartnerType } from '../../../../shared/metrics';
import { programInvestments } from '../../../../shared/metrics/investments';
import { statementRecord } from '../../../support/statement-records';
import { ALL, Q3, makeDataset, makeInvestment, makePartner, makePartnerDeal, partnerScope, won } from './factory';

const statement = statementRecord;

const reseller = makePartner('reseller', { id: 'reseller' });
const other = makePartner('reseller', { id: 'other' });
const oem = makePartner('oem', { id: 'oem' });

describe('a paid statement as the incentive-payment investment', () => {
  it('counts the paid total on the day it was paid, and a hand-entered payment of that quarter once', () => {
    const dataset = makeDataset({
      partners: [reseller, other],
      // $10,000 won by the reseller in Q3.
      opportunities: [makePartnerDeal(reseller, 'sourced', won('2026-08-01', { amountCents: 1_000_000 }))],
      investments: [
        // The same Q2 rebate keyed in by hand when it was paid: the statement stands for it.
        makeInvestment(reseller, 450_000, '2026-08-11', { kind: 'incentive-payment' }),
        // MDF always counts.
        makeInvestment(reseller, 100_000, '2026-08-01', { kind: 'mdf' }),
        // Another partner's hand-entered incentive payment, with no statement paid: counts as entered.
        makeInvestment(other, 50_000, '2026-09-01', { kind: 'incentive-payment' }),
      ],
      // Q2's statement, $4,500, paid on Aug 10 (in Q3); Q3's approved but not paid: no investment yet.
      incentiveStatements: [statement(reseller, '2026-Q2', 450_000, '2026-08-10'), statement(reseller, '2026-Q3', 700_000, null)],
    });
    // Reseller investment in Q3: $4,500 statement + $1,000 MDF = $5,500 (the hand-entered $4,500 not again); other: $500.
    const roi = roiByPartnerType(dataset, ALL, Q3);
    expect(roi.parts.reseller).toMatchObject({ denominator: 600_000, numerator: 1_000_000 - 600_000 });
    expect(roiByPartnerType(dataset, partnerScope(reseller), Q3)).toMatchObject({ denominator: 550_000 });
    expect(programInvestmentShare(dataset, partnerScope(reseller), Q3)).toMatchObject({ numerator: 550_000, denominator: 1_000_000, value: 0.55 });
    // In Q2 nothing was paid yet.
    expect(roiByPartnerType(dataset, partnerScope(reseller), '2026-Q2')).toMatchObject({ denominator: 0 });
  });

  it('lowers the investment by a statement whose clawbacks outweigh its earnings, and drops a tombstoned one', () => {
    const clawedBack = programInvestments([], [statement(reseller, '2026-Q2', -20_000, '2026-08-10')], CALENDAR_YEAR);
    expect(clawedBack.map((i) => [i.kind, i.amountCents, i.spentOn])).toEqual([['incentive-payment', -20_000, '2026-08-10']]);
    expect(programInvestments([], [statement(reseller, '2026-Q2', 450_000, '2026-08-10', { deleted: true })], CALENDAR_YEAR)).toEqual([]);
  });

  it("never makes an OEM's royalty statement an investment: its closed figure is revenue to the vendor", () => {
    const dataset = makeDataset({
      partners: [oem],
      // The OEM owes $3,000 for Q3 by its closed statement, and has no usage report or program today.
      incentiveStatements: [statement(oem, Q3, 300_000, '2026-10-20')],
      investments: [makeInvestment(oem, 100_000, '2026-08-01', { kind: 'enablement' })],
    });
    // (3,000 − 1,000) / 1,000 = 2: the royalty from the frozen statement, the enablement the only investment.
    expect(roiByPartnerType(dataset, ALL, Q3).parts.oem).toMatchObject({ numerator: 200_000, denominator: 100_000, value: 2 });
    expect(programInvestments([], dataset.incentiveStatements, CALENDAR_YEAR)).toEqual([]);
  });
});
