import { tierImpact } from '../../shared/calculators/tier/impact-preview';
import { partnerRecords } from '../../shared/calculators/tier/partner-records';
import { loadSet } from '../../shared/demo';
import { partnerTypes } from '../../shared/domain/common';
import { closedStatementOf } from '../../shared/domain/incentive-statement-record';
import { CALENDAR_YEAR, quarterOf, quarterRange } from '../../shared/domain/quarter';
import type { TierRuleSet } from '../../shared/domain/tier-rules';
import { statementImpact } from '../../shared/incentives/statement-impact';
import { metricOf, percentile, timed } from './measure';
import type { Bench, Metric } from './types';

const AS_OF = '2026-11-22';
const RUNS = 9;
const TARGET_MS = 2_000;

const metric = metricOf('impact');

/**
 * The impact preview HQ reads before saving a tier-rule change (issue 15:
 * ≤ 2 s over 10,000 partners): every partner of the load set assessed under
 * the rules as stored and with the change, and every mover's open statement
 * computed before and after. One change per partner type (Gold and Platinum
 * asking half as much again in trailing revenue, from the open quarter's
 * start), all four previewed in turn, so each of the 10,000 partners is
 * assessed once per run. Partner records are filed once, as the editor
 * files them when the preview opens, and that is timed too.
 */
export const impact: Bench = {
  name: 'impact',
  run: async (): Promise<Metric[]> => {
    const { records } = loadSet(AS_OF);
    const calendar = CALENDAR_YEAR;
    const current = quarterOf(AS_OF, calendar);
    const settings = records.programSettings[0];
    const proposals: TierRuleSet[] = partnerTypes.map((type) => {
      const inForce = records.tierRuleSets.filter((r) => r.partnerType === type).sort((a, b) => b.version - a.version)[0]!;
      return {
        ...inForce,
        id: `bench-${type}`,
        version: inForce.version + 1,
        effectiveFrom: quarterRange(current, calendar).start,
        requirements: inForce.requirements.map((r) =>
          r.tier === 'gold' || r.tier === 'platinum' ? { ...r, minTrailingRevenueCents: Math.round((r.minTrailingRevenueCents ?? 0) * 1.5) || undefined } : r,
        ),
      };
    });
    const all = () => {
      const filed = partnerRecords(records);
      let assessed = 0;
      let moved = 0;
      let changed = 0;
      for (const proposed of proposals) {
        const tiers = tierImpact({
          partners: records.partners,
          ruleSets: records.tierRuleSets,
          proposed,
          records: filed,
          certificationPrograms: records.certificationPrograms,
          dealCredit: settings?.dealCredit,
          exchangeRates: settings?.exchangeRates,
          calendar,
          asOf: AS_OF,
        });
        const statements = statementImpact({
          partners: records.partners,
          moves: [...tiers.up, ...tiers.down],
          effectiveFrom: proposed.effectiveFrom,
          currentQuarter: current,
          programs: records.incentivePrograms,
          records: filed,
          closed: records.incentiveStatements.map(closedStatementOf),
          dealCredit: settings?.dealCredit,
          exchangeRates: settings?.exchangeRates,
          calendar,
        });
        assessed += tiers.assessed;
        moved += tiers.up.length + tiers.down.length;
        changed += statements.length;
      }
      return { assessed, moved, changed };
    };
    all(); // warms the JIT
    const times: number[] = [];
    let counts = { assessed: 0, moved: 0, changed: 0 };
    for (let run = 0; run < RUNS; run++) {
      const [result, ms] = await timed(all);
      counts = result;
      times.push(ms);
    }
    times.sort((a, b) => a - b);
    const detail = { ...counts, runs: RUNS, target: TARGET_MS, timesMs: times.map((t) => Math.round(t)) };
    const what = `impact preview of a tier-rule change over ${counts.assessed.toLocaleString('en-US')} partners (${counts.moved} move, ${counts.changed} open statements change)`;
    return [
      metric('p50', percentile(times, 0.5), 'ms', `${what}, p50 of ${RUNS}; target ${TARGET_MS.toLocaleString('en-US')} ms`, detail),
      metric('p95', percentile(times, 0.95), 'ms', `${what}, p95 of ${RUNS}`, detail),
    ];
  },
};
