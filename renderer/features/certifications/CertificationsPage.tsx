import { Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Certification } from '../../../shared/domain/certification';
import { quarterRange } from '../../../shared/domain/quarter';
import { useWorkspace } from '../../app/workspace-context';
import { dateText } from '../../ui/dates';
import { words } from '../../ui/labels';
import { ListTable, type ListColumn } from '../../ui/ListTable';
import { PartnerLink } from '../../ui/PartnerLink';
import { currentQuarter, today } from '../../ui/today';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { useAll } from '../../ui/use-records';
import { usePartnerNames } from '../../ui/use-partner-names';

/** Certifications lapsing before this quarter ends, across the territory: the renewals to chase this week. */
export function CertificationsPage() {
  const { reads } = useWorkspace();
  const calendar = useFiscalCalendar();
  const quarter = quarterRange(currentQuarter(calendar), calendar);
  const names = usePartnerNames();
  const programs = useAll('certificationPrograms');
  const contacts = useLiveQuery(async () => new Map((await reads.rows('contacts')).map((c) => [c.id, c.name])), [reads]);
  // The expiry index reads only the quarter's window, however many certifications there are.
  const expiring = useLiveQuery(
    async () => (await reads.rowsBetween('certifications', 'expiresOn', today(), quarter.end)).filter((c) => !c.deleted),
    [reads, quarter.end],
  );
  const rows = useMemo(() => (expiring ?? []).filter((c) => names?.has(c.partnerId)), [expiring, names]);
  const columns = useMemo<ListColumn<Certification>[]>(() => {
    const partner = (c: Certification) => names?.get(c.partnerId) ?? '';
    const programNames = new Map((programs ?? []).map((p) => [p.id, p.name]));
    return [
      { id: 'partner', header: 'Partner', value: partner, cell: (c) => <PartnerLink id={c.partnerId} name={partner(c)} tab="certifications" /> },
      { id: 'contact', header: 'Contact', value: (c) => contacts?.get(c.contactId) ?? '' },
      { id: 'program', header: 'Program', value: (c) => programNames.get(c.programId) ?? c.programId },
      { id: 'status', header: 'Status', value: (c) => words(c.status) },
      { id: 'expires', header: 'Expires', kind: 'date', value: (c) => c.expiresOn },
    ];
  }, [names, contacts, programs]);
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h2">
        Certifications expiring by {dateText(quarter.end)}
      </Typography>
      <ListTable
        label="Expiring certifications"
        rows={rows}
        rowKey={(c) => c.id}
        columns={columns}
        initialSort={{ id: 'expires' }}
        emptyText={expiring ? `No certification lapses between today and ${dateText(quarter.end)}` : 'Loading certifications…'}
      />
    </Stack>
  );
}
