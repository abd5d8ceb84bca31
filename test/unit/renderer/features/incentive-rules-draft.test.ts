import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../../../shared/demo';
import { CALENDAR_YEAR } from '../../../../shared/domain/quarter';
import type { IncentiveProgram, IncentiveRule, IncentiveRuleKind } from '../../../../shared/domain/incentive-program';
import { draftFromRule, draftFromRules, newRuleDraft, rulesFromDraft, type IncentiveRuleDraft } from '../../../../renderer/features/program-rules/incentive-rules-draft';
import { ruleKindNames } from '../../../../renderer/features/program-rules/incentive-rules-kinds';
import { draftFromProgram, emptyProgramDraft, incentiveProgramForm, type IncentiveProgramDraft } from '../../../../renderer/features/program-rules/incentive-rules-program';
import { createRepository } from '../../../../renderer/db/repository';
import { openForm, saveForm } from '../../../../renderer/ui/record-form';
import { freshDb } from '../db/factory';
import { ruleSummary } from '../../../../renderer/features/program-rules/incentive-rules-summary';

type Rule<K extends IncentiveRuleKind> = Extract<IncentiveRule, { kind: K }>;

/** Stored rules of every kind (the mapped type fails to compile if a kind is missing), with odd cents and basis points. */
const samples: { [K in IncentiveRuleKind]: Rule<K>[] } = {
  'tiered-rebate': [
    { kind: 'tiered-rebate', mode: 'marginal', bands: [{ from: 0, rateBps: 200 }, { from: 10_000_050, rateBps: 425 }, { from: 50_000_000, rateBps: 1 }] },
    { kind: 'tiered-rebate', mode: 'retroactive', bands: [{ from: 0, rateBps: 0 }] },
  ],
  'new-customer-bonus': [
    { kind: 'new-customer-bonus', amountPerDealCents: 150_050 },
    { kind: 'new-customer-bonus', amountPerDealCents: 100_000, byTier: { platinum: 250_050 } },
  ],
  'product-mix-accelerator': [
    { kind: 'product-mix-accelerator', productLine: 'Security Suite', extraRateBps: 250 },
    { kind: 'product-mix-accelerator', productLine: 'Security Suite', extraRateBps: 250, byTier: { silver: 300 } },
  ],
  spiff: [{ kind: 'spiff', name: 'Kick-off', productLine: 'Workflow Automation', from: '2026-10-01', to: '2026-11-11', amountPerDealCents: 50_001 }],
  'renewal-commission': [
    { kind: 'renewal-commission', rateBps: 10_000 },
    { kind: 'renewal-commission', rateBps: 300, byTier: { registered: 0, gold: 625, platinum: 800 }, capCents: 500_000 },
  ],
  'deal-registration-commission': [{ kind: 'deal-registration-commission', rateBps: 125 }],
  'growth-rebate': [{ kind: 'growth-rebate', rateBps: 450 }],
  'volume-royalty': [
    { kind: 'volume-royalty', basis: 'units', mode: 'marginal', bands: [{ from: 0, perUnitCents: 1_250 }, { from: 1_000, perUnitCents: 999 }] },
    { kind: 'volume-royalty', basis: 'activations', mode: 'retroactive', bands: [{ from: 0, perUnitCents: 1 }] },
  ],
  'revenue-royalty': [{ kind: 'revenue-royalty', rateBps: 650 }],
  'marketplace-revenue-share': [{ kind: 'marketplace-revenue-share', rates: [{ from: '2026-01-01', rateBps: 1_500 }, { from: '2026-08-15', rateBps: 2_075 }] }],
  'co-sell-pipeline-bonus': [
    { kind: 'co-sell-pipeline-bonus', rateBps: 200, capCents: 2_500_000 },
    { kind: 'co-sell-pipeline-bonus', rateBps: 200 },
  ],
  'new-platform-customer-bonus': [{ kind: 'new-platform-customer-bonus', amountPerCustomerCents: 250_000 }],
  'sourced-pipeline-bonus': [
    { kind: 'sourced-pipeline-bonus', rateBps: 300, capCents: 0 },
    { kind: 'sourced-pipeline-bonus', rateBps: 300 },
  ],
  'implementation-attach': [{ kind: 'implementation-attach', rateBps: 500 }],
  'certification-reward': [{ kind: 'certification-reward', amountPerCertificationCents: 50_000 }],
};
const allSamples: IncentiveRule[] = Object.values(samples).flat();

