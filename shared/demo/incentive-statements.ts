import type { IncentiveStatementRecord } from '../domain/incentive-statement-record';
import { closedStatementsOf, snapshotOf } from '../domain/incentive-statement-record';
import { dealsByPartner } from '../domain/deal-credit';
import type { Certification } from '../domain/certification';
import { fiscalCalendarOf, shiftQuarter, quarterOf } from '../domain/quarter';
import { quarterStatement } from '../incentives/quarter-statement';
import { addDays } from './calendar';
import { DemoContext } from './context';
import type { Workspace } from './types';

/** How many completed quarters the demo has closed statements for. */
const CLOSED_QUARTERS = 4;
/** The demo's own stream (record ids only), so closing statements leaves every other demo record as it was. */
const statementSeed = (seed: number): number => (seed + 0x27d4_eb2f) >>> 0;

const byPartner = <T extends { partnerId: string | null }>(records: readonly T[]): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const r of records) if (r.partnerId !== null) groups.set(r.partnerId, [...(groups.get(r.partnerId) ?? []), r]);
  return groups;
};

/**
 * How far finance got with a partner's statement, by the partner's place in
 * the list (no draws, so the rest of the demo is untouched): older quarters
 * are paid, but for every tenth partner the newest of them still waits for
 * payment; the last completed quarter is closed for everyone, approved for
 * two in three, and paid for one in three.
 */
const stageOf = (index: number, quartersBack: number): 'closed' | 'approved' | 'paid' => {
  if (quartersBack === 1) return index % 3 === 0 ? 'closed' : index % 3 === 1 ? 'paid' : 'approved';
  if (quartersBack === 2 && index % 10 === 9) return 'approved';
  return 'paid';
};

/**
 * The demo's closed statements (DESIGN §2): for the last completed quarters,
 * each partner's statement closed by HQ a few days after the quarter ended,
 * oldest first, each computed by the calculator every screen uses with the
 * quarters closed before it (so a credit note issued after a close shows as
 * a clawback next quarter), then approved and paid as `stageOf` says. A step
 * that would fall after the demo's today is not taken.
 */
export const makeIncentiveStatements = (workspace: Workspace): IncentiveStatementRecord[] => {
  const { records, options } = workspace;
  const settings = records.programSettings[0];
  const ids = new DemoContext(statementSeed(options.seed), options.asOf, fiscalCalendarOf(settings));
  const hq = workspace.users.find((u) => u.role === 'hq');
  if (!hq) return [];
  // As the server closes them: each deal under every partner on it, at HQ's credit and rates, in the program's quarters.
  const deals = dealsByPartner(records.opportunities);
  const certifications = byPartner<Certification>(records.certifications);
  const current = quarterOf(options.asOf, ids.calendar);
  const made: IncentiveStatementRecord[] = [];
  records.partners.forEach((partner, index) => {
    const own: IncentiveStatementRecord[] = [];
    for (let back = CLOSED_QUARTERS; back >= 1; back--) {
      const quarter = ids.range(shiftQuarter(current, -back));
      const closedOn = addDays(quarter.end, 5);
      if (partner.enrolledOn > quarter.end || closedOn > options.asOf) continue;
      const statement = quarterStatement({
        partner,
        programs: records.incentivePrograms,
        opportunities: deals.get(partner.id) ?? [],
        certifications: certifications.get(partner.id) ?? [],
        exchangeRates: settings?.exchangeRates,
        dealCredit: settings?.dealCredit,
        calendar: ids.calendar,
        quarter: quarter.label,
        closed: closedStatementsOf(own, partner.id),
      });
      if (statement.programs.length === 0) continue;
      const inForce = new Set(statement.programs.map((p) => p.id));
      const stage = stageOf(index, back);
      const approvedOn = addDays(closedOn, 7);
      const paidOn = addDays(closedOn, 20);
      const approved = stage !== 'closed' && approvedOn <= options.asOf;
      const paid = stage === 'paid' && approved && paidOn <= options.asOf;
      const at = (day: string) => `${day}T15:00:00.000Z`;
      const record: IncentiveStatementRecord = {
        id: ids.id(),
        territoryId: partner.territoryId,
        updatedAt: at(paid ? paidOn : approved ? approvedOn : closedOn),
        deleted: false,
        partnerId: partner.id,
        quarter: quarter.label,
        status: paid ? 'paid' : approved ? 'approved' : 'closed',
        snapshot: snapshotOf(statement),
        programsAtClose: records.incentivePrograms.filter((p) => inForce.has(p.id)),
        closedAt: at(closedOn),
        closedByUserId: hq.id,
        closedByName: hq.displayName,
        approvedAt: approved ? at(approvedOn) : null,
        approvedByUserId: approved ? hq.id : null,
        approvedByName: approved ? hq.displayName : null,
        paidOn: paid ? paidOn : null,
        paidByUserId: paid ? hq.id : null,
        paidByName: paid ? hq.displayName : null,
        paymentReference: paid ? `REM-${quarter.label}-${String(index + 1).padStart(3, '0')}` : null,
      };
      own.push(record);
    }
    made.push(...own);
  });
  return made;
};
