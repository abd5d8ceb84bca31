import { describe, expect, it } from 'vitest';
import {
  certificationProgramSchema,
  certificationSchema,
  contactSchema,
  jointSolutionSchema,
  opportunitySchema,
  partnerSchema,
  partnerTypes,
  tierRuleSetSchema,
} from '../../../../shared/domain';
import { fullModel, makeCertification, makeContact, makeDeal, makePartner, makeRuleSet, makeSolution, PROGRAMS, SALES } from './factory';

describe('calculator test factory', () => {
  it('builds records the domain schemas accept', () => {
    for (const type of partnerTypes) {
      expect(partnerSchema.safeParse(makePartner(type)).error).toBeUndefined();
      expect(
        tierRuleSetSchema.safeParse(
          makeRuleSet(type, [{ tier: 'silver', minTrailingRevenueCents: 1, certifiedPeople: [{ programId: SALES.id, count: 1 }] }]),
        ).error,
      ).toBeUndefined();
    }
    const partner = makePartner('reseller');
    const contact = makeContact(partner, 'Ana');
    expect(contactSchema.safeParse(contact).error).toBeUndefined();
    for (const program of PROGRAMS) expect(certificationProgramSchema.safeParse(program).error).toBeUndefined();
    expect(certificationSchema.safeParse(makeCertification(contact, SALES)).error).toBeUndefined();
    expect(
      certificationSchema.safeParse(makeCertification(contact, SALES, { status: 'in-progress', issuedOn: null, expiresOn: null })).error,
    ).toBeUndefined();
    expect(opportunitySchema.safeParse(makeDeal(partner)).error).toBeUndefined();
    expect(opportunitySchema.safeParse(makeDeal(partner, { stage: 'qualify', closeOn: '2026-12-01' })).error).toBeUndefined();
    expect(jointSolutionSchema.safeParse(makeSolution('draft', { support: {} })).error).toBeUndefined();
    expect(jointSolutionSchema.safeParse(makeSolution('approved', fullModel('bundle'))).error).toBeUndefined();
  });
});
