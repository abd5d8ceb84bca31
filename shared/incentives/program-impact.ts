import type { PartnerType } from '../domain/common';
import type { IncentiveProgram } from '../domain/incentive-program';
import { byPartnerThenQuarter, changedOpenStatements, closedByPartner, quartersFrom, type StatementChange, type StatementImpactInput } from './statement-impact';

/** What a program change is previewed against: the statement impact's inputs, the programs as they would be stored after the save instead of the tier moves. */
export interface ProgramImpactInput extends Omit<StatementImpactInput, 'moves'> {
  /** The program's partner type: only its partners are paid by it. */
  partnerType: PartnerType;
  /** Every program as it would stand once saved: the new version added, the version it follows ended the day before (or its rules replaced in place). */
  proposed: readonly IncentiveProgram[];
}

/**
 * Which open statements a program change moves and by how much: for every
 * partner of the program's type, each open quarter from the one the change
 * takes effect in through today's, the statement under today's programs
 * against the same under the proposed ones, both by `quarterStatement` as
 * every screen reads them (so a quarter the old and new version share is
 * paid as the statement will pay it). A partner's closed quarter is its
 * snapshot and never changes, so it is left out; only statements whose total
 * differs are listed, as `statementImpact` lists them for a tier change.
 */
export const programImpact = (input: ProgramImpactInput): StatementChange[] => {
  const quarters = quartersFrom(input.effectiveFrom, input.currentQuarter, input.calendar);
  const closedOf = closedByPartner(input.closed);
  const changes: StatementChange[] = [];
  for (const partner of input.partners) {
    if (partner.deleted || partner.partnerType !== input.partnerType) continue;
    changes.push(...changedOpenStatements(input, closedOf.get(partner.id) ?? [], quarters, { partner, programs: input.programs }, { partner, programs: input.proposed }));
  }
  return changes.sort(byPartnerThenQuarter);
};
