import type { IncentiveRule, IncentiveRuleKind } from '../domain/incentive-program';
import type { RuleContext, RuleEvaluator, RuleResult } from './rule-context';
import { evaluateCertificationReward } from './rules/certification-reward';
import { evaluateCoSellPipelineBonus } from './rules/co-sell-pipeline-bonus';
import { evaluateDealRegistrationCommission } from './rules/deal-registration-commission';
import { evaluateGrowthRebate } from './rules/growth-rebate';
import { evaluateImplementationAttach } from './rules/implementation-attach';
import { evaluateMarketplaceRevenueShare } from './rules/marketplace-revenue-share';
import { evaluateNewCustomerBonus } from './rules/new-customer-bonus';
import { evaluateNewPlatformCustomerBonus } from './rules/new-platform-customer-bonus';
import { evaluateProductMixAccelerator } from './rules/product-mix-accelerator';
import { evaluateRenewalCommission } from './rules/renewal-commission';
import { evaluateRevenueRoyalty } from './rules/revenue-royalty';
import { evaluateSourcedPipelineBonus } from './rules/sourced-pipeline-bonus';
import { evaluateSpiff } from './rules/spiff';
import { evaluateTieredRebate } from './rules/tiered-rebate';
import { evaluateVolumeRoyalty } from './rules/volume-royalty';

/** One evaluator per rule kind; a new kind in the schema fails to compile here until it has one. */
const evaluators: { [K in IncentiveRuleKind]: RuleEvaluator<K> } = {
  'tiered-rebate': evaluateTieredRebate,
  'new-customer-bonus': evaluateNewCustomerBonus,
  'product-mix-accelerator': evaluateProductMixAccelerator,
  spiff: evaluateSpiff,
  'renewal-commission': evaluateRenewalCommission,
  'deal-registration-commission': evaluateDealRegistrationCommission,
  'growth-rebate': evaluateGrowthRebate,
  'volume-royalty': evaluateVolumeRoyalty,
  'revenue-royalty': evaluateRevenueRoyalty,
  'marketplace-revenue-share': evaluateMarketplaceRevenueShare,
  'co-sell-pipeline-bonus': evaluateCoSellPipelineBonus,
  'new-platform-customer-bonus': evaluateNewPlatformCustomerBonus,
  'sourced-pipeline-bonus': evaluateSourcedPipelineBonus,
  'implementation-attach': evaluateImplementationAttach,
  'certification-reward': evaluateCertificationReward,
};

export const evaluateRule = (rule: IncentiveRule, context: RuleContext): RuleResult => {
  // TypeScript cannot pair evaluators[rule.kind] with the rule's own variant; the mapped type above does.
  const evaluate = evaluators[rule.kind] as (rule: IncentiveRule, context: RuleContext) => RuleResult;
  return evaluate(rule, context);
};
