import { entityNames } from '../domain/entities';
import { makeEngagement } from './activities';
import { makeCertificationPrograms } from './certification-programs';
import { makeCertifications } from './certifications';
import { makeCommitments } from './commitments';
import { makeContacts } from './contacts';
import { DemoContext } from './context';
import { makeCustomerPool } from './customers';
import { makeIncentivePrograms } from './incentive-programs';
import { makeInvestments } from './investments';
import { makeJointSolutions } from './joint-solutions';
import { CompanyNames } from './names';
import { makeDirectDeals, makePartnerDeals } from './opportunities';
import { makeOrganization } from './organization';
import { makePartner } from './partners';
import { makeTierRuleSets } from './tier-rules';
import type { GeneratorOptions, RecordsByEntity, Workspace } from './types';

/** Direct-only deals per partner in a territory: enough baseline for a win-rate comparison. */
const DIRECT_DEALS_PER_PARTNER = 1;

const checkOptions = (options: GeneratorOptions): void => {
  for (const key of ['seed', 'territories', 'partnersPerTerritory'] as const) {
    if (!Number.isInteger(options[key]) || options[key] < 0) {
      throw new RangeError(`${key} must be a whole number of 0 or more, got ${options[key]}`);
    }
  }
};

/**
 * A seeded, deterministic partner program: same options, byte-identical
 * records. Records are built, not validated: the tests check them against the
 * schemas, and the load set must stay fast to build.
 */
export const generateWorkspace = (options: GeneratorOptions): Workspace => {
  checkOptions(options);
  const ctx = new DemoContext(options.seed, options.asOf);
  const { plans, users } = makeOrganization(ctx, options.territories);
  const catalogue = makeCertificationPrograms(ctx);
  const records = Object.fromEntries(entityNames.map((name) => [name, []])) as unknown as RecordsByEntity;
  records.territories.push(...plans.map((p) => p.territory));
  records.certificationPrograms.push(...catalogue.programs);
  records.tierRuleSets.push(...makeTierRuleSets(ctx, catalogue));
  records.incentivePrograms.push(...makeIncentivePrograms(ctx));

  const names = new CompanyNames();
  for (const plan of plans) {
    const customers = makeCustomerPool(ctx, Math.max(40, options.partnersPerTerritory * 2));
    for (let index = 0; index < options.partnersPerTerritory; index++) {
      const profile = makePartner(ctx, plan, index, names);
      const contacts = makeContacts(ctx, profile);
      const engagement = makeEngagement(ctx, profile, contacts);
      records.partners.push(profile.partner);
      records.contacts.push(...contacts);
      records.certifications.push(...makeCertifications(ctx, profile, contacts, catalogue));
      records.jointSolutions.push(...makeJointSolutions(ctx, profile));
      records.opportunities.push(...makePartnerDeals(ctx, profile, customers));
      records.investments.push(...makeInvestments(ctx, profile));
      records.activities.push(...engagement.activities);
      records.commitments.push(...makeCommitments(ctx, profile, contacts, engagement.activities));
      records.qbrRecords.push(...engagement.qbrRecords);
    }
    const directDeals = options.partnersPerTerritory * DIRECT_DEALS_PER_PARTNER;
    records.opportunities.push(...makeDirectDeals(ctx, plan.territory.id, customers, directDeals));
  }
  return { options: { ...options }, users, records };
};

/** The workspace demo mode opens: two territories of about thirty partners each. */
export const DEMO_SEED = 20_261_122;
export const demoWorkspace = (asOf: string): Workspace =>
  generateWorkspace({ seed: DEMO_SEED, asOf, territories: 2, partnersPerTerritory: 30 });

/** The benchmark's data: 20 territories × 500 partners = 10,000 partners and their child records. */
export const LOAD_SEED = 4_242;
export const loadSet = (asOf: string): Workspace =>
  generateWorkspace({ seed: LOAD_SEED, asOf, territories: 20, partnersPerTerritory: 500 });

export const countRecords = (w: Workspace): number =>
  entityNames.reduce((sum, name) => sum + w.records[name].length, 0);
