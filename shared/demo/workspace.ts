import { entityNames } from '../domain/entities';
import { addDays } from './calendar';
import { makeEngagement } from './activities';
import { makeCertificationPrograms } from './certification-programs';
import { makeCertifications } from './certifications';
import { makeCommitments } from './commitments';
import { makeContacts } from './contacts';
import { fiscalCalendarOf } from '../domain/quarter';
import { DemoContext } from './context';
import { makeCustomerPool } from './customers';
import { makeIncentivePrograms } from './incentive-programs';
import { makeIncentiveStatements } from './incentive-statements';
import { makeInvestments } from './investments';
import { makeJointSolutions } from './joint-solutions';
import { CompanyNames } from './names';
import { withCreditNotes } from './credit-notes';
import { demoProgramSettings, withDealCurrencies } from './currencies';
import { makeDirectDeals, makePartnerDeals, withRegistrationLifecycle } from './opportunities';
import { makeOrganization } from './organization';
import { makePartner } from './partners';
import { makeBusinessPlans } from './business-plans';
import { makeQbrRecords } from './qbr-records';
import { makeQuarterCommitments } from './quarter-commitments';
import { makeQuarterEngagement } from './quarter-engagement';
import { makeRecentDirectDeals, makeRecentPartnerDeals } from './recent-deals';
import { makeTierRuleSets } from './tier-rules';
import type { GeneratorOptions, RecordsByEntity, Workspace } from './types';

/** Direct-only deals per partner in a territory: enough baseline for a win-rate comparison. */
const DIRECT_DEALS_PER_PARTNER = 1;

/**
 * The recent quarters' story (deals closed, this quarter's visits and
 * promises, the half's plans) draws from a stream of its own, so adding to
 * it does not reshuffle the partners and history everyone knows.
 */
const storySeed = (seed: number): number => (seed + 0x9e37_79b9) >>> 0;
/** The QBR records (exports and deliveries) draw from a stream of their own, for the same reason. */
const qbrSeed = (seed: number): number => (seed + 0x85eb_ca6b) >>> 0;
/**
 * The half before this one, run as if on its last day: its plans were agreed,
 * measured and mostly locked by then, and a QBR of its quarters measures the
 * partner against them. A stream of its own, for the same reason.
 */
const pastHalfSeed = (seed: number): number => (seed + 0xc2b2_ae35) >>> 0;
/** A partner that joined in the half's last weeks had no plan for it: its first plan is this half's. */
const PAST_PLAN_MIN_DAYS = 45;

const byOccurrence = (a: { occurredAt: string }, b: { occurredAt: string }) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0);

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
  const calendar = fiscalCalendarOf(options);
  const ctx = new DemoContext(options.seed, options.asOf, calendar);
  const story = new DemoContext(storySeed(options.seed), options.asOf, calendar);
  const qbrs = new DemoContext(qbrSeed(options.seed), options.asOf, calendar);
  const pastHalfEnd = addDays(story.half.start, -1);
  const pastHalf = new DemoContext(pastHalfSeed(options.seed), pastHalfEnd, calendar);
  const { plans, users } = makeOrganization(ctx, options.territories);
  const catalogue = makeCertificationPrograms(ctx);
  const records = Object.fromEntries(entityNames.map((name) => [name, []])) as unknown as RecordsByEntity;
  records.territories.push(...plans.map((p) => p.territory));
  records.certificationPrograms.push(...catalogue.programs);
  records.tierRuleSets.push(...makeTierRuleSets(ctx, catalogue));
  records.incentivePrograms.push(...makeIncentivePrograms(ctx));
  // Built, not drawn: the settings take nothing from the streams.
  records.programSettings.push(demoProgramSettings(ctx.quarter, options.asOf, options.fiscalYearStartMonth));

  const names = new CompanyNames();
  for (const plan of plans) {
    const customers = makeCustomerPool(ctx, Math.max(40, options.partnersPerTerritory * 2));
    for (let index = 0; index < options.partnersPerTerritory; index++) {
      const profile = makePartner(ctx, plan, index, names);
      const contacts = makeContacts(ctx, profile);
      const engagement = makeEngagement(ctx, profile, contacts);
      const certifications = makeCertifications(ctx, profile, contacts, catalogue);
      records.partners.push(profile.partner);
      records.contacts.push(...contacts);
      records.certifications.push(...certifications);
      records.jointSolutions.push(...makeJointSolutions(ctx, profile));
      const history = makePartnerDeals(ctx, profile, customers);
      records.investments.push(...makeInvestments(ctx, profile));
      const commitments = makeCommitments(ctx, profile, contacts, engagement.activities);
      records.qbrRecords.push(...makeQbrRecords(qbrs, profile, contacts, engagement.review));

      const quarters = { previous: story.previousQuarter, current: story.quarter };
      const deals = withDealCurrencies(withCreditNotes([...history, ...makeRecentPartnerDeals(story, profile, customers)], index, { ...quarters, asOf: options.asOf }), index, quarters);
      const thisQuarter = makeQuarterEngagement(story, profile, contacts);
      const activities = [...engagement.activities, ...thisQuarter].sort(byOccurrence);
      records.opportunities.push(...deals);
      records.activities.push(...activities);
      records.commitments.push(...commitments, ...makeQuarterCommitments(story, profile, contacts, thisQuarter));
      const planInputs = {
        profile,
        contacts,
        records: { partner: profile.partner, opportunities: deals, certifications, activities, exchangeRates: records.programSettings[0]?.exchangeRates, calendar },
        ruleSets: records.tierRuleSets,
        programs: catalogue.programs,
      };
      if (profile.partner.enrolledOn <= addDays(pastHalfEnd, -PAST_PLAN_MIN_DAYS)) records.businessPlans.push(...makeBusinessPlans(pastHalf, planInputs));
      records.businessPlans.push(...makeBusinessPlans(story, planInputs));
    }
    const directDeals = options.partnersPerTerritory * DIRECT_DEALS_PER_PARTNER;
    records.opportunities.push(...makeDirectDeals(ctx, plan.territory.id, customers, directDeals));
    records.opportunities.push(...makeRecentDirectDeals(story, plan.territory.id, customers, options.partnersPerTerritory));
  }
  // Derived from the deals, drawing nothing: the registrations' states, first come first served.
  const managers = new Map(plans.map((p) => [p.territory.id, p.manager.id]));
  const people = { hqId: users.find((u) => u.role === 'hq')!.id, managerOf: (territoryId: string) => managers.get(territoryId)! };
  records.opportunities = withRegistrationLifecycle(records.opportunities, people, options.asOf);
  return { options: { ...options }, users, records };
};

/** The workspace demo mode opens: two territories of about thirty partners each. */
export const DEMO_SEED = 20_261_122;
export const demoWorkspace = (asOf: string): Workspace => {
  const workspace = generateWorkspace({ seed: DEMO_SEED, asOf, territories: 2, partnersPerTerritory: 30 });
  // Past quarters closed, approved and paid, computed from the records above; the load set has none (nothing benchmarked reads them).
  workspace.records.incentiveStatements.push(...makeIncentiveStatements(workspace));
  return workspace;
};

/** The benchmark's data: 20 territories × 500 partners = 10,000 partners and their child records. */
export const LOAD_SEED = 4_242;
export const loadSet = (asOf: string): Workspace =>
  generateWorkspace({ seed: LOAD_SEED, asOf, territories: 20, partnersPerTerritory: 500 });

export const countRecords = (w: Workspace): number =>
  entityNames.reduce((sum, name) => sum + w.records[name].length, 0);
