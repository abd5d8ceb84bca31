import { describe, expect, it } from 'vitest';
import { buildQbrSnapshot } from '../../../../shared/qbr';
import { AS_OF, demo, workspace } from './demo';

describe("the internal pack's investment section with paid statements", () => {
  it('counts the paid statements as the metrics do: the spend by kind adds up to the ROI’s investment', () => {
    // A reseller whose statement was paid in the pack quarter (the demo paid 2026-Q2's in Q3).
    const paid = demo.records.incentiveStatements.find((s) => s.status === 'paid' && s.quarter === '2026-Q2' && s.snapshot.payer === 'vendor' && s.snapshot.totalCents > 0)!;
    const pack = buildQbrSnapshot(workspace, paid.partnerId, { quarter: '2026-Q3', asOf: AS_OF, audience: 'internal' });
    const incentive = pack.investment.byKind.find((k) => k.kind === 'incentive-payment')!;
    expect(incentive.cents).toBeGreaterThanOrEqual(paid.snapshot.totalCents);
    expect(pack.investment.trend.at(-1)!.investedCents).toBe(pack.investment.totalCents);
  });
});
