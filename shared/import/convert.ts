import type { ColumnMapping } from './column-mapping';
import { normalizeExternalId } from './external-id';
import { importFields, type ImportEntity, type ImportFieldSpec } from './fields';
import { SKIP_ROW } from './known-values';
import { parseAmount } from './normalize/amount';
import { parseBoolean } from './normalize/boolean';
import { detectDateOrder, parseDate, parseDateTime, type DateFormatGuess, type DateOrder } from './normalize/date';
import type { Parsed } from './normalize/parsed';
import { websiteAddress } from './normalize/website';
import { assembleRecord, checkRecord, type ImportContext } from './records';
import type { RowError } from './row-error';
import { cellText, type CellValue, type ImportRow, type ImportTable } from './table';
import { mappedValue, type ValueMapping } from './value-mapping';

/** What a row says about the records it relates to; the planner finds them among the file's and the stored ones. */
export interface CandidateRefs {
  partnerExternalId?: string;
  partnerName?: string;
  contactExternalId?: string;
  contactEmail?: string;
  program?: string;
}

/** One row read, normalized and checked: what it would store, never yet matched. */
export interface Candidate {
  rowNumber: number;
  /** The record's id in the source CRM, normalized (Salesforce: 15 characters). */
  externalId?: string;
  /** Our fields the file fills, normalized; a blank cell leaves its field out, so a stored value is kept. */
  fields: Record<string, unknown>;
  refs: CandidateRefs;
}

export interface SkippedRow {
  rowNumber: number;
  reason: string;
}

export interface Conversion {
  entity: ImportEntity;
  source: string;
  /** The mapping the rows were read with, so later errors can name the file's column too. */
  mapping: ColumnMapping;
  candidates: Candidate[];
  errors: RowError[];
  skipped: SkippedRow[];
  /** The date order used, detected from the date columns unless the caller confirmed one; the dialog asks when `ambiguous`. */
  dateFormat: DateFormatGuess;
}

export interface ConvertOptions {
  mapping: ColumnMapping;
  values: ValueMapping;
  context: ImportContext;
  /** The order the user confirmed; detected from the file when absent. */
  dateOrder?: DateOrder;
  /** The program's currency: an amount that names another is an error, never silently taken as this one. */
  currency?: string;
  decimalMark?: '.' | ',';
}

const refFields = new Set(['partnerExternalId', 'partnerName', 'contactExternalId', 'contactEmail', 'program']);
const nameParts = new Set(['firstName', 'lastName']);

/** Placeholders the row is checked with before its relations are found: the planner puts the real ids in. */
const pendingRelations = (entity: ImportEntity, refs: CandidateRefs): Record<string, unknown> => {
  const partner = refs.partnerExternalId || refs.partnerName ? 'pending-partner' : null;
  switch (entity) {
    case 'partners':
      return {};
    case 'opportunities':
      return { partnerId: partner };
    case 'certifications':
      return { partnerId: 'pending-partner', contactId: 'pending-contact', programId: 'pending-program' };
    default:
      return { partnerId: 'pending-partner' };
  }
};

const readCell = (spec: ImportFieldSpec, cell: CellValue, options: ConvertOptions, order: DateOrder): Parsed<unknown> => {
  const text = cellText(cell);
  switch (spec.kind) {
    case 'amount': {
      const amount = parseAmount(cell, options.decimalMark ? { decimalMark: options.decimalMark } : {});
      if (!amount.ok) return amount;
      const currency = options.currency ?? 'USD';
      if (amount.value.currency && amount.value.currency !== currency) {
        return { ok: false, problem: `is in ${amount.value.currency}, but the program's amounts are in ${currency}` };
      }
      return { ok: true, value: amount.value.cents };
    }
    case 'date':
      return parseDate(cell, order);
    case 'datetime':
      return parseDateTime(cell, order);
    case 'website': {
      const address = websiteAddress(text);
      return address ? { ok: true, value: address } : { ok: false, problem: `is not a web address: "${text}"` };
    }
    case 'boolean':
      return parseBoolean(cell);
    case 'choice': {
      const value = mappedValue(options.values, spec.field, text);
      // An owner the workspace does not know is not the row's fault: the importing user owns the partner instead.
      if ((value === undefined || value === null) && spec.field === 'ownerUserId') return { ok: true, value: undefined };
      if (value === undefined || value === null) return { ok: false, problem: `"${text}" is not mapped to one of ours yet: choose a value for it in the value mapping` };
      return { ok: true, value };
    }
    default:
      return { ok: true, value: text };
  }
};