const program = (rules: IncentiveRuleDraft[], overrides: Partial<IncentiveProgramDraft> = {}): IncentiveProgramDraft => ({
  ...emptyProgramDraft('2026-01-01'),
  name: 'Reseller Rewards FY2027',
  rules,
  ...overrides,
});

/** The dialog's save of a new program, as HQ presses Save: through the repository, on a store of its own. */
const saveNew = (draft: IncentiveProgramDraft) => {
  const spec = incentiveProgramForm(undefined, '2026-01-01');
  return saveForm(createRepository(freshDb().db), spec, openForm(spec), draft);
};

/** The fields a saved program holds, without the ones the repository stamps. */
const savedFields = async (draft: IncentiveProgramDraft) => {
  const outcome = await saveNew(draft);
  if (!outcome.ok) throw new Error(`expected the draft to save: ${JSON.stringify(outcome.errors)}`);
  const { id: _id, updatedAt: _u, deleted: _d, ...fields } = outcome.saved;
  return fields;
};

/** The errors under the inputs of a draft that must not save; fails the test if it does. */
const errorsOf = async (draft: IncentiveProgramDraft) => {
  const outcome = await saveNew(draft);
  if (outcome.ok) throw new Error('expected the draft to be refused');
  return outcome.errors;
};

const rebate = (...bands: [string, string][]): IncentiveRuleDraft => ({ kind: 'tiered-rebate', values: { mode: 'marginal' }, rows: bands.map(([from, rateBps]) => ({ from, rateBps })) });

