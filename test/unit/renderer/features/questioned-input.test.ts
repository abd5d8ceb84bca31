import { describe, expect, it } from 'vitest';
import { createRepository } from '../../../../renderer/db/repository';
import { emptyDraft, partnerForm } from '../../../../renderer/features/partners/partner-draft';
import { opportunityForm } from '../../../../renderer/features/pipeline/opportunity-form';
import { openForm, questionKey, saveForm } from '../../../../renderer/ui/record-form';
import { freshDb } from '../db/factory';

const context = { ownerUserId: 'u1', firstTerritoryId: 't1', today: '2026-11-22' };
const isv = { ...emptyDraft('t1', '2026-11-22'), name: 'Northwind Apps', partnerType: 'isv' as const, region: 'EMEA', vertical: 'Retail' };

describe('a save that asks first', () => {
  it('asks about 500 integration users against 103 joint customers, saves nothing, and saves once confirmed', async () => {
    const db = freshDb().db;
    const repo = createRepository(db);
    const spec = partnerForm(undefined, context);
    const draft = { ...isv, jointCustomers: '103', jointCustomersUsingIntegration: '500' };
    const asked = await saveForm(repo, spec, openForm(spec), draft);
    expect(asked.ok).toBe(false);
    const questions = asked.ok ? [] : (asked.questions ?? []);
    expect(questions).toEqual([
      { field: 'attributes.jointCustomersUsingIntegration', question: '500 joint customers using the integration is more than the 103 joint customers recorded — is that right?' },
    ]);
    expect(await db.table('partners').count()).toBe(0);
    const confirmed = await saveForm(repo, spec, openForm(spec), draft, new Set(questions.map(questionKey)));
    expect(confirmed).toMatchObject({ ok: true, saved: { name: 'Northwind Apps', attributes: { jointCustomersUsingIntegration: 500 } } });
  });

  it('asks again when the value changes after it was confirmed', async () => {
    const spec = partnerForm(undefined, context);
    const first = await saveForm(createRepository(freshDb().db), spec, openForm(spec), { ...isv, jointCustomers: '103', jointCustomersUsingIntegration: '500' });
    const confirmed = new Set((first.ok ? [] : (first.questions ?? [])).map(questionKey));
    const changed = await saveForm(createRepository(freshDb().db), spec, openForm(spec), { ...isv, jointCustomers: '103', jointCustomersUsingIntegration: '900' }, confirmed);
    expect(changed.ok ? [] : changed.questions?.map((q) => q.question)).toEqual(['900 joint customers using the integration is more than the 103 joint customers recorded — is that right?']);
  });

  it('does not ask about a figure the user did not change', async () => {
    const repo = createRepository(freshDb().db);
    const spec = partnerForm(undefined, context);
    const draft = { ...isv, revenueTarget: '5000000000' };
    const first = await saveForm(repo, spec, openForm(spec), draft);
    const made = await saveForm(repo, spec, openForm(spec), draft, new Set((first.ok ? [] : (first.questions ?? [])).map(questionKey)));
    if (!made.ok) throw new Error('expected the partner to save once confirmed');
    const edit = partnerForm(made.saved, context);
    const renamed = await saveForm(repo, edit, openForm(edit), { ...openForm(edit).draft, name: 'Northwind Applications' });
    expect(renamed).toMatchObject({ ok: true, saved: { name: 'Northwind Applications', revenueTargetCents: 500_000_000_000 } });
  });

  it('asks about a $1 trillion deal in the dollars typed, and about nothing under $100 million', () => {
    const spec = opportunityForm({ id: 'p1', territoryId: 't1' }, undefined, '2026-11-22');
    const draft = { ...spec.draftOf(undefined), customerName: 'Acme', productLine: 'Core', amountCents: '1000000000000' };
    const context = { draft, opened: undefined, isNew: true };
    expect(spec.questions?.(spec.toRecord(draft, undefined), context)).toEqual([
      { field: 'amountCents', question: '$1,000,000,000,000 is more than any deal on record (over $100,000,000) — is that right?' },
    ]);
    const modest = { ...draft, amountCents: '99999999.99' };
    expect(spec.questions?.(spec.toRecord(modest, undefined), { ...context, draft: modest })).toEqual([]);
  });
});
