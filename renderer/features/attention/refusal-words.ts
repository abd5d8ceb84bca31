import { entities } from '../../../shared/domain/entities';
import type { RejectedChange } from '../../db';
import { isCreate } from '../../db';

/**
 * What a refusal means for the user, in plain words, and whether they can
 * mend it here. The server's own reason is shown as well (it names the
 * field and the limit); these words say what happened and what is left to do.
 */
export interface RefusalWords {
  /** What happened, in one sentence. */
  why: string;
  /** Whether "edit and send again" is offered, and if not, why only discard is. */
  resend: { offered: true } | { offered: false; because: string };
}

/** Codes whose cause is in the values themselves: the user can correct them and send again. */
const mendable = new Set(['bad_request', 'payload_too_large']);

const whyOf = (change: Pick<RejectedChange, 'code' | 'table'>, noun: string): string => {
  switch (change.code) {
    case 'not_found':
      return `This ${noun} is no longer yours to change: HQ may have moved it to a territory you do not work, or it was deleted.`;
    case 'forbidden':
      return `You may not make this change to the ${noun}.`;
    case 'bad_request':
      return 'The server did not accept a value in this change.';
    case 'payload_too_large':
      return 'This change is too large to sync.';
    default:
      return 'The server refused this change.';
  }
};

/** `recordHere`: the record the change was made to is on this device now (not gone, not out of the user's territories). */
export const refusalWords = (change: Pick<RejectedChange, 'code' | 'table' | 'op' | 'patch'>, recordHere: boolean): RefusalWords => {
  const noun = entities[change.table].label.toLowerCase();
  const why = whyOf(change, noun);
  if (change.op === 'delete') {
    return { why, resend: { offered: false, because: `A refused delete is not sent again from here: if the ${noun} should still go, delete it again from its page.` } };
  }
  if (!mendable.has(change.code)) {
    const because =
      change.code === 'not_found'
        ? `The ${noun} is not on this device any more, so the change cannot be sent again. Note what you need, then discard it; HQ can make the change.`
        : `Sending it again would be refused again. Note what you need, then discard it; HQ can make the change.`;
    return { why, resend: { offered: false, because } };
  }
  if (!recordHere && !isCreate(change)) {
    return { why, resend: { offered: false, because: `The ${noun} is not on this device any more (deleted, or moved out of your territories), so the change cannot be sent again.` } };
  }
  return { why, resend: { offered: true } };
};
