import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { GLOBAL_TERRITORY, partnerTypes } from '../../../shared/domain/common';
import type { CertificationProgram } from '../../../shared/domain/certification';
import { useWorkspace } from '../../app/workspace-context';
import { CappedTable } from '../../ui/CappedTable';
import { partnerTypeLabels, words } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { useAll } from '../../ui/use-records';

const tracks = ['sales', 'presales', 'technical', 'services'] as const;

/** The certification tracks HQ offers, and which partner types may take each. */
export function CertificationProgramsEditor() {
  const { repo } = useWorkspace();
  const programs = useAll('certificationPrograms');
  const [editing, setEditing] = useState<CertificationProgram | 'new' | null>(null);
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
          { label: '', cell: (p) => <Button size="small" onClick={() => setEditing(p)}>Edit</Button> },
        ]}
      />
      <Button variant="contained" sx={{ alignSelf: 'start' }} onClick={() => setEditing('new')}>
        Add certification program
      </Button>
      {editing && (
        <RecordDialog
          table="certificationPrograms"
          title={current ? `Edit ${current.name}` : 'New certification program'}
          fields={[
            { name: 'name', label: 'Name', required: true, width: 8 },
            { name: 'code', label: 'Program code', required: true, width: 4 },
            { name: 'track', label: 'Track', options: tracks.map((t) => [t, words(t)] as const), width: 6 },
            { name: 'validityMonths', label: 'Validity (months)', kind: 'number', width: 6 },
            { name: 'partnerTypes', label: 'Partner types (comma-separated: isv, reseller, oem, si)', helperText: partnerTypes.join(', ') },
          ]}
          initial={{
            name: current?.name ?? '',
            code: current?.code ?? '',
            track: current?.track ?? 'sales',
            validityMonths: String(current?.validityMonths ?? 24),
            partnerTypes: (current?.partnerTypes ?? []).join(', '),
          }}
          toRecord={(d) => ({
            territoryId: GLOBAL_TERRITORY,
            name: d.name,
            code: d.code,
            track: d.track,
            validityMonths: d.validityMonths?.trim() ? Number(d.validityMonths) : undefined,
            partnerTypes: (d.partnerTypes ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean),
          })}
          save={async (r) => {
            if (current) await repo.update('certificationPrograms', current.id, r as never);
            else await repo.create('certificationPrograms', r as never);
            notify('Certification program saved');
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
