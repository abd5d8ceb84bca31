import { entities, isEntityName, serverMadeTables, type EntityName } from '../../shared/domain/entities';
import { fieldMap, validate } from '../../shared/domain/validation';
import type { Mutation } from '../../shared/sync/protocol';
import { ALL_FIELDS, type StoredRow } from './rows';
import { writeRefusal, type Scope } from './scope';
import { SERVER_CLIENT } from './server-writes';

/**
 * Records that carry authority (conflict records, closed incentive
 * statements) are made by the server alone (DESIGN §5). A device may only act
 * on one the server made, in the one way `userPatch` allows (restore or
 * dismiss a conflict; approve or pay a statement), and acting on a conflict is
 * checked as the acting user's own write of the record it is about: a
 * manager cannot settle a conflict over program-wide rules or another
 * territory's partner, whoever forged or made it.
 */
export interface ServerMadeRefusal {
  code: 'forbidden' | 'bad_request';
  reason: string;
  fields?: Record<string, string>;
}

const madeByServer = (row: StoredRow): boolean => row.fields[ALL_FIELDS]?.clientId === SERVER_CLIENT;

export const serverMadeRefusal = (m: Mutation, stored: StoredRow | undefined, scope: Scope): ServerMadeRefusal | undefined => {
  const rule = serverMadeTables[m.table];
  if (!rule) return undefined;
  const label = entities[m.table].label.toLowerCase();
  if (m.op === 'delete' || !stored || !madeByServer(stored)) {
    return { code: 'forbidden', reason: `The server makes ${label} records; a device can only act on one the server recorded.` };
  }
  const checked = validate(rule.userPatch, m.patch);
  if (!checked.ok) {
    const fields = fieldMap(checked.errors);
    return { code: 'bad_request', reason: `The ${label} was not changed: ${Object.values(fields).join('; ')}`, fields };
  }
  // A conflict is about another record, and acting on it is a write of that one; other server-made
  // records (incentive statements) are their own, checked as such in the push's scope step.
  if (m.table !== 'conflicts') return undefined;
  const target = stored.data.table;
  const about: EntityName | undefined = typeof target === 'string' && isEntityName(target) ? target : undefined;
  const refusal = about ? writeRefusal(scope, about, stored.territoryId) : 'This conflict is about a record the server does not know.';
  return refusal ? { code: 'forbidden', reason: refusal } : undefined;
};
