import { GLOBAL_TERRITORY } from '../../../shared/domain/common';
import { dateText } from '../../../shared/domain/date-text';
import { incentiveProgramSchema, type IncentiveProgram } from '../../../shared/domain/incentive-program';
import { dayBefore } from '../../../shared/domain/quarter';
import { validate, ValidationError, type FieldError } from '../../../shared/domain/validation';
import type { NewRecord } from '../../db';
import { incentiveProgramChanges } from './incentive-program-changes';
import type { programFromDraft } from './incentive-rules-program';
import { programKey, versionNumber } from './incentive-program-versions';

/** The program fields as the dialog hands them over, not yet checked; `effectiveFrom` is the day the change takes effect. */
export type ProgramFields = ReturnType<typeof programFromDraft>;

/**
 * A program change the editor is about to save, after its preview: a first
 * version, a new version from a day after the one it follows took effect
 * (which ends that one the day before), or the latest version's rules
 * replaced in place (a change from the day it took effect: no quarter was
 * governed by it alone before).
 */
export interface IncentiveProgramProposal {
  /** As it would be stored; a new record's id is only a stand-in for the preview, the repository makes the real one. */
  program: IncentiveProgram;
  /** The version it follows or replaces, as stored now; none for a new program. */
  previous: IncentiveProgram | undefined;
  /** The day `previous` now ends, when the proposal is a new version after it. */
  previousEndsOn: string | null;
  restoredFromVersion: number | null;
}

const PREVIEW_ID = 'proposed-version';

/** A new record to create rather than the stored version edited. */
export const isNewVersion = (proposal: IncentiveProgramProposal): boolean => proposal.program.id === PREVIEW_ID;

/** Why a change cannot take effect on `from`, in the words of the box it was typed in. */
const startProblem = (latest: IncentiveProgram, from: string): string | undefined => {
  const version = versionNumber(latest);
  if (from < latest.effectiveFrom) return `Takes effect from must be on or after ${dateText(latest.effectiveFrom)}, the day version ${version} took effect`;
  if (latest.effectiveTo && dayBefore(from) > latest.effectiveTo) return `Takes effect from must be no later than the day after ${dateText(latest.effectiveTo)}, the last day of version ${version}`;
  return undefined;
};

/**
 * The change as it would be stored, checked as the save will check it (the
 * schema, and a start the version it follows allows) before any preview: a
 * band out of order is refused under its box, not previewed. `latest` is the
 * program's latest version (none for a new program); a restore names the
 * version whose rules it brings back. Throws a ValidationError naming each
 * field at fault.
 */
export const proposeIncentiveProgram = (fields: ProgramFields, latest: IncentiveProgram | undefined, restoredFromVersion: number | null = null): IncentiveProgramProposal => {
  const from = fields.effectiveFrom;
  const start = latest && /^\d{4}-\d{2}-\d{2}$/.test(from) ? startProblem(latest, from) : undefined;
  const splits = latest !== undefined && from > latest.effectiveFrom;
  const stamps = { id: PREVIEW_ID, updatedAt: new Date(0).toISOString(), deleted: false };
  // A version keeps its program's partner type: a program for another type is another program.
  const candidate = !latest
    ? { ...stamps, ...fields }
    : splits
      ? { ...stamps, ...fields, partnerType: latest.partnerType, territoryId: latest.territoryId, versionOf: programKey(latest), version: versionNumber(latest) + 1 }
      : { ...latest, ...fields, partnerType: latest.partnerType, effectiveFrom: latest.effectiveFrom };
  const checked = validate(incentiveProgramSchema, candidate);
  const errors: FieldError[] = checked.ok ? [] : checked.errors;
  if (start && !errors.some((e) => e.field === 'effectiveFrom')) errors.push({ field: 'effectiveFrom', message: start });
  // A version that changes nothing would only add a line to the history.
  if (checked.ok && latest && restoredFromVersion === null && errors.length === 0 && incentiveProgramChanges(latest, checked.value).length === 0) {
    errors.push({ field: 'rules', message: `Rules are as version ${versionNumber(latest)} has them: change something to save` });
  }
  if (errors.length > 0 || !checked.ok) throw new ValidationError('Incentive program', errors);
  return { program: checked.value, previous: latest, previousEndsOn: splits ? dayBefore(from) : null, restoredFromVersion };
};

/** Every program as it would stand once the proposal is saved: what the preview computes the statements with. */
export const programsAfter = (programs: readonly IncentiveProgram[], proposal: IncentiveProgramProposal): IncentiveProgram[] => {
  const { program, previous, previousEndsOn } = proposal;
  const kept = programs.filter((p) => p.id !== program.id);
  const ended = previousEndsOn && previous ? kept.map((p) => (p.id === previous.id ? { ...p, effectiveTo: previousEndsOn } : p)) : kept;
  return [...ended, program];
};

/** The new version as the repository creates it. */
export const programToCreate = ({ program }: IncentiveProgramProposal): NewRecord<'incentivePrograms'> => {
  const { id: _stand_in, updatedAt: _made, deleted: _live, ...fields } = program;
  return fields;
};

/** The history record saved beside the version: what it changed from the rules before it, and why when it reaches closed quarters. */
export const programChangeToCreate = (
  proposal: IncentiveProgramProposal,
  saved: IncentiveProgram,
  context: { reason: string; closedQuartersReached: string[]; user: { id: string; displayName: string } | null },
): NewRecord<'ruleChanges'> => ({
  territoryId: GLOBAL_TERRITORY,
  table: 'incentivePrograms',
  recordId: saved.id,
  version: versionNumber(saved),
  subject: saved.name,
  kind: proposal.restoredFromVersion === null ? 'new-version' : 'restore',
  restoredFromVersion: proposal.restoredFromVersion,
  effectiveFrom: saved.effectiveFrom,
  changes: incentiveProgramChanges(proposal.previous, saved),
  reason: context.reason.trim() === '' ? null : context.reason.trim(),
  closedQuartersReached: context.closedQuartersReached,
  // The server writes who and when from the signed-in caller (rule-change.ts); these stand until it does, and in the demo.
  changedAt: new Date().toISOString(),
  changedByUserId: context.user?.id ?? 'this-device',
  changedByName: context.user?.displayName ?? 'This device',
});
