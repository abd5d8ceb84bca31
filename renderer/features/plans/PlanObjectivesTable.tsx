import { Chip } from '@mui/material';
import { useMemo } from 'react';
import type { PlanProgress } from '../../../shared/plans';
import { ListTable, type ListColumn } from '../../ui/ListTable';
import { figureText, objectiveKindLabels, ownerSideLabels, paceColors, paceLabels, percentText } from './plan-labels';

type Objective = PlanProgress['objectives'][number];

const columns: ListColumn<Objective>[] = [
  { id: 'title', header: 'Objective', value: ({ objective: o }) => o.title },
  { id: 'kind', header: 'Kind', value: ({ objective: o }) => objectiveKindLabels[o.kind] },
  { id: 'owner', header: 'Owner', value: ({ objective: o }) => ownerSideLabels[o.ownerSide] },
  { id: 'weight', header: 'Weight', kind: 'number', value: ({ objective: o }) => o.weight, text: ({ objective: o }) => `${o.weight}%` },
  { id: 'target', header: 'Target', kind: 'number', value: ({ objective: o }) => o.target, text: ({ objective: o, unit }) => figureText(o.target, unit) },
  {
    id: 'actual',
    header: 'Actual to date',
    kind: 'number',
    value: ({ actualToDate }) => actualToDate,
    text: ({ actualToDate, unit }) => (actualToDate === null ? 'Not entered yet' : figureText(actualToDate, unit)),
  },
  { id: 'attainment', header: 'Attainment', kind: 'number', value: ({ attainment }) => attainment, text: ({ attainment }) => (attainment === null ? '—' : percentText(attainment)) },
  {
    id: 'pace',
    header: 'Pace',
    value: ({ pace }) => (pace ? paceLabels[pace] : '—'),
    cell: ({ pace }) => (pace ? <Chip size="small" color={paceColors[pace]} label={paceLabels[pace]} /> : '—'),
  },
];

/** A plan's objectives read-only, each with target, actual and pace: how an earlier version is shown. */
export function PlanObjectivesTable({ progress, label }: { progress: PlanProgress; label: string }) {
  const rows = useMemo(() => progress.objectives, [progress]);
  return <ListTable label={label} rows={rows} rowKey={(r) => r.objective.id} columns={columns} emptyText="No objectives in this version" />;
}
