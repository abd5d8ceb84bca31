import type { Commitment } from '../../domain/activity';
import { quarterText, type QuarterLabel } from '../../domain/quarter';
import type { PackContext } from '../context';

export interface CommitmentsSection {
  quarter: QuarterLabel;
  items: Pick<Commitment, 'description' | 'ownerSide' | 'ownerName' | 'dueOn' | 'status'>[];
  /** How many are done, for the headline ("3 of 4 done"). */
  done: number;
  noData: string | null;
}

/** The commitments reviewed in one quarter, by due date. */
export const buildCommitments = (ctx: PackContext, quarter: QuarterLabel): CommitmentsSection => {
  const items = ctx.commitments
    .filter((c) => c.quarter === quarter)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.description.localeCompare(b.description))
    .map(({ description, ownerSide, ownerName, dueOn, status }) => ({ description, ownerSide, ownerName, dueOn, status }));
  return {
    quarter,
    items,
    done: items.filter((c) => c.status === 'done').length,
    noData: items.length === 0 ? `No commitments are recorded for ${quarterText(quarter, ctx.calendar)}.` : null,
  };
};
