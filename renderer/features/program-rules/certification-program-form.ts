import { GLOBAL_TERRITORY, partnerTypes, type PartnerType } from '../../../shared/domain/common';
import type { CertificationProgram } from '../../../shared/domain/certification';
import { currentTerms, termsStartProblem, withNewTerms, type NewTerms } from '../../../shared/domain/certification-terms';
import { closedQuartersReached } from '../../../shared/domain/rule-change';
import type { FiscalCalendar } from '../../../shared/domain/quarter';
import { fieldError, type FieldError } from '../../../shared/domain/validation';
import { words } from '../../ui/labels';
import type { RecordFormSpec } from '../../ui/record-form';
import type { Draft, FieldSpec } from '../../ui/RecordDialog';

const tracks = ['sales', 'presales', 'technical', 'services'] as const;

const baseFields: FieldSpec[] = [
  { name: 'name', label: 'Name', required: true, width: 8 },
  { name: 'code', label: 'Program code', required: true, width: 4 },
  { name: 'track', label: 'Track', options: tracks.map((t) => [t, words(t)] as const), width: 6 },
  { name: 'validityMonths', label: 'Validity (months)', kind: 'number', width: 6 },
  { name: 'partnerTypes', label: 'Partner types (comma-separated: isv, reseller, oem, si)', helperText: partnerTypes.join(', ') },
];

/**
 * The inputs; an edit also asks from when new terms (validity, partner
 * types) take effect, and why, when that day reaches a closed quarter.
 */
export const certificationProgramFields = (editing: boolean): FieldSpec[] =>
  editing
    ? [
        ...baseFields,
        {
          name: 'termsFrom',
          label: 'New validity and partner types take effect from',
          kind: 'date',
          width: 12,
          helperText: 'No tier or statement changes: recorded certifications keep their dates; from this day, one earned without an expiry gets the new validity',
        },
        { name: 'reason', label: 'Reason (needed when the day falls in a closed quarter)', kind: 'multiline', width: 12 },
      ]
    : baseFields;

/** What the editor knows beyond the program: today, and the quarters closed statements fix. */
export interface CertificationProgramContext {
  today: string;
  closedQuarters: readonly string[];
  calendar: FiscalCalendar;
}

const termsOf = (d: Draft): NewTerms => ({
  validityMonths: d.validityMonths?.trim() ? Number(d.validityMonths) : Number.NaN,
  partnerTypes: (d.partnerTypes ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean) as PartnerType[],
});

/** Whether the draft changes the terms of the program it opened on: what makes a new version. */
export const changesTerms = (program: CertificationProgram, d: Draft): boolean => {
  const next = termsOf(d);
  const now = currentTerms(program);
  return next.validityMonths !== now.validityMonths || [...next.partnerTypes].sort().join() !== [...now.partnerTypes].sort().join();
};

/** The closed quarters the draft's new terms reach; none when it changes no terms. */
export const termsReachClosed = (program: CertificationProgram | undefined, d: Draft, context: CertificationProgramContext): string[] =>
  program && changesTerms(program, d) && d.termsFrom ? closedQuartersReached(d.termsFrom, context.closedQuarters, context.calendar) : [];

/**
 * A certification track HQ offers, program-wide. An edit that changes its
 * terms makes a new version from the day asked (certification-terms.ts); the
 * name, code and track are the program's whatever the day.
 */
export const certificationProgramForm = (
  program: CertificationProgram | undefined,
  context: CertificationProgramContext,
  /** Terms to open with instead of the current ones: an earlier version being restored. */
  restoring?: NewTerms,
): RecordFormSpec<'certificationPrograms', Draft> => {
  const draftFor = (p: CertificationProgram | undefined, terms: NewTerms | undefined): Draft => ({
    name: p?.name ?? '',
    code: p?.code ?? '',
    track: p?.track ?? 'sales',
    validityMonths: String(terms?.validityMonths ?? 24),
    partnerTypes: (terms?.partnerTypes ?? []).join(', '),
    ...(p && { termsFrom: context.today, reason: '' }),
  });
  const spec: RecordFormSpec<'certificationPrograms', Draft> = {
  table: 'certificationPrograms',
  record: program,
  draftOf: (p) => draftFor(p, restoring ?? p),
  // What an edit is measured from: the program with its own terms, so restored terms are an edit to save.
  image: (p) => spec.toRecord(draftFor(p, p), p),
  toRecord: (d, opened) => {
    const fields = { territoryId: GLOBAL_TERRITORY, name: d.name, code: d.code, track: d.track };
    const next = termsOf(d);
    if (!opened) return { ...fields, validityMonths: Number.isNaN(next.validityMonths) ? undefined : next.validityMonths, partnerTypes: next.partnerTypes };
    if (!changesTerms(opened, d)) return { ...fields, validityMonths: opened.validityMonths, partnerTypes: opened.partnerTypes };
    // Not a number: the schema names it under its input, with the version fields left as they are.
    if (Number.isNaN(next.validityMonths)) return { ...fields, validityMonths: undefined, partnerTypes: next.partnerTypes };
    return { ...fields, ...withNewTerms(opened, next, d.termsFrom?.trim() || context.today) };
  },
  check: (_fields, { draft, opened }): FieldError[] => {
    if (!opened || !changesTerms(opened, draft)) return [];
    const from = draft.termsFrom?.trim() ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) return [fieldError('termsFrom', 'is needed: the day the new terms take effect')];
    const start = termsStartProblem(opened, from);
    if (start) return [fieldError('termsFrom', start)];
    const reached = termsReachClosed(opened, draft, context);
    return reached.length > 0 && !draft.reason?.trim() ? [fieldError('reason', `is needed: the new terms reach closed quarter ${reached[0]}`)] : [];
  },
  };
  return spec;
};
