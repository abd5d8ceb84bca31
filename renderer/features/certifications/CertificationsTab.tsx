import { Alert, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import type { Certification } from '../../../shared/domain/certification';
import { termsOn } from '../../../shared/domain/certification-terms';
import type { Partner } from '../../../shared/domain/partner';
import { quarterRange } from '../../../shared/domain/quarter';
import { dateText } from '../../ui/dates';
import { words } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { currentQuarter, today } from '../../ui/today';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { useAll, usePartnerChildren } from '../../ui/use-records';
import { useRemove } from '../../ui/use-remove';
import { TierStanding } from '../partners/TierStanding';
import { useTierQualification } from '../partners/use-tier-qualification';
import { ListTable, type ListColumn } from '../../ui/ListTable';
import { RowActions } from '../../ui/RowActions';
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
  const calendar = useFiscalCalendar();
  const quarterEnd = quarterRange(currentQuarter(calendar), calendar).end;
  // Who may take a program is its terms today: a version from a later day does not open it yet.
  const offered = (programs ?? []).filter((p) => termsOn(p, today()).partnerTypes.includes(partner.partnerType));
  const current = editing === 'new' ? undefined : (editing ?? undefined);
  const rows = useMemo(() => [...(certifications ?? [])].sort((a, b) => (a.expiresOn ?? '9999').localeCompare(b.expiresOn ?? '9999')), [certifications]);
  const ask = remove.ask;
  const columns = useMemo<ListColumn<Certification>[]>(() => {
    const contactNames = new Map((contacts ?? []).map((c) => [c.id, c.name]));
    const programNames = new Map((programs ?? []).map((p) => [p.id, p.name]));
    const contact = (c: Certification) => contactNames.get(c.contactId) ?? 'Unknown contact';
    const program = (c: Certification) => programNames.get(c.programId) ?? c.programId;
    const day = today();
    return [
      { id: 'contact', header: 'Contact', value: contact },
      { id: 'program', header: 'Program', value: program },
      { id: 'status', header: 'Status', value: (c) => words(c.status) },
      { id: 'issued', header: 'Issued', kind: 'date', value: (c) => c.issuedOn, text: (c) => (c.issuedOn ? dateText(c.issuedOn) : '—') },
      {
        id: 'expires',
        header: 'Expires',
        kind: 'date',
        width: '24%',
        value: (c) => c.expiresOn,
        text: (c) => (c.expiresOn ? dateText(c.expiresOn) : '—'),
        cell: (c) => {
          const lapses = c.expiresOn !== null && c.expiresOn >= day && c.expiresOn <= quarterEnd;
          const lapsed = c.expiresOn !== null && c.expiresOn < day;
          return (
            <>
              {c.expiresOn ? dateText(c.expiresOn) : '—'} {lapses && <Chip size="small" color="warning" label="Expires this quarter" />}
              {lapsed && <Chip size="small" color="error" label="Expired" />}
            </>
          );
        },
      },
      {
        id: 'actions',
        header: 'Actions',
        actions: true,
        width: '120px',
        cell: (c) => <RowActions name={`${program(c)} for ${contact(c)}`} onEdit={() => setEditing(c)} onDelete={() => ask(c.id, `${program(c)} for ${contact(c)}`)} />,
      },
    ];
  }, [contacts, programs, quarterEnd, ask]);

  return (
    <Stack spacing={2}>
      <SectionHeader title="Certifications" action={{ label: 'Add certification', onClick: () => setEditing('new'), disabled: !contacts?.length }} />
      {contacts?.length === 0 && <Alert severity="info">Add a contact first: certifications belong to a person.</Alert>}
      <ListTable
        label="Certifications"
        rows={rows}
        rowKey={(c) => c.id}
        columns={columns}
        emptyText={certifications ? `No certifications recorded for ${partner.name} yet` : 'Loading certifications…'}
      />
      {/* Below the list, not above it: assessed a moment after the tab opens, it grew and pushed the list and its
          Add button down under the pointer (a click meant for Add certification was lost in CI). */}
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" gutterBottom>
            Gaps against tier requirements
          </Typography>
          {qualification ? <TierStanding qualification={qualification} /> : <Typography>Assessing…</Typography>}
        </CardContent>
      </Card>
      {editing && (
        <RecordDialog
          title={current ? 'Edit certification' : 'Add certification'}
          fields={certificationFields(contacts ?? [], offered)}
          spec={certificationForm(partner, current, { contactId: contacts?.[0]?.id ?? '', programId: offered[0]?.id ?? '' }, programs ?? [])}
          onSaved={() => notify('Certification saved')}
          onClose={() => setEditing(null)}
        />
      )}
      {remove.dialog}
    </Stack>
  );
}
