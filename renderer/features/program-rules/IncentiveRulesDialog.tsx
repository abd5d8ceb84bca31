import { Grid } from '@mui/material';
import { useState } from 'react';
import { isoDateSchema } from '../../../shared/domain/common';
import type { IncentiveProgram } from '../../../shared/domain/incentive-program';
import { useWorkspace } from '../../app/workspace-context';
import { FormDialog } from '../../ui/FormDialog';
import { DraftField, optionsOf } from '../../ui/fields';
import { saveFailureOf, type FieldErrors } from '../../ui/form-state';
import { partnerTypeLabels } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { today } from '../../ui/today';
import { editedFields } from '../partners/partner-draft';
import { draftFromProgram, emptyProgramDraft, isShownField, programErrors, readProgramDraft, type IncentiveProgramDraft, type IncentiveProgramInput } from './incentive-rules-program';
import { IncentiveRulesFields } from './IncentiveRulesFields';

const ATTENTION = 'Some fields need attention before this can be saved.';

/** Errors no input shows, said in the banner so none is invisible. */
const bannerOf = (errors: FieldErrors): string => {
  const hidden = Object.entries(errors).filter(([field]) => !isShownField(field));
  return hidden.length > 0 ? hidden.map(([, message]) => message).join('; ') : ATTENTION;
};

/** Drops the errors at `stale` and below it: the inputs they were about have changed. */
const without = (errors: FieldErrors, stale: string): FieldErrors =>
  Object.fromEntries(Object.entries(errors).filter(([field]) => field !== stale && !field.startsWith(`${stale}.`)));

/**
 * Create or edit an incentive program, its rules included, with no JSON to
 * type: the draft is checked against the shared schema before the write, and
 * a failed save keeps the dialog open with every entry and each problem
 * under its own input.
 */
export function IncentiveRulesDialog({ program, onClose }: { program?: IncentiveProgram; onClose(): void }) {
  const { repo } = useWorkspace();
  const [draft, setDraft] = useState<IncentiveProgramDraft>(() => (program ? draftFromProgram(program) : emptyProgramDraft(today())));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);

  const change = (name: keyof IncentiveProgramDraft, value: string) => {
    setDraft((d) => ({ ...d, [name]: value }));
    setErrors((e) => without(e, name));
  };

  const save = async () => {
    const read = readProgramDraft(draft);
    if (!read.ok) {
      setErrors(read.errors);
      setBanner(bannerOf(read.errors));
      return;
    }
    try {
      // An edit writes only the fields changed here, so what another device changed meanwhile is kept.
      if (program) await repo.update('incentivePrograms', program.id, editedFields<IncentiveProgramInput>(program, read.program));
      else await repo.create('incentivePrograms', read.program);
      notify('Incentive program saved');
      onClose();
    } catch (error) {
      const failure = saveFailureOf(error, ['name', 'partnerType', 'effectiveFrom', 'effectiveTo', 'rules']);
      const fields = programErrors(failure.fields, draft);
      setErrors(fields);
      setBanner(failure.message ?? bannerOf(fields));
    }
  };

  const field = { draft, errors, onChange: change };
  const startsOn = isoDateSchema.safeParse(draft.effectiveFrom).success ? draft.effectiveFrom : today();
  return (
    <FormDialog
      id="incentive-program-form"
      title={program ? `Edit ${program.name}` : 'New incentive program'}
      banner={banner}
      saveLabel="Save"
      maxWidth="md"
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <Grid size={{ xs: 12, sm: 8 }}>
        <DraftField {...field} name="name" label="Name" required autoFocus />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <DraftField {...field} name="partnerType" label="Partner type" options={optionsOf(partnerTypeLabels)} />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <DraftField {...field} name="effectiveFrom" label="Effective from" type="date" />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <DraftField {...field} name="effectiveTo" label="Effective to (empty: open-ended)" type="date" />
      </Grid>
      <Grid size={12}>
        <IncentiveRulesFields
          rules={draft.rules}
          errors={errors}
          partnerType={draft.partnerType}
          startsOn={startsOn}
          onEdit={(rules, stale) => {
            setDraft((d) => ({ ...d, rules }));
            setErrors((e) => without(e, stale));
          }}
        />
      </Grid>
    </FormDialog>
  );
}
