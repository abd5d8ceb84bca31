import type { PartnerType } from '../domain/common';
import type { Conversion } from '../domain/in-program-currency';
import type { IncentiveRuleKind } from '../domain/incentive-program';
import type { QuarterLabel } from '../domain/quarter';

/** What a line's basis counts: money in cents, or a number of things. */
export type BasisMeasure = 'cents' | 'units' | 'activations' | 'deals' | 'certifications';

export interface LineBasis {
  /** Cents when `measure` is 'cents', otherwise a count. */
  amount: number;
  measure: BasisMeasure;
  /** What the amount is, e.g. "Won resale revenue in 2026-Q3 (4 deals)". */
  description: string;
}

/**
 * One line of a statement, written so a manager can redo it by hand: the
 * basis, the rate or band applied to it, and the arithmetic in one string.
 */
/**
 * What made a line: a program's rule, or an adjustment to an earlier quarter
 * whose statement was closed (quarter-statement.ts): a correction for a late
 * edit, a clawback for credit notes issued after it closed.
 */
export type StatementLineKind = IncentiveRuleKind | AdjustmentKind;
export const adjustmentKinds = ['correction', 'clawback'] as const;
export type AdjustmentKind = (typeof adjustmentKinds)[number];

export interface StatementLine {
  /** Unique within the statement; stable for the same inputs. */
  key: string;
  /** The rule's program; for an adjustment, the quarter it adjusts ("2026-Q2"). */
  programId: string;
  ruleKind: StatementLineKind;
  label: string;
  basis: LineBasis;
  /** "10% band from $100,000", "$500 per deal", "8% (rate from 2026-08-15)". */
  rate: string;
  amountCents: number;
  /** "$50,000 × 5% + $30,000 × 8% = $4,900". */
  calculation: string;
  /** The opportunities or certifications behind the basis, for drill-down. */
  sourceIds: string[];
}

export interface NextBand {
  /** How much more basis (cents or a count, per `measure`) reaches the next band. */
  shortfall: number;
  measure: BasisMeasure;
  band: string;
  /** "$40,000 more moves you to the 10% band". */
  message: string;
}

/** The "what moves you to the next band" preview of one banded rule. */
export interface BandPreview {
  programId: string;
  ruleKind: IncentiveRuleKind;
  label: string;
  currentBand: string;
  /** Null at the top band. */
  next: NextBand | null;
}

/** A program as it applies to the quarter: only the days it was in force. */
export interface ProgramInQuarter {
  id: string;
  name: string;
  from: string;
  to: string;
}

/** A rule the partner's type cannot be paid on (DESIGN §2), shown rather than dropped silently. */
export interface SkippedRule {
  programId: string;
  ruleKind: IncentiveRuleKind;
  reason: string;
}

/** A won deal the statement counts net of its credit notes: sold − credited = counted. */
export interface CreditedDeal {
  opportunityId: string;
  customerName: string;
  soldCents: number;
  creditedCents: number;
  creditNotes: { issuedOn: string; amountCents: number; reason: string }[];
}

export interface IncentiveStatement {
  partner: { id: string; name: string; partnerType: PartnerType };
  quarter: QuarterLabel;
  /** Who pays the total: the vendor pays incentives; an OEM pays the vendor royalties. */
  payer: 'vendor' | 'partner';
  programs: ProgramInQuarter[];
  lines: StatementLine[];
  totalCents: number;
  bandPreviews: BandPreview[];
  skippedRules: SkippedRule[];
  /** Won deals of the quarter counted net of credit notes; absent on statements closed before credit notes existed. */
  creditedDeals?: CreditedDeal[];
  /** Records in another currency the quarter's figures count, each with its rate, quarter and amounts before and after. */
  conversions?: Conversion[];
  /** Records left out for want of a rate: "2 EUR deals not counted: no EUR rate for 2026-Q3". */
  notConverted?: string[];
  /** On a closed statement: converted amounts counted beyond what the record keeps (SNAPSHOT_LIMITS). */
  conversionsNotKept?: number;
}
