import { describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../../../shared/demo';
import { buildIncentiveStatement } from '../../../../shared/incentives';
import { quarterOf, shiftQuarter, CALENDAR_YEAR } from '../../../../shared/domain/quarter';

const AS_OF = '2026-11-22';
const { records } = demoWorkspace(AS_OF);
const lastComplete = shiftQuarter(quarterOf(AS_OF, CALENDAR_YEAR), -1);

const labelsOf = (partnerId: string, quarter: string): string[] => {
  const partner = records.partners.find((p) => p.id === partnerId)!;
  const { incentivePrograms: programs, opportunities, certifications } = records;
  return buildIncentiveStatement({ partner, programs, opportunities, certifications, quarter }).lines.map((l) => l.label);
};

describe("the demo's OEM contract years", () => {
  const contracted = records.partners.filter((p) => p.attributes.partnerType === 'oem' && p.attributes.royaltyBandsMeasured === 'contract-year');

  it('has OEMs with contract-year bands and an annual minimum, the year ending with the last complete quarter', () => {
    expect(contracted.length).toBeGreaterThan(0);
    for (const p of contracted) {
      expect(labelsOf(p.id, lastComplete)).toContain('Year-end true-up');
      expect(labelsOf(p.id, lastComplete)).toContain('Volume royalty (activations, contract year)');
    }
  });

  it('has a usage report with returns beyond its shipments, credited on its statement', () => {
    const recalled = contracted.flatMap((p) =>
      p.attributes.partnerType === 'oem' ? p.attributes.usageReports.filter((r) => r.returnedUnits).map((r) => ({ partnerId: p.id, quarter: r.quarter })) : [],
    );
    expect(recalled).toHaveLength(1);
    expect(labelsOf(recalled[0]!.partnerId, recalled[0]!.quarter)).toEqual(expect.arrayContaining(['Credit for returned units', 'Credit for refunded revenue']));
  });
});
