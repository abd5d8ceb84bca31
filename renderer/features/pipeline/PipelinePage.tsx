import { Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatCents } from '../../../shared/domain/money';
import { isClosed } from '../../../shared/domain/opportunity';
import { useWorkspace } from '../../app/workspace-context';
import { CappedTable } from '../../ui/CappedTable';
import { words } from '../../ui/labels';
import { PartnerLink } from '../../ui/PartnerLink';
import { today } from '../../ui/today';
import { usePartnerNames } from '../../ui/use-partner-names';
import { protectionText } from './protection';

/** Open partner deals across the territory, soonest close first, with each registration's protection. */
export function PipelinePage() {
  const { reads } = useWorkspace();
  const names = usePartnerNames();
  const open = useLiveQuery(
    async () => (await reads.rows('opportunities')).filter((o) => !o.deleted && o.partnerId !== null && !isClosed(o)).sort((a, b) => a.closeOn.localeCompare(b.closeOn)),
    [reads],
  );
  const rows = (open ?? []).filter((o) => names?.has(o.partnerId!));
  const total = rows.reduce((s, o) => s + o.amountCents, 0);
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h2">
        Partner pipeline · {rows.length} open deals, {formatCents(total)}
      </Typography>
      <CappedTable
        label="Open partner deals"
        rows={rows}
        rowKey={(o) => o.id}
        columns={[
          { label: 'Customer', cell: (o) => o.customerName },
          { label: 'Partner', cell: (o) => <PartnerLink id={o.partnerId!} name={names?.get(o.partnerId!) ?? ''} tab="pipeline" /> },
          { label: 'Role', cell: (o) => (o.partnerRole ? words(o.partnerRole) : '') },
          { label: 'Amount', cell: (o) => formatCents(o.amountCents), align: 'right' },
          { label: 'Stage', cell: (o) => words(o.stage) },
          { label: 'Close', cell: (o) => o.closeOn },
          { label: 'Registration', cell: (o) => protectionText(o, today()) },
        ]}
      />
    </Stack>
  );
}
