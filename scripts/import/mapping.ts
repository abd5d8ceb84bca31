import {
  detectSource,
  importFields,
  reuseColumnMapping,
  SKIP_ROW,
  suggestColumnMapping,
  suggestValueMapping,
  type ColumnMapping,
  type ImportEntity,
  type ImportFile,
  type ImportUser,
  type SourceDetection,
  type ValueMapping,
} from '../../shared/import';
import { UsageError } from './args';
import type { MappingFile } from './mapping-file';

export interface ChosenMapping {
  detection: SourceDetection;
  mapping: ColumnMapping;
  values: ValueMapping;
  /** Headers of the saved mapping this file does not have: those fields are not imported. */
  missing: string[];
}

/**
 * The mapping the import runs with, as the dialog starts it: the saved one
 * laid on this file's headers, or the suggestion for the detected source;
 * picklist values the saved mapping leaves open get the suggestions.
 */
export const chooseMapping = (file: ImportFile, entity: ImportEntity, saved: MappingFile | null, users: readonly ImportUser[]): ChosenMapping => {
  const { headers } = file.table;
  const detection = detectSource(headers, entity);
  if (saved && saved.entity !== entity) {
    throw new UsageError(`--mapping maps ${saved.entity}, but --type is ${entity}.`);
  }
  const { mapping, missing } = saved
    ? reuseColumnMapping({ version: saved.version, source: saved.source, entity: saved.entity, fields: saved.fields }, headers)
    : { mapping: suggestColumnMapping(headers, { source: detection.source, entity, ...(detection.flavor ? { flavor: detection.flavor } : {}) }), missing: [] };
  const values = suggestValueMapping(file.table, mapping, { users, ...(saved?.values ? { saved: saved.values } : {}) });
  return { detection, mapping, values, missing };
};

const labelOf = (entity: ImportEntity, field: string): string => importFields[entity].find((f) => f.field === field)?.label ?? field;

/** The mapping in words, one line a field, for stderr: what the user checks before trusting the counts. */
export const describeMapping = ({ mapping, values, missing }: ChosenMapping): string[] => {
  const lines = [`Column mapping (source "${mapping.source}", ${mapping.entity}):`];
  for (const [field, header] of Object.entries(mapping.fields)) lines.push(`  "${header}" → ${labelOf(mapping.entity, field)}`);
  if (Object.keys(mapping.fields).length === 0) lines.push('  (no column is mapped)');
  for (const [field, byValue] of Object.entries(values.fields)) {
    for (const [value, ours] of Object.entries(byValue)) {
      // An owner the workspace does not know is no error: the importing user owns the record (shared/import convert).
      const unmapped = field === 'ownerUserId' ? 'you (no such user here)' : 'not mapped (such rows are errors)';
      const to = ours === SKIP_ROW ? 'rows left out' : ours === null ? unmapped : ours;
      lines.push(`  ${labelOf(mapping.entity, field)} "${value}" → ${to}`);
    }
  }
  for (const header of missing) lines.push(`  The saved mapping's column "${header}" is not in this file: its field is not imported.`);
  lines.push('Save and edit it with --print-mapping > mapping.json, then pass --mapping mapping.json.');
  return lines;
};
