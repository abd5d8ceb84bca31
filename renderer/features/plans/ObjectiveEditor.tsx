import { Box, Chip, Grid, IconButton, Paper, Stack, Typography } from '@mui/material';
import { moneyObjectiveKinds, planObjectiveKinds, planOwnerSides } from '../../../shared/domain/business-plan';
import type { CertificationProgram } from '../../../shared/domain/certification';
import type { ObjectiveProgress } from '../../../shared/plans';
import { DraftField, optionsOf } from '../../ui/fields';
import type { FieldErrors } from '../../ui/form-state';
import { withKind, type ObjectiveDraft } from './plan-draft';
import { figureText, objectiveKindLabels, ownerSideLabels, paceColors, paceLabels, percentText } from './plan-labels';

/** The errors of objective `index`, keyed by its own inputs (`objectives.2.target` → `target`). */
const errorsOf = (errors: FieldErrors, index: number): FieldErrors => {
  const prefix = `objectives.${index}.`;
  return Object.fromEntries(Object.entries(errors).flatMap(([field, message]) => (field.startsWith(prefix) ? [[field.slice(prefix.length), message]] : [])));
};

/** How far the objective has come, from the saved plan: to date, by quarter, attainment and pace. */
function ObjectiveStanding({ progress }: { progress: ObjectiveProgress | undefined }) {
  if (!progress) return <Typography variant="body2" color="text.secondary">Save the plan to see the actuals.</Typography>;
  const { unit, actualToDate, attainment, pace, byQuarter, objective } = progress;
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-testid="objective-standing">
      <Typography variant="body2">
        {actualToDate === null ? (
          <>Actual to date: <Box component="span" sx={{ color: 'text.secondary' }}>not entered yet</Box></>
        ) : (
          <>
            Actual to date: <strong>{figureText(actualToDate, unit)}</strong> of {figureText(objective.target, unit)}
          </>
        )}
      </Typography>
      {attainment !== null && <Typography variant="body2">{percentText(attainment)} attained</Typography>}
      {pace && <Chip size="small" color={paceColors[pace]} label={paceLabels[pace]} />}
      {/* A custom objective's actual is one typed-in figure to date: there are no quarters to show. */}
      {byQuarter.some((q) => q.actual !== null) && (
        <Typography variant="body2" color="text.secondary">
          {byQuarter.map((q) => `${q.quarter}: ${q.actual === null ? '—' : figureText(q.actual, unit)}`).join(' · ')}
        </Typography>
      )}
    </Stack>
  );
}

/**
 * One objective of the plan: what it counts, its target and weight, whose it
 * is, and where it stands. On a locked plan only a custom objective's actual
 * can still be typed in; everything else is read-only (a revision changes it).
 */
export function ObjectiveEditor({
  objective,
  index,
  errors,
  locked,
  programs,
  progress,
  onChange,
  onRemove,
}: {
  objective: ObjectiveDraft;
  index: number;
  errors: FieldErrors;
  locked: boolean;
  programs: readonly CertificationProgram[];
  progress: ObjectiveProgress | undefined;
  onChange(next: ObjectiveDraft, stale: string): void;
  onRemove(): void;
}) {
  const field = {
    draft: objective,
    errors: errorsOf(errors, index),
    onChange: (name: keyof ObjectiveDraft, value: string) =>
      onChange(name === 'kind' ? withKind(objective, value as ObjectiveDraft['kind']) : { ...objective, [name]: value }, `objectives.${index}.${name}`),
  };
  const name = objective.title.trim() || `objective ${index + 1}`;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={`Objective ${index + 1}: ${name}`}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 4 }}>
          <DraftField {...field} name="kind" label="Kind" options={planObjectiveKinds.map((k) => [k, objectiveKindLabels[k]] as const)} disabled={locked} />
        </Grid>
        <Grid size={{ xs: 12, sm: locked ? 8 : 7 }}>
          <DraftField {...field} name="title" label="Objective" required disabled={locked} />
        </Grid>
        {!locked && (
          <Grid size={{ xs: 12, sm: 1 }} sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end' }}>
            <IconButton aria-label={`Remove ${name}`} onClick={onRemove}>
              ✕
            </IconButton>
          </Grid>
        )}
        <Grid size={{ xs: 6, sm: 3 }}>
          <DraftField
            {...field}
            name="target"
            label={moneyObjectiveKinds.has(objective.kind) ? 'Target ($)' : 'Target'}
            inputMode="decimal"
            required
            disabled={locked}
          />
        </Grid>
        <Grid size={{ xs: 6, sm: 2 }}>
          <DraftField {...field} name="weight" label="Weight (%)" inputMode="numeric" required disabled={locked} />
        </Grid>
        <Grid size={{ xs: 12, sm: 3 }}>
          <DraftField {...field} name="ownerSide" label="Owner side" options={planOwnerSides.map((s) => [s, ownerSideLabels[s]] as const)} disabled={locked} />
        </Grid>
        {objective.kind === 'certified-people' && (
          <Grid size={{ xs: 12, sm: 4 }}>
            <DraftField
              {...field}
              name="certificationProgramId"
              label="Certification program"
              options={[['', 'Choose a program'], ...optionsOf(Object.fromEntries(programs.map((p) => [p.id, p.name])))]}
              disabled={locked}
            />
          </Grid>
        )}
        {objective.kind === 'custom' && (
          <Grid size={{ xs: 12, sm: 4 }}>
            <DraftField {...field} name="manualActual" label="Actual to date" inputMode="numeric" helperText="Typed in: the records cannot count it" />
          </Grid>
        )}
        <Grid size={{ xs: 12 }}>
          <ObjectiveStanding progress={progress} />
        </Grid>
      </Grid>
    </Paper>
  );
}
