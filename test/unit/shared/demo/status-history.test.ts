import { describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../../../shared/demo';
import { partnerSchema } from '../../../../shared/domain/partner';
import { statusOn } from '../../../../shared/domain/partner-status';
import { scorecard } from '../../../../shared/metrics';

const AS_OF = '2026-11-22';
const { records } = demoWorkspace(AS_OF);

describe('demo status history', () => {
  it('tells how every at-risk and inactive partner got there, on days between its enrollment and today', () => {
    const lapsed = records.partners.filter((p) => p.status === 'at-risk' || p.status === 'inactive');
    expect(lapsed.length).toBeGreaterThan(5);
    for (const p of lapsed) {
      expect(partnerSchema.safeParse(p).success).toBe(true);
      const history = p.statusHistory ?? [];
      expect(history.at(-1)?.to).toBe(p.status);
      for (const change of history) expect(change.on >= p.enrolledOn && change.on <= AS_OF).toBe(true);
      // Each change starts from where the one before left the partner.
      history.slice(1).forEach((change, i) => expect(change.from).toBe(history[i]!.to));
      // Before its first change the partner was active.
      expect(history[0]!.from).toBe('active');
      if (history[0]!.on > p.enrolledOn) expect(statusOn(p, p.enrolledOn)).toBe('active');
    }
  });

  it('lets retention tell a quarter in which partners left from one in which nobody did', () => {
    const dataset = { partners: records.partners, opportunities: records.opportunities, investments: records.investments, incentivePrograms: records.incentivePrograms, incentiveStatements: records.incentiveStatements };
    const values = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'].map((q) => scorecard(dataset, { kind: 'all' }, q).metrics.partnerRetention.value);
    // Inactive partners left in the early history; retention is below 1 in some quarter and 1 (nobody left) in another.
    expect(values.some((v) => v !== null && v < 1)).toBe(true);
    expect(values.some((v) => v === 1)).toBe(true);
  });
});

describe('demo adoption counts per quarter', () => {
  it('lets the integration adoption trend move from quarter to quarter, ending at today\'s counts', () => {
    const dataset = { partners: records.partners, opportunities: records.opportunities, investments: records.investments, incentivePrograms: records.incentivePrograms, incentiveStatements: records.incentiveStatements };
    const quarters = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
    const values = quarters.map((q) => scorecard(dataset, { kind: 'all' }, q).metrics.integrationAdoptionRate.value!);
    expect(new Set(values).size).toBeGreaterThan(1);
    // Adoption grew towards today's.
    expect(values[0]!).toBeLessThan(values[3]!);
    for (const p of records.partners) {
      if (p.attributes.partnerType !== 'isv' || !p.attributes.adoptionHistory) continue;
      for (const h of p.attributes.adoptionHistory) expect(h.jointCustomersUsingIntegration).toBeLessThanOrEqual(h.jointCustomers);
      expect(p.attributes.adoptionHistory.at(-1)).toMatchObject({ jointCustomers: p.attributes.jointCustomers, jointCustomersUsingIntegration: p.attributes.jointCustomersUsingIntegration });
    }
  });
});
