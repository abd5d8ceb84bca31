import { quarterRangeText } from '../../domain/quarter';
import type { Activity } from '../../domain/activity';
import type { PackContext } from '../context';

export interface VisitRow {
  /** ISO date. */
  on: string;
  kind: Activity['kind'];
  subject: string;
  notes: string;
  /** The commitments agreed there, as the partner heard them. */
  decisions: string[];
  sharedWithPartner: boolean;
}

export interface VisitsSection {
  visits: VisitRow[];
  noData: string | null;
}

/**
 * This quarter's visits, calls and notes, with what was agreed at each. The
 * partner pack shows only the notes the manager marked to share: an
 * unmarked note (older records have no mark) is the vendor's own and stays
 * out; the internal review shows both and says which is which.
 */
export const buildVisits = (ctx: PackContext): VisitsSection => {
  const day = (a: Activity) => a.occurredAt.slice(0, 10);
  const visits = ctx.activities
    .filter((a) => day(a) >= ctx.quarter.start && day(a) <= ctx.asOf)
    .filter((a) => ctx.audience === 'internal' || a.sharedWithPartner === true)
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
    .map((a): VisitRow => ({
      on: day(a),
      kind: a.kind,
      subject: a.subject,
      notes: a.notes.trim(),
      decisions: ctx.commitments.filter((c) => c.activityId === a.id).map((c) => `${c.description} (${c.ownerName}, by ${c.dueOn})`),
      sharedWithPartner: a.sharedWithPartner === true,
    }));
  return {
    visits,
    noData: visits.length === 0 ? `No notes from the meetings of ${quarterRangeText(ctx.quarter)} are marked to share with the partner yet.` : null,
  };
};
