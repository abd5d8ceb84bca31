import { describe, expect, it } from 'vitest';
import { buildCertificationProgram } from '../../../support/records';
import { certificationProgramSchema } from '../../../../shared/domain/certification';
import { defaultExpiry, termsOn, termsVersions, withNewTerms } from '../../../../shared/domain/certification-terms';

const program = buildCertificationProgram();

describe('certification program terms by version', () => {
  it('ends the terms in force the day before a new version, which keep governing what was issued under them', () => {
    const next = { ...program, ...withNewTerms(program, { validityMonths: 12, partnerTypes: ['reseller', 'si', 'isv'] }, '2027-01-01') };
    expect(certificationProgramSchema.safeParse(next).success).toBe(true);
    expect(next).toMatchObject({ version: 2, effectiveFrom: '2027-01-01', validityMonths: 12, earlierTerms: [{ version: 1, effectiveFrom: null, until: '2026-12-31', validityMonths: 24 }] });
    // Issued on 31 December 2026 under version 1: 24 months, to 31 December 2028; a day later under version 2: 12 months.
    expect(termsOn(next, '2026-12-31').version).toBe(1);
    expect(defaultExpiry(next, '2026-12-31')).toBe('2028-12-31');
    expect(defaultExpiry(next, '2027-01-01')).toBe('2028-01-01');
    expect(termsVersions(next).map((t) => t.version)).toEqual([2, 1]);
  });

  it('changes nothing for the same terms, and replaces a version in place from its own first day', () => {
    expect(withNewTerms(program, { validityMonths: 24, partnerTypes: ['si', 'reseller'] }, '2027-01-01')).toMatchObject({ version: undefined, earlierTerms: undefined });
    const v2 = { ...program, ...withNewTerms(program, { validityMonths: 12, partnerTypes: ['reseller'] }, '2027-01-01') };
    const same = { ...v2, ...withNewTerms(v2, { validityMonths: 18, partnerTypes: ['reseller'] }, '2027-01-01') };
    expect(same).toMatchObject({ version: 2, validityMonths: 18, effectiveFrom: '2027-01-01' });
    expect(same.earlierTerms).toHaveLength(1);
  });

  it('refuses terms whose start is not after the last day of the ones they replaced', () => {
    const v2 = { ...program, ...withNewTerms(program, { validityMonths: 12, partnerTypes: ['reseller'] }, '2027-01-01') };
    const broken = certificationProgramSchema.safeParse({ ...v2, effectiveFrom: '2026-12-31' });
    expect(broken.success).toBe(false);
    expect(broken.error?.issues[0]?.path).toEqual(['effectiveFrom']);
  });
});
