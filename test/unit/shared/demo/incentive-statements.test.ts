import { describe, expect, it } from 'vitest';
import { DEMO_SEED, demoWorkspace, generateWorkspace } from '../../../../shared/demo';
import { incentiveStatementRecordSchema } from '../../../../shared/domain/incentive-statement-record';
import { quarterOf, shiftQuarter, CALENDAR_YEAR } from '../../../../shared/domain/quarter';

const AS_OF = '2026-11-22';
const { records } = demoWorkspace(AS_OF);
const last = shiftQuarter(quarterOf(AS_OF, CALENDAR_YEAR), -1);

describe('the demo’s closed statements', () => {
  it('are valid records, one per partner and quarter, of completed quarters only', () => {
    for (const r of records.incentiveStatements) expect(incentiveStatementRecordSchema.safeParse(r).success, r.id).toBe(true);
    const keys = records.incentiveStatements.map((r) => `${r.partnerId}|${r.quarter}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(records.incentiveStatements.every((r) => r.quarter < quarterOf(AS_OF, CALENDAR_YEAR) && r.closedAt.slice(0, 10) <= AS_OF)).toBe(true);
  });

  it('has past quarters paid for most partners and the last completed quarter not all paid', () => {
    const older = records.incentiveStatements.filter((r) => r.quarter < last);
    const lastOnes = records.incentiveStatements.filter((r) => r.quarter === last);
    expect(older.filter((r) => r.status === 'paid').length / older.length).toBeGreaterThan(0.9);
    expect(new Set(lastOnes.map((r) => r.status))).toEqual(new Set(['closed', 'approved', 'paid']));
    expect(lastOnes.length).toBeGreaterThan(records.partners.length / 2);
  });

  it('are the same on every build, and leave the generated records as they were', () => {
    // The statements draw their ids from a stream of their own and nothing else at random.
    expect(JSON.stringify(demoWorkspace(AS_OF).records)).toBe(JSON.stringify(records));
    const generated = generateWorkspace({ seed: DEMO_SEED, asOf: AS_OF, territories: 2, partnersPerTerritory: 30 }).records;
    expect(JSON.stringify({ ...generated, incentiveStatements: [] })).toBe(JSON.stringify({ ...records, incentiveStatements: [] }));
  });
});
