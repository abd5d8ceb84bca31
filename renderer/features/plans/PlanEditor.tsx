import { Alert, Button, Chip, Stack, Typography } from '@mui/material';
import type { PlanProgress } from '../../../shared/plans';
import { useState } from 'react';
import { useStore } from 'zustand';
import { MAX_OBJECTIVES, type BusinessPlan } from '../../../shared/domain/business-plan';
import type { CertificationProgram } from '../../../shared/domain/certification';
import type { Partner } from '../../../shared/domain/partner';
import { useWorkspace } from '../../app/workspace-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { dateText } from '../../ui/dates';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { today } from '../../ui/today';
import { usePartnerChildren } from '../../ui/use-records';
import { useRecordForm } from '../../ui/use-record-form';
import { useRemove } from '../../ui/use-remove';
import { agreementFields, agreementForm } from './agreement-form';
import { ObjectiveEditor } from './ObjectiveEditor';
import { newObjective, planForm, weightSum } from './plan-draft';
import { planStatusLabels } from './plan-labels';
import { lockForm, revisionForm } from './plan-step-forms';
import { PlanStanding } from './PlanStanding';

/** Why Agree is not offered yet besides the weights (the weights line says that one); null when nothing else stops it. */
const agreeHint = (touched: boolean, count: number): string | null => {
  if (touched) return 'Save the objectives before agreeing the plan.';
  if (count === 0) return 'Add the objectives before agreeing the plan.';
  return null;
};

/**
 * The plan in force for a partner and period, worked on with the partner:
 * objectives edited in place and saved together, each with where it stands,
 * then agreed (both sides' names and the date), locked, and revised into a
 * new version when the targets must move.
 */
