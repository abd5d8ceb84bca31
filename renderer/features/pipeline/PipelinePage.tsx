import { Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { formatCents } from '../../../shared/domain/money';
import { useExchangeRates } from '../../ui/use-exchange-rates';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { pipelineTotalText } from './pipeline-total';
import { isClosed, type Opportunity } from '../../../shared/domain/opportunity';
import { useWorkspace } from '../../app/workspace-context';
import { words } from '../../ui/labels';
import { ListTable, type ListColumn } from '../../ui/ListTable';
import { PartnerLink } from '../../ui/PartnerLink';
import { today } from '../../ui/today';
import { usePartnerNames } from '../../ui/use-partner-names';
import { protectionSortText } from './protection';
import { registrationColumn } from '../registrations/registration-column';
import { PROTECTION_WARNING_DAYS, protectionEndingSoon } from '../../../shared/registrations/protection';

/** Open partner deals across the territory, soonest close first, with each registration's protection. */
export function PipelinePage() {
  const { reads } = useWorkspace();
  const names = usePartnerNames();
  const open = useLiveQuery(
    async () => (await reads.rows('opportunities')).filter((o) => !o.deleted && o.partnerId !== null && !isClosed(o)).sort((a, b) => a.closeOn.localeCompare(b.closeOn)),
    [reads],
  );
  const rows = useMemo(() => (open ?? []).filter((o) => names?.has(o.partnerId!)), [open, names]);
  const exchangeRates = useExchangeRates();
  const calendar = useFiscalCalendar();
  const ending = useMemo(() => protectionEndingSoon(rows, today()), [rows]);
  const columns = useMemo<ListColumn<Opportunity>[]>(() => {
    const partner = (o: Opportunity) => names?.get(o.partnerId!) ?? '';
    const day = today();
    return [
      { id: 'customer', header: 'Customer', value: (o) => o.customerName },
      { id: 'partner', header: 'Partner', value: partner, cell: (o) => <PartnerLink id={o.partnerId!} name={partner(o)} tab="pipeline" /> },
      { id: 'role', header: 'Role', width: '10%', value: (o) => (o.partnerRole ? words(o.partnerRole) : '') },
      { id: 'amount', header: 'Amount', kind: 'money', align: 'right', value: (o) => o.amountCents / 100, text: (o) => formatCents(o.amountCents, o.currency) },
      { id: 'stage', header: 'Stage', value: (o) => words(o.stage) },
      { id: 'close', header: 'Close', kind: 'date', value: (o) => o.closeOn },
      registrationColumn(day, (o) => protectionSortText(o, day), () => true),
    ];
  }, [names]);
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h2">
        Partner pipeline · {rows.length} open deals, {pipelineTotalText(rows, exchangeRates, calendar)}
      </Typography>
      <Typography variant="h6" component="h3">
        Protection ending within {PROTECTION_WARNING_DAYS} days · {ending.length}
      </Typography>
      <ListTable
        label="Protection ending soon"
        rows={ending}
        rowKey={(o) => o.id}
        columns={columns}
        emptyText={open ? `No registration's protection ends in the next ${PROTECTION_WARNING_DAYS} days` : 'Loading deals…'}
      />
      <Typography variant="h6" component="h3">
        All open partner deals
      </Typography>
      <ListTable
        label="Open partner deals"
        rows={rows}
        rowKey={(o) => o.id}
        columns={columns}
        emptyText={open ? 'No open partner deals: every registered deal is won or lost' : 'Loading deals…'}
      />
    </Stack>
  );
}
