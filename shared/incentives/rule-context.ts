import type { Certification } from '../domain/certification';
import type { IncentiveRule, IncentiveRuleKind } from '../domain/incentive-program';
import type { Opportunity } from '../domain/opportunity';
import type { OemUsageReport } from '../domain/partner';
import type { QuarterRange } from '../domain/quarter';
import type { ContractYear } from './contract-year';
import type { RevenueBasis } from './revenue-basis';
import type { Span } from './span';
import type { QuarterTier } from './tier-rate';
import type { BandPreview, StatementLine } from './statement';

/**
 * A quarter's usage report cannot be split by date, so it is credited to one
 * program only: the last one in force in the quarter. Any earlier program
 * that ended mid-quarter is told where it went.
 */
export type QuarterUsage =
  | { credited: true; report: OemUsageReport | null; minimumCommitmentCents: number; contractYear: ContractYear | null }
  | { credited: false; creditedToProgram: string };

/** Everything a rule evaluator may look at; records are already the partner's own and live. */
export interface RuleContext {
  quarter: QuarterRange;
  /** The days of the quarter the program was in force; only deals and certifications dated inside count. */
  window: Span;
  opportunities: readonly Opportunity[];
  /** The deals the rules that pay on revenue read (revenue-basis.ts): for a reseller, its resale only. */
  revenue: RevenueBasis;
  certifications: readonly Certification[];
  usage: QuarterUsage;
  /** The partner's tier for the program's days, which tier rates pay by. */
  tier: QuarterTier;
}

/** A line before the dispatcher stamps it with its program, rule kind and key. */
export type LineDraft = Omit<StatementLine, 'key' | 'programId' | 'ruleKind'>;

export interface RuleResult {
  lines: LineDraft[];
  preview?: Omit<BandPreview, 'programId' | 'ruleKind'>;
}

export type RuleOf<K extends IncentiveRuleKind> = Extract<IncentiveRule, { kind: K }>;

export type RuleEvaluator<K extends IncentiveRuleKind> = (rule: RuleOf<K>, context: RuleContext) => RuleResult;
