import type { Certification } from '../../shared/domain/certification';
import type { Opportunity } from '../../shared/domain/opportunity';
import { loadSet } from '../../shared/demo';
import { buildIncentiveStatement } from '../../shared/incentives';
import { metricOf, timed } from './measure';
import type { Bench, Metric } from './types';

const AS_OF = '2026-11-22';
const QUARTER = '2026-Q3';
const RUNS = 3;

const metric = metricOf('statements');

/** Records by their partner, read once: a statement is given its partner's own records, as a caller with many partners does. */
const byPartner = <T extends { partnerId: string | null }>(records: readonly T[]): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const r of records) {
    if (r.partnerId === null) continue;
    const list = map.get(r.partnerId);
    if (list) list.push(r);
    else map.set(r.partnerId, [r]);
  }
  return map;
};

/**
 * Incentive statements for every partner of the load set (10,000 partners,
 * every program kind, caps, floors and mid-quarter changes as the demo
 * programs have them) for one quarter, in Node (issue 14: ≤ 2 s).
 */
export const statements: Bench = {
  name: 'statements',
  run: async (): Promise<Metric[]> => {
    const { records } = loadSet(AS_OF);
    const partners = records.partners.filter((p) => !p.deleted);
    const [deals, certifications] = [byPartner<Opportunity>(records.opportunities), byPartner<Certification>(records.certifications)];
    const all = () => {
      let lines = 0;
      for (const partner of partners) {
        const statement = buildIncentiveStatement({
          partner,
          programs: records.incentivePrograms,
          opportunities: deals.get(partner.id) ?? [],
          certifications: certifications.get(partner.id) ?? [],
          quarter: QUARTER,
        });
        lines += statement.lines.length;
      }
      return lines;
    };
    all(); // warms the JIT
    const times: number[] = [];
    let lines = 0;
    for (let run = 0; run < RUNS; run++) {
      const [count, ms] = await timed(all);
      lines = count;
      times.push(ms);
    }
    times.sort((a, b) => a - b);
    return [
      metric('all-partners', times[Math.floor(RUNS / 2)]!, 'ms', `incentive statements for all ${partners.length.toLocaleString('en-US')} partners, ${QUARTER} (median of ${RUNS}; target 2,000 ms)`, {
        partners: partners.length,
        lines,
        target: 2_000,
      }),
    ];
  },
};
