import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CALENDAR_YEAR } from '../../../../shared/domain/quarter';
import { createRepository } from '../../../../renderer/db/repository';
import { attributeLists } from '../../../../renderer/features/partners/attribute-lists';
import { creditNoteFields } from '../../../../renderer/features/pipeline/credit-note-form';
import { opportunityForm } from '../../../../renderer/features/pipeline/opportunity-form';
import { pipelineTotalText } from '../../../../renderer/features/pipeline/pipeline-total';
import { exchangeRatesForm } from '../../../../renderer/features/program-rules/exchange-rates-form';
import { openForm, saveForm } from '../../../../renderer/ui/record-form';
import type { Opportunity } from '../../../../shared/domain/opportunity';
import type { ProgramSettings } from '../../../../shared/domain/program-settings';
import { buildDeal, usd } from '../../../support/records';
import { freshDb } from '../db/factory';

const NOW = new Date('2026-11-24T16:30:00.000Z');
const repoOf = () => {
  const { db } = freshDb();
  return { db, repo: createRepository(db, { now: () => NOW.getTime() }) };
};
const reseller = { id: 'partner-reseller', territoryId: 'territory-1' };

describe('a deal’s currency in the deal form', () => {
  it('opens a new deal in the program currency and stores a euro deal with its currency', async () => {
    const { repo } = repoOf();
    const spec = opportunityForm(reseller, undefined, '2026-11-24');
    const opened = openForm(spec);
    expect(opened.draft.currency).toBe('USD');
    const outcome = await saveForm(repo, spec, opened, { ...opened.draft, customerName: 'Berlin GmbH', productLine: 'Core', amountCents: '10000', closeOn: '2026-12-20', currency: 'EUR' });
    expect(outcome.ok && outcome.saved).toMatchObject({ currency: 'EUR', amountCents: usd(10_000) });
  });

  it('writes nothing when a deal from before currencies is opened and saved unchanged', async () => {
    const { db, repo } = repoOf();
    const { id: _i, updatedAt: _u, deleted: _d, ...fields } = buildDeal({ partnerId: reseller.id, partnerRole: 'sourced', channel: 'resale', amountCents: usd(5_000) });
    const deal = await repo.create('opportunities', fields);
    const spec = opportunityForm(reseller, deal, '2026-11-24');
    const opened = openForm(spec);
    const before = await db.outbox.count();
    const outcome = await saveForm(repo, spec, opened, opened.draft);
    expect(outcome.ok && (outcome.saved as Opportunity).currency).toBeUndefined();
    expect(await db.outbox.count()).toBe(before);
    // Picking GBP writes only the currency.
    await saveForm(repo, spec, opened, { ...opened.draft, currency: 'GBP' });
    expect(Object.keys((await db.outbox.toArray()).at(-1)!.patch).sort()).toEqual(['currency', 'updatedAt']);
  });

  it('asks a credit note’s amount in the deal’s currency', () => {
    const label = (deal: Partial<Opportunity>) => creditNoteFields(buildDeal(deal)).find((f) => f.name === 'amountCents')?.label;
    expect(label({})).toBe('Amount credited ($)');
    expect(label({ currency: 'EUR' })).toBe('Amount credited (€)');
    expect(label({ currency: 'GBP' })).toBe('Amount credited (£)');
  });

  it('totals deals in dollars at the quarter’s rate, and says which it could not count', () => {
    const rates = [{ quarter: '2026-Q3', currency: 'EUR' as const, rateMillionths: 1_085_000 }];
    // Open deals convert at their created quarter: €10,000 created 2026-07-10 × 1.085 = $10,850, + $1,000 = $11,850.
    const open = (o: Partial<Opportunity>) => buildDeal({ stage: 'develop', createdOn: '2026-07-10', closeOn: '2026-12-20', ...o });
    const deals = [open({ amountCents: usd(10_000), currency: 'EUR' }), open({ amountCents: usd(1_000) }), open({ amountCents: usd(3_000), currency: 'EUR', createdOn: '2026-10-02' })];
    expect(pipelineTotalText(deals, rates, CALENDAR_YEAR)).toBe('$11,850 (1 EUR deal not counted: no EUR rate for 2026-Q4)');
  });
});

