import type { Certification } from '../../shared/domain/certification';
import type { ExchangeRate } from '../../shared/domain/currency';
import { dateText } from '../../shared/domain/date-text';
import { newId } from '../../shared/domain/ids';
import type { IncentiveProgram } from '../../shared/domain/incentive-program';
import {
  closedStatementsOf,
  incentiveStatementRecordSchema,
  snapshotOf,
  SNAPSHOT_LIMITS,
  type IncentiveStatementRecord,
} from '../../shared/domain/incentive-statement-record';
import { dealsByPartner, type DealCredit } from '../../shared/domain/deal-credit';
import type { Opportunity } from '../../shared/domain/opportunity';
import type { Partner } from '../../shared/domain/partner';
import type { ProgramSettings } from '../../shared/domain/program-settings';
import { fiscalCalendarOf, quarterRange, type FiscalCalendar } from '../../shared/domain/quarter';
import { fieldMap, validate } from '../../shared/domain/validation';
import { quarterStatement } from '../../shared/incentives';
import type { CloseStatementsResponse } from '../../shared/sync/statement-close';
import type { Caller } from '../auth/users';
import type { Queryable, Store } from '../store/db';
import { writeServerRecords } from './server-writes';
import { lockVersions } from './versions';

/** Which partners a close covers: one, a territory's, or every partner. */
export type CloseTarget = { partnerId: string } | { territoryId: string } | { all: true };

/** Why nothing was closed at all, named by field, for the route to answer with a 4xx. */
export class CloseRefused extends Error {
  constructor(
    readonly code: 'forbidden' | 'bad_request' | 'not_found',
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'CloseRefused';
  }
}

export interface CloseOutcome {
  response: CloseStatementsResponse;
  /** Territories whose records changed, to poke. */
  changed: string[];
  version: number;
}

const liveRows = async <T>(tx: Queryable, table: string, where = '', params: unknown[] = []): Promise<T[]> =>
  (await tx.query<{ data: T }>(`select data from records where tbl = $1 and not deleted ${where}`, [table, ...params])).map((r) => r.data);

const targetPartners = async (tx: Queryable, target: CloseTarget): Promise<Partner[]> => {
  if ('partnerId' in target) return liveRows<Partner>(tx, 'partners', 'and id = $2', [target.partnerId]);
  if ('territoryId' in target) return liveRows<Partner>(tx, 'partners', 'and territory_id = $2', [target.territoryId]);
  return liveRows<Partner>(tx, 'partners');
};

const ofPartners = <T>(tx: Queryable, table: string, partnerIds: string[]): Promise<T[]> =>
  liveRows<T>(tx, table, "and data->>'partnerId' in (select jsonb_array_elements_text($2::jsonb))", [JSON.stringify(partnerIds)]);

/** The deals the partners are on: as the deal's own partner, or named beside it (deal-credit.ts). */
const dealsOfPartners = (tx: Queryable, partnerIds: string[]): Promise<Opportunity[]> =>
  liveRows<Opportunity>(
    tx,
    'opportunities',
    `and (data->>'partnerId' in (select jsonb_array_elements_text($2::jsonb))
      or exists (select 1 from jsonb_array_elements(coalesce(data->'coPartners', '[]'::jsonb)) co
                 where co->>'partnerId' in (select jsonb_array_elements_text($2::jsonb))))`,
    [JSON.stringify(partnerIds)],
  );

const groupByPartner = <T extends { partnerId: string | null }>(records: readonly T[]): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const r of records) if (r.partnerId !== null) groups.set(r.partnerId, [...(groups.get(r.partnerId) ?? []), r]);
  return groups;
};

/**
 * The record that freezes one partner's quarter, computed from the server's
 * own store by the calculator every screen uses (quarterStatement), with the
 * partner's earlier closed quarters, so their adjustment lines are frozen
 * with it. The programs in force are kept beside it: a later edit of one
 * never reopens the quarter.
 */
