import { qbrAudienceOf, type QbrRecord } from '../../../shared/domain/qbr';
import type { QbrAudience } from '../../../shared/qbr/options';
import { dateText, dateTimeText } from '../../ui/value-text';
import type { DeliveredRecord } from './qbr-records';

/** The words for a pack's audience, one place for the dialogs, the tab and the QBR screen. */
export const audienceLabels: Record<QbrAudience, string> = { partner: 'Partner pack', internal: 'Internal review' };

/** What the partner pack leaves out, said where the manager picks the audience. */
export const PARTNER_PACK_LEAVES_OUT = 'The partner pack leaves out the vendor’s investment in the partner, ROI and program-internal metrics; the internal review includes them.';

const formatsText = (r: QbrRecord) => r.formats.join(', ').toUpperCase();

/** "Partner pack 2026-Q3, exported Nov 20, 2026, 10:00 AM (PPTX, PDF, XLSX)". */
export const exportText = (r: QbrRecord): string => `${audienceLabels[qbrAudienceOf(r)]} ${r.quarter}, exported ${dateTimeText(r.exportedAt)} (${formatsText(r)})`;

const people = (names: readonly string[]): string =>
  names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;

/** "Delivered Nov 21, 2026 with Ana Ruiz, Ben Ode". */
export const deliveryText = (r: DeliveredRecord): string => `Delivered ${dateText(r.delivery.deliveredOn)} with ${people(r.delivery.attendees)}`;

/**
 * The partner page's one line about its QBRs: the last review held, and an
 * export since that is still waiting to be marked delivered.
 */
export const lastQbrLine = (delivered: DeliveredRecord | undefined, exported: QbrRecord | undefined): string => {
  const waiting = exported && !exported.delivery && (!delivered || exported.exportedAt > delivered.exportedAt) ? exported : undefined;
  if (!delivered) return waiting ? `No QBR delivered yet. Last export: ${exportText(waiting)}, not marked delivered.` : 'No QBR pack delivered yet.';
  const held = `Last QBR delivered: ${delivered.quarter}, ${deliveryText(delivered).replace(/^Delivered /, '')}`;
  return waiting ? `${held}. Since then: ${exportText(waiting)}, not marked delivered.` : `${held}.`;
};
