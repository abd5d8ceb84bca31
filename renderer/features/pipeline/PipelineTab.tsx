import { Button, Stack } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useWorkspace } from '../../app/workspace-context';
import { useExchangeRates } from '../../ui/use-exchange-rates';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { pipelineTotalText } from './pipeline-total';
import { isClosed, type Opportunity } from '../../../shared/domain/opportunity';
import type { Partner } from '../../../shared/domain/partner';
import { words } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { today } from '../../ui/today';
import { usePartnerDeals } from '../../ui/use-records';
import { usePartnerNames } from '../../ui/use-partner-names';
import { PartnerLink } from '../../ui/PartnerLink';
import { roleOn } from '../../../shared/domain/deal-credit';
import { useRemove } from '../../ui/use-remove';
import { amountText, creditNoteFields, creditNoteForm } from './credit-note-form';
import { opportunityFields, opportunityForm } from './opportunity-form';
import { protectionSortText } from './protection';
import { registrationColumn } from '../registrations/registration-column';
import { ListTable, type ListColumn } from '../../ui/ListTable';
import { SectionHeader } from '../../ui/SectionHeader';
import { RowActions } from '../../ui/RowActions';

/** The partner's deals: registrations, its role on each, and how long the registration protects it. */
export function PipelineTab({ partner }: { partner: Partner }) {
  const remove = useRemove('opportunities', 'deal');
  const deals = usePartnerDeals(partner);
  const names = usePartnerNames();
  const [editing, setEditing] = useState<Opportunity | 'new' | null>(null);
  const [crediting, setCrediting] = useState<Opportunity | null>(null);
  const current = editing === 'new' ? undefined : (editing ?? undefined);
  const rows = useMemo(() => [...(deals ?? [])].sort((a, b) => Number(isClosed(a)) - Number(isClosed(b)) || a.closeOn.localeCompare(b.closeOn)), [deals]);
  const open = rows.filter((o) => !isClosed(o));
  const ask = remove.ask;
  const columns = useMemo<ListColumn<Opportunity>[]>(() => {
    const day = today();
    return [
      { id: 'customer', header: 'Customer', value: (o) => o.customerName, text: (o) => `${o.customerName}${o.newCustomer ? ' · new customer' : ''}` },
      {
        id: 'role',
        header: 'Role',
        value: (o) => {
          const role = roleOn(o, partner.id);
          return role ? words(role) : 'Direct';
        },
        // A deal filed under another partner, this one beside it: say whose deal it is.
        text: (o) => {
          const role = roleOn(o, partner.id);
          const own = role ? words(role) : 'Direct';
          return o.partnerId === partner.id ? own : `${own}, on ${names?.get(o.partnerId ?? '') ?? 'another partner'}’s deal`;
        },
      },
      { id: 'amount', header: 'Amount', kind: 'money', align: 'right', value: (o) => o.amountCents / 100, text: amountText },
      { id: 'stage', header: 'Stage', value: (o) => words(o.stage) },
      { id: 'close', header: 'Close', kind: 'date', value: (o) => o.closeOn },
      // The registration's state, decision and steps (submit, extend; an approver's decisions) on the partner's own deals.
      registrationColumn(day, (o) => protectionSortText(o, day), (o) => o.partnerId === partner.id),
      {
        id: 'actions',
        header: 'Actions',
        actions: true,
        width: '240px',
        cell: (o) =>
          o.partnerId !== partner.id ? (
            // Another partner's deal: edited, credited and deleted there, by the manager of its record.
            <Stack direction="row" sx={{ justifyContent: 'end' }}>
              <PartnerLink id={o.partnerId ?? ''} name={`Open ${names?.get(o.partnerId ?? '') ?? 'the partner'}`} tab="pipeline" />
            </Stack>
          ) : (
            <Stack direction="row" sx={{ justifyContent: 'end', whiteSpace: 'nowrap' }}>
              {o.stage === 'won' && (
                <Button size="small" aria-label={`Credit note for the deal with ${o.customerName}`} onClick={() => setCrediting(o)}>
                  Credit note
                </Button>
              )}
              <RowActions name={`the deal with ${o.customerName}`} onEdit={() => setEditing(o)} onDelete={() => ask(o.id, `Deal with ${o.customerName}`)} />
            </Stack>
          ),
      },
    ];
  }, [ask, names, partner.id]);
  // The territory's other partners, the ones a deal filed here can name beside this one.
  const { reads } = useWorkspace();
  const exchangeRates = useExchangeRates();
  const calendar = useFiscalCalendar();
  const territoryPartners = useLiveQuery(() => reads.listBy('partners', 'territoryId', partner.territoryId), [reads, partner.territoryId]);
  const otherPartners = useMemo(
    () => (territoryPartners ?? []).filter((p) => p.id !== partner.id).map((p) => [p.id, p.name] as const).sort((a, b) => a[1].localeCompare(b[1])),
    [territoryPartners, partner.id],
  );

  return (
    <Stack spacing={2}>
      <SectionHeader title={<>Pipeline · {open.length} open, {pipelineTotalText(open, exchangeRates, calendar)}</>} action={{ label: 'Register deal', onClick: () => setEditing('new') }} />
      <ListTable label="Opportunities" rows={rows} rowKey={(o) => o.id} columns={columns} emptyText={deals ? `No deals registered for ${partner.name} yet` : 'Loading deals…'} />
      {editing && (
        <RecordDialog
          title={current ? `Edit deal with ${current.customerName}` : 'Register a deal'}
          fields={opportunityFields(otherPartners)}
          spec={opportunityForm(partner, current, today())}
          onSaved={() => notify('Deal saved')}
          onClose={() => setEditing(null)}
        />
      )}
      {crediting && (
        <RecordDialog
          title={`Credit note for the deal with ${crediting.customerName}`}
          fields={creditNoteFields(crediting)}
          spec={creditNoteForm(crediting, today())}
          saveLabel="Issue credit note"
          onSaved={() => notify('Credit note issued')}
          onClose={() => setCrediting(null)}
        />
      )}
      {remove.dialog}
    </Stack>
  );
}