export function PlanEditor({
  partner,
  plan,
  programs,
  progress,
}: {
  partner: Partner;
  plan: BusinessPlan;
  programs: readonly CertificationProgram[];
  /** Where the plan stands; worked out by the tab, whose records stay loaded across versions (undefined while they load). */
  progress: PlanProgress | undefined;
}) {
  const { sync } = useWorkspace();
  const userName = useStore(sync, (s) => s.user?.displayName ?? '');
  const contacts = usePartnerChildren('contacts', partner.id);
  // It stays on screen while sync runs: untouched, it follows the stored plan (a lock from another device shows at once).
  const form = useRecordForm(planForm(partner, plan, plan.period), { follow: true });
  const lock = useRecordForm(lockForm(plan), { follow: true });
  const revise = useRecordForm(revisionForm(plan));
  const remove = useRemove('businessPlans', 'plan');
  const [agreeing, setAgreeing] = useState(false);
  const [locking, setLocking] = useState(false);

  const { objectives } = form.draft;
  const locked = plan.status === 'locked';
  const sum = weightSum(objectives);
  const hint = plan.status === 'draft' ? agreeHint(form.touched, objectives.length) : null;
  const stepBanner = lock.banner ?? revise.banner;
  const progressOf = (id: string) => progress?.objectives.find((o) => o.objective.id === id);
  const title = `${plan.period} plan, version ${plan.version}`;

  const save = async () => {
    if (await form.save()) notify(`${title} saved`);
  };
  const lockPlan = async () => {
    setLocking(false);
    if (await lock.save({ status: 'locked' })) notify(`${title} locked: its targets no longer change`);
  };
  const revisePlan = async () => {
    const next = await revise.save();
    if (next) notify(`Version ${next.version} started as a draft; version ${plan.version} stays as it was`);
  };

  return (
    <Stack spacing={2} aria-label={title} component="section">
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          Version {plan.version}
        </Typography>
        <Chip size="small" label={planStatusLabels[plan.status]} color={plan.status === 'draft' ? 'default' : 'primary'} data-testid="plan-status" />
        {plan.version > 1 && plan.status === 'draft' && (
          <Typography variant="body2" color="text.secondary">
            Revises version {plan.version - 1}, listed below as it was agreed
          </Typography>
        )}
        {plan.agreement && (
          <Typography variant="body2" color="text.secondary" data-testid="plan-agreement">
            Agreed on {dateText(plan.agreement.agreedOn)} by {plan.agreement.vendorName} (vendor) and {plan.agreement.partnerName} (partner)
          </Typography>
        )}
      </Stack>
      {progress && <PlanStanding progress={progress} />}
      {locked && (
        <Alert severity="info">
          This plan is locked: its objectives and targets are read-only. Custom objectives' actuals can still be typed in; revise the plan to change a target.
        </Alert>
      )}
      {(form.banner ?? stepBanner) && (
        <Alert severity="error" role="alert">
          {form.banner ?? stepBanner}
        </Alert>
      )}
      <form
        id={form.formId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack spacing={2}>
          {objectives.length === 0 && <Typography color="text.secondary">No objectives yet: add what both sides aim for this period.</Typography>}
          {objectives.map((o, index) => (
            <ObjectiveEditor
              key={o.id}
              objective={o}
              index={index}
              errors={form.errors}
              locked={locked}
              programs={programs}
              progress={progressOf(o.id)}
              onChange={(next, stale) => form.edit((d) => ({ objectives: d.objectives.map((x, i) => (i === index ? next : x)) }), stale)}
              onRemove={() => form.edit((d) => ({ objectives: d.objectives.filter((_x, i) => i !== index) }), 'objectives')}
            />
          ))}
        </Stack>
      </form>
      <Typography
        variant="body2"
        color={sum === 100 ? 'text.secondary' : 'warning.main'}
        data-testid="plan-weights"
        role={sum === 100 ? undefined : 'status'}
      >
        Weights add up to {sum} of 100{sum === 100 ? '.' : ': they must add up to 100 before the plan can be agreed.'}
      </Typography>
      {form.errors.objectives && (
        <Typography variant="body2" color="error" role="alert">
          {form.errors.objectives}
        </Typography>
      )}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        {!locked && (
          <Button
            variant="outlined"
            disabled={objectives.length >= MAX_OBJECTIVES}
            onClick={() => form.edit((d) => ({ objectives: [...d.objectives, newObjective(d.objectives)] }), 'objectives')}
          >
            Add objective
          </Button>
        )}
        <Button type="submit" form={form.formId} variant="contained" disabled={!form.touched || form.saving}>
          Save plan
        </Button>
        {plan.status === 'draft' && (
          <Button variant="contained" color="success" disabled={hint !== null || sum !== 100} onClick={() => setAgreeing(true)}>
            Agree plan…
          </Button>
        )}
        {plan.status === 'agreed' && (
          <Button variant="contained" color="success" disabled={form.touched || lock.saving} onClick={() => setLocking(true)}>
            Lock plan…
          </Button>
        )}
        {plan.status !== 'draft' && (
          <Button variant="outlined" disabled={revise.saving} onClick={() => void revisePlan()}>
            Revise (new version)
          </Button>
        )}
        {plan.status === 'draft' && (
          <Button color="error" onClick={() => remove.ask(plan.id, `Version ${plan.version} of the ${plan.period} plan`)}>
            Delete draft
          </Button>
        )}
      </Stack>
      {hint && (
        <Typography variant="caption" color="text.secondary">
          {hint}
        </Typography>
      )}
      {agreeing && (
        <RecordDialog
          title={`Agree the ${plan.period} plan with ${partner.name}`}
          saveLabel="Agree plan"
          fields={agreementFields}
          spec={agreementForm(plan, { vendorName: userName, partnerName: contacts?.find((c) => c.primary)?.name ?? '', today: today() })}
          onSaved={() => notify(`${title} agreed`)}
          onClose={() => setAgreeing(false)}
        />
      )}
      <ConfirmDialog
        open={locking}
        title="Lock this plan?"
        body={`Once locked, the ${plan.period} plan's objectives and targets cannot change; to move a target you revise it, which starts version ${plan.version + 1} and keeps this one as it is.`}
        confirmLabel="Lock plan"
        onConfirm={() => void lockPlan()}
        onCancel={() => setLocking(false)}
      />
      {remove.dialog}
    </Stack>
  );
}
