import { PROGRAM_SETTINGS_ID, type ProgramSettings } from '../../shared/domain/program-settings';
import type { Mutation } from '../../shared/sync/protocol';
import type { Queryable } from '../store/db';
import { loadCollisionCandidates } from './registration-terms';
import type { RegistrationWork } from './registration-rules';
import { loadRows, rowKey, type StoredRow } from './rows';

/**
 * What a push's registration steps read besides the records they change,
 * loaded before any mutation runs (a mutation never waits on the database):
 * the program settings (who approves, for how long) and, for every deal in
 * the batch whose registration changes, the stored deals it may collide
 * with. A batch without a registration change pays nothing.
 */
export const loadRegistrationWork = async (tx: Queryable, mutations: readonly Mutation[], rows: Map<string, StoredRow>, today: string): Promise<RegistrationWork | undefined> => {
  const registering = mutations.filter((m) => m.table === 'opportunities' && 'registration' in m.patch);
  if (registering.length === 0) return undefined;
  const customers = registering.map((m) => {
    const stored = rows.get(rowKey(m.table, m.rowId))?.data;
    const name = m.patch.customerName ?? stored?.customerName;
    const domain = m.patch.customerDomain ?? stored?.customerDomain;
    return { customerName: typeof name === 'string' ? name : '', customerDomain: typeof domain === 'string' ? domain : null };
  });
  const [settingsRow] = await loadRows(tx, [{ tbl: 'programSettings', id: PROGRAM_SETTINGS_ID }]);
  const candidates = await loadCollisionCandidates(tx, customers, today);
  return {
    settings: settingsRow && !settingsRow.deleted ? (settingsRow.data as ProgramSettings) : null,
    candidates: new Map(candidates.map((row) => [row.id, row])),
  };
};
