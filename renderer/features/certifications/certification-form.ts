import { certificationStatuses, type Certification, type CertificationProgram } from '../../../shared/domain/certification';
import { defaultExpiry } from '../../../shared/domain/certification-terms';
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
  { name: 'expiresOn', label: 'Expiry date', kind: 'date', width: 4, helperText: 'Left empty: from the issue date and the program’s validity then' },
];

/** An earned certification with an issue date and no expiry typed: the program's terms on that day say when it lapses. */
const expiryOf = (d: Draft, programs: readonly CertificationProgram[]): string | null => {
  const typed = nullableDate(d.expiresOn);
  const issued = nullableDate(d.issuedOn);
  if (typed || !issued || !/^\d{4}-\d{2}-\d{2}$/.test(issued) || (d.status !== 'certified' && d.status !== 'expiring')) return typed;
  const program = programs.find((p) => p.id === d.programId);
  return program ? defaultExpiry(program, issued) : null;
};

/** A contact's standing in one program; a new one starts with the first contact and program offered. */
export const certificationForm = (
  partner: Pick<Partner, 'id' | 'territoryId'>,
  certification: Certification | undefined,
  first: { contactId: string; programId: string },
  /** The programs, whose terms give an expiry left empty. */
  programs: readonly CertificationProgram[] = [],
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
    expiresOn: expiryOf(d, programs),
  }),
  // What an edit is measured from: the record's own dates, so an expiry worked out for a new save is not read as one.
  image: (c) => ({ contactId: c.contactId, programId: c.programId, status: c.status, issuedOn: c.issuedOn, expiresOn: c.expiresOn }),
});
