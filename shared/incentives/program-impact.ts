import type { PartnerType } from '../domain/common';
import type { IncentiveProgram } from '../domain/incentive-program';
import { quarterOf, shiftQuarter, type FiscalCalendar, type QuarterLabel } from '../domain/quarter';
import { quarterStatement, type ClosedStatement } from './quarter-statement';
import type { StatementChange, StatementImpactInput } from './statement-impact';

/** What a program change is previewed against: the statement impact's inputs, the programs as they would be stored after the save instead of the tier moves. */
export interface ProgramImpactInput extends Omit<StatementImpactInput, 'moves'> {
  /** The program's partner type: only its partners are paid by it. */
  partnerType: PartnerType;
  /** Every program as it would stand once saved: the new version added, the version it follows ended the day before (or its rules replaced in place). */
  proposed: readonly IncentiveProgram[];
}

/** The quarters from the one the change starts in through today's (or just its own, when it starts later). */
const quartersFrom = (effectiveFrom: string, current: QuarterLabel, calendar: FiscalCalendar): QuarterLabel[] => {
  const quarters: QuarterLabel[] = [];
  for (let q = quarterOf(effectiveFrom, calendar); quarters.length === 0 || q <= current; q = shiftQuarter(q, 1)) quarters.push(q);
  return quarters;
};

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
  const closedOf = new Map<string, ClosedStatement[]>();
  for (const c of input.closed) closedOf.set(c.snapshot.partner.id, [...(closedOf.get(c.snapshot.partner.id) ?? []), c]);
  const changes: StatementChange[] = [];
  for (const partner of input.partners) {
    if (partner.deleted || partner.partnerType !== input.partnerType) continue;
    const closed = closedOf.get(partner.id) ?? [];
    const closedQuarters = new Set(closed.map((c) => c.quarter));
    const common = {
      partner,
      opportunities: input.records.opportunities(partner.id),
      certifications: input.records.certifications(partner.id),
      dealCredit: input.dealCredit,
      exchangeRates: input.exchangeRates,
      calendar: input.calendar,
      closed,
    };
    for (const quarter of quarters) {
      if (closedQuarters.has(quarter)) continue;
      const beforeCents = quarterStatement({ ...common, programs: input.programs, quarter }).totalCents;
      const afterCents = quarterStatement({ ...common, programs: input.proposed, quarter }).totalCents;
      if (afterCents !== beforeCents) changes.push({ partnerId: partner.id, partnerName: partner.name, quarter, beforeCents, afterCents, differenceCents: afterCents - beforeCents });
    }
  }
  return changes.sort((a, b) => a.partnerName.localeCompare(b.partnerName) || (a.quarter < b.quarter ? -1 : 1));
};
