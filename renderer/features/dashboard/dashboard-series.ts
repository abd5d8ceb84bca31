import { commercialModelCompleteness } from '../../../shared/calculators/commercial-model';
import type { Certification } from '../../../shared/domain/certification';
import { partnerTypes } from '../../../shared/domain/common';
import type { JointSolution } from '../../../shared/domain/joint-solution';
import type { Partner } from '../../../shared/domain/partner';
import { inRange, quarterRange, quarterText, type FiscalCalendar } from '../../../shared/domain/quarter';
import type { MetricScope, Scorecard } from '../../../shared/metrics';
import { partnerTypeLabels } from '../../ui/labels';

/** How a chart's numbers read: a fraction shown as %, cents shown as money, or plain counts. */
export type SeriesUnit = 'ratio' | 'cents' | 'count';

/** One chart, as data: the same object draws the Chart.js chart and its "show as table" view. */
export interface ChartSeries {
  id: string;
  title: string;
  kind: 'line' | 'bar';
  unit: SeriesUnit;
  /** X axis: quarters for trends, partner types for a breakdown. */
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
  /** One sentence on what the figure is, so a chart is not read without its definition. */
  note: string;
}

export interface DashboardInputs {
  /** The quarter and the three before it, oldest first. */
  trend: readonly Scorecard[];
  scope: MetricScope;
  partners: readonly Partner[];
  certifications: readonly Certification[];
  jointSolutions: readonly JointSolution[];
  /** The program's fiscal calendar, which the trend's quarters are in. */
  calendar: FiscalCalendar;
}

const inScope = (scope: MetricScope, r: { territoryId: string }): boolean => scope.kind !== 'territory' || r.territoryId === scope.territoryId;

/** Certifications (of live partners in scope) whose expiry falls inside each quarter. */
const expiringByQuarter = (inputs: DashboardInputs): number[] => {
  const live = new Set(inputs.partners.filter((p) => !p.deleted && inScope(inputs.scope, p)).map((p) => p.id));
  return inputs.trend.map(({ quarter }) => {
    const range = quarterRange(quarter, inputs.calendar);
    return inputs.certifications.filter((c) => !c.deleted && live.has(c.partnerId) && c.expiresOn !== null && inRange(c.expiresOn, range)).length;
  });
};

/** Partners in scope with at least one joint solution whose commercial model is not complete, by partner type. */
const undefinedModelsByType = (inputs: DashboardInputs): number[] => {
  const incomplete = new Set(
    inputs.jointSolutions.filter((s) => !s.deleted && !commercialModelCompleteness(s).complete).map((s) => s.partnerId),
  );
  return partnerTypes.map(
    (t) => inputs.partners.filter((p) => !p.deleted && p.partnerType === t && inScope(inputs.scope, p) && incomplete.has(p.id)).length,
  );
};

/** The dashboard's charts, in reading order. */
export const dashboardSeries = (inputs: DashboardInputs): ChartSeries[] => {
  // Fiscal quarters carry their calendar days (the chart sets them under the label, the table beside it).
  const quarters = inputs.trend.map((s) => quarterText(s.quarter, inputs.calendar));
  const m = inputs.trend.map((s) => s.metrics);
  const latest = m[m.length - 1];
  const typeLabels = partnerTypes.map((t) => partnerTypeLabels[t]);
  return [
    {
      id: 'pipeline',
      title: 'Partner-influenced pipeline',
      kind: 'bar',
      unit: 'cents',
      labels: quarters,
      datasets: [
        { label: 'With a partner', data: m.map((x) => x.partnerInfluencedPipelineShare.numerator) },
        { label: 'All pipeline', data: m.map((x) => x.partnerInfluencedPipelineShare.denominator) },
      ],
      note: 'Amount of deals created in the quarter with a partner in any role, beside all deals created.',
    },
    {
      id: 'win-rate',
      title: 'Win rate: partner vs direct',
      kind: 'line',
      unit: 'ratio',
      labels: quarters,
      datasets: [
        { label: 'Partner-involved', data: m.map((x) => x.winRatePartnerVsDirect.parts.partnerInvolved.value) },
        { label: 'Direct only', data: m.map((x) => x.winRatePartnerVsDirect.parts.directOnly.value) },
      ],
      note: 'Won deals over deals closed (won or lost) in the quarter.',
    },
    {
      id: 'deal-size',
      title: 'Average deal size: co-sell vs direct',
      kind: 'bar',
      unit: 'cents',
      labels: quarters,
      datasets: [
        { label: 'Co-sell', data: m.map((x) => x.dealSizeCoSellVsDirect.parts.coSell.value) },
        { label: 'Direct only', data: m.map((x) => x.dealSizeCoSellVsDirect.parts.directOnly.value) },
      ],
      note: 'Mean amount of deals won in the quarter.',
    },
    {
      id: 'roi',
      title: `ROI by partnership type · ${quarters.at(-1) ?? ''}`,
      kind: 'bar',
      unit: 'ratio',
      labels: typeLabels,
      datasets: [{ label: 'ROI', data: partnerTypes.map((t) => latest?.roiByPartnerType.parts[t].value ?? null) }],
      note: '(Partner revenue to the vendor: won deals and OEM royalties − program investment) ÷ investment; empty where nothing was invested.',
    },
    {
      id: 'incremental',
      title: 'Partner revenue against its baseline',
      kind: 'bar',
      unit: 'cents',
      labels: quarters,
      datasets: [
        { label: 'Revenue in the quarter', data: m.map((x) => x.incrementalRevenue.numerator) },
        { label: 'Baseline (4 quarters before)', data: m.map((x) => x.incrementalRevenue.baselineCents) },
      ],
      note: 'Revenue to the vendor from partners (won deals and OEM royalties) beside their own trailing baseline, the average of the four quarters before; the gap is the incremental revenue.',
    },
    {
      id: 'active-rate',
      title: 'Active partner rate',
      kind: 'line',
      unit: 'ratio',
      labels: quarters,
      datasets: [{ label: 'Active partners', data: m.map((x) => x.activePartnerRate.value) }],
      note: 'Partners with at least one commercial activity in the quarter, over all partners.',
    },
    {
      id: 'expiring',
      title: 'Certifications expiring',
      kind: 'bar',
      unit: 'count',
      labels: quarters,
      datasets: [{ label: 'Expiring in the quarter', data: expiringByQuarter(inputs) }],
      note: 'Certifications whose expiry date falls inside the quarter.',
    },
    {
      id: 'undefined-models',
      title: 'Partners with an undefined commercial model',
      kind: 'bar',
      unit: 'count',
      labels: typeLabels,
      datasets: [{ label: 'Partners', data: undefinedModelsByType(inputs) }],
      note: 'Partners with a joint solution whose commercial model still has missing items (today).',
    },
  ];
};
