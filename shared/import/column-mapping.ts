import { z } from 'zod';
import { importEntities, importFields, type ImportEntity } from './fields';
import { looseKey } from './header-key';
import { genericHeaders, headerProfiles, type ExportFlavor } from './known-headers';
import { profileFor, type ImportSource } from './sources';

/**
 * Which column of the file fills which field of ours. Plain JSON, so the
 * dialog saves it per source and the CLI reads it from `--mapping FILE`.
 * `source` is `salesforce`, `hubspot`, `generic` or a name the user gave a
 * saved mapping; it is also what imported records keep as `importSource`.
 */
export interface ColumnMapping {
  version: 1;
  source: string;
  entity: ImportEntity;
  /** Our field → the file's header. A field absent here is not imported: a stored value stays as it is. */
  fields: Record<string, string>;
}

export const columnMappingSchema = z.object({
  version: z.literal(1),
  source: z.string().trim().min(1).max(60),
  entity: z.enum(importEntities),
  fields: z.record(z.string().max(100), z.string().max(500)),
});

const sameHeader = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Every name a column for this field goes by in any export we know, for the loose fallback. */
const namesFor = (entity: ImportEntity, field: string, label: string): string[] => [
  field,
  label,
  ...(genericHeaders[field] ?? []),
  ...headerProfiles.filter((p) => p.entity === entity).flatMap((p) => p.columns.filter(([, f]) => f === field).map(([h]) => h)),
];

/**
 * The mapping the dialog starts from: the known export's own headers first
 * (exactly, in their priority order), then, for fields still open, any
 * header whose loose form matches a name the field goes by. One header
 * fills at most one field.
 */
export const suggestColumnMapping = (
  headers: readonly string[],
  target: { source: ImportSource; entity: ImportEntity; flavor?: ExportFlavor },
): ColumnMapping => {
  const fields: Record<string, string> = {};
  const used = new Set<string>();
  const take = (field: string, header: string): void => {
    fields[field] = header;
    used.add(header);
  };
  const profile = profileFor(target.source, target.flavor, target.entity);
  for (const [known, field] of profile?.columns ?? []) {
    const header = headers.find((h) => sameHeader(h, known));
    if (header && !fields[field] && !used.has(header)) take(field, header);
  }
  for (const spec of importFields[target.entity]) {
    if (fields[spec.field]) continue;
    const names = new Set(namesFor(target.entity, spec.field, spec.label).map(looseKey));
    const header = headers.find((h) => !used.has(h) && names.has(looseKey(h)));
    if (header) take(spec.field, header);
  }
  // A contact's full name is made from first and last name when the file has both and no single name column.
  if (target.entity === 'contacts' && fields.name && fields.firstName && fields.lastName) delete fields.name;
  return { version: 1, source: target.source, entity: target.entity, fields };
};

/** A saved mapping laid on a new file: fields whose column this file lacks are dropped and named, so the dialog can ask again. */
export const reuseColumnMapping = (saved: ColumnMapping, headers: readonly string[]): { mapping: ColumnMapping; missing: string[] } => {
  const fields: Record<string, string> = {};
  const missing: string[] = [];
  for (const [field, header] of Object.entries(saved.fields)) {
    const present = headers.find((h) => sameHeader(h, header));
    if (present) fields[field] = present;
    else missing.push(header);
  }
  return { mapping: { ...saved, fields }, missing };
};
