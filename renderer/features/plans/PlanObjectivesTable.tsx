import { Chip, TableCell, TableRow } from '@mui/material';
import type { PlanProgress } from '../../../shared/plans';
import { RecordTable } from '../../ui/RecordTable';
import { figureText, objectiveKindLabels, ownerSideLabels, paceColors, paceLabels, percentText } from './plan-labels';

/** A plan's objectives read-only, each with target, actual and pace: how an earlier version is shown. */
export function PlanObjectivesTable({ progress, label }: { progress: PlanProgress; label: string }) {
  return (
    <RecordTable label={label} columns={['Objective', 'Kind', 'Owner', 'Weight', 'Target', 'Actual to date', 'Attainment', 'Pace']}>
      {progress.objectives.map(({ objective: o, unit, actualToDate, attainment, pace }) => (
        <TableRow key={o.id}>
          <TableCell>{o.title}</TableCell>
          <TableCell>{objectiveKindLabels[o.kind]}</TableCell>
          <TableCell>{ownerSideLabels[o.ownerSide]}</TableCell>
          <TableCell>{o.weight}%</TableCell>
          <TableCell>{figureText(o.target, unit)}</TableCell>
          <TableCell>{actualToDate === null ? 'Not entered yet' : figureText(actualToDate, unit)}</TableCell>
          <TableCell>{attainment === null ? '—' : percentText(attainment)}</TableCell>
          <TableCell>{pace ? <Chip size="small" color={paceColors[pace]} label={paceLabels[pace]} /> : '—'}</TableCell>
        </TableRow>
      ))}
    </RecordTable>
  );
}
