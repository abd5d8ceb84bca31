export { buildIncentiveStatement, type StatementInput } from './incentive-statement';
export { quarterStatement, type ClosedStatement, type QuarterStatementInput } from './quarter-statement';
export { evaluateRule } from './evaluate-rule';
export { programsInQuarter, type ProgramWindow } from './programs-in-quarter';
export { payerOfRule, payerOfStatement, type Payer } from './payer';
export { bandIndexAt, nextBandAfter, sliceBands, type BandSlice, type Banded } from './bands';
export type { QuarterUsage, RuleContext, RuleResult } from './rule-context';
export type * from './statement';
