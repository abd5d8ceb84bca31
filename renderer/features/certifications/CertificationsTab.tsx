import { Alert, Button, Card, CardContent, Chip, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import type { Certification } from '../../../shared/domain/certification';
import type { Partner } from '../../../shared/domain/partner';
import { quarterRange } from '../../../shared/domain/quarter';
import { words } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { currentQuarter, today } from '../../ui/today';
import { useAll, usePartnerChildren } from '../../ui/use-records';
import { useRemove } from '../../ui/use-remove';
import { TierStanding } from '../partners/TierStanding';
import { useTierQualification } from '../partners/use-tier-qualification';
import { RecordTable } from '../../ui/RecordTable';
import { SectionHeader } from '../../ui/SectionHeader';
import { certificationFields, certificationForm } from './certification-form';

/** Who is certified in what, when it lapses, and what the tier still needs. */
export function CertificationsTab({ partner }: { partner: Partner }) {
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
          title={current ? 'Edit certification' : 'Add certification'}
          fields={certificationFields(contacts ?? [], offered)}
          spec={certificationForm(partner, current, { contactId: contacts?.[0]?.id ?? '', programId: offered[0]?.id ?? '' })}
          onSaved={() => notify('Certification saved')}
          onClose={() => setEditing(null)}
        />
      )}
      {remove.dialog}
    </Stack>
  );
}
