import { z } from 'zod';
import { columnMappingSchema } from '../import/column-mapping';
import { importEntities } from '../import/fields';
import { valueMappingSchema } from '../import/value-mapping';
import { boundedText, idSchema, isoDateTimeSchema, requiredText, syncFields } from './common';

/**
 * The record of one CRM import (DESIGN §2, "Import"; issue 13): who imported
 * which file, with which mappings, when, what it did and how far it got.
 * Synced, so HQ sees the imports and another device's next import of the
 * same source knows what the CRM said last time. It lives in the territory
 * the records were imported into, checked like any record there.
 *
 * What the import wrote per record (ids, the file's values, the values its
 * patches replaced, for undo) is too much for one record at 50,000 rows, so
 * it goes in parts (`importRunParts`), each written in the same transaction
 * as the records it describes.
 */

/** Longest a saved column mapping may be as JSON text (a few dozen fields, headers of 500 characters at most). */
export const MAX_IMPORT_MAPPING_TEXT = 20_000;
/** Longest a value mapping may be as JSON text; a longer one (thousands of owner names) is not kept with the record. */
export const MAX_IMPORT_VALUES_TEXT = 60_000;
/**
 * Longest one part's entries may be as JSON text. Six bytes a character at the
 * very worst (every character escaped), so a part stays inside one push (1 MB).
 */
export const MAX_IMPORT_PART_TEXT = 150_000;

/**
 * Text that is JSON of the given shape, at most `max` characters: a plain
 * JSON value kept whole, with its bound stated in characters. The schema is
 * checked on every save, on the device and on the server.
 */
const jsonText = (schema: z.ZodType, max: number, what: string) =>
  boundedText(max).refine(
    (text) => {
      try {
        return schema.safeParse(JSON.parse(text)).success;
      } catch {
        return false;
      }
    },
    { error: `must be ${what} as JSON` },
  );

export const importRunStatuses = ['applying', 'applied', 'cancelled', 'failed', 'undone'] as const;
export type ImportRunStatus = (typeof importRunStatuses)[number];

const count = z.number().int().min(0);

export const importRunSchema = z.object({
  ...syncFields,
  /** Who imported. */
  userId: idSchema,
  fileName: requiredText(255),
  /** `salesforce`, `hubspot`, `generic` or a saved mapping's name: what the records keep as `importSource`. */
  source: requiredText(60),
  entity: z.enum(importEntities),
  /** The column mapping used (`ColumnMapping`), as JSON text. */
  mapping: jsonText(columnMappingSchema, MAX_IMPORT_MAPPING_TEXT, 'a column mapping'),
  /** The value mapping used (`ValueMapping`), as JSON text; null when it was longer than MAX_IMPORT_VALUES_TEXT. */
  values: jsonText(valueMappingSchema, MAX_IMPORT_VALUES_TEXT, 'a value mapping').nullable(),
  startedAt: isoDateTimeSchema,
  /** Null while applying. */
  finishedAt: isoDateTimeSchema.nullable(),
  status: z.enum(importRunStatuses),
  /** Rows to write or check (new, updated, unchanged), and how many of them are done: how far it got. */
  total: count,
  done: count,
  /** What the import did so far; skipped includes possible duplicates no one decided. */
  counts: z.object({ new: count, updated: count, unchanged: count, skipped: count, errors: count }),
  /** Parts written (importRunParts with this runId, numbered 0…parts-1): a device holding fewer has not pulled them all yet. */
  parts: count,
  /** Why it failed, in words. */
  error: boundedText(2_000).nullable(),
  undoneAt: isoDateTimeSchema.nullable(),
});
export type ImportRun = z.infer<typeof importRunSchema>;

/**
 * What the import did to one record: made it, patched it, or found it as the
 * file says; or, written by its undo, `restored`: gave a patched record its
 * earlier values back.
 */
export const importRunEntrySchema = z.object({
  /** The record's id. */
  id: idSchema,
  /** The file's row, as the user counts it. */
  row: z.number().int().min(1),
  outcome: z.enum(['new', 'updated', 'unchanged', 'restored']),
  /** The `updatedAt` the import's write (or its undo's) gave the record: a different one later means someone changed it since. */
  writtenAt: isoDateTimeSchema.optional(),
  /**
   * The record's `updatedAt` before an update patched it; on a `restored`
   * entry, the one the record is back at. So undoing an earlier import after a
   * later one was undone still finds its records unchanged.
   */
  before: isoDateTimeSchema.optional(),
  /** The row's values for our fields (the plan's fileValues): the next import's `lastImported`. */
  fileValues: z.record(z.string(), z.json()),
  /** An update's replaced values, per patched field; the fields that had none are in `absent`. */
  previous: z.record(z.string(), z.json()).optional(),
  absent: z.array(z.string()).optional(),
});
export type ImportRunEntry = z.infer<typeof importRunEntrySchema>;

/** One part of an import's record: the entries of a run of rows, written with them. */
export const importRunPartSchema = z.object({
  ...syncFields,
  runId: idSchema,
  /** 0, 1, 2…: the order the parts were written in. */
  index: count,
  /** `ImportRunEntry[]` as JSON text. */
  entries: jsonText(z.array(importRunEntrySchema), MAX_IMPORT_PART_TEXT, 'a list of import entries'),
});
export type ImportRunPart = z.infer<typeof importRunPartSchema>;