const closedRecord = (
  partner: Partner,
  quarter: string,
  sources: {
    programs: IncentiveProgram[];
    opportunities: Opportunity[];
    certifications: Certification[];
    closed: IncentiveStatementRecord[];
    exchangeRates?: readonly ExchangeRate[];
    dealCredit?: DealCredit;
    calendar: FiscalCalendar;
  },
  caller: Caller,
  closedAt: string,
): { record: IncentiveStatementRecord } | { reason: string } => {
  const statement = quarterStatement({
    partner,
    programs: sources.programs,
    opportunities: sources.opportunities,
    certifications: sources.certifications,
    exchangeRates: sources.exchangeRates,
    dealCredit: sources.dealCredit,
    calendar: sources.calendar,
    quarter,
    closed: closedStatementsOf(sources.closed, partner.id),
  });
  if (statement.programs.length > SNAPSHOT_LIMITS.programs) {
    return { reason: `${statement.programs.length} programs were in force in ${quarter}; a closed statement keeps at most ${SNAPSHOT_LIMITS.programs}.` };
  }
  if (statement.lines.length > SNAPSHOT_LIMITS.lines) {
    return { reason: `The statement has ${statement.lines.length} lines; a closed statement keeps at most ${SNAPSHOT_LIMITS.lines}.` };
  }
  const inForce = new Set(statement.programs.map((p) => p.id));
  const checked = validate(incentiveStatementRecordSchema, {
    id: newId(),
    territoryId: partner.territoryId,
    updatedAt: closedAt,
    deleted: false,
    partnerId: partner.id,
    quarter,
    status: 'closed',
    snapshot: snapshotOf(statement),
    programsAtClose: sources.programs.filter((p) => inForce.has(p.id)),
    closedAt,
    closedByUserId: caller.id,
    closedByName: caller.displayName || caller.email,
    approvedAt: null,
    approvedByUserId: null,
    approvedByName: null,
    paidOn: null,
    paidByUserId: null,
    paidByName: null,
    paymentReference: null,
  });
  if (!checked.ok) return { reason: `The statement could not be frozen: ${Object.values(fieldMap(checked.errors)).slice(0, 3).join('; ')}` };
  return { record: checked.value };
};

/**
 * Closes the quarter's statements of the target partners (DESIGN §2): HQ
 * only, and only a quarter that has ended on the server's calendar. In one
 * transaction, under the version lock every write takes, so two closes of
 * the same quarter cannot both write: the second finds the first's records
 * and lists them as already closed.
 */
export const closeStatements = async (store: Store, caller: Caller, quarter: string, target: CloseTarget, nowMs: number): Promise<CloseOutcome> => {
  if (caller.role !== 'hq') throw new CloseRefused('forbidden', 'Only HQ closes incentive statements.');
  const closedAt = new Date(nowMs).toISOString();
  return store.transaction(async (tx) => {
    // Taken first: closes and pushes queue here, so the check below sees every record written before.
    await lockVersions(tx);
    // The quarter is the program's fiscal one (its settings), and only one that has ended closes.
    const calendar = fiscalCalendarOf((await liveRows<ProgramSettings>(tx, 'programSettings'))[0]);
    const { end } = quarterRange(quarter, calendar);
    const today = closedAt.slice(0, 10);
    if (end >= today) {
      throw new CloseRefused('bad_request', `${quarter} has not ended: it runs to ${dateText(end)}, and a statement is closed once its quarter is over.`, {
        quarter: `${quarter} has not ended yet (it ends on ${dateText(end)})`,
      });
    }
    const partners = await targetPartners(tx, target);
    if ('partnerId' in target && partners.length === 0) {
      throw new CloseRefused('not_found', 'There is no such partner on the server.', { partnerId: 'No partner has this id' });
    }
    const ids = partners.map((p) => p.id);
    const [programs, opportunities, certifications, statements, settings] = await Promise.all([
      liveRows<IncentiveProgram>(tx, 'incentivePrograms'),
      dealsOfPartners(tx, ids),
      ofPartners<Certification>(tx, 'certifications', ids),
      ofPartners<IncentiveStatementRecord>(tx, 'incentiveStatements', ids),
      // HQ's quarterly rates: a deal in another currency closes converted, or left out and said so.
      liveRows<ProgramSettings>(tx, 'programSettings'),
    ]);
    const exchangeRates = settings[0]?.exchangeRates;
    const dealCredit = settings[0]?.dealCredit;
    const deals = dealsByPartner(opportunities);
    const certs = groupByPartner(certifications);
    const closedBefore = groupByPartner(statements);

    const response: CloseStatementsResponse = { closed: [], alreadyClosed: [], refused: [] };
    const records: IncentiveStatementRecord[] = [];
    for (const partner of partners) {
      const closed = closedBefore.get(partner.id) ?? [];
      const existing = closed.find((s) => s.quarter === quarter);
      if (existing) {
        response.alreadyClosed.push({ id: existing.id, partnerId: partner.id, quarter });
        continue;
      }
      const made = closedRecord(
        partner,
        quarter,
        { programs, opportunities: deals.get(partner.id) ?? [], certifications: certs.get(partner.id) ?? [], closed, exchangeRates, dealCredit, calendar },
        caller,
        closedAt,
      );
      if ('reason' in made) {
        response.refused.push({ partnerId: partner.id, reason: made.reason });
        continue;
      }
      records.push(made.record);
      response.closed.push({ id: made.record.id, partnerId: partner.id, quarter });
    }
    const version = await writeServerRecords(tx, records.map((data) => ({ table: 'incentiveStatements' as const, data })), caller.id, nowMs);
    return { response, changed: [...new Set(records.map((r) => r.territoryId))], version };
  });
};
