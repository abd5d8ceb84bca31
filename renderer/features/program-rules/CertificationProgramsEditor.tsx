import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import type { CertificationProgram } from '../../../shared/domain/certification';
import { CappedTable } from '../../ui/CappedTable';
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
  return (
    <Stack spacing={2}>
      <CappedTable
        label="Certification programs"
        rows={programs ?? []}
        rowKey={(p) => p.id}
        columns={[
          { label: 'Name', cell: (p) => p.name },
          { label: 'Code', cell: (p) => p.code },
          { label: 'Track', cell: (p) => words(p.track) },
          { label: 'Valid for', cell: (p) => `${p.validityMonths} months` },
          { label: 'Partner types', cell: (p) => p.partnerTypes.map((t) => partnerTypeLabels[t]).join(', ') },
          {
            label: '',
            cell: (p) => (
              <RowActions name={p.name} onEdit={() => setEditing(p)} onDelete={() => remove.ask(p.id, p.name)} />
            ),
          },
        ]}
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
