import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepository } from '../../../../../renderer/db/repository';
import { opportunityForm } from '../../../../../renderer/features/pipeline/opportunity-form';
import { dealCreditForm } from '../../../../../renderer/features/program-rules/deal-credit-form';
import { openForm, saveForm } from '../../../../../renderer/ui/record-form';
import type { Opportunity } from '../../../../../shared/domain/opportunity';
import type { ProgramSettings } from '../../../../../shared/domain/program-settings';
import { registrationState } from '../../../../../shared/registrations/lifecycle';
import { buildDeal, usd } from '../../../../support/records';
import { freshDb } from '../../db/factory';

const NOW = new Date('2026-11-24T16:30:00.000Z');
const repoOf = () => {
  const { db } = freshDb();
  return { db, repo: createRepository(db, { now: () => NOW.getTime() }) };
};
const reseller = { id: 'partner-reseller', territoryId: 'territory-1' };

describe('another partner on a deal, in the deal form', () => {
  it('names the SI beside the reseller, writes only that, and keeps further partners an import put there', async () => {
    const { db, repo } = repoOf();
    const { id: _i, updatedAt: _u, deleted: _d, ...fields } = buildDeal({
      partnerId: reseller.id,
      partnerRole: 'sourced',
      channel: 'resale',
      amountCents: usd(100_000),
      coPartners: [
        { partnerId: 'partner-a', role: 'co-sell' },
        { partnerId: 'partner-b', role: 'influenced' },
      ],
    });
    const deal = await repo.create('opportunities', fields);
    const spec = opportunityForm(reseller, deal, '2026-11-24');
    const opened = openForm(spec);
    expect(opened.draft).toMatchObject({ coPartnerId: 'partner-a', coPartnerRole: 'co-sell' });
    const outcome = await saveForm(repo, spec, opened, { ...opened.draft, coPartnerId: 'partner-si', coPartnerRole: 'influenced' });
    expect(outcome.ok && (outcome.saved as Opportunity).coPartners).toEqual([
      { partnerId: 'partner-si', role: 'influenced' },
      { partnerId: 'partner-b', role: 'influenced' },
    ]);
    const push = (await db.outbox.toArray()).at(-1)!;
    expect(Object.keys(push.patch).sort()).toEqual(['coPartners', 'updatedAt']);
  });

  it('says under the other-partner input that the deal’s own partner cannot be named twice', async () => {
    const { repo } = repoOf();
    const spec = opportunityForm(reseller, undefined, '2026-11-24');
    const opened = openForm(spec);
    const outcome = await saveForm(repo, spec, opened, { ...opened.draft, customerName: 'Contoso', productLine: 'Core', amountCents: '1000', closeOn: '2026-12-20', coPartnerId: reseller.id });
    expect(outcome).toMatchObject({ ok: false, errors: { coPartnerId: 'Partner (other partner 1) is already on the deal' } });
  });
});

describe('HQ’s deal credit by role', () => {
  it('makes the program settings with the default branding when none exist, then changes only the credit', async () => {
    const { db, repo } = repoOf();
    const first = dealCreditForm(undefined);
    expect(openForm(first).draft).toEqual({ sourced: '100', influenced: '100', 'co-sell': '100' });
    const made = await saveForm(repo, first, openForm(first), { sourced: '100', influenced: '25', 'co-sell': '50' });
    expect(made.ok).toBe(true);
    const stored = (made as { saved: ProgramSettings }).saved;
    expect(stored).toMatchObject({ vendorName: 'Partner Program', dealCredit: { sourced: 10_000, influenced: 2_500, 'co-sell': 5_000 } });
    const again = dealCreditForm(stored);
    const edited = await saveForm(repo, again, openForm(again), { sourced: '100', influenced: '30', 'co-sell': '50' });
    expect(edited.ok && edited.saved.dealCredit).toEqual({ sourced: 10_000, influenced: 3_000, 'co-sell': 5_000 });
    expect(Object.keys((await db.outbox.toArray()).at(-1)!.patch).sort()).toEqual(['dealCredit', 'updatedAt']);
  });

  it('refuses a credit above 100% under its own input, in percent', async () => {
    const { repo } = repoOf();
    const spec = dealCreditForm(undefined);
    const outcome = await saveForm(repo, spec, openForm(spec), { sourced: '120', influenced: '25', 'co-sell': '50' });
    expect(outcome).toMatchObject({ ok: false, errors: { sourced: 'Sourced credit must be at most 100%' } });
  });
});

describe('protection comes from an approved registration, not from the deal form', () => {
  it('starts a new deal unregistered, and an edit leaves a registration’s dates alone', async () => {
    const { db, repo } = repoOf();
    const spec = opportunityForm(reseller, undefined, '2026-11-24');
    const opened = openForm(spec);
    // The form offers no registration or protection dates to type: protection is the approver's to grant.
    expect(Object.keys(opened.draft)).not.toContain('protectionEndsOn');
    const made = await saveForm(repo, spec, opened, { ...opened.draft, customerName: 'Contoso', productLine: 'Core', amountCents: '1000', closeOn: '2026-12-20' });
    const deal = (made as { saved: Opportunity }).saved;
    expect(deal).toMatchObject({ registeredOn: null, protectionEndsOn: null });
    expect(registrationState(deal, '2026-11-24')).toBe('unregistered');
    // An approved registration's dates, then an edit of the amount: only the amount goes up.
    const approved = await repo.update('opportunities', deal.id, { ...deal, registeredOn: '2026-11-01', protectionEndsOn: '2027-01-30' });
    const again = opportunityForm(reseller, approved, '2026-11-24');
    const edited = await saveForm(repo, again, openForm(again), { ...openForm(again).draft, amountCents: '2000' });
    expect(edited.ok && edited.saved).toMatchObject({ registeredOn: '2026-11-01', protectionEndsOn: '2027-01-30', amountCents: usd(2_000) });
    expect(Object.keys((await db.outbox.toArray()).at(-1)!.patch).sort()).toEqual(['amountCents', 'updatedAt']);
  });
});
