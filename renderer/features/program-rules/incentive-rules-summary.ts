import type { IncentiveRule } from '../../../shared/domain/incentive-program';
import { formatBps, formatCents } from '../../../shared/domain/money';
import { tiers } from '../../../shared/domain/common';
import { tierNames } from '../../../shared/domain/partner-tier';
import { formatCount } from '../../../shared/domain/text';
import { dateText } from '../../ui/dates';
import { ruleKindOf, ruleKinds } from './incentive-rules-kinds';

/** Any rule's cap and floor: ", capped at $25,000", ", at least $1,000". */
const limitsText = (rule: IncentiveRule): string =>
  (rule.capCents === undefined ? '' : `, capped at ${formatCents(rule.capCents)}`) + (rule.floorCents === undefined ? '' : `, at least ${formatCents(rule.floorCents)}`);

/** A rule's tier rates, in the unit of the figure they replace: " (Gold 6%, Platinum 8%)". */
const tierRatesText = (rule: IncentiveRule): string => {
  const byTier = 'byTier' in rule ? rule.byTier : undefined;
  const base = ruleKindOf(rule.kind).inputs.find((i) => i.field === ruleKindOf(rule.kind).byTier);
  const listed = tiers.flatMap((tier) => {
    const value = byTier?.[tier];
    return value === undefined || !base ? [] : [`${tierNames[tier]} ${base.unit === 'percent' ? formatBps(value) : formatCents(value)}`];
  });
  return listed.length === 0 ? '' : ` (${listed.join(', ')})`;
};

/** What the rule pays, without its name: "2% from $0, 4% from $100,000". */
const terms = (rule: IncentiveRule): string => {
  switch (rule.kind) {
    case 'tiered-rebate':
      return `${rule.mode}, ${rule.bands.map((b) => `${formatBps(b.rateBps)} from ${formatCents(b.from)}`).join(', ')}`;
    case 'new-customer-bonus':
      return `${formatCents(rule.amountPerDealCents)} per deal`;
    case 'product-mix-accelerator':
      return `+${formatBps(rule.extraRateBps)} on ${rule.productLine}`;
    case 'spiff':
      return `"${rule.name}", ${formatCents(rule.amountPerDealCents)} per ${rule.productLine} deal, ${dateText(rule.from)} – ${dateText(rule.to)}`;
    case 'renewal-commission':
    case 'deal-registration-commission':
    case 'growth-rebate':
    case 'revenue-royalty':
    case 'implementation-attach':
      return formatBps(rule.rateBps);
    case 'volume-royalty':
      return `${rule.basis}${rule.mode === 'retroactive' ? ', retroactive' : ''}, ${rule.bands.map((b) => `${formatCents(b.perUnitCents)} each from ${formatCount(b.from)}`).join(', ')}`;
    case 'marketplace-revenue-share':
      return rule.rates.map((r) => `${formatBps(r.rateBps)} from ${dateText(r.from)}`).join(', ');
    case 'co-sell-pipeline-bonus':
    case 'sourced-pipeline-bonus':
      return formatBps(rule.rateBps);
    case 'new-platform-customer-bonus':
      return `${formatCents(rule.amountPerCustomerCents)} per customer`;
    case 'certification-reward':
      return `${formatCents(rule.amountPerCertificationCents)} per certification`;
  }
};

/** What the rule pays, all of it, without its name: what a version's history compares. */
export const ruleTerms = (rule: IncentiveRule): string => `${terms(rule)}${tierRatesText(rule)}${limitsText(rule)}`;

/** One line per rule for the programs table, so HQ can check what a program pays without opening it. */
export const ruleSummary = (rule: IncentiveRule): string => `${ruleKinds[rule.kind].label}: ${ruleTerms(rule)}`;
