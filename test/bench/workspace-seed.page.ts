import { bulkLoad, openPartnerDeskDb } from '../../renderer/db';
import { countRecords, loadSet } from '../../shared/demo';

/**
 * Runs on the web build's own origin, so it fills the very IndexedDB the app
 * opens ('partner-desk'): the load set stands in for a synced 10k-partner
 * territory, and the app then starts on it as it would on a manager's laptop.
 */
(window as unknown as { seedWorkspace: (asOf: string) => Promise<number> }).seedWorkspace = async (asOf) => {
  const workspace = loadSet(asOf);
  const db = openPartnerDeskDb('partner-desk');
  await bulkLoad(db, workspace.records);
  db.close();
  return countRecords(workspace);
};
