import type { Conflict } from '../../shared/domain/conflict';
import { entities, type EntityName } from '../../shared/domain/entities';
import { newId } from '../../shared/domain/ids';
import { parseHlc } from '../../shared/sync/hlc';
import type { FieldConflict } from './merge';

/** What a person calls a record, for "Partner Northwind: Tier" in the Conflict Center. */
export const rowLabelOf = (table: EntityName, data: Record<string, unknown>): string => {
  const named = ['name', 'title', 'subject', 'summary', 'quarter'].map((k) => data[k]).find((v) => typeof v === 'string' && v.trim() !== '');
  const label = entities[table].label;
  return (typeof named === 'string' ? `${label} ${named}` : label).slice(0, 300);
};

const wallTime = (hlc: string, fallback: string): string => {
  try {
    return new Date(parseHlc(hlc).wallMs).toISOString();
  } catch {
    return fallback;
  }
};

/** The conflict record for one field two people changed without seeing each other's change. */
export const conflictRecord = (
  table: EntityName,
  rowId: string,
  territoryId: string,
  rowData: Record<string, unknown>,
  conflict: FieldConflict,
  userName: (userId: string) => string,
  nowIso: string,
): Conflict => {
  const side = (s: FieldConflict['kept']) => ({
    value: s.value === undefined ? null : s.value,
    hlc: s.meta.hlc,
    userId: s.meta.userId,
    userName: userName(s.meta.userId),
    at: wallTime(s.meta.hlc, nowIso),
  });
  return {
    id: newId(),
    territoryId,
    updatedAt: nowIso,
    deleted: false,
    table,
    rowId,
    field: conflict.field,
    rowLabel: rowLabelOf(table, rowData),
    kept: side(conflict.kept),
    lost: side(conflict.lost),
    status: 'open',
  };
};
