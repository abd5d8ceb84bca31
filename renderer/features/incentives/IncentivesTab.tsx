import { Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { Partner } from '../../../shared/domain/partner';
import { buildIncentiveStatement } from '../../../shared/incentives';
import { currentQuarter } from '../../ui/today';
import { useAll, usePartnerChildren } from '../../ui/use-records';
import { QuarterPicker } from './QuarterPicker';
import { StatementView } from './StatementView';

/** The partner's incentive statement preview for a quarter. */
export function IncentivesTab({ partner }: { partner: Partner }) {
  const [quarter, setQuarter] = useState<string>(currentQuarter());
  const programs = useAll('incentivePrograms');
  const opportunities = usePartnerChildren('opportunities', partner.id);
  const certifications = usePartnerChildren('certifications', partner.id);
  const statement =
    programs && opportunities && certifications
      ? buildIncentiveStatement({ partner, programs, opportunities, certifications, quarter })
      : undefined;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h6" sx={{ flexGrow: 1 }}>
          Incentive statement (preview)
        </Typography>
        <QuarterPicker value={quarter} onChange={setQuarter} />
      </Stack>
      {statement ? <StatementView statement={statement} /> : <Typography>Calculating…</Typography>}
    </Stack>
  );
}