describe('incentive rules draft', () => {
  it('round-trips every kind: stored rules → draft → the same rules', () => {
    expect(new Set(allSamples.map((r) => r.kind))).toEqual(new Set(ruleKindNames));
    for (const rule of allSamples) expect(rulesFromDraft([draftFromRule(rule)])).toStrictEqual([rule]);
    expect(rulesFromDraft(draftFromRules(allSamples))).toStrictEqual(allSamples);
  });

  it('round-trips the demo programs through the whole dialog draft, checked by the schema', async () => {
    const { incentivePrograms } = generateWorkspace({ seed: 3, asOf: '2026-11-22', territories: 1, partnersPerTerritory: 5 }).records as { incentivePrograms: IncentiveProgram[] };
    expect(incentivePrograms.length).toBeGreaterThan(3);
    for (const stored of incentivePrograms) {
      const { id: _id, updatedAt: _u, deleted: _d, ...fields } = stored;
      expect(await savedFields(draftFromProgram(stored))).toStrictEqual(fields);
    }
  });

  it('shows money in dollars and rates in percent, and reads them back as typed', () => {
    // Every rule may have a cap and a floor, and these kinds a rate per tier; a rule without them shows them empty.
    const noTierRates = { 'byTier.registered': '', 'byTier.silver': '', 'byTier.gold': '', 'byTier.platinum': '' };
    expect(draftFromRule({ kind: 'new-customer-bonus', amountPerDealCents: 150_050 }).values).toEqual({ amountPerDealCents: '1500.5', capCents: '', floorCents: '', ...noTierRates });
    expect(draftFromRule({ kind: 'renewal-commission', rateBps: 250, floorCents: 100_000 }).values).toEqual({ rateBps: '2.5', capCents: '', floorCents: '1000', ...noTierRates });
    expect(draftFromRule({ kind: 'co-sell-pipeline-bonus', rateBps: 200 }).values).toEqual({ rateBps: '2', capCents: '', floorCents: '', ...noTierRates });

    const typed = (kind: IncentiveRuleKind, values: Record<string, string>) => rulesFromDraft([{ kind, values, rows: [] }])[0];
    expect(typed('new-customer-bonus', { amountPerDealCents: '1,500.50' })).toEqual({ kind: 'new-customer-bonus', amountPerDealCents: 150_050 });
    expect(typed('new-customer-bonus', { amountPerDealCents: '$2,000' })).toEqual({ kind: 'new-customer-bonus', amountPerDealCents: 200_000 });
    expect(typed('renewal-commission', { rateBps: '2.5' })).toEqual({ kind: 'renewal-commission', rateBps: 250 });
    expect(typed('renewal-commission', { rateBps: ' 12.25% ' })).toEqual({ kind: 'renewal-commission', rateBps: 1_225 });
    // An empty cap is no cap: left out, as a rule without one is stored.
    expect(typed('sourced-pipeline-bonus', { rateBps: '3', capCents: ' ' })).toStrictEqual({ kind: 'sourced-pipeline-bonus', rateBps: 300 });
    expect(typed('sourced-pipeline-bonus', { rateBps: '3', capCents: '30,000' })).toStrictEqual({ kind: 'sourced-pipeline-bonus', rateBps: 300, capCents: 3_000_000 });
    expect(typed('tiered-rebate', { mode: 'marginal', capCents: '50,000', floorCents: '500' })).toMatchObject({ capCents: 5_000_000, floorCents: 50_000 });
    expect(rulesFromDraft([rebate(['0', '2'], ['100,000', '4.5'])])).toEqual([
      { kind: 'tiered-rebate', mode: 'marginal', bands: [{ from: 0, rateBps: 200 }, { from: 10_000_000, rateBps: 450 }] },
    ]);
  });

  it('starts every added kind from a rule the schema accepts once HQ names what only it can name', async () => {
    for (const kind of ruleKindNames) {
      const added = newRuleDraft(kind, '2026-07-01', CALENDAR_YEAR);
      const outcome = await saveNew(program([added]));
      const errors = outcome.ok ? {} : outcome.errors;
      // Names and product lines are HQ's to choose; everything else starts filled in.
      expect(Object.keys(errors).sort()).toEqual(kind === 'spiff' ? ['rules.0.name', 'rules.0.productLine'] : kind === 'product-mix-accelerator' ? ['rules.0.productLine'] : []);
    }
    expect(newRuleDraft('spiff', '2026-08-10', CALENDAR_YEAR).values).toMatchObject({ from: '2026-08-10', to: '2026-09-30' });
    expect(newRuleDraft('marketplace-revenue-share', '2027-01-01', CALENDAR_YEAR).rows).toEqual([{ from: '2027-01-01', rateBps: '15' }]);
  });

  it('puts a band out of order under the exact band, saying what it must be above', async () => {
    const errors = await errorsOf(program([newRuleDraft('renewal-commission', '2026-01-01', CALENDAR_YEAR), rebate(['0', '2'], ['100,000', '4'], ['50,000', '6'])]));
    expect(errors).toEqual({ 'rules.1.bands.2.from': "From must be above band 2's $100,000" });
    expect(await errorsOf(program([rebate(['10', '2'])]))).toEqual({ 'rules.0.bands.0.from': 'From must be 0: the first band starts at $0' });
    expect(await errorsOf(program([rebate(['0', '2'], ['0', '3'])]))).toEqual({ 'rules.0.bands.1.from': "From must be above band 1's $0" });
  });

  it('refuses a floor above the cap under the Floor input of that rule', async () => {
    const commission: IncentiveRuleDraft = { kind: 'renewal-commission', values: { rateBps: '3', capCents: '1,000', floorCents: '1,000.01' }, rows: [] };
    expect(await errorsOf(program([newRuleDraft('renewal-commission', '2026-01-01', CALENDAR_YEAR), commission]))).toEqual({ 'rules.1.floorCents': 'Floor (item 2) cannot be above the cap' });
  });

  it('names the exact royalty band and dated rate at fault', async () => {
    const royalty: IncentiveRuleDraft = { kind: 'volume-royalty', values: { basis: 'units' }, rows: [{ from: '0', perUnitCents: '12' }, { from: '1,000', perUnitCents: '9' }, { from: '1,000', perUnitCents: '6' }] };
    expect(await errorsOf(program([royalty]))).toEqual({ 'rules.0.bands.2.from': "From must be above band 2's 1,000" });
    const fractional = { ...royalty, rows: [{ from: '0', perUnitCents: '12' }, { from: '1.5', perUnitCents: 'lots' }] };
    expect(await errorsOf(program([fractional]))).toEqual({
      'rules.0.bands.1.from': 'From (item 2) must be a whole number',
      'rules.0.bands.1.perUnitCents': 'Royalty per unit (item 2) must be a number',
    });
    const share: IncentiveRuleDraft = { kind: 'marketplace-revenue-share', values: {}, rows: [{ from: '2026-05-01', rateBps: '15' }, { from: '2026-02-01', rateBps: '20' }] };
    expect(await errorsOf(program([share]))).toEqual({ 'rules.0.rates.1.from': "From must be after rate 1's date, 2026-05-01" });
  });

  it('refuses a rate above 100% under its own input, in percent', async () => {
    const errors = await errorsOf(program([rebate(['0', '2'], ['1,000', '150']), { kind: 'renewal-commission', values: { rateBps: '100.01' }, rows: [] }]));
    expect(errors).toEqual({ 'rules.0.bands.1.rateBps': 'Rate (item 2) must be at most 100%', 'rules.1.rateBps': 'Rate (item 2) must be at most 100%' });
    expect((await saveNew(program([{ kind: 'renewal-commission', values: { rateBps: '100' }, rows: [] }]))).ok).toBe(true);
  });

  it('names empty and mistyped inputs of each rule by rule and field', async () => {
    const errors = await errorsOf(
      program([
        { kind: 'new-customer-bonus', values: { amountPerDealCents: 'a thousand' }, rows: [] },
        { kind: 'product-mix-accelerator', values: { productLine: '   ', extraRateBps: '-1' }, rows: [] },
        { kind: 'spiff', values: { name: 'Q3 push', productLine: 'Suite', from: '', to: '2026-09-30', amountPerDealCents: '' }, rows: [] },
      ]),
    );
    expect(errors).toEqual({
      'rules.0.amountPerDealCents': 'Amount per deal (item 1) must be a number',
      'rules.1.productLine': 'Product line (item 2) is required',
      'rules.1.extraRateBps': 'Extra rate (item 2) must be at least 0%',
      'rules.2.from': 'From (item 3) is required',
      'rules.2.amountPerDealCents': 'Amount per deal (item 3) is required',
    });
  });

  it('names the program fields and an empty rule list', async () => {
    expect(await errorsOf(program([], { name: ' ', effectiveFrom: '2026-06-01', effectiveTo: '2026-01-01' }))).toEqual({
      name: 'Name is required',
      rules: 'Rules needs at least 1 entry',
      effectiveTo: 'Effective to cannot be before the start date',
    });
  });

  it('never produces a record from an invalid draft, and gives the checked one when valid', async () => {
    const invalid = [
      program([rebate(['0', '2'], ['', '3'])]),
      program([rebate()]),
      program([newRuleDraft('spiff', '2026-01-01', CALENDAR_YEAR)]),
      program([newRuleDraft('implementation-attach', '2026-01-01', CALENDAR_YEAR)], { effectiveFrom: 'soon' }),
      program([{ kind: 'certification-reward', values: { amountPerCertificationCents: '1e400' }, rows: [] }]),
    ];
    for (const draft of invalid) expect(Object.keys(await errorsOf(draft)).length).toBeGreaterThan(0);
    // A band list emptied by hand has no row to blame: its message stays on the list.
    expect(await errorsOf(program([rebate()]))).toEqual({ 'rules.0.bands': 'Bands (item 1) must start at 0 and rise band by band' });

    const valid = await savedFields(program([rebate(['0', '2'], ['100,000', '4'])], { name: '  Reseller Rewards FY2027 ', effectiveTo: '2026-12-31' }));
    expect(valid).toStrictEqual({
      territoryId: 'global',
      name: 'Reseller Rewards FY2027',
      partnerType: 'reseller',
      effectiveFrom: '2026-01-01',
      effectiveTo: '2026-12-31',
      rules: [{ kind: 'tiered-rebate', mode: 'marginal', bands: [{ from: 0, rateBps: 200 }, { from: 10_000_000, rateBps: 400 }] }],
    });
  });

  it('sums up each rule in words for the programs table', () => {
    expect(ruleSummary(samples['tiered-rebate'][0]!)).toBe('Tiered rebate: marginal, 2% from $0, 4.25% from $100,000.50, 0.01% from $500,000');
    expect(ruleSummary(samples['new-customer-bonus'][0]!)).toBe('New-customer bonus: $1,500.50 per deal');
    expect(ruleSummary(samples['co-sell-pipeline-bonus'][0]!)).toBe('Co-sell pipeline bonus: 2%, capped at $25,000');
    expect(ruleSummary(samples['volume-royalty'][0]!)).toBe('Volume royalty: units, $12.50 each from 0, $9.99 each from 1,000');
    // Dates as every screen reads them, not ISO.
    expect(ruleSummary(samples.spiff[0]!)).toBe('SPIFF (sales promotion): "Kick-off", $500.01 per Workflow Automation deal, Oct 1, 2026 – Nov 11, 2026');
    expect(ruleSummary(samples['marketplace-revenue-share'][0]!)).toBe('Marketplace revenue share: 15% from Jan 1, 2026, 20.75% from Aug 15, 2026');
    for (const rule of allSamples) expect(ruleSummary(rule)).not.toMatch(/undefined|NaN/);
  });

  it('sums up tier rates beside the rule\'s own, in the unit typed', () => {
    expect(ruleSummary(samples['renewal-commission'][1]!)).toBe('Renewal commission: 3% (Registered 0%, Gold 6.25%, Platinum 8%), capped at $5,000');
    expect(ruleSummary(samples['new-customer-bonus'][1]!)).toBe('New-customer bonus: $1,000 per deal (Platinum $2,500.50)');
    expect(ruleSummary(samples['product-mix-accelerator'][1]!)).toBe('Product-mix accelerator: +2.5% on Security Suite (Silver 3%)');
  });
});

