import { describe, expect, it } from 'vitest';
import { tierRuleSetSchema, type TierRuleSet } from '../../../../shared/domain/tier-rules';
import { validate } from '../../../../shared/domain/validation';
import { cellOfError, requirementsFromDraft, draftFromRuleSet } from '../../../../renderer/features/program-rules/tier-rules-draft';
import { syncFields, usd } from '../../../support/records';

const ruleSet = (requirements: TierRuleSet['requirements']): TierRuleSet => ({
  ...syncFields('tier-rules', { territoryId: 'global' }),
  partnerType: 'reseller',
  version: 3,
  effectiveFrom: '2027-01-01',
  requirements,
});
const silver = { tier: 'silver' as const, minTrailingRevenueCents: usd(80_000), certifiedPeople: [{ programId: 'sales', count: 2 }] };
const gold = { tier: 'gold' as const, minTrailingRevenueCents: usd(150_000), minOpenPipelineCents: usd(40_000), certifiedPeople: [{ programId: 'sales', count: 3 }] };
const platinum = { tier: 'platinum' as const, minTrailingRevenueCents: usd(300_000), minOpenPipelineCents: usd(90_000), certifiedPeople: [{ programId: 'sales', count: 5 }] };
const errorsOf = (set: TierRuleSet) => {
  const result = validate(tierRuleSetSchema, set);
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
};

describe('a tier ladder', () => {
  it('takes tiers that each ask at least what the one below does', () => {
    expect(errorsOf(ruleSet([silver, gold, platinum]))).toEqual({});
  });

  it('refuses Gold above Platinum, naming the tier and the cell, in dollars', () => {
    // Platinum asks $120,000 where Gold asks $150,000: a partner could be Platinum and fail Gold.
    expect(errorsOf(ruleSet([silver, gold, { ...platinum, minTrailingRevenueCents: usd(120_000) }]))).toEqual({
      'requirements.2.minTrailingRevenueCents': 'Minimum trailing revenue (Platinum) cannot ask less than Gold ($150,000): a higher tier asks at least what a lower one does',
    });
  });

  it('refuses a higher tier that drops a requirement a lower one has, and fewer certified people', () => {
    const { minOpenPipelineCents: _dropped, ...platinumWithoutPipeline } = platinum;
    expect(errorsOf(ruleSet([silver, { ...gold, certifiedPeople: [{ programId: 'sales', count: 1 }] }, platinumWithoutPipeline]))).toEqual({
      'requirements.1.certifiedPeople.0.count': 'Number of people (Gold) cannot ask less than Silver (2 certified): a higher tier asks at least what a lower one does',
      'requirements.2.minOpenPipelineCents': 'Minimum open pipeline (Platinum) cannot ask less than Gold ($40,000): a higher tier asks at least what a lower one does',
    });
  });

  it('judges tiers by rank whatever order they are listed in', () => {
    expect(errorsOf(ruleSet([platinum, silver, gold]))).toEqual({});
  });

  it('refuses a $0 threshold (left empty means no requirement) and a date that is a typo', () => {
    expect(errorsOf({ ...ruleSet([{ ...silver, minTrailingRevenueCents: 0 }, gold, platinum]), effectiveFrom: '1926-01-01' })).toEqual({
      effectiveFrom: 'Effective from must be between 2000-01-01 and 2099-12-31',
      'requirements.0.minTrailingRevenueCents': 'Minimum trailing revenue (Silver) must be more than $0 (leave it empty for no requirement)',
    });
  });

  it('puts each refusal under its cell of the editor', () => {
    const set = ruleSet([silver, gold, platinum]);
    const requirements = requirementsFromDraft(draftFromRuleSet(set), 'reseller');
    expect(cellOfError('requirements.2.minTrailingRevenueCents', requirements)).toBe('platinum.minTrailingRevenue');
    expect(cellOfError('requirements.1.certifiedPeople.0.count', requirements)).toBe('gold.people.sales');
    expect(cellOfError('effectiveFrom', requirements)).toBe('effectiveFrom');
  });
});