describe('a shipment report’s currency', () => {
  it('keeps the currency of its revenue, and stores none for the program currency', () => {
    const { usageReports } = attributeLists;
    const draft = { quarter: '2026-Q3', units: '10', activations: '0', revenueCents: '1000', currency: 'EUR' };
    expect(usageReports.toItem(draft)).toEqual({ quarter: '2026-Q3', units: 10, activations: 0, revenueCents: usd(1_000), currency: 'EUR' });
    expect(usageReports.toItem({ ...draft, currency: 'USD' })).toEqual({ quarter: '2026-Q3', units: 10, activations: 0, revenueCents: usd(1_000) });
    // Listed in its own currency.
    expect(usageReports.cells({ quarter: '2026-Q3', units: 10, activations: 0, revenueCents: usd(1_000), currency: 'EUR' })[3]).toBe('€1,000');
  });
});

describe('HQ’s quarterly exchange rates', () => {
  it('makes the program settings when none exist, storing the rate typed as millionths', async () => {
    const { db, repo } = repoOf();
    const first = exchangeRatesForm(undefined);
    expect(openForm(first).draft).toEqual({ rows: [] });
    const made = await saveForm(repo, first, openForm(first), { rows: [{ quarter: '2026-Q3', currency: 'EUR', rate: '1.085' }] });
    const stored = (made as { saved: ProgramSettings }).saved;
    expect(stored).toMatchObject({ vendorName: 'Partner Program', exchangeRates: [{ quarter: '2026-Q3', currency: 'EUR', rateMillionths: 1_085_000 }] });
    const again = exchangeRatesForm(stored);
    expect(openForm(again).draft).toEqual({ rows: [{ quarter: '2026-Q3', currency: 'EUR', rate: '1.085' }] });
    await saveForm(repo, again, openForm(again), { rows: [{ quarter: '2026-Q3', currency: 'EUR', rate: '1.085' }, { quarter: '2026-Q3', currency: 'GBP', rate: '1.27' }] });
    expect(Object.keys((await db.outbox.toArray()).at(-1)!.patch).sort()).toEqual(['exchangeRates', 'updatedAt']);
  });

  it('names a bad rate under its cell in the units typed, and a second rate for a quarter under its currency', async () => {
    const { repo } = repoOf();
    const spec = exchangeRatesForm(undefined);
    const rows = (rate: string) => [{ quarter: '2026-Q3', currency: 'EUR', rate: '1.085' }, { quarter: '2026-Q3', currency: 'GBP', rate }];
    expect(await saveForm(repo, spec, openForm(spec), { rows: rows('0') })).toMatchObject({ ok: false, errors: { '1.rate': 'Rate (item 2) must be more than 0' } });
    expect(await saveForm(repo, spec, openForm(spec), { rows: rows('1.2700001') })).toMatchObject({ ok: false, errors: { '1.rate': 'Rate (item 2) must be a number with at most 6 decimals, such as 1.085' } });
    const twice = [{ quarter: '2026-Q3', currency: 'EUR', rate: '1.085' }, { quarter: '2026-Q3', currency: 'EUR', rate: '1.09' }];
    expect(await saveForm(repo, spec, openForm(spec), { rows: twice })).toMatchObject({ ok: false, errors: { '1.currency': 'Currency (item 2) already has a rate for 2026-Q3 (EUR)' } });
    const badQuarter = [{ quarter: '2026 Q3', currency: 'EUR', rate: '1.085' }];
    expect(await saveForm(repo, spec, openForm(spec), { rows: badQuarter })).toMatchObject({ ok: false, errors: { '0.quarter': 'Quarter (item 1) must look like 2026-Q3' } });
  });
});
