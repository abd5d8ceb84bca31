import { Grid, Typography } from '@mui/material';
import { useState } from 'react';
import { isoDateSchema } from '../../../shared/domain/common';
import type { IncentiveProgram } from '../../../shared/domain/incentive-program';
import { quarterRange } from '../../../shared/domain/quarter';
import { FormDialog } from '../../ui/FormDialog';
import { DraftField, optionsOf } from '../../ui/fields';
import { partnerTypeLabels } from '../../ui/labels';
import { today } from '../../ui/today';
import { useCurrentQuarter, useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { proposeIncentiveProgram, type IncentiveProgramProposal } from './incentive-program-proposal';
import { defaultTakesEffect, versionStartNote } from './incentive-program-start';
import { versionNumber } from './incentive-program-versions';
import { incentiveProgramForm, programFromDraft } from './incentive-rules-program';
import { IncentiveProgramReview } from './IncentiveProgramReview';
import { IncentiveRulesFields } from './IncentiveRulesFields';
import { useRuleDraftForm } from './rule-draft-form';

/**
 * Create an incentive program, or change one, its rules included, with no
 * JSON to type. A change of a program already in force takes effect from a
 * day HQ picks (the open quarter's first day unless it picks another): the
 * version before keeps governing the days before it. Saving shows what the
 * change would pay differently first; a failed check keeps the dialog open
 * with every entry and each problem under its own input.
 */
export function IncentiveRulesDialog({ program, onClose }: { program?: IncentiveProgram; onClose(): void }) {
  const calendar = useFiscalCalendar();
  const openQuarterStart = quarterRange(useCurrentQuarter(), calendar).start;
  const form = useRuleDraftForm(incentiveProgramForm(program, today()), (d) => (program ? { ...d, effectiveFrom: defaultTakesEffect(program, openQuarterStart, calendar) } : d));
  const { draft, errors } = form;
  const [pending, setPending] = useState<IncentiveProgramProposal | null>(null);
  const startsOn = isoDateSchema.safeParse(draft.effectiveFrom).success ? draft.effectiveFrom : today();
  const review = async () => {
    const proposal = form.check((d) => proposeIncentiveProgram(programFromDraft(d), program));
    if (proposal) setPending(proposal);
    return null;
  };
  return (
    <>
      <FormDialog
        form={{ ...form, save: review }}
        title={program ? `Edit ${program.name}` : 'New incentive program'}
        saveLabel="Save…"
        maxWidth="md"
        onClose={onClose}
      >
        <Grid size={{ xs: 12, sm: program ? 12 : 8 }}>
          <DraftField {...form.field} name="name" label="Name" required autoFocus />
        </Grid>
        {!program && (
          <Grid size={{ xs: 12, sm: 4 }}>
            <DraftField {...form.field} name="partnerType" label="Partner type" options={optionsOf(partnerTypeLabels)} />
          </Grid>
        )}
        <Grid size={{ xs: 12, sm: 6 }}>
          <DraftField
            {...form.field}
            name="effectiveFrom"
            label={program ? 'Takes effect from' : 'Effective from'}
            type="date"
            helperText={program ? versionStartNote(program, draft.effectiveFrom) : undefined}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DraftField {...form.field} name="effectiveTo" label="Effective to (empty: open-ended)" type="date" />
        </Grid>
        {program && (
          <Grid size={12}>
            <Typography variant="body2" color="text.secondary">
              {partnerTypeLabels[program.partnerType]} program, version {versionNumber(program)}.
            </Typography>
          </Grid>
        )}
        <Grid size={12}>
          <IncentiveRulesFields
            rules={draft.rules}
            errors={errors}
            partnerType={draft.partnerType}
            startsOn={startsOn}
            onEdit={(rules, stale) => form.edit((d) => ({ ...d, rules }), stale)}
          />
        </Grid>
      </FormDialog>
      {pending && (
        <IncentiveProgramReview
          proposal={pending}
          title={`Review version ${versionNumber(pending.program)} of ${pending.program.name}`}
          onBack={() => setPending(null)}
          onSaved={onClose}
        />
      )}
    </>
  );
}
