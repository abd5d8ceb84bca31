import { createContext, useContext } from 'react';
import type { ClaimOptions, Imports, Reads, RefusedChanges, Repository, TableSnapshot } from '../db';
import type { Partner } from '../../shared/domain/partner';
import type { Platform } from '../platform';
import type { HqActions } from '../sync/hq-actions';
import type { SyncStatusStore } from '../sync/status-store';

/**
 * What every screen works on: the reads and watchers of the store, the
 * repository to write, and the sync status to show. Never the store's handle:
 * every write goes through the repository (DESIGN §3, §4; lint enforces it).
 */
export interface Workspace {
  reads: Reads;
  repo: Repository;
  /** The changes the server refused, kept for the user to send again or discard (Needs attention). */
  refused: RefusedChanges;
  /**
   * Every live partner, read when the workspace opens and kept current: the
   * list, the command palette and the QBR picker share it, and the cold start
   * reads the partners while the rest of the app boots.
   */
  partners: TableSnapshot<Partner>;
  sync: SyncStatusStore;
  /** CRM imports: the store a plan compares against, saved mappings, applying a plan in chunks, the record of each import and its undo. */
  imports: Imports;
  /** The host: secrets, saving files (Electron's bridge or the browser). */
  platform: Platform;
  /** Acts the server performs for HQ (closing statements); null in the demo, which has no server. */
  hq: HqActions | null;
  /** The generated demo workspace, no server: the role can be switched to show HQ screens. */
  demo: boolean;
  /** Reads this device's own origin and offers it as the server; see sign-in. */
  defaultServerUrl: string;
  /**
   * Signs in against a server; in demo mode this is where the sync wiring is
   * dropped in. `options.discardRefused` is the user's word that another
   * user's refused changes on this device may go (store-owner.ts).
   */
  signIn(serverUrl: string, email: string, password: string, options?: ClaimOptions): Promise<void>;
}

const WorkspaceContext = createContext<Workspace | null>(null);
export const WorkspaceProvider = WorkspaceContext.Provider;

export const useWorkspace = (): Workspace => {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside WorkspaceProvider');
  return workspace;
};
