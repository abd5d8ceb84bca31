import { Alert, Button, Card, CardContent, Chip, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { certificationStatuses, type Certification } from '../../../shared/domain/certification';
import type { Partner } from '../../../shared/domain/partner';
import { quarterRange } from '../../../shared/domain/quarter';
import { useWorkspace } from '../../app/workspace-context';
import { words } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { RecordDialog, type Draft } from '../../ui/RecordDialog';
import { currentQuarter, today } from '../../ui/today';
import { useAll, usePartnerChildren } from '../../ui/use-records';
import { useRemove } from '../../ui/use-remove';
import { editedFields } from '../partners/partner-draft';
import { TierStanding } from '../partners/TierStanding';
import { useTierQualification } from '../partners/use-tier-qualification';
import { RecordTable } from '../../ui/RecordTable';
import { SectionHeader } from '../../ui/SectionHeader';

const nullableDate = (s: string | undefined): string | null => (s && s.trim() ? s.trim() : null);

/** Who is certified in what, when it lapses, and what the tier still needs. */
export function CertificationsTab({ partner }: { partner: Partner }) {
  const { repo } = useWorkspace();
  const certifications = usePartnerChildren('certifications', partner.id);
  const contacts = usePartnerChildren('contacts', partner.id);
  const programs = useAll('certificationPrograms');
  const qualification = useTierQualification(partner);
  const [editing, setEditing] = useState<Certification | 'new' | null>(null);
  const remove = useRemove('certifications', 'certification');
  const quarterEnd = quarterRange(currentQuarter()).end;
  const contactName = (id: string) => contacts?.find((c) => c.id === id)?.name ?? 'Unknown contact';
  const programName = (id: string) => programs?.find((p) => p.id === id)?.name ?? id;
  const offered = (programs ?? []).filter((p) => p.partnerTypes.includes(partner.partnerType));
  const current = editing === 'new' ? undefined : (editing ?? undefined);
  const initial: Draft = {
    contactId: current?.contactId ?? contacts?.[0]?.id ?? '',
    programId: current?.programId ?? offered[0]?.id ?? '',
    status: current?.status ?? 'in-progress',
    issuedOn: current?.issuedOn ?? '',
    expiresOn: current?.expiresOn ?? '',
  };
  const toRecord = (d: Draft): Record<string, unknown> => ({
    partnerId: partner.id,
    territoryId: partner.territoryId,
    contactId: d.contactId,
    programId: d.programId,
    status: d.status,
    issuedOn: nullableDate(d.issuedOn),
    expiresOn: nullableDate(d.expiresOn),
  });
  const rows = [...(certifications ?? [])].sort((a, b) => (a.expiresOn ?? '9999').localeCompare(b.expiresOn ?? '9999'));

  return (
    <Stack spacing={2}>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" gutterBottom>
            Gaps against tier requirements
          </Typography>
          {qualification ? <TierStanding qualification={qualification} /> : <Typography>Assessing…</Typography>}
        </CardContent>
      </Card>
      <SectionHeader title="Certifications" action={{ label: 'Add certification', onClick: () => setEditing('new'), disabled: !contacts?.length }} />
      {contacts?.length === 0 && <Alert severity="info">Add a contact first: certifications belong to a person.</Alert>}
      <RecordTable label="Certifications" columns={['Contact', 'Program', 'Status', 'Issued', 'Expires', '']}>
        {rows.map((c) => {
          const lapses = c.expiresOn !== null && c.expiresOn >= today() && c.expiresOn <= quarterEnd;
          const lapsed = c.expiresOn !== null && c.expiresOn < today();
          return (
            <TableRow key={c.id}>
              <TableCell>{contactName(c.contactId)}</TableCell>
              <TableCell>{programName(c.programId)}</TableCell>
              <TableCell>{words(c.status)}</TableCell>
              <TableCell>{c.issuedOn ?? '—'}</TableCell>
              <TableCell>
                {c.expiresOn ?? '—'} {lapses && <Chip size="small" color="warning" label="Expires this quarter" />}
                {lapsed && <Chip size="small" color="error" label="Expired" />}
              </TableCell>
              <TableCell align="right">
                <Button size="small" onClick={() => setEditing(c)}>
                  Edit
                </Button>
                <Button size="small" color="error" onClick={() => remove.ask(c.id, `${programName(c.programId)} for ${contactName(c.contactId)}`)}>
                  Delete
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </RecordTable>
      {editing && (
        <RecordDialog
          table="certifications"
          title={current ? 'Edit certification' : 'Add certification'}
          fields={[
            { name: 'contactId', label: 'Contact', options: (contacts ?? []).map((c) => [c.id, c.name] as const), width: 6 },
            { name: 'programId', label: 'Certification program', options: offered.map((p) => [p.id, p.name] as const), width: 6 },
            { name: 'status', label: 'Status', options: certificationStatuses.map((s) => [s, words(s)] as const), width: 4 },
            { name: 'issuedOn', label: 'Issue date', kind: 'date', width: 4 },
            { name: 'expiresOn', label: 'Expiry date', kind: 'date', width: 4 },
          ]}
          initial={initial}
          toRecord={toRecord}
          save={async (r) => {
            // Only what was changed in the dialog: a field another device changed meanwhile is kept.
            if (current) await repo.update('certifications', current.id, editedFields(toRecord(initial), r) as never);
            else await repo.create('certifications', r as never);
            notify('Certification saved');
          }}
          onClose={() => setEditing(null)}
        />
      )}
      {remove.dialog}
    </Stack>
  );
}
