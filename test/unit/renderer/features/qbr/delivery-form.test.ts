import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { qbrRecordSchema, type QbrRecord } from '../../../../../shared/domain/qbr';
import { createRepository } from '../../../../../renderer/db/repository';
import { attendeeNames, deliveryForm, type DeliveryContext } from '../../../../../renderer/features/qbr/delivery-form';
import { openForm, saveForm } from '../../../../../renderer/ui/record-form';
import { freshDb } from '../../db/factory';

const NOW = new Date('2026-11-24T16:30:00.000Z');
const context: DeliveryContext = { user: { id: 'user-7' }, today: '2026-11-24', exportedOn: '2026-11-20', now: () => NOW };

/** A pack exported and synced, as the export writes it: no delivery yet. */
const exported = async () => {
  const { db } = freshDb();
  const repo = createRepository(db, { now: () => NOW.getTime() });
  const record = await repo.create('qbrRecords', {
    territoryId: 'territory-north',
    partnerId: 'partner-1',
    quarter: '2026-Q3',
    formats: ['pdf'],
    exportedByUserId: 'user-2',
    exportedAt: '2026-11-20T09:00:00.000Z',
    metricDefinitionsVersion: '2026.1',
    audience: 'partner',
    delivery: null,
  });
  return { db, repo, record };
};

describe('marking a QBR pack delivered', () => {
  it('writes the day, the attendees and who marked it, as one change to the delivery field alone', async () => {
    const { db, repo, record } = await exported();
    const spec = deliveryForm(record, context);
    const opened = openForm(spec);
    expect(opened.draft).toEqual({ deliveredOn: '2026-11-24', attendees: [] });

    const outcome = await saveForm(repo, spec, opened, { deliveredOn: '2026-11-23', attendees: [' Ana  Ruiz ', 'Ben Ode', 'ana ruiz', ''] });
    expect(outcome.ok).toBe(true);
    const saved = (outcome as { saved: QbrRecord }).saved;
    expect(saved.delivery).toEqual({ deliveredOn: '2026-11-23', attendees: ['Ana Ruiz', 'Ben Ode'], markedByUserId: 'user-7', markedAt: NOW.toISOString() });
    // The export's own fields are the exporter's still.
    expect(saved).toMatchObject({ exportedByUserId: 'user-2', exportedAt: '2026-11-20T09:00:00.000Z', audience: 'partner' });
    const push = (await db.outbox.toArray()).at(-1)!;
    expect(Object.keys(push.patch).sort()).toEqual(['delivery', 'updatedAt']);
  });

  it('keeps what a pull brought while the dialog was open', async () => {
    const { db, repo, record } = await exported();
    const spec = deliveryForm(record, context);
    const opened = openForm(spec);
    // Another device added the workbook to the record meanwhile.
    await db.qbrRecords.put({ ...record, formats: ['pdf', 'xlsx'] });
    const outcome = await saveForm(repo, spec, opened, { deliveredOn: '2026-11-23', attendees: ['Ana Ruiz'] });
    expect(outcome.ok && outcome.saved.formats).toEqual(['pdf', 'xlsx']);
  });

  it('says under each input what is wrong: nobody named, a day to come, a day before the export', async () => {
    const { repo, record } = await exported();
    const spec = deliveryForm(record, context);
    const outcome = await saveForm(repo, spec, openForm(spec), { deliveredOn: '2026-11-25', attendees: [' '] });
    expect(outcome).toMatchObject({
      ok: false,
      errors: {
        attendees: 'Attendees must name at least one person who was in the review',
        deliveredOn: 'Delivery date cannot be after today (Nov 24, 2026): mark a review once it has happened',
      },
    });
    const early = await saveForm(repo, spec, openForm(spec), { deliveredOn: '2026-11-19', attendees: ['Ana Ruiz'] });
    expect(early).toMatchObject({ ok: false, errors: { deliveredOn: 'Delivery date cannot be before the pack was exported (Nov 20, 2026)' } });
    const blank = await saveForm(repo, spec, openForm(spec), { deliveredOn: '', attendees: ['Ana Ruiz', 'x'.repeat(121)] });
    expect(blank).toMatchObject({ ok: false, errors: { deliveredOn: expect.stringMatching(/^Delivery date /), attendees: expect.stringMatching(/^Attendees \(item 2\) must be at most 120 characters/) } });
  });

  it('opens a delivered pack on its delivery, to correct it; the corrector becomes who marked it', async () => {
    const { repo, record } = await exported();
    const first = deliveryForm(record, context);
    const marked = await saveForm(repo, first, openForm(first), { deliveredOn: '2026-11-23', attendees: ['Ana Ruiz'] });
    if (!marked.ok) throw new Error(marked.banner);
    const again = deliveryForm(marked.saved, { ...context, user: { id: 'user-9' } });
    const opened = openForm(again);
    expect(opened.draft).toEqual({ deliveredOn: '2026-11-23', attendees: ['Ana Ruiz'] });
    const corrected = await saveForm(repo, again, opened, { deliveredOn: '2026-11-23', attendees: ['Ana Ruiz', 'Chen Wu'] });
    expect(corrected.ok && corrected.saved.delivery).toMatchObject({ attendees: ['Ana Ruiz', 'Chen Wu'], markedByUserId: 'user-9' });
  });

  it('reads names as typed: trimmed, inner spaces collapsed, each person once', () => {
    expect(attendeeNames(['  Ana   Ruiz', 'ANA RUIZ', '', 'Ben Ode '])).toEqual(['Ana Ruiz', 'Ben Ode']);
  });
});

describe('the QBR record schema', () => {
  const synced = {
    id: 'qbr-1',
    territoryId: 't',
    updatedAt: '2026-10-01T00:00:00.000Z',
    deleted: false,
    partnerId: 'p',
    quarter: '2026-Q3',
    formats: ['pptx'],
    exportedByUserId: 'u',
    exportedAt: '2026-10-01T00:00:00.000Z',
    metricDefinitionsVersion: '2026.1',
  };

  it('still accepts records synced before audiences and deliveries', () => {
    expect(qbrRecordSchema.safeParse(synced).success).toBe(true);
  });

  it('bounds the attendee list and wants at least one name in a delivery', () => {
    const delivery = (attendees: string[]) => ({ ...synced, delivery: { deliveredOn: '2026-10-02', attendees, markedByUserId: 'u', markedAt: '2026-10-02T10:00:00.000Z' } });
    expect(qbrRecordSchema.safeParse(delivery(['Ana'])).success).toBe(true);
    expect(qbrRecordSchema.safeParse(delivery([])).success).toBe(false);
    expect(qbrRecordSchema.safeParse(delivery(Array.from({ length: 41 }, (_, i) => `Person ${i}`))).success).toBe(false);
    expect(qbrRecordSchema.safeParse({ ...synced, audience: 'board' }).success).toBe(false);
  });
});
