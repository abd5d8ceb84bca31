import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepository } from '../../../../../renderer/db/repository';
import { amountText, creditNoteForm } from '../../../../../renderer/features/pipeline/credit-note-form';
import { openForm, saveForm } from '../../../../../renderer/ui/record-form';
import type { Opportunity } from '../../../../../shared/domain/opportunity';
import { buildDeal, usd } from '../../../../support/records';
import { freshDb } from '../../db/factory';

const NOW = new Date('2026-11-24T16:30:00.000Z');

/** A $40,000 resale deal won on Aug 1, stored on the device. */
const stored = async () => {
  const { db } = freshDb();
  const repo = createRepository(db, { now: () => NOW.getTime() });
  const { id: _id, updatedAt: _u, deleted: _d, ...fields } = buildDeal({ partnerId: 'partner-1', partnerRole: 'sourced', channel: 'resale', stage: 'won', amountCents: usd(40_000), customerName: 'Birch' });
  const deal = await repo.create('opportunities', fields);
  return { db, repo, deal };
};

describe('issuing a credit note against a won deal', () => {
  it('adds the note to the deal, writing that one field, and the list shows sold and credited', async () => {
    const { db, repo, deal } = await stored();
    const spec = creditNoteForm(deal, '2026-11-24');
    const opened = openForm(spec);
    expect(opened.draft).toEqual({ issuedOn: '2026-11-24', amountCents: '', reason: '' });
    const outcome = await saveForm(repo, spec, opened, { issuedOn: '2026-11-20', amountCents: '12500.50', reason: 'Ten seats returned' });
    expect(outcome.ok).toBe(true);
    const saved = (outcome as { saved: Opportunity }).saved;
    expect(saved.creditNotes).toEqual([{ issuedOn: '2026-11-20', amountCents: 1_250_050, reason: 'Ten seats returned' }]);
    expect(saved.amountCents).toBe(usd(40_000)); // what was sold stays as sold
    expect(amountText(saved)).toBe('$40,000 · $12,500.50 credited');
    const push = (await db.outbox.toArray()).at(-1)!;
    expect(Object.keys(push.patch).sort()).toEqual(['creditNotes', 'updatedAt']);
    // A second note goes beside the first.
    const again = creditNoteForm(saved, '2026-11-24');
    const second = await saveForm(repo, again, openForm(again), { issuedOn: '2026-11-24', amountCents: '500', reason: 'Service credit' });
    expect(second.ok && second.saved.creditNotes?.map((n) => n.amountCents)).toEqual([1_250_050, usd(500)]);
  });

  it('says under the amount that it credits more than was sold, and nothing is written', async () => {
    const { db, repo, deal } = await stored();
    const spec = creditNoteForm(deal, '2026-11-24');
    const before = await db.outbox.count();
    const outcome = await saveForm(repo, spec, openForm(spec), { issuedOn: '2026-11-20', amountCents: '40000.01', reason: 'All of it and a cent' });
    expect(outcome).toMatchObject({ ok: false, errors: { amountCents: 'Amount (credit note 1) would credit more than the deal amount' } });
    const early = await saveForm(repo, spec, openForm(spec), { issuedOn: '2026-07-01', amountCents: '100', reason: 'Before the sale' });
    expect(early).toMatchObject({ ok: false, errors: { issuedOn: 'Issue date (credit note 1) cannot be before the deal closed' } });
    expect(await db.outbox.count()).toBe(before);
  });
});
