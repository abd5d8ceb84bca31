import { columnMappingSchema, valueMappingSchema, type ColumnMapping, type ValueMapping } from '../../shared/import';

/**
 * What `--mapping FILE` holds and `--print-mapping` writes: the column
 * mapping as shared/import serializes it, with the picklist value mapping
 * under `values` (optional when reading: values the file does not map get
 * the suggestions).
 */
export interface MappingFile extends ColumnMapping {
  values?: ValueMapping;
}

const mappingFileSchema = columnMappingSchema.extend({ values: valueMappingSchema.optional() });

/** A mapping file is a few kilobytes; anything far larger is not one. */
const MAX_MAPPING_BYTES = 1_000_000;

/** Reads a mapping file's text; `problem` is for the user, naming the flag, when it is not one. */
export const parseMappingFile = (text: string, name: string): { ok: true; mapping: MappingFile } | { ok: false; problem: string } => {
  if (text.length > MAX_MAPPING_BYTES) return { ok: false, problem: `--mapping ${name} is too large to be a mapping file.` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `--mapping ${name} is not JSON: ${(error as Error).message}` };
  }
  const parsed = mappingFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(the file)'}: ${i.message}`);
    return { ok: false, problem: `--mapping ${name} is not a column mapping (${issues.join('; ')}). Write one with --print-mapping and edit it.` };
  }
  return { ok: true, mapping: parsed.data };
};

export const mappingFileText = (mapping: ColumnMapping, values: ValueMapping): string => `${JSON.stringify({ ...mapping, values } satisfies MappingFile, null, 2)}\n`;
