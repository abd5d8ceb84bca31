import { Button, Stack, TableCell, TableRow } from '@mui/material';
import { useState } from 'react';
import { formatCents } from '../../../shared/domain/money';
import { isClosed, type Opportunity } from '../../../shared/domain/opportunity';
import type { Partner } from '../../../shared/domain/partner';
import { useWorkspace } from '../../app/workspace-context';
import { words } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { today } from '../../ui/today';
import { usePartnerChildren } from '../../ui/use-records';
import { opportunityDraft, opportunityFields, opportunityFromDraft } from './opportunity-form';
import { protectionText } from './protection';
import { RecordTable } from '../../ui/RecordTable';
import { SectionHeader } from '../../ui/SectionHeader';

/** The partner's deals: registrations, its role on each, and how long the registration protects it. */
export function PipelineTab({ partner }: { partner: Partner }) {
  const { repo } = useWorkspace();
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
            <TableCell>
              <Button size="small" onClick={() => setEditing(o)}>
                Edit
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </RecordTable>
      {editing && (
        <RecordDialog
          table="opportunities"
          title={current ? `Edit deal with ${current.customerName}` : 'Register a deal'}
          fields={opportunityFields}
          initial={opportunityDraft(current, today())}
          toRecord={(d) => opportunityFromDraft(d, partner)}
          save={async (record) => {
            if (current) await repo.update('opportunities', current.id, record as never);
            else await repo.create('opportunities', record as never);
            notify('Deal saved');
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
