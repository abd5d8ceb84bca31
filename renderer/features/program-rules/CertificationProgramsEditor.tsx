import { Button, Stack } from '@mui/material';
import { useMemo, useState } from 'react';
import type { CertificationProgram } from '../../../shared/domain/certification';
import { ListTable, type ListColumn } from '../../ui/ListTable';
import { partnerTypeLabels, words } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { useAll } from '../../ui/use-records';
import { useRemove } from '../../ui/use-remove';
import { certificationProgramFields, certificationProgramForm } from './certification-program-form';
import { RowActions } from '../../ui/RowActions';

/** The certification tracks HQ offers, and which partner types may take each. */
export function CertificationProgramsEditor() {
  const programs = useAll('certificationPrograms');
  const [editing, setEditing] = useState<CertificationProgram | 'new' | null>(null);
  const remove = useRemove('certificationPrograms', 'certification program');
  const current = editing === 'new' ? undefined : (editing ?? undefined);
  const ask = remove.ask;
  const columns = useMemo<ListColumn<CertificationProgram>[]>(
    () => [
      { id: 'name', header: 'Name', value: (p) => p.name },
      { id: 'code', header: 'Code', value: (p) => p.code },
      { id: 'track', header: 'Track', value: (p) => words(p.track) },
      { id: 'valid', header: 'Valid for', kind: 'number', value: (p) => p.validityMonths, text: (p) => `${p.validityMonths} months` },
      { id: 'types', header: 'Partner types', value: (p) => p.partnerTypes.map((t) => partnerTypeLabels[t]).join(', ') },
      { id: 'actions', header: 'Actions', actions: true, width: '120px', cell: (p) => <RowActions name={p.name} onEdit={() => setEditing(p)} onDelete={() => ask(p.id, p.name)} /> },
    ],
    [ask],
  );
  return (
    <Stack spacing={2}>
      <ListTable
        label="Certification programs"
        rows={programs ?? []}
        rowKey={(p) => p.id}
        columns={columns}
        emptyText={programs ? 'No certification programs yet' : 'Loading…'}
      />
      <Button variant="contained" sx={{ alignSelf: 'start' }} onClick={() => setEditing('new')}>
        Add certification program
      </Button>
      {editing && (
        <RecordDialog
          title={current ? `Edit ${current.name}` : 'New certification program'}
          fields={certificationProgramFields}
          spec={certificationProgramForm(current)}
          onSaved={() => notify('Certification program saved')}
          onClose={() => setEditing(null)}
        />
      )}
      {remove.dialog}
    </Stack>
  );
}
