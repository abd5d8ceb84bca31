import type { PartnerType } from '../domain/common';
import type { IncentiveProgram } from '../domain/incentive-program';
import type { QuarterRange } from '../domain/quarter';
import { FAR_FUTURE, intersect, type Span } from './span';

export interface ProgramWindow {
  program: IncentiveProgram;
  /** The days of the quarter the program was in force (effective dates inclusive). */
  window: Span;
}

/** The live programs of the partner's type in force on any day of the quarter, earliest first. */
export const programsInQuarter = (
  programs: readonly IncentiveProgram[],
  partnerType: PartnerType,
  quarter: QuarterRange,
): ProgramWindow[] =>
  programs
    .filter((p) => !p.deleted && p.partnerType === partnerType)
    .flatMap((program) => {
      const window = intersect({ start: program.effectiveFrom, end: program.effectiveTo ?? FAR_FUTURE }, quarter);
      return window ? [{ program, window }] : [];
    })
    .sort((a, b) => (a.window.start === b.window.start ? 0 : a.window.start < b.window.start ? -1 : 1));
