import type { RejectedChange } from '../../db';
import type { RefusedOnSwitch } from './RefusedOnSwitchDialog';

export interface SignInTarget {
  /** The workspace signed in now: a demo never has refused changes. */
  demo: boolean;
  currentServer: string;
  currentEmail: string | null;
  targetServer: string;
  targetEmail: string;
  /** The current workspace's refused changes. */
  changes: readonly RejectedChange[];
}

/** What the sign-in warning says, and whether going on tells the store the user agreed to their removal. */
export type AtStake = RefusedOnSwitch & { discardRefused: boolean };

const hostOf = (url: string) => new URL(url).host;

/**
 * The current workspace's refused changes a sign-in would take from the
 * user, or null when it would not: signing in again as the same user keeps
 * them. Another user on this server clears this very store (so going on is
 * the user's word that they may go); another server opens a store of its own,
 * and they stay behind here, out of sight, so nothing is to be agreed to.
 */
export const refusedAtStake = (sign: SignInTarget): AtStake | null => {
  if (sign.demo || sign.changes.length === 0) return null;
  const otherServer = hostOf(sign.targetServer) !== hostOf(sign.currentServer);
  const otherUser = sign.currentEmail !== null && sign.currentEmail.toLowerCase() !== sign.targetEmail.trim().toLowerCase();
  if (!otherServer && !otherUser) return null;
  return {
    changes: sign.changes,
    owner: sign.currentEmail ?? 'the previous user',
    server: sign.currentServer,
    consequence: otherServer ? 'left' : 'removed',
    discardRefused: !otherServer,
  };
};
