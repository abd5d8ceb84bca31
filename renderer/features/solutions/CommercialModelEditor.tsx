import { Alert, Box, Button, Chip, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import { commercialModelCompleteness } from '../../../shared/calculators/commercial-model';
import { pricingModels, renewalModels, type JointSolution } from '../../../shared/domain/joint-solution';
import { DraftField } from '../../ui/fields';
import { words } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { useRecordForm } from '../../ui/use-record-form';
import { commercialModelForm, inputOfField, modelFromDraft, type CommercialModelDraft } from './commercial-model-draft';

const parties = ['vendor', 'partner', 'shared'].map((p) => [p, words(p)] as const);
const unset = [['', 'Not settled yet']] as const;
const optionsWithUnset = (values: readonly (readonly [string, string])[]) => [...unset, ...values];

/**
 * The commercial half of a joint solution, worked with the partner in the
 * room: completeness updates as fields are filled, the missing items are
 * listed by name, and "defined" / "approved for co-sell" stay blocked until
 * the calculator says the model is ready.
 */
export function CommercialModelEditor({ solution }: { solution: JointSolution }) {
  // An editor that stays open while sync runs: untouched, it follows the stored model, so "Save model"
  // is only enabled by what was typed here and never writes old values back.
  const form = useRecordForm(commercialModelForm(solution), { follow: true });
  const { draft, banner } = form;
  const model = modelFromDraft(draft);
  const asDraft = commercialModelCompleteness({ status: 'draft', commercialModel: model });
  const ready = commercialModelCompleteness({ status: 'defined', commercialModel: model });
  const required = new Set(asDraft.items.map((i) => inputOfField[i.field]));

  const save = async (status: JointSolution['status'] = draft.status) => {
    const saved = await form.save({ ...draft, status });
    if (saved) notify(`${saved.name} saved${status !== solution.status ? ` as ${status}` : ''}`);
  };

  const field = form.field;
  const show = (name: keyof CommercialModelDraft) => required.has(name);
  return (
    <Stack spacing={2}>
      <Box>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="subtitle2">Commercial model {asDraft.percent}% complete</Typography>
          <Chip size="small" label={words(draft.status)} />
          {ready.readyToCoSell ? (
            <Chip size="small" color="success" label="Ready to co-sell" />
          ) : (
            <Chip size="small" color="warning" label="Not ready to co-sell" />
          )}
        </Stack>
        <LinearProgress
          variant="determinate"
          value={asDraft.percent}
          color={asDraft.complete ? 'success' : 'warning'}
          sx={{ mt: 1, height: 8, borderRadius: 4 }}
          aria-label="Commercial model completeness"
        />
        {asDraft.missing.length > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="model-missing">
            Missing: {asDraft.missing.join(', ')}
          </Typography>
        )}
      </Box>
      {banner && (
        <Alert severity="error" role="alert">
          {banner}
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 4 }}>
          <DraftField {...field} name="pricingModel" label="Pricing model" options={optionsWithUnset(pricingModels.map((p) => [p, words(p)]))} />
        </Grid>
        {show('listPrice') && (
          <Grid size={{ xs: 12, sm: 4 }}>
            <DraftField {...field} name="listPrice" label="List price ($)" inputMode="decimal" />
          </Grid>
        )}
        {show('partnerDiscount') && (
          <Grid size={{ xs: 12, sm: 4 }}>
            <DraftField {...field} name="partnerDiscount" label="Partner discount (%)" inputMode="decimal" />
          </Grid>
        )}
        {show('revenueShare') && (
          <Grid size={{ xs: 12, sm: 4 }}>
            <DraftField {...field} name="revenueShare" label="Revenue share (%)" inputMode="decimal" />
          </Grid>
        )}
        {(['l1', 'l2', 'l3'] as const).map((level) => (
          <Grid key={level} size={{ xs: 12, sm: 4 }}>
            <DraftField {...field} name={level} label={`${level.toUpperCase()} support`} options={optionsWithUnset(parties)} />
          </Grid>
        ))}
        <Grid size={{ xs: 12, sm: 4 }}>
          <DraftField {...field} name="customerSuccessOwner" label="Customer-success owner" options={optionsWithUnset(parties)} />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <DraftField {...field} name="renewalOwner" label="Renewal owner" options={optionsWithUnset(parties)} />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <DraftField {...field} name="renewalModel" label="Renewal model" options={optionsWithUnset(renewalModels.map((r) => [r, words(r)]))} />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <DraftField
            {...field}
            name="integrationCertification"
            label="Integration certification"
            options={optionsWithUnset((['not-started', 'in-progress', 'certified'] as const).map((c) => [c, words(c)]))}
          />
        </Grid>
      </Grid>
      {!ready.readyToCoSell && (
        <Typography variant="body2" color="text.secondary">
          Co-selling is blocked until: {ready.blockers.join('; ')}.
        </Typography>
      )}
      <Stack direction="row" spacing={1}>
        <Button variant="contained" onClick={() => void save()} disabled={!form.touched || form.saving}>
          Save model
        </Button>
        <Button variant="outlined" onClick={() => void save('defined')} disabled={!asDraft.complete || draft.status !== 'draft'}>
          Mark defined
        </Button>
        <Button variant="outlined" color="success" onClick={() => void save('approved')} disabled={!ready.readyToCoSell || draft.status === 'approved'}>
          Approve for co-sell
        </Button>
        {draft.status !== 'draft' && (
          <Button onClick={() => void save('draft')} color="inherit">
            Back to draft
          </Button>
        )}
      </Stack>
    </Stack>
  );
}

