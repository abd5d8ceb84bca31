import { describe, expect, it } from 'vitest';
import { buildQbrSnapshot, exportQbrBatch, QbrDataError, type QbrSources } from '../../../../shared/qbr';
import { sectionViews } from '../../../../shared/qbr/view/section-views';
import { buildPartner } from '../../../support/records';
import { AS_OF, demoPartner, QUARTER, workspace } from './demo';

const empty: QbrSources = {
  partners: [],
  contacts: [],
  certifications: [],
  certificationPrograms: [],
  tierRuleSets: [],
  incentiveStatements: [],
  jointSolutions: [],
  opportunities: [],
  investments: [],
  incentivePrograms: [],
  activities: [],
  commitments: [],
  businessPlans: [],
};

const failure = (sources: QbrSources, partnerId: string, quarter = QUARTER): QbrDataError => {
  try {
    buildQbrSnapshot(sources, partnerId, { quarter });
  } catch (error) {
    if (error instanceof QbrDataError) return error;
    throw error;
  }
  throw new Error('expected a QbrDataError');
};

describe('QBR snapshot with incomplete data', () => {
  it('leaves out what a partner with no rules, deals, programs or commitments has nothing for, and says why in the agenda', () => {
    const partner = buildPartner('oem', { name: 'Bare OEM' });
    const snapshot = buildQbrSnapshot({ ...empty, partners: [partner] }, partner.id, { quarter: QUARTER });
    expect(snapshot.pipeline.noData).toContain('no joint opportunities');
    expect(snapshot.certifications.tier.kind).toBe('no-rules');
    expect(snapshot.incentives.noData).toContain('No incentive program');
    expect(snapshot.solutions.noData).toContain('no joint solutions');
    expect(snapshot.investment.noData).toContain('No program investment');
    expect(snapshot.commitmentsLast.noData).toContain('2026-Q2');
    expect(snapshot.sections).toEqual(['cover', 'agenda', 'glance']);
    expect(snapshot.omitted.map((o) => o.key)).toEqual(['plan', 'pipeline', 'certifications', 'solutions', 'incentives', 'visits', 'commitmentsLast', 'commitmentsThis', 'commitmentsNext', 'appendix']);
    const text = JSON.stringify(sectionViews(snapshot));
    expect(text).toContain('Not included this quarter: Joint business plan (No joint business plan for 2026-H2 is recorded yet)');
    expect(text).not.toContain('no data');
    expect(snapshot.scorecard.rows.every((r) => r.values.length === 4)).toBe(true);
  });

  it('names the partner and the reason when no pack can be made', () => {
    const partner = buildPartner('si', { name: 'Gone SI', deleted: true });
    const late = buildPartner('isv', { name: 'Future ISV', enrolledOn: '2027-02-01' });
    const sources = { ...empty, partners: [partner, late] };
    expect(failure(sources, partner.id)).toMatchObject({ problem: 'partner-deleted', partnerName: 'Gone SI' });
    expect(failure(sources, 'nobody')).toMatchObject({ problem: 'partner-not-found', partnerId: 'nobody' });
    expect(failure(sources, late.id)).toMatchObject({ problem: 'not-enrolled-yet' });
    expect(failure(sources, late.id).message).toContain('Future ISV');
    const isv = buildPartner('isv', { name: 'Some ISV' });
    expect(failure({ ...empty, partners: [isv] }, isv.id, '2026-Q5')).toMatchObject({ problem: 'invalid-quarter' });
  });

  it('goes on past a partner without a pack in a batch, reports it, and can be cancelled', async () => {
    const good = [demoPartner('reseller'), demoPartner('isv')];
    const progress: string[] = [];
    const result = await exportQbrBatch(workspace, [good[0]!.id, 'missing-partner', good[1]!.id], {
      quarter: QUARTER,
      asOf: AS_OF,
      formats: ['xlsx'],
      sections: ['glance'],
      onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.outcome}`),
    });
    expect(result.packs.map((p) => p.snapshot.partner.id)).toEqual(good.map((p) => p.id));
    expect(result.failures).toEqual([{ partnerId: 'missing-partner', partnerName: null, reason: 'no partner with this id is in the data.' }]);
    expect(progress).toEqual(['1/3 exported', '2/3 failed', '3/3 exported']);

    const controller = new AbortController();
    const cancelled = await exportQbrBatch(workspace, good.map((p) => p.id), {
      quarter: QUARTER,
      formats: ['xlsx'],
      sections: ['glance'],
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(cancelled).toMatchObject({ cancelled: true });
    expect(cancelled.packs).toHaveLength(1);
  });
});
