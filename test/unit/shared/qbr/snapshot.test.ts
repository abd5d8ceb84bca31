import { describe, expect, it } from 'vitest';
import { qualifyTier } from '../../../../shared/calculators';
import { closedStatementsOf } from '../../../../shared/domain/incentive-statement-record';
import { buildIncentiveStatement, quarterStatement } from '../../../../shared/incentives';
import { METRIC_DEFINITIONS_VERSION, scorecard } from '../../../../shared/metrics';
import { buildQbrSnapshot, qbrSectionKeys, sourcesIndex } from '../../../../shared/qbr';
import { sectionViews } from '../../../../shared/qbr/view/section-views';
import { AS_OF, demo, demoPartner, QUARTER, workspace } from './demo';

const reseller = demoPartner('reseller');
const snapshot = buildQbrSnapshot(sourcesIndex(workspace)(reseller.id), reseller.id, { quarter: QUARTER, asOf: AS_OF, audience: 'internal' });
const dataset = demo.records;

describe('QBR snapshot of a demo partner', () => {
  it('shows every scorecard figure as the metrics compute it over the whole workspace', () => {
    const quarters = snapshot.scorecard.quarters;
    expect(quarters).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(snapshot.scorecard.rows.length).toBeGreaterThanOrEqual(6);
    expect(snapshot.scorecard.rows.length).toBeLessThanOrEqual(10);
    quarters.forEach((q, i) => {
      const card = scorecard(dataset, { kind: 'partner', partnerId: reseller.id }, q);
      for (const row of snapshot.scorecard.rows) expect(row.values[i], `${row.key} in ${q}`).toBe(card.metrics[row.key].value);
    });
  });

  it('judges each current figure against its target', () => {
    for (const row of snapshot.scorecard.rows) {
      const value = row.values[row.values.length - 1] ?? null;
      if (value === null) expect(row.status).toBe('none');
      else if (row.target.direction === 'higher') expect(row.status === 'green').toBe(value >= row.target.green);
      else expect(row.status === 'green').toBe(value <= row.target.green);
    }
  });

  it('carries the incentive statement as everyone reads it: with every line, and the band previews while it is open', () => {
    const inputs = { partner: reseller, programs: dataset.incentivePrograms, opportunities: dataset.opportunities, certifications: dataset.certifications };
    const closed = closedStatementsOf(dataset.incentiveStatements, reseller.id);
    // The demo closed the quarter: the pack shows its frozen figures, and no band to reach in a quarter that is over.
    const statement = quarterStatement({ ...inputs, quarter: QUARTER, closed });
    expect(closed.some((c) => c.quarter === QUARTER)).toBe(true);
    expect(snapshot.incentives.totalCents).toBe(statement.totalCents);
    expect(snapshot.incentives.lines.map((l) => l.calculation)).toEqual(statement.lines.map((l) => l.calculation));
    expect(snapshot.incentives.previews).toEqual([]);
    // The open quarter: live, with its previews.
    const open = buildQbrSnapshot(workspace, reseller.id, { quarter: '2026-Q4', asOf: AS_OF });
    const live = buildIncentiveStatement({ ...inputs, quarter: '2026-Q4' });
    expect(open.incentives.previews.map((p) => p.next?.message ?? null)).toEqual(live.bandPreviews.map((p) => p.next?.message ?? null));
  });

  it('assesses the tier as the tier calculator does', () => {
    const q = qualifyTier({ partner: reseller, ruleSets: dataset.tierRuleSets, contacts: dataset.contacts, certifications: dataset.certifications, certificationPrograms: dataset.certificationPrograms, opportunities: dataset.opportunities, quarter: QUARTER, asOf: AS_OF });
    expect(q.kind).toBe('assessed');
    const tier = snapshot.certifications.tier;
    if (q.kind !== 'assessed' || tier.kind !== 'assessed') return;
    expect(tier.qualifiedTier.toLowerCase()).toBe(q.qualifiedTier);
    expect(tier.gap).toEqual(q.gap.map((g) => g.shortfall));
  });

  it('has every section of its audience, the definitions version, and cannot be changed', () => {
    const internal = buildQbrSnapshot(workspace, reseller.id, { quarter: QUARTER, asOf: AS_OF, audience: 'internal' });
    const shownOrLeftOut = [...internal.sections, ...internal.omitted.map((o) => o.key)];
    expect(qbrSectionKeys.filter((k) => shownOrLeftOut.includes(k))).toEqual([...qbrSectionKeys]);
    expect(sectionViews(internal).map((v) => v.key)).toEqual(internal.sections.filter((k) => k !== 'cover'));
    expect(internal.metricDefinitionsVersion).toBe(METRIC_DEFINITIONS_VERSION);
    expect(internal.appendix.definitions.map((d) => d.key)).toEqual(internal.scorecard.rows.map((r) => r.key));
    expect(snapshot.commitmentsLast.quarter).toBe('2026-Q2');
    expect(snapshot.commitmentsThis.quarter).toBe('2026-Q3');
    expect(snapshot.commitmentsNext.quarter).toBe('2026-Q4');
    expect(Object.isFrozen(snapshot.scorecard.rows[0])).toBe(true);
    expect(snapshot.cover.preparedBy).toContain(demo.users.find((u) => u.id === reseller.ownerUserId)!.displayName);
  });

  it('keeps only the sections asked for, and always the cover', () => {
    const few = buildQbrSnapshot(workspace, reseller.id, { quarter: QUARTER, asOf: AS_OF, audience: 'internal', sections: ['scorecard', 'incentives'] });
    expect(few.sections).toEqual(['cover', 'scorecard', 'incentives']);
  });
});
