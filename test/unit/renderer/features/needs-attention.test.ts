import { describe, expect, it } from 'vitest';
import type { RejectedChange } from '../../../../renderer/db';
import { refusedChangeView, refsOfChange } from '../../../../renderer/features/attention/refused-change-view';
import { refusalWords } from '../../../../renderer/features/attention/refusal-words';
import { refusedAtStake } from '../../../../renderer/features/attention/refused-at-stake';
import { editedRecord, fromDraft, openResend, problemsOf, setAt, toDraft } from '../../../../renderer/features/attention/resend-draft';
import { fieldAt } from '../../../../renderer/ui/field-kinds';
import { asStored, newPartner } from '../db/factory';

const partner = asStored(newPartner({ name: 'Northwind Resale', partnerType: 'si', attributes: { partnerType: 'si', practiceSize: 40, certifiedConsultants: 12, competencyLevel: 'advanced', accountProtectionDays: 90 } }));

const refusal = (overrides: Partial<RejectedChange> = {}): RejectedChange & { id: number } => ({
  id: 7,
  mutationId: 3,
  table: 'partners',
  rowId: partner.id,
  op: 'put',
  patch: { vertical: 'v'.repeat(150), revenueTargetCents: 4_000_000, updatedAt: '2026-11-22T09:00:00.000Z' },
  code: 'bad_request',
  reason: 'Partner was not saved: Vertical must be at most 100 characters',
  fields: { vertical: 'Vertical must be at most 100 characters' },
  rowLabel: 'Northwind Resale',
  madeAt: '2026-11-22T09:00:00.000Z',
  rejectedAt: '2026-11-22T09:05:00.000Z',
  ...overrides,
});

describe('what a refusal means for the user', () => {
  it('offers to correct and send again a value the server would not take, while the record is here', () => {
    expect(refusalWords(refusal(), true)).toEqual({ why: 'The server did not accept a value in this change.', resend: { offered: true } });
    expect(refusalWords(refusal({ code: 'payload_too_large' }), true).resend).toEqual({ offered: true });
  });

  it('offers only discard for a record moved out of the user’s territories or gone, and says so', () => {
    const words = refusalWords(refusal({ code: 'not_found' }), false);
    expect(words.why).toMatch(/no longer yours to change: HQ may have moved it to a territory you do not work, or it was deleted/);
    expect(words.resend).toEqual({ offered: false, because: expect.stringMatching(/not on this device any more.*discard it/) });
    expect(refusalWords(refusal({ code: 'bad_request' }), false).resend).toMatchObject({ offered: false });
    expect(refusalWords(refusal({ code: 'forbidden' }), true).resend).toMatchObject({ offered: false });
    expect(refusalWords(refusal({ op: 'delete', patch: { deleted: true } }), true).resend).toMatchObject({ offered: false });
  });

  it('offers to make a refused new record again, though the record left the device', () => {
    expect(refusalWords(refusal({ patch: { ...partner } }), false).resend).toEqual({ offered: true });
  });
});

describe('a refused change as the list shows it', () => {
  it('names the record, shows each value as entered and readable, the field’s problem, and when', () => {
    const view = refusedChangeView(refusal(), partner, 'Northwind Resale');
    expect(view).toMatchObject({ tableLabel: 'Partner', name: 'Northwind Resale', href: `#/partners/${partner.id}`, kind: 'change' });
    expect(view.fields).toEqual([
      { field: 'vertical', label: 'Vertical', value: `${'v'.repeat(150)}`, problems: ['Vertical must be at most 100 characters'] },
      { field: 'revenueTargetCents', label: 'Revenue target', value: '$40,000', problems: [] },
    ]);
    expect(view.madeAt).toMatch(/^Nov 2[12], 2026/);
    expect(view.otherProblems).toEqual([]);
  });

  it('keeps the name it had for a record no longer on the device, with no link', () => {
    const view = refusedChangeView(refusal({ code: 'not_found', fields: {} }), undefined, undefined);
    expect(view.name).toBe('Northwind Resale');
    expect(view.href).toBeUndefined();
    expect(view.words.resend.offered).toBe(false);
  });

  it('lists what the server said of fields the change did not carry', () => {
    const view = refusedChangeView(refusal({ fields: { vertical: 'Vertical is wrong', 'attributes.partnerType': 'Partner type must match the partner type' } }), partner, 'N');
    expect(view.otherProblems).toEqual(['Partner type must match the partner type']);
  });

  it('collects the ids its values name, to show them by name', () => {
    expect(refsOfChange({ table: 'certifications', op: 'put', patch: { programId: 'program-sales', status: 'certified' } })).toEqual([
      { table: 'certificationPrograms', id: 'program-sales' },
    ]);
  });
});

