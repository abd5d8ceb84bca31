import { describe, expect, it } from 'vitest';
import type { OemUsageReport } from '../../../../shared/domain/partner';
import { validate } from '../../../../shared/domain/validation';
import { createRepository } from '../../../../renderer/db/repository';
import { openForm, saveForm } from '../../../../renderer/ui/record-form';
import { attributeLists } from '../../../../renderer/features/partners/attribute-lists';
import { draftFromPartner, emptyDraft, partnerForm, partnerInput, type PartnerDraft } from '../../../../renderer/features/partners/partner-draft';
import { buildPartner, partnerAttributes } from '../../../support/records';
import { freshDb } from '../db/factory';

const { usageReports } = attributeLists;

describe("the OEM's contract year on the partner form", () => {
  it('reads the annual minimum in dollars and keeps the contract year through an edit', () => {
    const oem = buildPartner('oem', {
      attributes: partnerAttributes('oem', { contractYearStartsOn: '2026-04-01', royaltyBandsMeasured: 'contract-year', annualMinimumCents: 12_000_050 }),
    });
    const draft = draftFromPartner(oem);
    expect(draft).toMatchObject({ contractYearStartsOn: '2026-04-01', royaltyBandsMeasured: 'contract-year', annualMinimum: '120000.5' });
    expect(partnerInput({ ...draft, annualMinimum: '150,000' }, oem, oem.ownerUserId).attributes).toMatchObject({
      contractYearStartsOn: '2026-04-01',
      royaltyBandsMeasured: 'contract-year',
      annualMinimumCents: 15_000_000,
    });
  });

  it('writes no band choice for a contract that never made one and keeps per quarter', () => {
    const oem = buildPartner('oem');
    expect(partnerInput(draftFromPartner(oem), oem, oem.ownerUserId).attributes).not.toHaveProperty('royaltyBandsMeasured');
  });

  it('names the contract year start under its input when it does not start a quarter, and the annual minimum when negative', async () => {
    const draft: PartnerDraft = {
      ...emptyDraft('t1', '2026-11-22'),
      name: 'Edge Co',
      region: 'EMEA',
      vertical: 'Industrial',
      partnerType: 'oem',
      embeddedProduct: 'Edge Gateway',
      contractYearStartsOn: '2026-05-15',
      annualMinimum: '-1',
    };
    const spec = partnerForm(undefined, { ownerUserId: 'u1', firstTerritoryId: 't1', today: '2026-11-22' });
    const outcome = await saveForm(createRepository(freshDb().db), spec, openForm(spec), draft);
    if (outcome.ok) throw new Error('expected the save to be refused');
    expect(outcome.errors.contractYearStartsOn).toBe(
      'Contract year start must be the first day of a month: the first day of one of the program’s quarters',
    );
    expect(outcome.errors.annualMinimum).toMatch(/^Annual minimum must be at least 0/);
  });
});

describe('returns on a shipment report', () => {
  it('turns returns and refunds into the text a manager edits (dollars) and back', () => {
    const report: OemUsageReport = { quarter: '2026-Q3', units: 1_500, activations: 900, returnedUnits: 200, returnedActivations: 30, refundedRevenueCents: 150_050 };
    expect(usageReports.toDraft(report, '2026-Q4')).toMatchObject({ returnedUnits: '200', returnedActivations: '30', refundedRevenueCents: '1500.5' });
    expect(usageReports.toItem(usageReports.toDraft(report, '2026-Q4'))).toEqual(report);
    expect(usageReports.cells(report).at(-1)).toBe('200 units, 30 activations, $1,500.50 refunded');
  });

  it('leaves returns out when the inputs are empty', () => {
    expect(usageReports.toItem({ quarter: '2026-Q3', units: '10', activations: '5', returnedUnits: '', refundedRevenueCents: '' })).toEqual({
      quarter: '2026-Q3',
      units: 10,
      activations: 5,
    });
  });

  it('names the return input at fault', () => {
    const bad = validate(usageReports.schema, usageReports.toItem({ quarter: '2026-Q3', units: '10', activations: '5', returnedUnits: '-3' }));
    expect(bad.ok ? [] : bad.errors).toEqual([{ field: 'returnedUnits', message: 'Returned units must be at least 0' }]);
  });
});
