import { formatValue } from '../format';
import type { PlanSection } from '../sections/plan';
import type { QbrSnapshot } from '../snapshot';
import { text, type QbrCell, type RagStatus } from '../units';
import { codeWords } from '../words';
import { column, note, type QbrBlock, type QbrSectionView } from './blocks';
import { chartBlock, factsBlock, flagged, NOT_APPLICABLE, tableBlock } from './parts';

const paceWords = { 'on-track': 'On track', behind: 'Behind', 'at-risk': 'At risk' } as const;
const paceStatus: Record<keyof typeof paceWords, RagStatus> = { 'on-track': 'green', behind: 'amber', 'at-risk': 'red' };
const pct = (x: number | null): string => formatValue(x, 'ratio');

const standing = (p: PlanSection): string => {
  if (p.status === 'draft') return `Draft, version ${p.version}: not yet agreed by both sides`;
  const agreed = p.agreement ? `agreed by ${p.agreement.vendorName} and ${p.agreement.partnerName} on ${p.agreement.agreedOn}` : 'agreed';
  return `${p.status === 'locked' ? 'Locked' : 'Agreed'}, version ${p.version}: ${agreed}`;
};

/** The joint business plan page: each objective's target, actual and pace, and the plan's weighted attainment. */
export const planView = (s: QbrSnapshot): Omit<QbrSectionView, 'key' | 'title'> => {
  const p = s.plan;
  const perQuarter = p.quarters.length > 1;
  const rows = p.objectives.map((o): QbrCell[] => [
    text(o.title),
    text(codeWords(o.ownerSide)),
    { value: o.weight / 100, unit: 'ratio' },
    { value: o.target, unit: o.unit },
    ...(perQuarter ? o.byQuarter.map((v): QbrCell => (v === null ? text(NOT_APPLICABLE) : { value: v, unit: o.unit })) : []),
    { value: o.actualToDate, unit: o.unit },
    { value: o.attainment, unit: 'ratio', status: paceStatus[o.pace] },
    flagged(paceWords[o.pace], paceStatus[o.pace]),
  ]);
  const behind = p.objectives.filter((o) => o.pace !== 'on-track');
  const blocks: QbrBlock[] = [
    ...chartBlock('Attainment to date by objective', 'ratio', p.objectives.map((o) => o.title), [{ name: 'Attainment', values: p.objectives.map((o) => o.attainment) }]),
    ...factsBlock(`The ${p.period} plan`, [
      { label: 'Weighted attainment', value: { value: p.weightedAttainment, unit: 'ratio', ...(p.pace ? { status: paceStatus[p.pace] } : {}) } },
      { label: 'Pace', value: text(p.pace && paceWords[p.pace]) },
      { label: `Share of ${p.period} gone by`, value: { value: p.elapsed, unit: 'ratio' } },
      { label: 'Plan', value: text(standing(p)) },
    ]),
    ...tableBlock(
      'Objectives',
      [
        column('Objective', 'text', 3),
        column('Owner', 'text', 1),
        column('Weight', 'ratio', 0.9),
        column('Target', 'count', 1.4),
        ...(perQuarter ? p.quarters.map((q) => column(q, 'count', 1.3)) : []),
        column(`Actual to ${p.asOf}`, 'count', 1.5),
        column('Attainment', 'ratio', 1.1),
        column('Status', 'text', 1),
      ],
      rows,
    ),
    ...(p.unmeasured.length > 0 ? [note(`Not measured yet (no actual entered): ${p.unmeasured.join('; ')}.`)] : []),
  ];
  return {
    subtitle: `${pct(p.weightedAttainment)} of the ${p.period} plan attained, ${p.pace ? paceWords[p.pace].toLowerCase() : 'not yet measured'}, with ${pct(p.elapsed)} of the period gone by`,
    blocks,
    notes: [
      `Open with the plan we agreed together: ${standing(p)}.`,
      behind.length === 0
        ? 'Every measured objective is on track: thank the team and agree what would take each one past target.'
        : `Behind pace: ${behind.map((o) => `${o.title} (${pct(o.attainment)})`).join('; ')}. Agree one action per objective, with an owner.`,
      `Basis: actuals from the records up to ${p.asOf} (won deals by close date, pipeline by creation date, certified people on the day); weighted attainment caps each objective at 100% and counts the ${p.weightMeasured} of 100 weight measured.`,
    ],
  };
};
