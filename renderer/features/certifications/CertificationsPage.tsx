import { Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { quarterRange } from '../../../shared/domain/quarter';
import { useWorkspace } from '../../app/workspace-context';
import { CappedTable } from '../../ui/CappedTable';
import { words } from '../../ui/labels';
import { PartnerLink } from '../../ui/PartnerLink';
import { currentQuarter, today } from '../../ui/today';
import { useAll } from '../../ui/use-records';
import { usePartnerNames } from '../../ui/use-partner-names';

/** Certifications lapsing before this quarter ends, across the territory: the renewals to chase this week. */
export function CertificationsPage() {
  const { reads } = useWorkspace();
  const quarter = quarterRange(currentQuarter());
  const names = usePartnerNames();
  const programs = useAll('certificationPrograms');
  const contacts = useLiveQuery(async () => new Map((await reads.rows('contacts')).map((c) => [c.id, c.name])), [reads]);
  // The expiry index reads only the quarter's window, however many certifications there are.
  const expiring = useLiveQuery(
    async () => (await reads.rowsBetween('certifications', 'expiresOn', today(), quarter.end)).filter((c) => !c.deleted),
    [reads, quarter.end],
  );
  const programName = (id: string) => programs?.find((p) => p.id === id)?.name ?? id;
  const rows = (expiring ?? []).filter((c) => names?.has(c.partnerId));
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h2">
        Certifications expiring by {quarter.end}
      </Typography>
      <CappedTable
        label="Expiring certifications"
        rows={rows}
        rowKey={(c) => c.id}
        columns={[
          { label: 'Partner', cell: (c) => <PartnerLink id={c.partnerId} name={names?.get(c.partnerId) ?? ''} tab="certifications" /> },
          { label: 'Contact', cell: (c) => contacts?.get(c.contactId) ?? '' },
          { label: 'Program', cell: (c) => programName(c.programId) },
          { label: 'Status', cell: (c) => words(c.status) },
          { label: 'Expires', cell: (c) => c.expiresOn },
        ]}
      />
    </Stack>
  );
}
