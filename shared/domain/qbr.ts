import { z } from 'zod';
import { qbrAudiences } from '../qbr/options';
import { idSchema, isoDateSchema, isoDateTimeSchema, quarterSchema, requiredText, syncFields } from './common';

/** Enough for a review room on both sides; past it, name the teams. */
export const MAX_QBR_ATTENDEES = 40;

/**
 * That a pack was handed over (DESIGN §2: an export is not a delivery): the
 * day it was reviewed with the partner and who was in the room, as the
 * manager marked it afterwards. One field, so a sync merge never pairs one
 * device's date with another's attendees.
 */
export const qbrDeliverySchema = z.object({
  deliveredOn: isoDateSchema,
  attendees: z.array(requiredText(120)).min(1).max(MAX_QBR_ATTENDEES),
  markedByUserId: idSchema,
  markedAt: isoDateTimeSchema,
});
export type QbrDelivery = z.infer<typeof qbrDeliverySchema>;

/**
 * The record of a QBR pack exported for a partner and quarter, synced so HQ
 * sees which reviews happened. Written by the export, marked delivered later.
 */
export const qbrRecordSchema = z.object({
  ...syncFields,
  partnerId: idSchema,
  quarter: quarterSchema,
  formats: z.array(z.enum(['pptx', 'pdf', 'xlsx'])).min(1).max(3),
  exportedByUserId: idSchema,
  exportedAt: isoDateTimeSchema,
  metricDefinitionsVersion: requiredText(40),
  /**
   * Who the pack was made for. Absent on records synced before packs had
   * audiences: those packs carried every section, so they read as internal
   * (`qbrAudienceOf`).
   */
  audience: z.enum(qbrAudiences).optional(),
  /** Null (or absent, on older records) until the manager marks the pack delivered. */
  delivery: qbrDeliverySchema.nullable().optional(),
});
export type QbrRecord = z.infer<typeof qbrRecordSchema>;

/** Where a pack stands: made and saved, or reviewed with the partner. */
export type QbrStatus = 'exported' | 'delivered';

export const qbrStatusOf = (record: Pick<QbrRecord, 'delivery'>): QbrStatus => (record.delivery ? 'delivered' : 'exported');

/** The audience a record states; a record from before audiences held the whole pack, investment and ROI included. */
export const qbrAudienceOf = (record: Pick<QbrRecord, 'audience'>): (typeof qbrAudiences)[number] => record.audience ?? 'internal';
