import { describe, expect, it } from 'vitest';
import type { QbrDelivery, QbrRecord } from '../../../../../shared/domain/qbr';
import { lastDeliveryByPartner, lastExportByPartner, newestFirst, quarterStanding, type DeliveredRecord } from '../../../../../renderer/features/qbr/qbr-records';
import { deliveryText, exportText, lastQbrLine } from '../../../../../renderer/features/qbr/qbr-record-text';

const base = { territoryId: 't', updatedAt: '2026-12-01T00:00:00.000Z', formats: ['pdf' as const], exportedByUserId: 'u', metricDefinitionsVersion: '1', deleted: false };
const held = (deliveredOn: string, attendees = ['Ana Ruiz']): QbrDelivery => ({ deliveredOn, attendees, markedByUserId: 'u', markedAt: `${deliveredOn}T18:00:00.000Z` });
const record = (id: string, partnerId: string, quarter: string, exportedAt: string, more: Partial<QbrRecord> = {}): QbrRecord => ({ ...base, id, partnerId, quarter, exportedAt, ...more });

// A territory after an HQ batch: every partner has an export of 2026-Q3 at the same second; two reviews were held.
const records: QbrRecord[] = [
  record('a-q2', 'a', '2026-Q2', '2026-07-10T09:00:00.000Z', { delivery: held('2026-07-12') }),
  record('a-q3', 'a', '2026-Q3', '2026-10-05T09:00:00.000Z', { audience: 'partner', delivery: held('2026-10-07', ['Ana Ruiz', 'Ben Ode']) }),
  record('batch-a', 'a', '2026-Q3', '2026-11-01T12:00:00.000Z', { audience: 'internal', delivery: null }),
  record('batch-b', 'b', '2026-Q3', '2026-11-01T12:00:00.000Z', { audience: 'partner', delivery: null }),
  record('batch-c', 'c', '2026-Q3', '2026-11-01T12:00:00.000Z', { audience: 'partner', delivery: null }),
  record('c-old', 'c', '2026-Q1', '2026-04-02T09:00:00.000Z', { delivery: held('2026-04-03') }),
  record('gone', 'b', '2026-Q3', '2026-10-20T09:00:00.000Z', { deleted: true, delivery: held('2026-10-21') }),
];

describe('QBR deliveries, not exports', () => {
  it('counts a quarter by the packs marked delivered; a batch export counts for nobody', () => {
    const standing = quarterStanding(records, '2026-Q3');
    expect([...standing.delivered.keys()]).toEqual(['a']);
    expect(standing.delivered.get('a')!.id).toBe('a-q3');
    // Exported, waiting to be marked: every partner of the batch.
    expect([...standing.exported.keys()].sort()).toEqual(['a', 'b', 'c']);
  });

  it('finds each partner’s last review held and last export, ignoring deleted records', () => {
    expect([...lastDeliveryByPartner(records).entries()].map(([p, r]) => [p, r.id])).toEqual([
      ['a', 'a-q3'],
      ['c', 'c-old'],
    ]);
    expect([...lastExportByPartner(records).entries()].map(([p, r]) => [p, r.id]).sort()).toEqual([
      ['a', 'batch-a'],
      ['b', 'batch-b'],
      ['c', 'batch-c'],
    ]);
    expect(newestFirst(records.filter((r) => r.partnerId === 'b')).map((r) => r.id)).toEqual(['batch-b']);
  });

  it('says on the partner page what was delivered and what still waits', () => {
    const last = (partnerId: string) => lastQbrLine(lastDeliveryByPartner(records).get(partnerId), lastExportByPartner(records).get(partnerId));
    expect(last('a')).toMatch(/^Last QBR delivered: 2026-Q3, Oct 7, 2026 with Ana Ruiz, Ben Ode\. Since then: Internal review 2026-Q3, exported .+ \(PDF\), not marked delivered\.$/);
    expect(last('b')).toMatch(/^No QBR delivered yet\. Last export: Partner pack 2026-Q3, exported .+, not marked delivered\.$/);
    expect(lastQbrLine(undefined, undefined)).toBe('No QBR pack delivered yet.');
  });

  it('names a record from before audiences as the internal review it was, and long attendee lists briefly', () => {
    expect(exportText(record('old', 'x', '2026-Q1', '2026-04-02T09:00:00.000Z'))).toMatch(/^Internal review 2026-Q1, exported /);
    const many = { ...record('m', 'x', '2026-Q3', '2026-10-05T09:00:00.000Z'), delivery: held('2026-10-07', ['A', 'B', 'C', 'D', 'E']) } as DeliveredRecord;
    expect(deliveryText(many)).toBe('Delivered Oct 7, 2026 with A, B, C and 2 more');
  });
});
