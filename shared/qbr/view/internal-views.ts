import { quarterRangeText } from '../../domain/quarter';
import { formatCents } from '../../domain/money';
import { formatValue, NO_DATA } from '../format';
import type { QbrSnapshot } from '../snapshot';
import { cents, ratio, text, type QbrCell, type RagStatus } from '../units';
import { codeWords } from '../words';
import { column, type QbrSectionView } from './blocks';
import { chartBlock, factsBlock, flagged, overQuarters, tableBlock } from './parts';

type View = Omit<QbrSectionView, 'key' | 'title'>;

/** The internal review only (audiences.ts): the program's scorecard of the partner and what HQ spends on it. */
const statusWords: Record<RagStatus, string> = { green: 'On target', amber: 'Watch', red: 'Off target', none: 'Not measured' };

export const scorecardView = (s: QbrSnapshot): View => {
  const { quarters, rows } = s.scorecard;
  const measured = rows.filter((r) => r.status !== 'none');
  const onTarget = rows.filter((r) => r.status === 'green').length;
  return {
    subtitle: `${onTarget} of ${measured.length} measured metrics on target in ${quarterRangeText(s.quarter)}`,
    blocks: tableBlock(
      overQuarters('Metrics, trailing four quarters', quarters, s.quarter),
      [column('Metric', 'text', 3), ...quarters.map((q) => column(q, 'text', 1.1)), column('Target', 'text', 1.4), column('Status', 'text', 1.2), column('Basis', 'text', 3.2)],
      // A metric with nothing to measure in any quarter is a row of blanks: left out.
      rows
        .filter((r) => r.values.some((v) => v !== null))
        .map((r) => [
          text(r.name),
          ...r.values.map((v, i): QbrCell => (v === null ? text('–') : { value: v, unit: r.unit, ...(i === r.values.length - 1 ? { status: r.status } : {}) })),
          text(r.targetText),
          flagged(statusWords[r.status], r.status),
          text(r.basis),
        ]),
    ),
    notes: [`Internal: judged against HQ's program targets; metric definitions version ${s.metricDefinitionsVersion}.`],
  };
};

export const investmentView = (s: QbrSnapshot): View => {
  const inv = s.investment;
  const current = inv.trend[inv.trend.length - 1]!;
  return {
    subtitle: `${formatCents(inv.totalCents)} invested in ${quarterRangeText(s.quarter)}; ROI ${formatValue(current.roi, 'ratio').replace(NO_DATA, 'not measurable')}`,
    blocks: [
      ...chartBlock(overQuarters('Investment vs partner revenue won', inv.trend.map((t) => t.quarter), s.quarter), 'cents', inv.trend.map((t) => t.quarter), [
        { name: 'Invested', values: inv.trend.map((t) => t.investedCents) },
        { name: 'Revenue won', values: inv.trend.map((t) => t.wonCents) },
      ]),
      ...factsBlock(`Return, ${s.quarter.label}`, [
        { label: 'Invested', value: cents(inv.totalCents) },
        { label: 'Partner revenue won', value: cents(current.wonCents) },
        { label: 'ROI', value: ratio(current.roi) },
        { label: 'Investment as % of partner revenue', value: ratio(inv.investmentShare) },
      ]),
      ...tableBlock(
        `Investment by kind, ${s.quarter.label}`,
        [column('Kind', 'text', 2), column('Amount', 'cents', 1)],
        inv.byKind.filter((k) => k.cents > 0).map((k) => [text(k.kind === 'mdf' ? 'MDF' : codeWords(k.kind)), cents(k.cents)]),
      ),
    ],
    notes: ['Internal: never shown to the partner. ROI = (partner revenue won − invested) / invested, per quarter.'],
  };
};
