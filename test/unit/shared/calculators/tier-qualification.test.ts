import { describe, expect, it } from 'vitest';
import {
  certificationSchema,
  contactSchema,
  opportunitySchema,
  partnerSchema,
  tierRuleSetSchema,
} from '../../../../shared/domain';
import { qualifyTier, ruleSetInForce, type TierQualificationAssessed } from '../../../../shared/calculators';
import { AS_OF, makeCertification, makeContact, makeDeal, makePartner, makeRuleSet, PROGRAMS, QUARTER, SALES, TECH, usd } from './factory';

/*
 * Worked example: a reseller recorded at gold, assessed on 15 Aug 2026 for 2026-Q3.
 * Trailing window: 2025-Q4..2026-Q3, i.e. 2025-10-01 .. 2026-08-15 (the assessment day).
 */
const partner = makePartner('reseller', { tier: 'gold' });
const other = makePartner('reseller', { id: 'partner-other' });

const rules = makeRuleSet(
  'reseller',
  [
    { tier: 'gold', minTrailingRevenueCents: usd(500_000), minOpenPipelineCents: usd(200_000), certifiedPeople: [{ programId: SALES.id, count: 5 }, { programId: TECH.id, count: 1 }] },
    { tier: 'silver', minTrailingRevenueCents: usd(100_000), certifiedPeople: [{ programId: SALES.id, count: 2 }] },
    { tier: 'platinum', minTrailingRevenueCents: usd(1_500_000), minOpenPipelineCents: usd(500_000), certifiedPeople: [{ programId: SALES.id, count: 8 }, { programId: TECH.id, count: 3 }] },
  ],
  { id: 'reseller-v2', version: 2, effectiveFrom: '2026-04-01' },
);
const ruleSets = [
  makeRuleSet('reseller', [{ tier: 'silver', certifiedPeople: [] }], { version: 1, effectiveFrom: '2025-01-01' }),
  rules,
  // withdrawn, not yet in force by 30 Sep, or for another partner type: none of these apply
  makeRuleSet('reseller', [{ tier: 'silver', certifiedPeople: [] }], { version: 3, effectiveFrom: '2026-07-01', deleted: true }),
  makeRuleSet('reseller', [{ tier: 'silver', certifiedPeople: [] }], { version: 4, effectiveFrom: '2026-10-01' }),
  makeRuleSet('isv', [{ tier: 'silver', certifiedPeople: [] }], { version: 9, effectiveFrom: '2026-05-01' }),
];

const ana = makeContact(partner, 'Ana');
const ben = makeContact(partner, 'Ben');
const cy = makeContact(partner, 'Cy');
const dee = makeContact(partner, 'Dee');
const eve = makeContact(partner, 'Eve');
const gus = makeContact(partner, 'Gus');
const fay = makeContact(partner, 'Fay', { deleted: true });
const hal = makeContact(other, 'Hal');
const contacts = [ana, ben, cy, dee, eve, fay, gus, hal];

const certifications = [
  makeCertification(ana, SALES), // counts
  makeCertification(ana, SALES, { issuedOn: '2024-06-01', expiresOn: '2026-12-31' }), // Ana again: still one person
  makeCertification(ben, SALES), // counts
  makeCertification(ben, TECH), // counts (tech)
  makeCertification(cy, SALES, { status: 'expiring', issuedOn: '2024-10-01', expiresOn: '2026-12-15' }), // counts: expiring is still valid
  makeCertification(dee, SALES, { status: 'in-progress', issuedOn: null, expiresOn: null }), // not yet certified
  makeCertification(eve, SALES, { issuedOn: '2024-08-01', expiresOn: '2026-08-14' }), // lapsed yesterday, status not updated
  makeCertification(fay, SALES), // contact deleted
  makeCertification(gus, SALES, { issuedOn: '2026-08-20', expiresOn: '2028-08-20' }), // issued after the assessment day
  makeCertification(gus, TECH, { deleted: true }), // record deleted
  makeCertification(hal, SALES), // another partner's contact
];

const opportunities = [
  makeDeal(partner, { amountCents: usd(300_000), closeOn: '2025-11-20' }), // counts
  makeDeal(partner, { amountCents: usd(160_000), partnerRole: 'co-sell', closeOn: '2026-07-10' }), // counts
  makeDeal(partner, { amountCents: usd(250_000), partnerRole: 'influenced', closeOn: '2026-05-01' }), // influenced earns no tier revenue
  makeDeal(partner, { amountCents: usd(90_000), closeOn: '2025-09-30' }), // the day before the window
  makeDeal(partner, { amountCents: usd(70_000), closeOn: '2026-08-16' }), // the day after the assessment day
  makeDeal(partner, { amountCents: usd(500_000), stage: 'lost', closeOn: '2026-06-01' }),
  makeDeal(partner, { amountCents: usd(400_000), closeOn: '2026-03-01', deleted: true }),
  makeDeal(other, { amountCents: usd(1_000_000), closeOn: '2026-07-01' }),
  // open pipeline
  makeDeal(partner, { amountCents: usd(120_000), partnerRole: 'influenced', stage: 'negotiate', createdOn: '2026-06-01', closeOn: '2026-09-15' }), // counts
  makeDeal(partner, { amountCents: usd(100_000), stage: 'qualify', createdOn: '2026-07-05', closeOn: '2026-11-30' }), // counts
  makeDeal(partner, { amountCents: usd(50_000), partnerRole: 'co-sell', stage: 'propose', createdOn: '2026-08-20', closeOn: '2026-12-01' }), // created after the assessment day
  makeDeal(partner, { amountCents: usd(80_000), stage: 'develop', createdOn: '2026-05-01', closeOn: '2026-10-01', deleted: true }),
];

