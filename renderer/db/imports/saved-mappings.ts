import { columnMappingSchema, valueMappingSchema, type ColumnMapping, type ImportEntity, type ValueMapping } from '../../../shared/import';
import type { PartnerDeskDb } from '../database';

/**
 * The mappings a user last confirmed for a source and entity, kept on this
 * device so the next file from the same CRM starts from them (issue 13:
 * "saved per source, reused next time"). Local and never synced: a mapping
 * describes the files this person exports, not a record of the program, and
 * it stays when another user signs in on the device.
 */
export interface SavedImportMapping {
  /** `columns|source|entity` or `values|source|entity`. */
  key: string;
  kind: 'columns' | 'values';
  source: string;
  entity: ImportEntity;
  mapping: ColumnMapping | ValueMapping;
  savedAt: string;
}

const keyOf = (kind: SavedImportMapping['kind'], source: string, entity: ImportEntity): string => `${kind}|${source}|${entity}`;

/** A saved mapping that no longer reads as one (an older app's, a damaged profile) is as good as none. */
export const savedColumnMapping = async (db: PartnerDeskDb, source: string, entity: ImportEntity): Promise<ColumnMapping | null> => {
  const row = await db.importMappings.get(keyOf('columns', source, entity));
  const parsed = columnMappingSchema.safeParse(row?.mapping);
  return parsed.success ? parsed.data : null;
};

export const saveColumnMapping = async (db: PartnerDeskDb, mapping: ColumnMapping, now: string): Promise<void> => {
  const checked = columnMappingSchema.parse(mapping);
  await db.importMappings.put({ key: keyOf('columns', checked.source, checked.entity), kind: 'columns', source: checked.source, entity: checked.entity, mapping: checked, savedAt: now });
};

export const savedValueMapping = async (db: PartnerDeskDb, source: string, entity: ImportEntity): Promise<ValueMapping | null> => {
  const row = await db.importMappings.get(keyOf('values', source, entity));
  const parsed = valueMappingSchema.safeParse(row?.mapping);
  return parsed.success ? parsed.data : null;
};

/** A value mapping names no source or entity of its own: the caller says which it belongs to. */
export const saveValueMapping = async (db: PartnerDeskDb, mapping: ValueMapping, target: { source: string; entity: ImportEntity }, now: string): Promise<void> => {
  const checked = valueMappingSchema.parse(mapping);
  await db.importMappings.put({ key: keyOf('values', target.source, target.entity), kind: 'values', source: target.source, entity: target.entity, mapping: checked, savedAt: now });
};
