import { Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { halfOf } from '../../../shared/domain/plan-period';
import type { Partner } from '../../../shared/domain/partner';
import { planVersions } from '../../../shared/plans';
import { notify } from '../../ui/notifier';
import { today } from '../../ui/today';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { useAll, usePartnerChildren } from '../../ui/use-records';
import { useRecordForm } from '../../ui/use-record-form';
import { EarlierVersions } from './EarlierVersions';
import { planForm } from './plan-draft';
import { periodChoices } from './plan-periods';
import { PlanEditor } from './PlanEditor';
import { usePlanProgress } from './use-plan-progress';

/** No plan yet for the period: one button makes a draft to fill in. */
function NoPlan({ partner, period }: { partner: Partner; period: string }) {
  const form = useRecordForm(planForm(partner, undefined, period));
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Typography>No plan for {period} yet.</Typography>
      {form.banner && <Typography color="error">{form.banner}</Typography>}
      <Button
        variant="contained"
        disabled={form.saving}
        onClick={() =>
          void form.save().then((saved) => {
            if (saved) notify(`${period} plan started as a draft`);
          })
        }
      >
        Create plan
      </Button>
    </Stack>
  );
}

/**
 * The joint business plan with a partner for a half or a year (DESIGN §2):
 * this half by default. The newest version is the one worked on; the ones it
 * revised are listed below it, read-only.
 */
export function PlanTab({ partner }: { partner: Partner }) {
  const calendar = useFiscalCalendar();
  const [picked, setPeriod] = useState<string | null>(null);
  // This half until another is picked, in the program's calendar once its settings load.
  const period = picked ?? halfOf(today(), calendar);
  const plans = usePartnerChildren('businessPlans', partner.id);
  const programs = (useAll('certificationPrograms') ?? []).filter((p) => p.partnerTypes.includes(partner.partnerType));
  const versions = plans ? planVersions(plans, partner.id, period) : [];
  const [current, ...earlier] = versions;
  // Here, not in the editor: the editor is made anew for each version, and its own records would load again after
  // a revision, its standing appearing a moment later and pushing everything below it down under the pointer.
  const progress = usePlanProgress(partner, current);

  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Typography variant="h6" sx={{ flexGrow: 1 }}>
              Joint business plan
            </Typography>
            <TextField select size="small" label="Period" value={period} onChange={(e) => setPeriod(e.target.value)} sx={{ minWidth: 200 }}>
              {periodChoices(today(), calendar, (plans ?? []).map((p) => p.period)).map((c) => (
                <MenuItem key={c.period} value={c.period}>
                  {c.label}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          {plans === undefined ? (
            <Typography role="status">Opening the plan…</Typography>
          ) : current ? (
            <PlanEditor key={current.id} partner={partner} plan={current} programs={programs} progress={progress} />
          ) : (
            <NoPlan key={period} partner={partner} period={period} />
          )}
          <EarlierVersions partner={partner} plans={earlier} />
        </Stack>
      </CardContent>
    </Card>
  );
}
