import { PROGRAM_SETTINGS_ID, type ProgramSettings } from '../../shared/domain/program-settings';
import { fiscalCalendarOf, type FiscalCalendar } from '../../shared/domain/quarter';
import { closedQuartersReached, type RuleChange } from '../../shared/domain/rule-change';
import type { IncentiveProgram } from '../../shared/domain/incentive-program';
import { versionStartProblem, type TierRuleSet } from '../../shared/domain/tier-rules';
import type { Mutation } from '../../shared/sync/protocol';
import type { Queryable } from '../store/db';
import { loadRows, type StoredRow } from './rows';

/**
 * What a push's program-rule steps read besides the records they change,
 * loaded before any mutation runs: the stored tier-rule versions (a new one
 * may not start before the latest of its partner type) and the quarters with
 * a closed statement (which a history record's "closed quarters reached" is
 * the server's to say), and the incentive programs' version numbers. A
 * batch without program rules or history pays nothing.
 */
export interface RuleVersionWork {
  tierVersions: Pick<TierRuleSet, 'id' | 'partnerType' | 'version' | 'effectiveFrom'>[];
  /** Each stored incentive program's place in its line of versions: the first version's id, and its number. */
  programVersions: { id: string; lineage: string; version: number }[];
  closedQuarters: string[];
  calendar: FiscalCalendar;
}

export const loadRuleVersionWork = async (tx: Queryable, mutations: readonly Mutation[]): Promise<RuleVersionWork | undefined> => {
  if (!mutations.some((m) => m.table === 'tierRuleSets' || m.table === 'ruleChanges' || m.table === 'incentivePrograms')) return undefined;
  const tierVersions = await tx.query<{ id: string; partner_type: string; version: number | string; effective_from: string }>(
    `select id, data->>'partnerType' as partner_type, (data->>'version')::int as version, data->>'effectiveFrom' as effective_from
       from records where tbl = 'tierRuleSets' and not deleted`,
  );
  const programs = await tx.query<{ id: string; lineage: string; version: number | string }>(
    `select id, coalesce(data->>'versionOf', id) as lineage, coalesce((data->>'version')::int, 1) as version
       from records where tbl = 'incentivePrograms' and not deleted`,
  );
  const closed = await tx.query<{ quarter: string }>(`select distinct data->>'quarter' as quarter from records where tbl = 'incentiveStatements' and not deleted`);
  const [settings] = await loadRows(tx, [{ tbl: 'programSettings', id: PROGRAM_SETTINGS_ID }]);
  return {
    tierVersions: tierVersions.map((r) => ({ id: r.id, partnerType: r.partner_type as TierRuleSet['partnerType'], version: Number(r.version), effectiveFrom: r.effective_from })),
    programVersions: programs.map((r) => ({ id: r.id, lineage: r.lineage, version: Number(r.version) })),
    closedQuarters: closed.map((r) => r.quarter).filter((q): q is string => typeof q === 'string'),
    calendar: fiscalCalendarOf(settings && !settings.deleted ? (settings.data as ProgramSettings) : null),
  };
};

export interface RuleVersionRefusal {
  code: 'bad_request';
  field: string;
  message: string;
}

/**
 * A new tier-rule version, checked as the editor checks it (DESIGN §8,
 * "Program rules"): it starts on or after the latest version of its partner
 * type and takes the next number, so two HQ leads saving offline cannot make
 * two "version 3"s or a version that quietly slips under an earlier one.
 * Versions stored earlier in the same batch count (`batchRows`).
 */
const tierVersionRefusal = (work: RuleVersionWork, next: TierRuleSet, batchRows: Iterable<StoredRow>): RuleVersionRefusal | undefined => {
  const versions = new Map(work.tierVersions.map((v) => [v.id, v]));
  for (const row of batchRows) if (row.tbl === 'tierRuleSets' && !row.deleted) versions.set(row.id, row.data as unknown as TierRuleSet);
  versions.delete(next.id);
  const latest = [...versions.values()].filter((v) => v.partnerType === next.partnerType).sort((a, b) => b.version - a.version)[0];
  if (latest && next.version <= latest.version) {
    return { code: 'bad_request', field: 'version', message: `must be ${latest.version + 1}: version ${latest.version} of these tier rules is already saved` };
  }
  const start = versionStartProblem(latest, next.effectiveFrom);
  return start ? { code: 'bad_request', field: 'effectiveFrom', message: start } : undefined;
};

/**
 * A new version of an incentive program takes the next number in its line
 * (`versionOf`, the first version's id): two HQ leads who both changed
 * version 2 offline cannot both store a version 3; the second is told to
 * save again on the version now stored.
 */
const programVersionRefusal = (work: RuleVersionWork, next: IncentiveProgram, batchRows: Iterable<StoredRow>): RuleVersionRefusal | undefined => {
  if (!next.versionOf) return undefined;
  const numbers = new Map(work.programVersions.map((v) => [v.id, v]));
  for (const row of batchRows) {
    if (row.tbl !== 'incentivePrograms' || row.deleted) continue;
    const p = row.data as unknown as IncentiveProgram;
    numbers.set(row.id, { id: row.id, lineage: p.versionOf ?? row.id, version: p.version ?? 1 });
  }
  numbers.delete(next.id);
  const latest = Math.max(0, ...[...numbers.values()].filter((v) => v.lineage === next.versionOf).map((v) => v.version));
  if (latest === 0) return { code: 'bad_request', field: 'versionOf', message: 'names no stored incentive program: a version follows one that is saved' };
  const version = next.version ?? 1;
  return version === latest + 1 ? undefined : { code: 'bad_request', field: 'version', message: `must be ${latest + 1}: version ${latest} of this program is already saved` };
};

/**
 * A history record's closed quarters are the server's to say, from the
 * statements it holds, whatever the device listed: a device that missed a
 * close (or said none) cannot rewrite a closed quarter's rules without the
 * reason the history asks for. Writes the server's list into `next`.
 */
const historyRefusal = (work: RuleVersionWork, next: RuleChange): RuleVersionRefusal | undefined => {
  next.closedQuartersReached = closedQuartersReached(next.effectiveFrom, work.closedQuarters, work.calendar).slice(0, 40);
  if (next.closedQuartersReached.length === 0 || next.reason?.trim()) return undefined;
  return { code: 'bad_request', field: 'reason', message: `is needed: the version reaches closed quarter ${next.closedQuartersReached[0]}` };
};

/** The program-rule checks of one mutation; only a record's creation is checked here (a stored version does not change: change-rules.ts). */
export const ruleVersionRefusal = (
  work: RuleVersionWork | undefined,
  m: Mutation,
  stored: StoredRow | undefined,
  value: Record<string, unknown>,
  batchRows: Iterable<StoredRow>,
): RuleVersionRefusal | undefined => {
  if (!work || stored) return undefined;
  if (m.table === 'tierRuleSets') return tierVersionRefusal(work, value as unknown as TierRuleSet, batchRows);
  if (m.table === 'incentivePrograms') return programVersionRefusal(work, value as unknown as IncentiveProgram, batchRows);
  if (m.table === 'ruleChanges') return historyRefusal(work, value as unknown as RuleChange);
  return undefined;
};
