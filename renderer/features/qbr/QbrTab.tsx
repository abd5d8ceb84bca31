import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Partner } from '../../../shared/domain/partner';
import { useWorkspace } from '../../app/workspace-context';
import { useQuarterChoice } from '../../ui/use-fiscal-calendar';
import { QuarterPicker } from '../incentives/QuarterPicker';
import { QbrExportDialog } from './QbrExportDialog';
import { QbrPackList } from './QbrPackList';
import { QbrPrep } from './QbrPrep';
import { lastQbrLine } from './qbr-record-text';
import { lastDeliveryByPartner, lastExportByPartner } from './qbr-records';
import { prefetchQbrWriters } from './qbr-run';

/** The last QBR delivered to a partner (an export alone is not one), and an export still waiting to be marked. */
export function LastQbrDelivered({ partnerId }: { partnerId: string }) {
  const { reads } = useWorkspace();
  const records = useLiveQuery(() => reads.listBy('qbrRecords', 'partnerId', partnerId), [reads, partnerId]);
  // Every partner page shows this line: a good moment to have the writers ready for an offline export.
  useEffect(prefetchQbrWriters, []);
  // While it loads the line is kept, empty: appearing a moment after the page, it pushed the tabs and every
  // button below down under the pointer, and a click meant for a tab landed on what moved in (seen in CI).
  return (
    <Typography data-testid="last-qbr" variant="body2">
      {records === undefined ? '\u00a0' : lastQbrLine(lastDeliveryByPartner(records).get(partnerId), lastExportByPartner(records).get(partnerId))}
    </Typography>
  );
}

/** The partner's QBR: what was delivered, the packs exported (to mark delivered), the prep (commitments), and the export. */
export function QbrTab({ partner }: { partner: Partner }) {
  const [quarter, setQuarter] = useQuarterChoice();
  const [exporting, setExporting] = useState(false);
  return (
    <Stack spacing={2}>
      <Card variant="outlined">
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
            <Stack sx={{ flexGrow: 1 }} spacing={0.5}>
              <Typography variant="h6">Quarterly business review</Typography>
              <LastQbrDelivered partnerId={partner.id} />
            </Stack>
            <QuarterPicker value={quarter} onChange={setQuarter} />
            <Button variant="contained" onClick={() => setExporting(true)}>
              Export QBR pack…
            </Button>
          </Stack>
        </CardContent>
      </Card>
      <QbrPackList partner={partner} />
      <QbrPrep partner={partner} quarter={quarter} />
      {exporting && <QbrExportDialog partner={partner} quarter={quarter} onClose={() => setExporting(false)} />}
    </Stack>
  );
}
