import type { Commitment } from '../../../shared/domain/activity';
import { isoDateSchema } from '../../../shared/domain/common';
import type { Partner } from '../../../shared/domain/partner';
import { dueDateQuestion, questionsOf } from '../../../shared/domain/plausibility';
import { quarterOf, type FiscalCalendar } from '../../../shared/domain/quarter';
import { fieldError } from '../../../shared/domain/validation';
import { dateText } from '../../ui/dates';
import type { RecordFormSpec } from '../../ui/record-form';
import type { Draft, FieldSpec } from '../../ui/RecordDialog';

/** The inputs; `dueHelp` says where the due date is expected (the QBR prep names the quarter). */
export const commitmentFields = (dueHelp?: string): FieldSpec[] => [
  { name: 'description', label: 'What was agreed', required: true, kind: 'multiline' },
  { name: 'ownerSide', label: 'Owner side', options: [['vendor', 'Vendor'], ['partner', 'Partner']], width: 4 },
  { name: 'ownerName', label: 'Owner', required: true, width: 8 },
  { name: 'dueOn', label: 'Due date', kind: 'date', width: 6, ...(dueHelp && { helperText: dueHelp }) },
];

/** What a new commitment starts with where it is made: whose it is, when it is due, the quarter it is reviewed in. */
export interface NewCommitment {
  ownerSide: Commitment['ownerSide'];
  ownerName: string;
  dueOn: string;
  /** Reviewed here until a due date says otherwise. */
  quarter: string;
}

const isDate = (s: string | undefined): s is string => isoDateSchema.safeParse(s).success;

/**
 * An action item both sides agreed. A new one may not be due before today:
 * a promise already overdue the moment it is made is a typing slip. That is
 * a rule of making one now, not of the record (one made last quarter is
 * rightly in the past today), so it lives here and not in the schema.
 */
export const commitmentForm = (
  partner: Pick<Partner, 'id' | 'territoryId'>,
  commitment: Commitment | undefined,
  fresh: NewCommitment,
  today: string,
  calendar: FiscalCalendar,
): RecordFormSpec<'commitments', Draft> => ({
  table: 'commitments',
  record: commitment,
  draftOf: (c) => ({
    description: c?.description ?? '',
    ownerSide: c?.ownerSide ?? fresh.ownerSide,
    ownerName: c?.ownerName ?? fresh.ownerName,
    dueOn: c?.dueOn ?? fresh.dueOn,
  }),
  toRecord: (d, opened) => ({
    // A new record belongs to the partner; a form never moves one (a partner's move takes its records along).
    ...(!opened && { partnerId: partner.id, territoryId: partner.territoryId }),
    description: d.description,
    ownerSide: d.ownerSide,
    ownerName: d.ownerName,
    dueOn: d.dueOn,
    // Reviewed in the quarter it falls due, as everywhere else.
    quarter: isDate(d.dueOn) ? quarterOf(d.dueOn, calendar) : (opened?.quarter ?? fresh.quarter),
    // Its status is set from the list, not here.
    ...(!opened && { status: 'open', activityId: null }),
  }),
  check: (fields, { isNew }) =>
    isNew && isDate(fields.dueOn as string) && (fields.dueOn as string) < today ? [fieldError('dueOn', `cannot be in the past for a new commitment (today is ${dateText(today)})`)] : [],
  // An existing commitment may be moved into the past (it was due then), but a year back is likely the wrong year.
  questions: (fields, { opened }) =>
    questionsOf(isDate(fields.dueOn as string) && fields.dueOn !== opened?.dueOn ? dueDateQuestion('dueOn', fields.dueOn as string, today) : undefined),
});
