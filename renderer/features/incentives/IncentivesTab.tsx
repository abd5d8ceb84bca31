import { Stack, Typography } from '@mui/material';
import { closedStatementsOf } from '../../../shared/domain/incentive-statement-record';
import type { Partner } from '../../../shared/domain/partner';
import { quarterStatement } from '../../../shared/incentives';
import { useFiscalCalendar, useQuarterChoice } from '../../ui/use-fiscal-calendar';
import { useExchangeRates } from '../../ui/use-exchange-rates';
import { useDealCredit } from '../../ui/use-deal-credit';
import { useAll, usePartnerChildren, usePartnerDeals } from '../../ui/use-records';
import { QuarterPicker } from './QuarterPicker';
import { StatementLifecycle } from './StatementLifecycle';
import { StatementView } from './StatementView';

/** The partner's incentive statement for a quarter: frozen once closed, live (with adjustments to closed quarters) while open. */
export function IncentivesTab({ partner }: { partner: Partner }) {
  const [quarter, setQuarter] = useQuarterChoice();
  const calendar = useFiscalCalendar();
  const programs = useAll('incentivePrograms');
  // Its own deals and those it is on beside another partner, at HQ's credit for its role.
  const opportunities = usePartnerDeals(partner);
  const dealCredit = useDealCredit();
  const certifications = usePartnerChildren('certifications', partner.id);
  const records = usePartnerChildren('incentiveStatements', partner.id);
  const exchangeRates = useExchangeRates();
  const statement =
    programs && opportunities && certifications && records
      ? quarterStatement({ partner, programs, opportunities, certifications, exchangeRates, dealCredit, calendar, quarter, closed: closedStatementsOf(records, partner.id) })
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
