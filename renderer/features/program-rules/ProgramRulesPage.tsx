import { Alert, Card, CardContent, Stack, Typography } from '@mui/material';
import { useStore } from 'zustand';
import { useWorkspace } from '../../app/workspace-context';
import { BrandingEditor } from '../qbr/BrandingEditor';
import { CertificationProgramsEditor } from './CertificationProgramsEditor';
import { DealCreditEditor } from './DealCreditEditor';
import { ExchangeRatesEditor } from './ExchangeRatesEditor';
import { FiscalYearEditor } from './FiscalYearEditor';
import { IncentiveProgramsEditor } from './IncentiveProgramsEditor';
import { TierRulesEditor } from './TierRulesEditor';

/** HQ's program definitions; every save is a repository write, so it syncs to every manager. */
export function ProgramRulesPage() {
  const { sync } = useWorkspace();
  const role = useStore(sync, (s) => s.user?.role);
  if (role !== 'hq') return <Alert severity="info">Program rules are defined by HQ partner-program leads.</Alert>;
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h2">
        Program rules
      </Typography>
      {(
        [
          ['Tiers and requirements', <TierRulesEditor key="tiers" />],
          ['Certification programs', <CertificationProgramsEditor key="certs" />],
          ['Incentive programs', <IncentiveProgramsEditor key="incentives" readOnly={false} />],
          ['Program settings: fiscal year', <FiscalYearEditor key="fiscal" />],
          ['Program settings: deal credit by partner role', <DealCreditEditor key="credit" />],
          ['Program settings: quarterly exchange rates (program currency USD)', <ExchangeRatesEditor key="rates" />],
          ['Program settings: QBR pack branding', <BrandingEditor key="branding" />],
        ] as const
      ).map(([title, editor]) => (
        <Card key={title} variant="outlined">
          <CardContent>
            <Typography variant="h6" gutterBottom>
              {title}
            </Typography>
            {editor}
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}