/** The column a field's error points at: the field's own, or the one the value was made from. */
export const columnFor = (mapping: ColumnMapping, field: string): string | null => {
  const top = field.split('.')[0]!;
  if (top === 'attributes') return mapping.fields.partnerType ?? null;
  if (top === 'name' && !mapping.fields.name) return mapping.fields.lastName ?? mapping.fields.firstName ?? null;
  if (top === 'partnerId') return mapping.fields.partnerExternalId ?? mapping.fields.partnerName ?? null;
  return mapping.fields[top] ?? null;
};

const convertRow = (
  row: ImportRow,
  table: ImportTable,
  options: ConvertOptions,
  order: DateOrder,
): { candidate: Candidate } | { errors: RowError[] } | { skip: string } => {
  const { mapping } = options;
  const fields: Record<string, unknown> = {};
  const refs: CandidateRefs = {};
  const errors: RowError[] = [];
  let externalId: string | undefined;
  for (const spec of importFields[mapping.entity]) {
    const header = mapping.fields[spec.field];
    if (header === undefined) continue;
    const cell = row.cells[table.headers.indexOf(header)] ?? null;
    if (cell === null) continue;
    if (spec.kind === 'choice' && mappedValue(options.values, spec.field, cellText(cell)) === SKIP_ROW) {
      return { skip: `${header} is "${cellText(cell)}", which the value mapping leaves out` };
    }
    const value = readCell(spec, cell, options, order);
    if (!value.ok) {
      errors.push({ rowNumber: row.rowNumber, column: header, field: spec.field, message: `${spec.label} ${value.problem}` });
      continue;
    }
    if (value.value === undefined) continue;
    if (spec.field === 'externalId') externalId = normalizeExternalId(mapping.source, String(value.value));
    else if (refFields.has(spec.field)) {
      const ref = String(value.value);
      refs[spec.field as keyof CandidateRefs] = spec.field === 'partnerExternalId' || spec.field === 'contactExternalId' ? normalizeExternalId(mapping.source, ref) : ref;
    } else fields[spec.field] = value.value;
  }
  if (mapping.entity === 'contacts' && fields.name === undefined && (fields.firstName !== undefined || fields.lastName !== undefined)) {
    fields.name = [fields.firstName, fields.lastName].filter(Boolean).join(' ');
  }
  for (const part of nameParts) delete fields[part];
  if (errors.length > 0) return { errors };
  const record = assembleRecord(mapping.entity, fields, pendingRelations(mapping.entity, refs), options.context, 'import-candidate');
  const checked = checkRecord(mapping.entity, record);
  if (!checked.ok) {
    return { errors: checked.errors.map((e) => ({ rowNumber: row.rowNumber, column: columnFor(mapping, e.field), field: e.field, message: e.message })) };
  }
  return { candidate: { rowNumber: row.rowNumber, ...(externalId ? { externalId } : {}), fields, refs } };
};

/** The date order for the file: the caller's, or the one every date column's values agree on. */
const fileDateFormat = (table: ImportTable, options: ConvertOptions): DateFormatGuess => {
  if (options.dateOrder) return { order: options.dateOrder, ambiguous: false, candidates: [options.dateOrder] };
  const columns = importFields[options.mapping.entity]
    .filter((spec) => spec.kind === 'date' || spec.kind === 'datetime')
    .map((spec) => options.mapping.fields[spec.field])
    .filter((header): header is string => header !== undefined)
    .map((header) => table.headers.indexOf(header))
    .filter((index) => index >= 0);
  return detectDateOrder(table.rows.flatMap((row) => columns.map((i) => row.cells[i] ?? null)));
};

/**
 * Every row of the table as a candidate record, an error list or a skip:
 * a row with any error yields no candidate at all, so nothing half-read is
 * ever planned; the other rows go on.
 */
export const convertRows = (table: ImportTable, options: ConvertOptions): Conversion => {
  const dateFormat = fileDateFormat(table, options);
  const conversion: Conversion = { entity: options.mapping.entity, source: options.mapping.source, mapping: options.mapping, candidates: [], errors: [], skipped: [], dateFormat };
  for (const row of table.rows) {
    const result = convertRow(row, table, options, dateFormat.order);
    if ('candidate' in result) conversion.candidates.push(result.candidate);
    else if ('errors' in result) conversion.errors.push(...result.errors);
    else conversion.skipped.push({ rowNumber: row.rowNumber, reason: result.skip });
  }
  return conversion;
};
