import type { PlanObjective, PlanObjectiveKind, PlanOwnerSide } from '../domain/business-plan';
import type { Certification, CertificationProgram } from '../domain/certification';
import { tiers, type PartnerType } from '../domain/common';
import type { Partner } from '../domain/partner';
import type { TierRuleSet } from '../domain/tier-rules';
import type { DemoContext } from './context';

/**
 * What a joint business plan asks of each kind of partner, as the programs
 * the seed names agree them: an ISV is measured on certified integrations,
 * co-sell pipeline and joint marketing; a reseller on the revenue and new
 * customers it brings and the people it certifies; an OEM on the deals its
 * embedded product wins; an SI on sourced revenue and certified consultants.
 * Targets are set later, against the partner's records (business-plans.ts).
 */

interface Template {
  kind: PlanObjectiveKind;
  title: string;
  weight: number;
  ownerSide: PlanOwnerSide;
}

const templates: Record<PartnerType, readonly Template[]> = {
  isv: [
    { kind: 'influenced-pipeline', title: 'Co-sell pipeline created together', weight: 35, ownerSide: 'joint' },
    { kind: 'integrations-certified', title: 'Integrations certified', weight: 25, ownerSide: 'partner' },
    { kind: 'joint-marketing-activities', title: 'Joint webinars and campaigns', weight: 20, ownerSide: 'joint' },
    { kind: 'won-deals', title: 'Joint deals won', weight: 20, ownerSide: 'joint' },
  ],
  reseller: [
    { kind: 'partner-sourced-revenue', title: 'Partner-sourced revenue', weight: 40, ownerSide: 'partner' },
    { kind: 'new-customers', title: 'New customers won', weight: 25, ownerSide: 'partner' },
    { kind: 'certified-people', title: 'Certified people', weight: 20, ownerSide: 'partner' },
    { kind: 'joint-marketing-activities', title: 'Demand-generation campaigns', weight: 15, ownerSide: 'joint' },
  ],
  oem: [
    { kind: 'won-deals', title: 'Deals won with the embedded product', weight: 40, ownerSide: 'joint' },
    { kind: 'influenced-pipeline', title: 'Pipeline from the embedded product', weight: 35, ownerSide: 'joint' },
    { kind: 'certified-people', title: 'Certified people', weight: 25, ownerSide: 'partner' },
  ],
  si: [
    { kind: 'partner-sourced-revenue', title: 'Revenue from SI-sourced deals', weight: 40, ownerSide: 'partner' },
    { kind: 'certified-people', title: 'Certified people', weight: 35, ownerSide: 'partner' },
    { kind: 'won-deals', title: 'Joint deals won', weight: 25, ownerSide: 'joint' },
  ],
};

/** A new partner's first plan, whatever its type: people certified, a first campaign together, first deals. */
const firstPlan: readonly Template[] = [
  { kind: 'certified-people', title: 'Certified people', weight: 40, ownerSide: 'partner' },
  { kind: 'joint-marketing-activities', title: 'Launch campaigns with the vendor', weight: 30, ownerSide: 'joint' },
  { kind: 'won-deals', title: 'First joint deals won', weight: 30, ownerSide: 'joint' },
];

/** ...and before its first deal, the enablement that leads to one, which the manager counts by hand. */
const firstPlanBeforeTrading: readonly Template[] = [
  ...firstPlan.slice(0, 2),
  { kind: 'custom', title: 'Sales enablement sessions held', weight: 30, ownerSide: 'vendor' },
];

/** Objectives the records cannot measure, so the manager types the actual in. */
const customTitles: Record<PartnerType, readonly string[]> = {
  isv: ['Joint customer case studies published', 'Marketplace reviews from joint customers'],
  reseller: ['Managed renewals closed on time', 'Joint customer case studies published'],
  oem: ['Usage reports filed on time', 'Embedded roadmap reviews held'],
  si: ['Reference implementations delivered', 'Joint customer case studies published'],
};

