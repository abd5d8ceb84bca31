import { describe, expect, it } from 'vitest';
import { buildCertificationProgram } from '../../../../support/records';
import type { CertificationProgram } from '../../../../../shared/domain/certification';
import { CALENDAR_YEAR } from '../../../../../shared/domain/quarter';
import type { RuleChange } from '../../../../../shared/domain/rule-change';
import { certificationForm } from '../../../../../renderer/features/certifications/certification-form';
import { certificationProgramForm } from '../../../../../renderer/features/program-rules/certification-program-form';
import { certificationHistoryRows, certificationRuleChange } from '../../../../../renderer/features/program-rules/certification-program-history';

const program = buildCertificationProgram();
// 2026-Q3 is closed: a version from a day inside it asks why.
const context = { today: '2026-12-04', closedQuarters: ['2026-Q2', '2026-Q3'], calendar: CALENDAR_YEAR };
const spec = certificationProgramForm(program, context);
const opened = spec.draftOf(program);
const edit = (changes: Record<string, string>) => ({ ...opened, ...changes });
const checked = (draft: Record<string, string>) => spec.check!(spec.toRecord(draft, program), { draft, opened: program, isNew: false });

describe('a certification program edited as a new version of its terms', () => {
  it('makes version 2 from the day asked, and leaves a name-only edit as an edit', () => {
    expect(opened.termsFrom).toBe('2026-12-04');
    expect(spec.toRecord(edit({ validityMonths: '12', termsFrom: '2027-01-01' }), program)).toMatchObject({
      validityMonths: 12,
      version: 2,
      effectiveFrom: '2027-01-01',
      earlierTerms: [{ version: 1, until: '2026-12-31', validityMonths: 24 }],
    });
    const renamed = spec.toRecord(edit({ name: 'Sales Professional II' }), program);
    expect(renamed).toMatchObject({ name: 'Sales Professional II', validityMonths: 24 });
    expect(renamed).not.toHaveProperty('version');
    // The form's image of the program is the program: opening and saving changes nothing.
    expect(spec.image!(program)).toEqual(spec.toRecord(opened, program));
  });

  it('asks why when the new terms start in a closed quarter, and refuses a start before the version they follow', () => {
    expect(checked(edit({ validityMonths: '12', termsFrom: '2026-09-15' }))).toEqual([{ field: 'reason', message: 'Reason is needed: the new terms reach closed quarter 2026-Q3' }]);
    expect(checked(edit({ validityMonths: '12', termsFrom: '2026-09-15', reason: 'The vendor shortened every sales track' }))).toEqual([]);
    expect(checked(edit({ validityMonths: '12', termsFrom: '2027-01-01' }))).toEqual([]);
    const v2: CertificationProgram = { ...program, ...(spec.toRecord(edit({ validityMonths: '12', termsFrom: '2027-01-01' }), program) as Partial<CertificationProgram>) };
    const again = certificationProgramForm(v2, context);
    const draft = { ...again.draftOf(v2), validityMonths: '18', termsFrom: '2026-12-15' };
    expect(again.check!(again.toRecord(draft, v2), { draft, opened: v2, isNew: false })[0]?.message).toBe('Terms from must be on or after Jan 1, 2027, the day version 1 took effect'.replace('version 1', 'version 2'));
  });

  it('lists the versions newest first with what each changed and its record, and restores an earlier one as an edit', () => {
    const v2: CertificationProgram = { ...program, ...(spec.toRecord(edit({ validityMonths: '12', termsFrom: '2027-01-01' }), program) as Partial<CertificationProgram>) };
    const record = { ...certificationRuleChange(program, v2, { reason: '', closedQuartersReached: [], restoredFromVersion: null, user: { id: 'u1', displayName: 'Hana HQ' } }), id: 'r1', updatedAt: '', deleted: false } as RuleChange;
    expect(record).toMatchObject({ table: 'certificationPrograms', recordId: 'sales-pro', version: 2, changes: [{ field: 'Validity', before: '24 months', after: '12 months' }], reason: null });
    const rows = certificationHistoryRows(v2, [record]);
    expect(rows.map((r) => [r.version, r.inForce, r.record?.changedByName ?? null])).toEqual([
      [2, 'From Jan 1, 2027: 12 months, Reseller, Systems integrator', 'Hana HQ'],
      [1, 'From the start to Dec 31, 2026: 24 months, Reseller, Systems integrator', null],
    ]);
    // Restoring version 1 opens on its terms, and saving them is a change: version 3.
    const restore = certificationProgramForm(v2, context, { validityMonths: 24, partnerTypes: ['reseller', 'si'] });
    const draft = { ...restore.draftOf(v2), termsFrom: '2027-04-01' };
    expect(restore.draftOf(v2).validityMonths).toBe('24');
    expect(restore.toRecord(draft, v2)).toMatchObject({ version: 3, validityMonths: 24, effectiveFrom: '2027-04-01' });
    expect(restore.image!(v2)).toMatchObject({ validityMonths: 12 });
  });

  it('gives a certification earned without an expiry the validity of the terms on its issue date', () => {
    const v2: CertificationProgram = { ...program, ...(spec.toRecord(edit({ validityMonths: '12', termsFrom: '2027-01-01' }), program) as Partial<CertificationProgram>) };
    const form = certificationForm({ id: 'p1', territoryId: 't1' }, undefined, { contactId: 'c1', programId: 'sales-pro' }, [v2]);
    const draft = { ...form.draftOf(undefined), status: 'certified' };
    expect(form.toRecord({ ...draft, issuedOn: '2026-12-31' }, undefined)).toMatchObject({ expiresOn: '2028-12-31' });
    expect(form.toRecord({ ...draft, issuedOn: '2027-02-10' }, undefined)).toMatchObject({ expiresOn: '2028-02-10' });
    // A typed expiry stands; one in progress gets none.
    expect(form.toRecord({ ...draft, issuedOn: '2027-02-10', expiresOn: '2027-12-31' }, undefined)).toMatchObject({ expiresOn: '2027-12-31' });
    expect(form.toRecord({ ...draft, status: 'in-progress', issuedOn: '2027-02-10' }, undefined)).toMatchObject({ expiresOn: null });
  });
});