describe('tier rates in the rules editor', () => {
  const commission = (values: Record<string, string>): IncentiveRuleDraft => ({ kind: 'renewal-commission', values: { rateBps: '5', ...values }, rows: [] });

  it('reads the tier boxes in percent and dollars as typed, leaving out the tiers left empty', () => {
    expect(rulesFromDraft([commission({ 'byTier.gold': '8', 'byTier.platinum': '10.5 %', 'byTier.silver': ' ' })])).toStrictEqual([
      { kind: 'renewal-commission', rateBps: 500, byTier: { gold: 800, platinum: 1_050 } },
    ]);
    // No tier typed: no byTier at all, as a rule from before tier rates is stored.
    expect(rulesFromDraft([commission({ 'byTier.gold': '' })])).toStrictEqual([{ kind: 'renewal-commission', rateBps: 500 }]);
    expect(rulesFromDraft([{ kind: 'certification-reward', values: { amountPerCertificationCents: '500', 'byTier.gold': '$1,250.50' }, rows: [] }])).toStrictEqual([
      { kind: 'certification-reward', amountPerCertificationCents: 50_000, byTier: { gold: 125_050 } },
    ]);
    expect(draftFromRule({ kind: 'growth-rebate', rateBps: 200, byTier: { platinum: 450 } }).values).toMatchObject({ 'byTier.platinum': '4.5', 'byTier.gold': '' });
  });

  it('offers tier boxes only on rules that pay one rate or one amount per item', () => {
    const kindsWithTiers = ruleKindNames.filter((kind) => Object.keys(newRuleDraft(kind, '2026-01-01', CALENDAR_YEAR).values).includes('byTier.gold'));
    expect(kindsWithTiers.sort()).toEqual(
      [
        'certification-reward',
        'co-sell-pipeline-bonus',
        'deal-registration-commission',
        'growth-rebate',
        'implementation-attach',
        'new-customer-bonus',
        'new-platform-customer-bonus',
        'product-mix-accelerator',
        'renewal-commission',
        'sourced-pipeline-bonus',
        'spiff',
      ].sort(),
    );
  });

  it('names a tier box at fault by its label, in percent, under that rule', async () => {
    const errors = await errorsOf(
      program([
        newRuleDraft('renewal-commission', '2026-01-01', CALENDAR_YEAR),
        newRuleDraft('renewal-commission', '2026-01-01', CALENDAR_YEAR),
        commission({ 'byTier.gold': '120', 'byTier.platinum': 'lots' }),
        { kind: 'new-customer-bonus', values: { amountPerDealCents: '1,000', 'byTier.silver': '-5' }, rows: [] },
      ]),
    );
    expect(errors).toEqual({
      'rules.2.byTier.gold': 'Gold rate (item 3) must be at most 100%',
      'rules.2.byTier.platinum': 'Platinum rate (item 3) must be a number',
      'rules.3.byTier.silver': 'Silver amount per deal (item 4) must be at least 0',
    });
  });

  it('still refuses a floor above the cap on a rule with tier rates, and saves a valid one', async () => {
    expect(await errorsOf(program([commission({ 'byTier.gold': '8', capCents: '1,000', floorCents: '2,000' })]))).toEqual({ 'rules.0.floorCents': 'Floor (item 1) cannot be above the cap' });
    expect((await savedFields(program([commission({ 'byTier.gold': '8', capCents: '6,000' })]))).rules).toStrictEqual([
      { kind: 'renewal-commission', rateBps: 500, byTier: { gold: 800 }, capCents: 600_000 },
    ]);
  });
});