describe('the edit-and-send-again form', () => {
  it('types money in dollars and rates in percent, and stores cents and basis points', () => {
    const money = fieldAt('partners', 'revenueTargetCents');
    expect(toDraft(money, 4_000_050)).toBe('40000.5');
    expect(fromDraft(money, '40000.5')).toBe(4_000_050);
    expect(fromDraft(money, '$1,200')).toBe(120_000);
    expect(fromDraft(money, '')).toBeUndefined();
    expect(fromDraft(money, 'lots')).toBe('lots');
    const rate = fieldAt('jointSolutions', 'commercialModel.partnerDiscountBps');
    expect(toDraft(rate, 2_050)).toBe('20.5');
    expect(fromDraft(rate, '20.5')).toBe(2_050);
    expect(fromDraft(fieldAt('partners', 'firstCommercialActivityOn'), '')).toBeNull();
    expect(fromDraft(fieldAt('partners', 'vertical'), '')).toBe('');
  });

  it('opens with the user’s values on the record as it is now, checks them as the server does, and builds the record', () => {
    const current = { ...partner, region: 'APAC' };
    const form = openResend(refusal(), current);
    expect(form.fields).toEqual(['vertical', 'revenueTargetCents']);
    expect(form.draft).toEqual({ vertical: 'v'.repeat(150), revenueTargetCents: '40000' });
    expect(problemsOf(form)).toEqual({ vertical: 'Vertical must be at most 100 characters' });

    const corrected = { ...form, draft: setAt(form.draft, ['vertical'], 'Logistics') };
    expect(problemsOf(corrected)).toEqual({});
    expect(editedRecord(corrected)).toEqual({ ...current, vertical: 'Logistics', revenueTargetCents: 4_000_000 });
  });

  it('edits a nested value where it sits', () => {
    const change = refusal({ patch: { attributes: { ...partner.attributes, practiceSize: -3 } }, fields: { 'attributes.practiceSize': 'Practice size must be at least 0' } });
    const form = openResend(change, partner);
    expect(problemsOf(form)).toEqual({ 'attributes.practiceSize': 'Practice size must be at least 0' });
    const corrected = { ...form, draft: setAt(form.draft, ['attributes', 'practiceSize'], '45') };
    expect(editedRecord(corrected).attributes).toEqual({ ...partner.attributes, practiceSize: 45 });
  });
});

describe('refused changes at stake in a sign-in', () => {
  const sign = { demo: false, currentServer: 'https://hq.example.com', currentEmail: 'Ana@demo.test', targetServer: 'https://hq.example.com/', targetEmail: ' ana@demo.test', changes: [refusal()] };

  it('are none when the same user signs in again, or there are none', () => {
    expect(refusedAtStake(sign)).toBeNull();
    expect(refusedAtStake({ ...sign, targetEmail: 'ben@demo.test', changes: [] })).toBeNull();
    expect(refusedAtStake({ ...sign, demo: true, targetEmail: 'ben@demo.test' })).toBeNull();
  });

  it('are removed by another user on the same server, so going on is the user’s word to remove them', () => {
    expect(refusedAtStake({ ...sign, targetEmail: 'ben@demo.test' })).toEqual({
      changes: sign.changes,
      owner: 'Ana@demo.test',
      server: 'https://hq.example.com',
      consequence: 'removed',
      discardRefused: true,
    });
  });

  it('stay behind, out of sight, when signing in to another server, which has a store of its own', () => {
    expect(refusedAtStake({ ...sign, targetServer: 'https://other.example.com' })).toMatchObject({ consequence: 'left', discardRefused: false });
  });
});
