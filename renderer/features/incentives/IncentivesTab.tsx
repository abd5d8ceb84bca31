import { Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { closedStatementsOf } from '../../../shared/domain/incentive-statement-record';
import type { Partner } from '../../../shared/domain/partner';
import { quarterStatement } from '../../../shared/incentives';
import { currentQuarter } from '../../ui/today';
import { useAll, usePartnerChildren } from '../../ui/use-records';
import { QuarterPicker } from './QuarterPicker';
import { StatementLifecycle } from './StatementLifecycle';
import { StatementView } from './StatementView';

/** The partner's incentive statement for a quarter: frozen once closed, live (with adjustments to closed quarters) while open. */
export function IncentivesTab({ partner }: { partner: Partner }) {
  const [quarter, setQuarter] = useState<string>(currentQuarter());
  const programs = useAll('incentivePrograms');
  const opportunities = usePartnerChildren('opportunities', partner.id);
  const certifications = usePartnerChildren('certifications', partner.id);
  const records = usePartnerChildren('incentiveStatements', partner.id);
  const statement =
    programs && opportunities && certifications && records
      ? quarterStatement({ partner, programs, opportunities, certifications, quarter, closed: closedStatementsOf(records, partner.id) })
      : undefined;
  const record = records?.find((r) => r.quarter === quarter);
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h6" sx={{ flexGrow: 1 }}>
          {record ? 'Incentive statement' : 'Incentive statement (preview)'}
        </Typography>
        <QuarterPicker value={quarter} onChange={setQuarter} />
      </Stack>
      {records && <StatementLifecycle partner={partner} quarter={quarter} record={record} />}
      {statement ? <StatementView statement={statement} /> : <Typography>Calculating…</Typography>}
    </Stack>
  );
}
