import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Partner } from '../../../shared/domain/partner';
import { useWorkspace } from '../../app/workspace-context';
import { currentQuarter } from '../../ui/today';
import { QuarterPicker } from '../incentives/QuarterPicker';
import { QbrExportDialog } from './QbrExportDialog';
import { QbrPrep } from './QbrPrep';
import { lastQbrByPartner, prefetchQbrWriters } from './qbr-run';

/** The newest QBR pack delivered to a partner, as its record says. */
export function LastQbrDelivered({ partnerId }: { partnerId: string }) {
  const { reads } = useWorkspace();
  const records = useLiveQuery(() => reads.listBy('qbrRecords', 'partnerId', partnerId), [reads, partnerId]);
  // Every partner page shows this line: a good moment to have the writers ready for an offline export.
  useEffect(prefetchQbrWriters, []);
  if (records === undefined) return null;
  const last = lastQbrByPartner(records).get(partnerId);
  return (
    <Typography data-testid="last-qbr" variant="body2">
      {last
        ? `Last QBR delivered: ${last.quarter}, ${new Date(last.exportedAt).toLocaleString()} (${last.formats.join(', ').toUpperCase()}; metric definitions ${last.metricDefinitionsVersion})`
        : 'No QBR pack delivered yet.'}
    </Typography>
  );
}

/** The partner's QBR: what was delivered, the prep (commitments), and the export. */
export function QbrTab({ partner }: { partner: Partner }) {
  const [quarter, setQuarter] = useState<string>(currentQuarter());
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
      <QbrPrep partner={partner} quarter={quarter} />
      {exporting && <QbrExportDialog partner={partner} quarter={quarter} onClose={() => setExporting(false)} />}
    </Stack>
  );
}
