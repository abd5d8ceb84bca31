import { activityKinds, type Activity } from '../../../shared/domain/activity';
import type { Partner } from '../../../shared/domain/partner';
import { words } from '../../ui/labels';
import type { RecordFormSpec } from '../../ui/record-form';
import type { Draft, FieldSpec } from '../../ui/RecordDialog';

export const activityFields: FieldSpec[] = [
  { name: 'kind', label: 'Kind', options: activityKinds.map((k) => [k, words(k)] as const), width: 4 },
  { name: 'occurredAt', label: 'When', kind: 'datetime', width: 8 },
  { name: 'subject', label: 'Subject', required: true },
  { name: 'notes', label: 'Notes', kind: 'multiline' },
  { name: 'sharedWithPartner', label: 'Share these notes with the partner (shown in their QBR pack)', kind: 'checkbox' },
];

/** An instant as a datetime-local input shows it: "2026-11-22T14:30" in the device's zone. */
export const localDateTime = (instant: Date): string => {
  const d = new Date(instant);
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
};

/** datetime-local text in the device's zone → an ISO instant; text that is no time stays, for the schema to name. */
const instantOf = (local: string): string => {
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? local : d.toISOString();
};

/** A visit, call or note; a new one is logged now, by the signed-in user. */
export const activityForm = (partner: Pick<Partner, 'id' | 'territoryId'>, activity: Activity | undefined, authorUserId: string): RecordFormSpec<'activities', Draft> => ({
  table: 'activities',
  record: activity,
  draftOf: (a) => ({
    kind: a?.kind ?? 'visit',
    occurredAt: localDateTime(a ? new Date(a.occurredAt) : new Date()),
    subject: a?.subject ?? '',
    notes: a?.notes ?? '',
    // Internal unless the manager says otherwise: a partner pack never shows a note nobody chose to share.
    sharedWithPartner: a?.sharedWithPartner ? 'yes' : 'no',
  }),
  toRecord: (d, opened) => ({
    // A new record belongs to the partner; a form never moves one (a partner's move takes its records along).
    ...(!opened && { partnerId: partner.id, territoryId: partner.territoryId }),
    kind: d.kind,
    occurredAt: instantOf(d.occurredAt ?? ''),
    // Whoever edits a note later, it stays the author's.
    ...(!opened && { authorUserId }),
    subject: d.subject,
    notes: d.notes ?? '',
    sharedWithPartner: d.sharedWithPartner === 'yes',
  }),
});