const assess = (): TierQualificationAssessed => {
  const result = qualifyTier({ partner, ruleSets, contacts, certifications, certificationPrograms: PROGRAMS, opportunities, quarter: QUARTER, asOf: AS_OF });
  if (result.kind !== 'assessed') throw new Error(result.message);
  return result;
};

describe('tier qualification, worked example', () => {
  it('uses records the domain schemas accept', () => {
    for (const p of [partner, other]) expect(partnerSchema.safeParse(p).error).toBeUndefined();
    for (const r of ruleSets) expect(tierRuleSetSchema.safeParse(r).error).toBeUndefined();
    for (const c of contacts) expect(contactSchema.safeParse(c).error).toBeUndefined();
    for (const c of certifications) expect(certificationSchema.safeParse(c).error).toBeUndefined();
    for (const o of opportunities) expect(opportunitySchema.safeParse(o).error).toBeUndefined();
  });

  it('judges the quarter by the latest live rule set for the type in force by its last day', () => {
    // v1 (2025-01-01) and v2 (2026-04-01) qualify; v3 is deleted, v4 starts 2026-10-01, v9 is for ISVs
    expect(assess().ruleSet).toEqual({ id: 'reseller-v2', version: 2, effectiveFrom: '2026-04-01' });
  });

  it('measures revenue, pipeline and certified people as of the assessment day', () => {
    expect(assess().measures).toEqual({
      trailingRevenueCents: usd(460_000), // 300,000 sourced + 160,000 co-sell
      revenueWindow: { start: '2025-10-01', end: '2026-08-15' },
      openPipelineCents: usd(220_000), // 120,000 negotiate + 100,000 qualify
      certifiedContacts: { [SALES.id]: 3, [TECH.id]: 1 }, // sales: Ana, Ben, Cy; tech: Ben
      certifiedIntegrations: 0,
      certifiedConsultants: 0,
    });
  });

  it('qualifies the partner recorded at gold only for silver, and says what gold still needs', () => {
    const result = assess();
    // silver: 460,000 ≥ 100,000 and 3 ≥ 2 sales → met
    // gold: 460,000 < 500,000; 220,000 ≥ 200,000; 3 < 5 sales; 1 ≥ 1 tech → not met
    expect(result.ladder.map((s) => [s.tier, s.met])).toEqual([
      ['registered', true],
      ['silver', true],
      ['gold', false],
      ['platinum', false],
    ]);
    expect(result.qualifiedTier).toBe('silver');
    expect(result.recordedTier).toBe('gold');
    expect(result.recordedTierDiffers).toBe(true);
    expect(result.nextTier).toBe('gold');
    expect(result.gap.map((g) => [g.have, g.need, g.shortfall])).toEqual([
      [usd(460_000), usd(500_000), '$40,000 more trailing revenue'], // 500,000 − 460,000
      [3, 5, '2 more contacts certified in Sales Professional'], // 5 − 3
    ]);
    // every certification that counts today is valid through 30 Sep (earliest: Cy, 15 Dec)
    expect(result.atRisk).toBeNull();
  });
});

describe('tier rule set in force', () => {
  it('settles two rule sets from the same day by the higher version', () => {
    const v3 = makeRuleSet('si', [], { version: 3, effectiveFrom: '2026-07-01' });
    const v4 = makeRuleSet('si', [], { version: 4, effectiveFrom: '2026-07-01' });
    expect(ruleSetInForce([v4, v3], 'si', '2026-09-30')).toBe(v4);
    expect(ruleSetInForce([v3, v4], 'si', '2026-09-30')).toBe(v4);
  });
});

describe('tier qualification without rules', () => {
  it('says plainly that no rule set covers the partner type, instead of failing', () => {
    const oem = makePartner('oem', { tier: 'silver' });
    const result = qualifyTier({ partner: oem, ruleSets, contacts: [], certifications: [], certificationPrograms: PROGRAMS, opportunities: [], quarter: QUARTER, asOf: AS_OF });
    expect(result).toEqual({
      kind: 'no-rules',
      partnerId: oem.id,
      quarter: { label: '2026-Q3', start: '2026-07-01', end: '2026-09-30' },
      asOf: AS_OF,
      recordedTier: 'silver',
      message: 'No tier rules for OEM partners are in force by the end of 2026-Q3, so the tier cannot be assessed.',
    });
  });

  it('does not apply a rule set that only starts after the quarter', () => {
    const later = makeRuleSet('si', [{ tier: 'silver', certifiedPeople: [] }], { effectiveFrom: '2026-10-01' });
    const result = qualifyTier({ partner: makePartner('si'), ruleSets: [later], contacts: [], certifications: [], certificationPrograms: [], opportunities: [], quarter: QUARTER, asOf: AS_OF });
    expect(result.kind).toBe('no-rules');
  });
});

describe('tier assessment day', () => {
  const input = { partner, ruleSets, contacts, certifications, certificationPrograms: PROGRAMS, opportunities, quarter: QUARTER };

  it('judges a quarter that is over on its last day', () => {
    const result = qualifyTier({ ...input, asOf: '2026-11-02' });
    expect(result.asOf).toBe('2026-09-30');
    // the $70,000 deal closed 2026-08-16 now falls inside the window: 460,000 + 70,000
    expect(result.kind === 'assessed' && result.measures.trailingRevenueCents).toBe(usd(530_000));
  });

  it('rejects a day that is not a calendar date', () => {
    expect(() => qualifyTier({ ...input, asOf: '15/08/2026' })).toThrow('The assessment day must be a date like 2026-08-15, got "15/08/2026"');
  });
});
