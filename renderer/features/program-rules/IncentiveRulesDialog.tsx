import { Grid } from '@mui/material';
import { isoDateSchema } from '../../../shared/domain/common';
import type { IncentiveProgram } from '../../../shared/domain/incentive-program';
import { FormDialog } from '../../ui/FormDialog';
import { DraftField, optionsOf } from '../../ui/fields';
import { partnerTypeLabels } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { today } from '../../ui/today';
import { useRecordForm } from '../../ui/use-record-form';
import { incentiveProgramForm } from './incentive-rules-program';
import { IncentiveRulesFields } from './IncentiveRulesFields';

/**
 * Create or edit an incentive program, its rules included, with no JSON to
 * type: a failed save keeps the dialog open with every entry and each
 * problem under its own input.
 */
export function IncentiveRulesDialog({ program, onClose }: { program?: IncentiveProgram; onClose(): void }) {
  const form = useRecordForm(incentiveProgramForm(program, today()));
  const { draft, errors } = form;
  const startsOn = isoDateSchema.safeParse(draft.effectiveFrom).success ? draft.effectiveFrom : today();
  return (
    <FormDialog
      form={form}
      title={program ? `Edit ${program.name}` : 'New incentive program'}
      saveLabel="Save"
      maxWidth="md"
      onSaved={() => notify('Incentive program saved')}
      onClose={onClose}
    >
      <Grid size={{ xs: 12, sm: 8 }}>
        <DraftField {...form.field} name="name" label="Name" required autoFocus />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <DraftField {...form.field} name="partnerType" label="Partner type" options={optionsOf(partnerTypeLabels)} />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <DraftField {...form.field} name="effectiveFrom" label="Effective from" type="date" />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <DraftField {...form.field} name="effectiveTo" label="Effective to (empty: open-ended)" type="date" />
      </Grid>
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
  );
}
