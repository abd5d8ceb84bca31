import { describe, expect, it } from 'vitest';
import type { IncentiveRule } from '../../../../shared/domain';
import { buildIncentiveStatement } from '../../../../shared/incentives';
import { QUARTER, lineOf, makeCertification, makeDeal, makePartner, makeProgram, usd } from './factory';

const si = makePartner('si');
const otherSi = { ...makePartner('si'), id: 'partner-other-si' };

const siRules: IncentiveRule[] = [
  { kind: 'sourced-pipeline-bonus', rateBps: 300 },
  { kind: 'implementation-attach', rateBps: 1_000 },
  { kind: 'certification-reward', amountPerCertificationCents: usd(750) },
];

describe('SI incentive statement', () => {
  // s1 is both partner-sourced (created in Q3) and won in Q3
  const s1 = makeDeal(si, { partnerRole: 'sourced', createdOn: '2026-07-10', closeOn: '2026-09-15', amountCents: usd(40_000), servicesAttachedCents: usd(8_000) });
  const s2 = makeDeal(si, { partnerRole: 'sourced', stage: 'negotiate', createdOn: '2026-08-01', closeOn: '2026-12-01', amountCents: usd(25_000) });
  const s3 = makeDeal(si, { partnerRole: 'influenced', createdOn: '2026-05-01', closeOn: '2026-07-20', amountCents: usd(30_000), servicesAttachedCents: usd(4_500) });
  const s4 = makeDeal(si, { partnerRole: 'sourced', createdOn: '2026-06-15', closeOn: '2026-08-01', amountCents: usd(20_000), servicesAttachedCents: usd(2_000) });
  const noise = [
    makeDeal(si, { partnerRole: 'sourced', createdOn: '2026-07-01', amountCents: usd(50_000), servicesAttachedCents: usd(9_000), deleted: true }),
    makeDeal(otherSi, { partnerRole: 'sourced', createdOn: '2026-07-01', amountCents: usd(50_000), servicesAttachedCents: usd(9_000) }),
    makeDeal(si, { partnerId: null, partnerRole: null, channel: 'direct', createdOn: '2026-07-01', amountCents: usd(50_000), servicesAttachedCents: usd(9_000) }),
  ];
  const c1 = makeCertification(si, { status: 'certified', issuedOn: '2026-07-10' });
  const c2 = makeCertification(si, { status: 'expiring', issuedOn: '2026-09-30', expiresOn: '2026-10-30' });
  const certifications = [
    c1,
    c2,
    makeCertification(si, { status: 'expired', issuedOn: '2026-08-01', expiresOn: '2026-09-01' }),
    makeCertification(si, { status: 'certified', issuedOn: '2026-06-30' }),
    makeCertification(si, { status: 'in-progress', issuedOn: null, expiresOn: null }),
    makeCertification(si, { status: 'certified', issuedOn: '2026-08-01', deleted: true }),
    makeCertification(otherSi, { status: 'certified', issuedOn: '2026-08-01' }),
  ];
  const statement = buildIncentiveStatement({
    partner: si,
    programs: [makeProgram('si', siRules)],
    opportunities: [s1, s2, s3, s4, ...noise],
    certifications,
    quarter: QUARTER,
  });

  it('pays on sourced pipeline created in the quarter', () => {
    const line = lineOf(statement, 'sourced-pipeline-bonus');
    // s1 $40,000 + s2 $25,000 = $65,000 (s4 was created in Q2); × 3% = $1,950
    expect(line.sourceIds).toEqual([s1.id, s2.id]);
    expect(line.calculation).toBe('$65,000 × 3% = $1,950');
    expect(line.basis.description).toBe('Sourced pipeline created in 2026-Q3 (2 deals)');
  });

  it('pays on services attached to deals won in the quarter, a sourced deal included', () => {
    const line = lineOf(statement, 'implementation-attach');
    // s1 $8,000 + s3 $4,500 + s4 $2,000 = $14,500; × 10% = $1,450
    expect(line.sourceIds).toEqual([s1.id, s3.id, s4.id]);
    expect(line.calculation).toBe('$14,500 × 10% = $1,450');
  });

  it('rewards certifications earned in the quarter', () => {
    const line = lineOf(statement, 'certification-reward');
    // c1 (certified 07-10) and c2 (expiring, issued 09-30): 2 × $750 = $1,500
    expect(line.sourceIds).toEqual([c1.id, c2.id]);
    expect(line.calculation).toBe('2 certifications × $750 = $1,500');
    expect(line.basis).toEqual({ amount: 2, measure: 'certifications', description: 'Certifications earned in 2026-Q3' });
  });

  it('totals the lines', () => {
    // $1,950 + $1,450 + $1,500 = $4,900
    expect(statement.totalCents).toBe(usd(4_900));
    expect(statement.bandPreviews).toEqual([]);
  });

  it('caps the sourced pipeline bonus', () => {
    const capped = buildIncentiveStatement({
      partner: si,
      programs: [makeProgram('si', [{ kind: 'sourced-pipeline-bonus', rateBps: 300, capCents: usd(1_500) }])],
      opportunities: [s1, s2],
      certifications: [],
      quarter: QUARTER,
    });
    // $65,000 × 3% = $1,950 > $1,500 cap
    expect(capped.totalCents).toBe(usd(1_500));
    expect(capped.lines[0]!.calculation).toBe('$65,000 × 3% = $1,950, capped at $1,500');
  });
});
