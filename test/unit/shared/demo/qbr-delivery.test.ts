import { describe, expect, it } from 'vitest';
import { demoWorkspace, generateWorkspace } from '../../../../shared/demo';
import { qbrRecordSchema, type QbrRecord } from '../../../../shared/domain/qbr';
import { lastQbrLine } from '../../../../renderer/features/qbr/qbr-record-text';
import { lastDeliveryByPartner, lastExportByPartner, quarterStanding } from '../../../../renderer/features/qbr/qbr-records';

/**
 * The demo's QBR records as the QBR tab and the QBR screen read them: a year
 * of reviews, most delivered with who was in the room, some packs exported
 * and never marked, and this quarter's reviews mostly still ahead.
 */
const AS_OF = '2026-11-22';
const LAST = '2026-Q3';
const CURRENT = '2026-Q4';
const w = demoWorkspace(AS_OF);
const { records } = w;
const active = records.partners.filter((p) => p.status === 'active');
const recordsOf = (partnerId: string) => records.qbrRecords.filter((r) => r.partnerId === partnerId);
/** What the partner's QBR tab says above its packs. */
const lastLine = (partnerId: string) => {
  const own = recordsOf(partnerId);
  return lastQbrLine(lastDeliveryByPartner(own).get(partnerId), lastExportByPartner(own).get(partnerId));
};
const delivered = records.qbrRecords.filter((r): r is QbrRecord & { delivery: NonNullable<QbrRecord['delivery']> } => r.delivery != null);

describe('demo QBR records', () => {
  it('passes the QBR record schema, every record stating its audience and delivery', () => {
    for (const r of records.qbrRecords) {
      expect(qbrRecordSchema.safeParse(r).success, r.id).toBe(true);
      expect(r.audience, r.id).toBeDefined();
      expect(r.delivery, r.id).not.toBeUndefined();
    }
  });

  it('shows most active partners a QBR delivered in the last completed quarter, on the QBR tab and the QBR screen', () => {
    const standing = quarterStanding(records.qbrRecords, LAST);
    const heldLast = active.filter((p) => standing.delivered.has(p.id));
    expect(heldLast.length).toBeGreaterThan(active.length / 2);
    // The tab names the newest review: the last quarter's, or this one's where it was held early.
    for (const p of heldLast) expect(lastLine(p.id), p.name).toMatch(new RegExp(`^Last QBR delivered: (${LAST}|${CURRENT}), .+ with .+\\.`));
    // Nobody who has worked with the vendor for a year reads "never".
    expect(active.filter((p) => p.enrolledOn < '2025-10-01' && lastLine(p.id) === 'No QBR pack delivered yet.')).toEqual([]);
  });

  it('gives every delivered record a day on or after its export and no later than today, at least one attendee, marked by the manager after the review', () => {
    expect(delivered.length).toBeGreaterThan(0);
    const managers = new Map(w.users.filter((u) => u.role === 'manager').map((u) => [u.territoryIds[0], u]));
    for (const r of delivered) {
      const manager = managers.get(r.territoryId)!;
      const contacts = records.contacts.filter((c) => c.partnerId === r.partnerId).map((c) => c.name);
      expect(r.delivery.deliveredOn >= r.exportedAt.slice(0, 10), r.id).toBe(true);
      expect(r.delivery.deliveredOn <= AS_OF, r.id).toBe(true);
      expect(r.delivery.attendees.length, r.id).toBeGreaterThan(0);
      // Someone of the partner's and the manager who held it.
      expect(r.delivery.attendees.some((a) => contacts.includes(a)), r.id).toBe(true);
      expect(r.delivery.attendees).toContain(manager.displayName);
      expect(r.delivery.attendees.every((a) => a === manager.displayName || contacts.includes(a))).toBe(true);
      expect(r.delivery.markedByUserId).toBe(manager.id);
      expect(r.delivery.markedAt.slice(0, 10) >= r.delivery.deliveredOn).toBe(true);
      expect(r.updatedAt).toBe(r.delivery.markedAt);
    }
  });

  it("delivers the last quarter's reviews on the day of the QBR meeting in the log, with the partner's lead the notes name", () => {
    const last = delivered.filter((r) => r.quarter === LAST);
    expect(last.length).toBeGreaterThan(0);
    for (const r of last) {
      const meeting = records.activities.find((a) => a.partnerId === r.partnerId && a.kind === 'qbr' && a.subject === `QBR ${LAST}`);
      expect(meeting, r.partnerId).toBeDefined();
      expect(r.delivery.deliveredOn).toBe(meeting!.occurredAt.slice(0, 10));
      expect(r.exportedAt <= meeting!.occurredAt).toBe(true);
      expect(meeting!.notes).toContain(`with ${r.delivery.attendees[0]}.`);
    }
  });

  it('delivers past quarters mostly, leaves some packs exported only, and this quarter mostly still ahead', () => {
    const partnerPacks = records.qbrRecords.filter((r) => r.audience === 'partner');
    for (const quarter of ['2025-Q4', '2026-Q1', '2026-Q2', LAST]) {
      const ofQuarter = partnerPacks.filter((r) => r.quarter === quarter);
      expect(ofQuarter.filter((r) => r.delivery).length, quarter).toBeGreaterThan(ofQuarter.length / 2);
    }
    expect(partnerPacks.filter((r) => r.quarter < CURRENT && !r.delivery).length).toBeGreaterThan(5);
    const current = quarterStanding(records.qbrRecords, CURRENT);
    const waiting = [...current.exported.keys()].filter((id) => !current.delivered.has(id));
    expect(waiting.length).toBeGreaterThan(0);
    expect(current.delivered.size).toBeLessThan(waiting.length);
    expect(current.delivered.size).toBeLessThan(records.partners.length / 10);
  });

  it('keeps internal reviews for the vendor: never delivered to the partner', () => {
    const internal = records.qbrRecords.filter((r) => r.audience === 'internal');
    expect(internal.length).toBeGreaterThan(0);
    expect(internal.every((r) => r.delivery === null)).toBe(true);
  });

  it('exports nothing after today, and nothing for a quarter before the partner enrolled', () => {
    const enrolled = new Map(records.partners.map((p) => [p.id, p.enrolledOn]));
    for (const r of records.qbrRecords) {
      expect(r.exportedAt.slice(0, 10) <= AS_OF, r.id).toBe(true);
      expect(r.exportedAt.slice(0, 10) > enrolled.get(r.partnerId)!, r.id).toBe(true);
      expect(r.updatedAt >= r.exportedAt, r.id).toBe(true);
    }
  });

  it('makes the same records for the same seed, and leaves the first day of a quarter without reviews of it', () => {
    const options = { seed: 11, asOf: '2027-01-01', territories: 1, partnersPerTerritory: 20 };
    expect(generateWorkspace(options).records.qbrRecords).toEqual(generateWorkspace(options).records.qbrRecords);
    expect(generateWorkspace(options).records.qbrRecords.filter((r) => r.quarter === '2027-Q1')).toEqual([]);
  });
});
