import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../../../shared/demo';
import { integrityProblems, schemaProblems } from './audit';

// Quarter and year boundaries, a leap day: where date windows collapse to a day or cross a fiscal year.
const edges = ['2026-12-31', '2027-01-01', '2028-02-29', '2026-04-01', '2026-06-30'];

describe.each(edges)('a workspace as of %s', (asOf) => {
  const w = generateWorkspace({ seed: 3, asOf, territories: 2, partnersPerTerritory: 20 });

  it('passes every schema and keeps its references', () => {
    expect(schemaProblems(w)).toEqual([]);
    expect(integrityProblems(w)).toEqual([]);
  });

  it('dates nothing that has happened after asOf', () => {
    const { records } = w;
    expect(records.opportunities.every((o) => o.createdOn <= asOf && (o.registeredOn ?? '') <= asOf)).toBe(true);
    expect(records.certifications.every((c) => (c.issuedOn ?? '') <= asOf)).toBe(true);
    expect(records.investments.every((i) => i.spentOn <= asOf)).toBe(true);
    expect(records.activities.every((a) => a.occurredAt.slice(0, 10) <= asOf)).toBe(true);
    expect(records.partners.every((p) => p.enrolledOn <= asOf && (p.firstCommercialActivityOn ?? '') <= asOf)).toBe(true);
    // A QBR pack is exported and delivered by today, never delivered before it was exported.
    for (const r of records.qbrRecords) {
      const exportedOn = r.exportedAt.slice(0, 10);
      expect(exportedOn <= asOf && (r.delivery ? r.delivery.deliveredOn >= exportedOn && r.delivery.deliveredOn <= asOf : true), r.id).toBe(true);
    }
  });
});
