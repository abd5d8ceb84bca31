import { describe, expect, it } from 'vitest';
import { certificationSchema } from '../../../../shared/domain';
import { qualifyTier, type TierQualificationAssessed } from '../../../../shared/calculators';
import type { Certification, TierRequirement } from '../../../../shared/domain';
import { AS_OF, makeCertification, makeContact, makePartner, makeRuleSet, PROGRAMS, QUARTER, SALES, TECH } from './factory';

/*
 * A gold reseller on 15 Aug 2026. Gold asks for 6 sales people and 1 technical;
 * silver for 2 sales people. 2026-Q3 ends on 30 Sep.
 */
const partner = makePartner('reseller', { tier: 'gold' });
const requirements: TierRequirement[] = [
  { tier: 'silver', certifiedPeople: [{ programId: SALES.id, count: 2 }] },
  { tier: 'gold', certifiedPeople: [{ programId: SALES.id, count: 6 }, { programId: TECH.id, count: 1 }] },
];
const ana = makeContact(partner, 'Ana');
const ben = makeContact(partner, 'Ben');
const cy = makeContact(partner, 'Cy');
const dee = makeContact(partner, 'Dee');
const eve = makeContact(partner, 'Eve');
const fay = makeContact(partner, 'Fay');
const gil = makeContact(partner, 'Gil');
const hana = makeContact(partner, 'Hana');

const lapsingAna = makeCertification(ana, SALES, { issuedOn: '2024-09-15', expiresOn: '2026-09-15' });
const lapsingBen = makeCertification(ben, SALES, { status: 'expiring', issuedOn: '2024-09-29', expiresOn: '2026-09-29' });
const certifications: Certification[] = [
  lapsingAna, // lapses mid-quarter
  lapsingBen, // lapses the day before the quarter ends
  makeCertification(cy, SALES),
  makeCertification(dee, SALES),
  makeCertification(eve, SALES, { issuedOn: '2024-09-10', expiresOn: '2026-09-10' }), // lapses, but Eve has renewed:
  makeCertification(eve, SALES, { issuedOn: '2026-08-01', expiresOn: '2028-07-31' }),
  makeCertification(fay, SALES, { issuedOn: '2024-09-30', expiresOn: '2026-09-30' }), // valid through the last day
  makeCertification(cy, TECH, { issuedOn: '2024-09-20', expiresOn: '2026-09-20' }), // lapses, but Dee's tech certification covers gold
  makeCertification(dee, TECH),
];

const assess = (certs: Certification[]): TierQualificationAssessed => {
  const result = qualifyTier({
    partner,
    ruleSets: [makeRuleSet('reseller', requirements)],
    contacts: [ana, ben, cy, dee, eve, fay, gil, hana],
    certifications: certs,
    certificationPrograms: PROGRAMS,
    opportunities: [],
    quarter: QUARTER,
    asOf: AS_OF,
  });
  if (result.kind !== 'assessed') throw new Error(result.message);
  return result;
};

describe('tier at risk', () => {
  it('uses certifications the schema accepts', () => {
    for (const c of certifications) expect(certificationSchema.safeParse(c).error).toBeUndefined();
  });

  it('qualifies for gold today', () => {
    const result = assess(certifications);
    // sales today: Ana, Ben, Cy, Dee, Eve, Fay = 6 ≥ 6; tech: Cy, Dee = 2 ≥ 1
    expect(result.measures.certifiedContacts).toEqual({ [SALES.id]: 6, [TECH.id]: 2 });
    expect(result.qualifiedTier).toBe('gold');
    expect(result.recordedTierDiffers).toBe(false);
  });

  it('falls to silver at the quarter end unless the two lapsing sales certifications are renewed', () => {
    const { atRisk } = assess(certifications);
    // sales on 30 Sep: Cy, Dee, Eve (renewed), Fay (expires that day) = 4 < 6 → gold lost; 4 ≥ 2 → silver kept
    // tech on 30 Sep: Dee = 1 ≥ 1 → Cy's lapsing tech certification costs nothing
    expect(atRisk?.tierAtQuarterEnd).toBe('silver');
    expect(atRisk?.gap.map((g) => [g.have, g.need, g.shortfall])).toEqual([
      [4, 6, '2 more contacts certified in Sales Professional'], // 6 − 4
    ]);
    expect(atRisk?.expiring).toEqual([
      { certificationId: lapsingAna.id, contactId: ana.id, contactName: 'Ana', programId: SALES.id, programName: 'Sales Professional', expiresOn: '2026-09-15' },
      { certificationId: lapsingBen.id, contactId: ben.id, contactName: 'Ben', programId: SALES.id, programName: 'Sales Professional', expiresOn: '2026-09-29' },
    ]);
  });

  it('is not at risk when the certifications that last are still enough', () => {
    // Gil and Hana certified too: 8 sales today; on 30 Sep Cy, Dee, Eve, Fay, Gil, Hana = 6 ≥ 6 → gold kept
    const result = assess([...certifications, makeCertification(gil, SALES), makeCertification(hana, SALES)]);
    expect(result.qualifiedTier).toBe('gold');
    expect(result.atRisk).toBeNull();
  });
});
