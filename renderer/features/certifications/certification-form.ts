import { certificationStatuses, type Certification, type CertificationProgram } from '../../../shared/domain/certification';
import type { Contact } from '../../../shared/domain/contact';
import type { Partner } from '../../../shared/domain/partner';
import { words } from '../../ui/labels';
import type { RecordFormSpec } from '../../ui/record-form';
import type { Draft, FieldSpec } from '../../ui/RecordDialog';

const nullableDate = (s: string | undefined): string | null => (s && s.trim() ? s.trim() : null);

/** The inputs; who and what can be picked are the partner's contacts and the programs its type may take. */
export const certificationFields = (contacts: readonly Contact[], offered: readonly CertificationProgram[]): FieldSpec[] => [
  { name: 'contactId', label: 'Contact', options: contacts.map((c) => [c.id, c.name] as const), width: 6 },
  { name: 'programId', label: 'Certification program', options: offered.map((p) => [p.id, p.name] as const), width: 6 },
  { name: 'status', label: 'Status', options: certificationStatuses.map((s) => [s, words(s)] as const), width: 4 },
  { name: 'issuedOn', label: 'Issue date', kind: 'date', width: 4 },
  { name: 'expiresOn', label: 'Expiry date', kind: 'date', width: 4 },
];

/** A contact's standing in one program; a new one starts with the first contact and program offered. */
export const certificationForm = (
  partner: Pick<Partner, 'id' | 'territoryId'>,
  certification: Certification | undefined,
  first: { contactId: string; programId: string },
): RecordFormSpec<'certifications', Draft> => ({
  table: 'certifications',
  record: certification,
  draftOf: (c) => ({
    contactId: c?.contactId ?? first.contactId,
    programId: c?.programId ?? first.programId,
    status: c?.status ?? 'in-progress',
    issuedOn: c?.issuedOn ?? '',
    expiresOn: c?.expiresOn ?? '',
  }),
  toRecord: (d, opened) => ({
    // A new record belongs to the partner; a form never moves one (a partner's move takes its records along).
    ...(!opened && { partnerId: partner.id, territoryId: partner.territoryId }),
    contactId: d.contactId,
    programId: d.programId,
    status: d.status,
    issuedOn: nullableDate(d.issuedOn),
    expiresOn: nullableDate(d.expiresOn),
  }),
});
