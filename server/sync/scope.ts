import { GLOBAL_TERRITORY } from '../../shared/domain/common';
import { entities, entityNames, type EntityName } from '../../shared/domain/entities';
import type { Caller } from '../auth/users';

/**
 * Who may read and write where (DESIGN §5, §8). Everyone reads `global`;
 * only HQ writes it, and only HQ writes the program-wide tables. A manager
 * reads and writes the territories assigned to them, nothing else.
 */
export const hqOnlyTables: ReadonlySet<EntityName> = new Set(['territories', 'certificationPrograms', 'tierRuleSets', 'incentivePrograms', 'programSettings', 'incentiveStatements', 'ruleChanges']);

/** Tables whose rows belong to a partner (they carry `partnerId`) and follow it between territories. */
export const partnerChildTables: EntityName[] = entityNames.filter((name) => {
  const schema = entities[name].schema as unknown as { shape?: Record<string, unknown> };
  return name !== 'partners' && schema.shape !== undefined && 'partnerId' in schema.shape;
});

export interface Scope {
  caller: Caller;
  /** Territories the caller works (HQ: every existing one), without `global`. */
  territories: ReadonlySet<string>;
}

export const canRead = (scope: Scope, territoryId: string): boolean =>
  territoryId === GLOBAL_TERRITORY || scope.territories.has(territoryId);

/** Why the caller may not write a row of `table` into `territoryId`, or undefined when they may. */
export const writeRefusal = (scope: Scope, table: EntityName, territoryId: string): string | undefined => {
  if (scope.caller.role === 'hq') return undefined;
  if (hqOnlyTables.has(table)) return `Only HQ can change ${entities[table].label.toLowerCase()} records.`;
  if (territoryId === GLOBAL_TERRITORY) return 'Only HQ can change program-wide records.';
  if (!scope.territories.has(territoryId)) return 'This record belongs to a territory you do not work.';
  return undefined;
};