/** Plans that carry a custom objective, at the weight it takes from the heaviest one. */
const CUSTOM_CHANCE = 0.35;
const CUSTOM_WEIGHT = 10;
/** Plans are negotiated: most move a little weight between two objectives. */
const WEIGHT_SHIFT_CHANCE = 0.6;
const WEIGHT_SHIFT = 5;

/**
 * The certification program the plan counts certified people in: one the
 * type's tier rules in force ask for, so the objective is how the partner
 * climbs. Preferably one it already has people in (the plan grows a team,
 * it does not start one from nothing), then one its next tier asks for (its
 * own at the top), then the one needing most people.
 */
export const programForPlan = (
  partner: Partner,
  certifications: readonly Certification[],
  ruleSets: readonly TierRuleSet[],
  programs: readonly CertificationProgram[],
  asOf: string,
): CertificationProgram | undefined => {
  const inForce = ruleSets
    .filter((s) => s.partnerType === partner.partnerType && s.effectiveFrom <= asOf)
    .sort((a, b) => b.version - a.version)[0];
  const next = tiers[Math.min(tiers.indexOf(partner.tier) + 1, tiers.length - 1)];
  const needs = (inForce?.requirements ?? []).flatMap((r) => r.certifiedPeople.map((need) => ({ ...need, forNext: r.tier === next })));
  const holders = (programId: string) =>
    certifications.filter((c) => c.partnerId === partner.id && c.programId === programId && c.issuedOn !== null && c.issuedOn <= asOf && (c.expiresOn ?? '') > asOf).length;
  const score = (need: (typeof needs)[number]) => (holders(need.programId) > 0 ? 1_000 : 0) + (need.forNext ? 100 : 0) + need.count;
  const best = needs.reduce<(typeof needs)[number] | undefined>((top, need) => (top && score(top) >= score(need) ? top : need), undefined);
  return programs.find((p) => p.id === best?.programId);
};

/**
 * The partner type's objectives with weights adding up to 100, a program on
 * the certified-people one, and sometimes a custom objective. Every target is
 * 1 until business-plans.ts sets it.
 */
export const drawObjectives = (ctx: DemoContext, partner: Partner, program: CertificationProgram | undefined): PlanObjective[] => {
  const template =
    partner.status !== 'onboarding' ? templates[partner.partnerType] : partner.firstCommercialActivityOn ? firstPlan : firstPlanBeforeTrading;
  const chosen = template.filter((t) => t.kind !== 'certified-people' || program !== undefined);
  const weights = chosen.map((t) => t.weight);
  // A template without its certified-people objective gives that weight to the first (heaviest) one.
  weights[0]! += 100 - weights.reduce((sum, w) => sum + w, 0);
  if (ctx.chance(WEIGHT_SHIFT_CHANCE)) {
    const from = ctx.int(0, weights.length - 1);
    const to = (from + ctx.int(1, weights.length - 1)) % weights.length;
    if (weights[from]! > WEIGHT_SHIFT * 2) {
      weights[from]! -= WEIGHT_SHIFT;
      weights[to]! += WEIGHT_SHIFT;
    }
  }
  const objectives = chosen.map(
    (t, i): PlanObjective => ({
      id: ctx.id(),
      kind: t.kind,
      title: t.kind === 'certified-people' && program ? `People certified as ${program.name}` : t.title,
      certificationProgramId: t.kind === 'certified-people' ? program!.id : null,
      target: 1,
      weight: weights[i]!,
      ownerSide: t.ownerSide,
      manualActual: null,
    }),
  );
  if (!objectives.some((o) => o.kind === 'custom') && ctx.chance(CUSTOM_CHANCE)) {
    const heaviest = objectives.reduce((best, o) => (o.weight > best.weight ? o : best));
    heaviest.weight -= CUSTOM_WEIGHT;
    objectives.push({
      id: ctx.id(),
      kind: 'custom',
      title: ctx.pick(customTitles[partner.partnerType]),
      certificationProgramId: null,
      target: 1,
      weight: CUSTOM_WEIGHT,
      ownerSide: 'joint',
      manualActual: null,
    });
  }
  return objectives;
};
