import { Stack, TableCell, TableRow } from '@mui/material';
import { useState } from 'react';
import { formatCents } from '../../../shared/domain/money';
import { isClosed, type Opportunity } from '../../../shared/domain/opportunity';
import type { Partner } from '../../../shared/domain/partner';
import { words } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { today } from '../../ui/today';
import { usePartnerChildren } from '../../ui/use-records';
import { useRemove } from '../../ui/use-remove';
import { opportunityFields, opportunityForm } from './opportunity-form';
import { protectionText } from './protection';
import { RecordTable } from '../../ui/RecordTable';
import { SectionHeader } from '../../ui/SectionHeader';
import { RowActions } from '../../ui/RowActions';

/** The partner's deals: registrations, its role on each, and how long the registration protects it. */
export function PipelineTab({ partner }: { partner: Partner }) {
  const remove = useRemove('opportunities', 'deal');
  const deals = usePartnerChildren('opportunities', partner.id);
  const [editing, setEditing] = useState<Opportunity | 'new' | null>(null);
  const current = editing === 'new' ? undefined : (editing ?? undefined);
  const rows = [...(deals ?? [])].sort((a, b) => Number(isClosed(a)) - Number(isClosed(b)) || a.closeOn.localeCompare(b.closeOn));
  const open = rows.filter((o) => !isClosed(o));

  return (
    <Stack spacing={2}>
      <SectionHeader title={<>Pipeline · {open.length} open, {formatCents(open.reduce((s, o) => s + o.amountCents, 0))}</>} action={{ label: 'Register deal', onClick: () => setEditing('new') }} />
      <RecordTable label="Opportunities" columns={['Customer', 'Role', { label: 'Amount', align: 'right' }, 'Stage', 'Close', 'Registration', '']}>
        {rows.map((o) => (
          <TableRow key={o.id}>
            <TableCell>
              {o.customerName}
              {o.newCustomer && ' · new customer'}
            </TableCell>
            <TableCell>{o.partnerRole ? words(o.partnerRole) : 'Direct'}</TableCell>
            <TableCell align="right">{formatCents(o.amountCents)}</TableCell>
            <TableCell>{words(o.stage)}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{o.closeOn}</TableCell>
            <TableCell>{protectionText(o, today())}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              <RowActions name={`the deal with ${o.customerName}`} onEdit={() => setEditing(o)} onDelete={() => remove.ask(o.id, `Deal with ${o.customerName}`)} />
            </TableCell>
          </TableRow>
        ))}
      </RecordTable>
      {editing && (
        <RecordDialog
          title={current ? `Edit deal with ${current.customerName}` : 'Register a deal'}
          fields={opportunityFields}
          spec={opportunityForm(partner, current, today())}
          onSaved={() => notify('Deal saved')}
          onClose={() => setEditing(null)}
        />
      )}
      {remove.dialog}
    </Stack>
  );
}
