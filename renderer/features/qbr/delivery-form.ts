import { isoDateSchema } from '../../../shared/domain/common';
import type { QbrDelivery, QbrRecord } from '../../../shared/domain/qbr';
import { fieldError, type FieldError } from '../../../shared/domain/validation';
import type { FieldErrors } from '../../ui/form-state';
import type { RecordFormSpec } from '../../ui/record-form';
import { dateText } from '../../ui/value-text';

/** What the mark-delivered dialog holds: the day of the review and who was in the room. */
export interface DeliveryDraft {
  deliveredOn: string;
  attendees: string[];
}

export interface DeliveryContext {
  /** The person marking it, recorded as who said the review happened. */
  user: { id: string };
  /** The device's today (local calendar). */
  today: string;
  /** The day the pack was exported, in the device's calendar: a review cannot come before its pack. */
  exportedOn: string;
  now(): Date;
}

/** Names as typed, trimmed, blanks dropped, each person once (the same name typed twice is one attendee). */
export const attendeeNames = (typed: readonly string[]): string[] => {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of typed) {
    const name = raw.trim().replace(/\s+/g, ' ');
    const key = name.toLocaleLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
};

/** Schema paths → the dialog's two inputs: every attendee's problem shows under the attendee list. */
const inputErrors = (errors: FieldErrors): FieldErrors => {
  const shown: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const input = path.startsWith('delivery.attendees') ? 'attendees' : path === 'delivery.deliveredOn' ? 'deliveredOn' : path;
    shown[input] ??= message;
  }
  return shown;
};

const isDate = (s: unknown): s is string => isoDateSchema.safeParse(s).success;

/**
 * Marking a pack delivered (DESIGN §2: an export is not a delivery). Edits
 * the record's one `delivery` field through the one form path, so a sync
 * that changed anything else meanwhile is kept. Marking again (to correct
 * the attendees) makes the corrector the one who marked it.
 */
export const deliveryForm = (record: QbrRecord, context: DeliveryContext): RecordFormSpec<'qbrRecords', DeliveryDraft> => ({
  table: 'qbrRecords',
  record,
  draftOf: (r) => ({
    deliveredOn: r?.delivery?.deliveredOn ?? context.today,
    attendees: [...(r?.delivery?.attendees ?? [])],
  }),
  toRecord: (d) => {
    const delivery: QbrDelivery = {
      deliveredOn: d.deliveredOn,
      attendees: attendeeNames(d.attendees),
      markedByUserId: context.user.id,
      markedAt: context.now().toISOString(),
    };
    return { delivery };
  },
  // What the form opened on: the delivery as stored, or none yet.
  image: (r) => ({ delivery: r.delivery ?? null }),
  shownFields: ['deliveredOn', 'attendees', 'delivery.deliveredOn', 'delivery.attendees'],
  inputErrors,
  check: (fields) => {
    const delivery = fields.delivery as QbrDelivery;
    const problems: FieldError[] = [];
    if (delivery.attendees.length === 0) problems.push(fieldError('attendees', 'must name at least one person who was in the review'));
    if (isDate(delivery.deliveredOn) && delivery.deliveredOn > context.today) {
      problems.push(fieldError('deliveredOn', `cannot be after today (${dateText(context.today)}): mark a review once it has happened`));
    }
    if (isDate(delivery.deliveredOn) && delivery.deliveredOn < context.exportedOn) {
      problems.push(fieldError('deliveredOn', `cannot be before the pack was exported (${dateText(context.exportedOn)})`));
    }
    return problems;
  },
});
