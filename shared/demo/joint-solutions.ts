import type { PartnerType } from '../domain/common';
import type { CommercialModel, JointSolution } from '../domain/joint-solution';
import type { Integration, LifecycleStatus } from '../domain/partner';
import type { DemoContext, Weighted } from './context';
import type { PartnerProfile } from './partners';
import { productLines } from './vocabulary';

/** How far the commercial model has got; the seed's first failure mode is the empty one. */
type Stage = 'empty-draft' | 'half-draft' | 'defined' | 'approved';

const stageWeights: Record<LifecycleStatus, Weighted<Stage>> = {
  prospect: [['empty-draft', 60], ['half-draft', 40]],
  onboarding: [['empty-draft', 35], ['half-draft', 45], ['defined', 20]],
  active: [['empty-draft', 5], ['half-draft', 15], ['defined', 30], ['approved', 50]],
  'at-risk': [['empty-draft', 10], ['half-draft', 30], ['defined', 40], ['approved', 20]],
  inactive: [['empty-draft', 30], ['half-draft', 40], ['defined', 30]],
};

/** Joint solutions a partner typically has: ISVs build several, resellers rarely package one. */
const counts: Record<PartnerType, Weighted<number>> = {
  isv: [[1, 55], [2, 45]],
  oem: [[1, 100]],
  si: [[0, 35], [1, 65]],
  reseller: [[0, 75], [1, 25]],
};

const pricingFor: Record<PartnerType, Weighted<NonNullable<CommercialModel['pricingModel']>>> = {
  isv: [['marketplace', 50], ['separately-priced', 40], ['bundle', 10]],
  oem: [['bundle', 100]],
  si: [['separately-priced', 70], ['bundle', 30]],
  reseller: [['bundle', 60], ['separately-priced', 40]],
};

type IntegrationCertification = NonNullable<CommercialModel['integrationCertification']>;

const fullModel = (ctx: DemoContext, partnerType: PartnerType, stage: Stage, certification?: IntegrationCertification): CommercialModel => {
  const pricingModel = ctx.weighted(pricingFor[partnerType]);
  return {
    pricingModel,
    listPriceCents: ctx.dollars(6_000, 120_000, 500),
    partnerDiscountBps: ctx.int(10, 35) * 100,
    revenueShareBps: pricingModel === 'marketplace' ? ctx.int(15, 30) * 100 : ctx.int(0, 20) * 100,
    support: {
      l1: ctx.weighted([['partner', 60], ['shared', 25], ['vendor', 15]]),
      l2: ctx.weighted([['shared', 50], ['partner', 25], ['vendor', 25]]),
      l3: ctx.weighted([['vendor', 85], ['shared', 15]]),
    },
    customerSuccessOwner: ctx.weighted([['partner', 45], ['vendor', 35], ['shared', 20]]),
    renewalOwner: ctx.weighted([['partner', 50], ['vendor', 40], ['shared', 10]]),
    renewalModel: ctx.weighted([['co-termed', 40], ['partner-renews', 25], ['vendor-renews', 20], ['separate-renewals', 15]]),
    // Approval needs a certified integration; a defined model may still be waiting on the tests.
    integrationCertification: certification ?? (stage === 'approved' ? 'certified' : ctx.pick(['in-progress', 'certified'])),
  };
};

/** Half a model: pricing and first-line support agreed, revenue share, renewals and escalation still open. */
const halfModel = (model: CommercialModel): CommercialModel => ({
  pricingModel: model.pricingModel,
  listPriceCents: model.listPriceCents,
  support: { l1: model.support.l1 },
  customerSuccessOwner: model.customerSuccessOwner,
});

const modelFor = (ctx: DemoContext, partnerType: PartnerType, stage: Stage, certification?: IntegrationCertification): CommercialModel => {
  if (stage === 'empty-draft') return { support: {} };
  const model = fullModel(ctx, partnerType, stage, certification);
  return stage === 'half-draft' ? halfModel(model) : model;
};

interface Subject {
  name: string;
  description: string;
  /** An ISV solution carries its integration's certification; nothing is approved on an uncertified one. */
  certification?: IntegrationCertification;
}

/** A lapsed integration is back in testing as far as the commercial model is concerned. */
const asModelCertification = (status: Integration['certificationStatus']): IntegrationCertification =>
  status === 'lapsed' ? 'in-progress' : status;

/** What the partner's solutions are about: an ISV's integrations, or the product lines others package. */
const subjects = (ctx: DemoContext, profile: PartnerProfile): Subject[] => {
  const { attributes } = profile.partner;
  const brand = profile.company.brand;
  const count = ctx.weighted(counts[attributes.partnerType]);
  if (attributes.partnerType === 'isv') {
    return ctx.pickSome(attributes.integrations, count).map((integration) => ({
      name: integration.name,
      description: `${integration.name} sold with the vendor platform: one onboarding, shared customer telemetry.`,
      certification: asModelCertification(integration.certificationStatus),
    }));
  }
  const product = attributes.partnerType === 'oem' ? attributes.embeddedProduct : null;
  return ctx.pickSome(productLines, count).map((line) =>
    product
      ? { name: `${product} powered by ${line}`, description: `${line} embedded in the ${product}, licensed per activation.` }
      : attributes.partnerType === 'si'
        ? {
            name: `${brand} ${line} ${ctx.pick(['Accelerator', 'Quick Start', 'Migration Factory'])}`,
            description: `Fixed-scope ${line} rollout with ${brand} implementation services.`,
          }
        : { name: `${brand} Managed ${line}`, description: `${line} resold with ${brand}'s managed service and first-line support.` },
  );
};

export const makeJointSolutions = (ctx: DemoContext, profile: PartnerProfile): JointSolution[] => {
  const { partner } = profile;
  return subjects(ctx, profile).map(({ name, description, certification }): JointSolution => {
    const drawn = ctx.weighted(stageWeights[partner.status]);
    const stage = drawn === 'approved' && certification && certification !== 'certified' ? 'defined' : drawn;
    return {
      id: ctx.id(),
      territoryId: partner.territoryId,
      updatedAt: ctx.touched(partner.enrolledOn),
      deleted: false,
      partnerId: partner.id,
      name,
      ...(stage === 'empty-draft' ? {} : { description }),
      status: stage === 'approved' ? 'approved' : stage === 'defined' ? 'defined' : 'draft',
      commercialModel: modelFor(ctx, partner.partnerType, stage, certification),
    };
  });
};
