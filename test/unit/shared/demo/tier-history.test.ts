import { describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../../../shared/demo';
import { tierRank } from '../../../../shared/domain/common';
import { partnerSchema } from '../../../../shared/domain/partner';
import { tierOn } from '../../../../shared/domain/partner-tier';
import { quarterRange, CALENDAR_YEAR } from '../../../../shared/domain/quarter';
import { buildIncentiveStatement } from '../../../../shared/incentives';

const AS_OF = '2026-11-22';
const previous = quarterRange('2026-Q3', CALENDAR_YEAR);
const { records } = demoWorkspace(AS_OF);

describe('demo tier history', () => {
  const promoted = records.partners.filter((p) => p.tierHistory);

  it('promotes some partners in the middle of the last complete quarter, from the tier below to today\'s', () => {
    expect(promoted.length).toBeGreaterThan(3);
    for (const p of promoted) {
      expect(partnerSchema.safeParse(p).success).toBe(true);
      const [change] = p.tierHistory!;
      expect(change!.to).toBe(p.tier);
      expect(tierRank(change!.to) - tierRank(change!.from)).toBe(1);
      expect(change!.on > previous.start && change!.on < previous.end && change!.on >= p.enrolledOn).toBe(true);
      expect(tierOn(p, previous.start)).toBe(change!.from);
    }
  });

  it("pays a promoted reseller's renewals last quarter at its new tier's rate, saying why", () => {
    const lines = promoted
      .filter((p) => p.partnerType === 'reseller')
      .flatMap((partner) =>
        buildIncentiveStatement({ partner, programs: records.incentivePrograms, opportunities: records.opportunities, certifications: records.certifications, quarter: previous.label }).lines,
      )
      .filter((line) => line.ruleKind === 'renewal-commission');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.rate).toMatch(/^(4% Gold|5% Platinum) rate \((Gold|Platinum) on Sep 30, 2026, promoted from (Silver|Gold) on Aug 15, 2026\)$/);
  });
});
