import { describe, expect, it } from 'vitest';
import { DEMO_SEED, generateWorkspace } from '../../../../shared/demo';
import { makeIncentiveStatements } from '../../../../shared/demo/incentive-statements';
import { halfOf } from '../../../../shared/domain/plan-period';
import { fiscalCalendarOf, quarterOf, quarterRange } from '../../../../shared/domain/quarter';
import { scorecard } from '../../../../shared/metrics';
import { buildQbrSnapshot, sourcesIndex } from '../../../../shared/qbr';
import { sectionViews } from '../../../../shared/qbr/view/section-views';
import { schemaProblems } from './audit';

// A demo program whose fiscal year starts in February, made as the app's own demo is: on 22 November 2026 it is
// FY2027's last quarter, 2027-Q4 (1 Nov 2026 – 31 Jan 2027).
const AS_OF = '2026-11-22';
const FEBRUARY = fiscalCalendarOf({ fiscalYearStartMonth: 2 });
const workspace = generateWorkspace({ seed: DEMO_SEED, asOf: AS_OF, territories: 2, partnersPerTerritory: 12, fiscalYearStartMonth: 2 });
workspace.records.incentiveStatements.push(...makeIncentiveStatements(workspace));
const { records } = workspace;

describe('a demo program on a February fiscal year', () => {
  it('says so in its settings, and every record it makes is valid', () => {
    expect(records.programSettings[0]?.fiscalYearStartMonth).toBe(2);
    expect(schemaProblems(workspace)).toEqual([]);
  });

  it('closes its statements for fiscal quarters, five days after each one ends', () => {
    expect(quarterOf(AS_OF, FEBRUARY)).toBe('2027-Q4');
    expect(records.incentiveStatements.length).toBeGreaterThan(0);
    for (const s of records.incentiveStatements) {
      // 2027-Q3 ends on 31 October 2026, so it closed on 5 November; never a calendar quarter's end.
      expect(s.closedAt.slice(0, 10)).toBe(new Date(Date.parse(`${quarterRange(s.quarter, FEBRUARY).end}T00:00:00Z`) + 5 * 86_400_000).toISOString().slice(0, 10));
      expect(s.quarter < '2027-Q4').toBe(true);
    }
    expect(new Set(records.incentiveStatements.map((s) => s.quarter))).toContain('2027-Q3');
  });

  it('plans the fiscal half it is in, and measures its quarters in fiscal days', () => {
    // 22 November 2026 is in FY2027's second half: 1 August 2026 – 31 January 2027.
    expect(halfOf(AS_OF, FEBRUARY)).toBe('2027-H2');
    expect(records.businessPlans.some((p) => p.period === '2027-H2')).toBe(true);
    // The scorecard reads the quarter from the settings: FY2027-Q4 has deals created in it.
    const card = scorecard(records, { kind: 'all' }, '2027-Q4');
    expect(card.metrics.activePartnerRate.denominator).toBeGreaterThan(0);
  });

  it('starts its OEMs’ contract years on fiscal quarters (1 February, May, August or November)', () => {
    const starts = records.partners.flatMap((p) => (p.attributes.partnerType === 'oem' && p.attributes.contractYearStartsOn ? [p.attributes.contractYearStartsOn] : []));
    expect(starts.length).toBeGreaterThan(0);
    for (const day of starts) expect(quarterRange(quarterOf(day, FEBRUARY), FEBRUARY).start).toBe(day);
  });

  it('names the pack’s quarter with its calendar days wherever the pack names it for the partner', () => {
    const reseller = records.partners.find((p) => p.partnerType === 'reseller' && p.status === 'active' && p.enrolledOn < '2026-01-01')!;
    const sources = sourcesIndex({ ...records, people: workspace.users })(reseller.id);
    const snapshot = buildQbrSnapshot(sources, reseller.id, { quarter: '2027-Q3', asOf: AS_OF, audience: 'partner' });
    const views = sectionViews(snapshot);
    const dated = '2027-Q3 (1 Aug – 31 Oct 2026)';
    expect(views.find((v) => v.key === 'agenda')!.subtitle).toContain(dated);
    expect(views.find((v) => v.key === 'incentives')!.subtitle).toContain(`for ${dated}`);
    const pipeline = views.find((v) => v.key === 'pipeline')!;
    expect(pipeline.subtitle).toContain(`won together in ${dated}`);
    // The chart's four quarters, captioned with the days they cover: 2026-Q4 began on 1 November 2025.
    expect(pipeline.blocks.find((b) => b.kind === 'chart')!.title).toContain('(2026-Q4 to 2027-Q3: 1 Nov 2025 – 31 Oct 2026)');
    // A statement line's basis names the fiscal quarter with its days, not the bare label.
    const quarterLines = snapshot.incentives.lines.filter((l) => l.basis.description.includes('2027-Q3'));
    expect(quarterLines.length).toBeGreaterThan(0);
    for (const line of quarterLines) expect(line.basis.description).toMatch(/2027-Q3(, | \()1 Aug – 31 Oct 2026/);
  });
});
