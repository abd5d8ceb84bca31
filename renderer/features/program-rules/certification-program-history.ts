import { GLOBAL_TERRITORY } from '../../../shared/domain/common';
import type { CertificationProgram } from '../../../shared/domain/certification';
import { currentTerms, termsVersions, type NewTerms, type TermsInForce } from '../../../shared/domain/certification-terms';
import { dateText } from '../../../shared/domain/date-text';
import type { FieldChange, RuleChange } from '../../../shared/domain/rule-change';
import { partnerTypeLabels } from '../../ui/labels';
import type { NewRecord } from '../../db';
import type { RuleVersionRow } from './RuleVersionHistory';

const typesText = (t: Pick<NewTerms, 'partnerTypes'>): string => t.partnerTypes.map((type) => partnerTypeLabels[type]).join(', ');

const inForceText = (t: TermsInForce, until: string | null): string =>
  `${t.effectiveFrom ? `From ${dateText(t.effectiveFrom)}` : 'From the start'}${until ? ` to ${dateText(until)}` : ''}: ${t.validityMonths} months, ${typesText(t)}`;

/** What a new version changes, as the rule history lists it. */
export const termsChanges = (before: NewTerms, after: NewTerms): FieldChange[] => [
  ...(before.validityMonths !== after.validityMonths ? [{ field: 'Validity', before: `${before.validityMonths} months`, after: `${after.validityMonths} months` }] : []),
  ...([...before.partnerTypes].sort().join() !== [...after.partnerTypes].sort().join() ? [{ field: 'Partner types', before: typesText(before), after: typesText(after) }] : []),
];

/**
 * A program's terms as its history lists them, newest first: each version
 * with its days and terms, what it changed from the one before, and the
 * history record of that version (one program record holds every version, so
 * a record is found by the program and the version number).
 */
export const certificationHistoryRows = (program: CertificationProgram, changes: readonly RuleChange[]): RuleVersionRow[] => {
  const records = new Map(
    changes
      .filter((c) => !c.deleted && c.table === 'certificationPrograms' && c.recordId === program.id)
      .sort((a, b) => a.changedAt.localeCompare(b.changedAt))
      .map((c) => [c.version, c]),
  );
  const versions = termsVersions(program);
  const untilOf = new Map((program.earlierTerms ?? []).map((t) => [t.version, t.until]));
  return versions.map((t, i) => {
    const before = versions[i + 1];
    return {
      id: String(t.version),
      version: t.version,
      inForce: inForceText(t, untilOf.get(t.version) ?? null),
      changes: before ? termsChanges(before, t) : [],
      record: records.get(t.version),
      first: before === undefined,
    };
  });
};

/** Whether a save changed the program's terms: a new version, or its terms replaced in place from the same day. */
export const termsSaved = (before: CertificationProgram, after: CertificationProgram): boolean => termsChanges(currentTerms(before), currentTerms(after)).length > 0;

/** The history record of a save that changed the terms; who and when stand until the server writes its own. */
export const certificationRuleChange = (
  before: CertificationProgram,
  after: CertificationProgram,
  context: { reason: string; closedQuartersReached: string[]; restoredFromVersion: number | null; user: { id: string; displayName: string } | null },
): NewRecord<'ruleChanges'> => ({
  territoryId: GLOBAL_TERRITORY,
  table: 'certificationPrograms',
  recordId: after.id,
  version: after.version ?? 1,
  subject: after.name,
  kind: context.restoredFromVersion === null ? 'new-version' : 'restore',
  restoredFromVersion: context.restoredFromVersion,
  effectiveFrom: after.effectiveFrom ?? new Date().toISOString().slice(0, 10),
  changes: termsChanges(currentTerms(before), currentTerms(after)),
  reason: context.reason.trim() === '' ? null : context.reason.trim(),
  closedQuartersReached: context.closedQuartersReached,
  changedAt: new Date().toISOString(),
  changedByUserId: context.user?.id ?? 'this-device',
  changedByName: context.user?.displayName ?? 'This device',
});
