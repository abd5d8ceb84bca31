import type { QbrDelivery, QbrRecord } from '../../../shared/domain/qbr';

/**
 * What the QBR records say per partner, for the screens that count reviews.
 * An export is not a delivery (DESIGN §2): a batch can export a whole
 * territory in a minute, so only a pack the manager marked delivered counts
 * as a review held.
 */

export type DeliveredRecord = QbrRecord & { delivery: QbrDelivery };

export const isDelivered = (record: QbrRecord): record is DeliveredRecord => !record.deleted && record.delivery != null;

const newestBy = <R extends QbrRecord>(records: readonly R[], key: (r: R) => string): Map<string, R> => {
  const last = new Map<string, R>();
  for (const r of records) {
    if (r.deleted) continue;
    const seen = last.get(r.partnerId);
    if (!seen || key(r) > key(seen)) last.set(r.partnerId, r);
  }
  return last;
};

/** The newest export per partner, delivered or not. */
export const lastExportByPartner = (records: readonly QbrRecord[]): Map<string, QbrRecord> => newestBy(records, (r) => r.exportedAt);

/** The newest delivery per partner: by the day it was held, then by when it was marked. */
export const lastDeliveryByPartner = (records: readonly QbrRecord[]): Map<string, DeliveredRecord> =>
  newestBy(records.filter(isDelivered), (r) => `${r.delivery.deliveredOn} ${r.delivery.markedAt}`);

/** A partner's records, newest export first: the list the QBR tab shows. */
export const newestFirst = (records: readonly QbrRecord[]): QbrRecord[] =>
  records.filter((r) => !r.deleted).sort((a, b) => (a.exportedAt < b.exportedAt ? 1 : a.exportedAt > b.exportedAt ? -1 : 0));

/** Where each partner's review of one quarter stands: its delivery if held, and its newest export. */
export interface QuarterStanding {
  delivered: Map<string, DeliveredRecord>;
  exported: Map<string, QbrRecord>;
}

export const quarterStanding = (records: readonly QbrRecord[], quarter: string): QuarterStanding => {
  const ofQuarter = records.filter((r) => r.quarter === quarter);
  return { delivered: lastDeliveryByPartner(ofQuarter), exported: lastExportByPartner(ofQuarter) };
};
