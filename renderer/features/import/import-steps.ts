import {
  convertRows,
  detectSource,
  importFields,
  planImport,
  reuseColumnMapping,
  suggestColumnMapping,
  type ColumnMapping,
  type Conversion,
  type DateOrder,
  type DuplicateDecision,
  type ImportContext,
  type ImportEntity,
  type ImportFile,
  type ImportPlan,
  type ImportStore,
  type PlannedRow,
  type SourceDetection,
  type ValueMapping,
} from '../../../shared/import';

/**
 * The import dialog's steps and the data each one settles, as a reducer a
 * test drives without a screen: which entity, the file read, the column and
 * value mappings, the date order, the decisions on possible duplicates.
 * The plan is derived from these (planFor), never stored, so changing a
 * mapping can never leave a stale preview behind.
 */

export const importSteps = ['Choose file', 'Map columns', 'Map values', 'Preview and check', 'Summary', 'Apply'] as const;
export type ImportStep = 0 | 1 | 2 | 3 | 4 | 5;
export const APPLY_STEP: ImportStep = 5;

export const entityLabels: Record<ImportEntity, string> = {
  partners: 'Partners',
  contacts: 'Contacts',
  certifications: 'Certifications',
  opportunities: 'Opportunities',
  activities: 'Activities',
};

export interface ImportDraft {
  step: ImportStep;
  entity: ImportEntity;
  file: ImportFile | null;
  detection: SourceDetection | null;
  mapping: ColumnMapping | null;
  /** Headers a saved mapping named that this file lacks: their fields are asked again. */
  missing: string[];
  /** The column mapping came from the one saved for this source and entity. */
  reused: boolean;
  values: ValueMapping;
  /** The date order the user confirmed; the file's detected one when absent. */
  dateOrder?: DateOrder;
  decisions: Record<number, DuplicateDecision>;
}

const emptyValues: ValueMapping = { version: 1, fields: {} };

export const initialDraft = (entity: ImportEntity = 'partners'): ImportDraft => ({
  step: 0,
  entity,
  file: null,
  detection: null,
  mapping: null,
  missing: [],
  reused: false,
  values: emptyValues,
  decisions: {},
});

export type ImportAction =
  | { type: 'entity'; entity: ImportEntity }
  /** A file was read, or the entity changed under one: the columns start from `columns`. */
  | { type: 'columns'; file: ImportFile; entity: ImportEntity; columns: ColumnStart }
  | { type: 'map-column'; field: string; header: string | null }
  | { type: 'values'; values: ValueMapping }
  | { type: 'map-value'; field: string; value: string; ours: string | null }
  | { type: 'date-order'; order: DateOrder }
  | { type: 'decide'; rowNumber: number; decision: DuplicateDecision }
  | { type: 'go'; step: ImportStep };

export interface ColumnStart {
  detection: SourceDetection;
  mapping: ColumnMapping;
  missing: string[];
  reused: boolean;
}

/** Which export the file is, within the chosen entity's: the key a saved mapping is looked up by. */
export const detectFor = (file: ImportFile, entity: ImportEntity): SourceDetection => detectSource(file.table.headers, entity);

/** The entity a file looks like, so choosing a Salesforce contacts export switches the chooser to contacts. */
export const entityOfFile = (file: ImportFile, chosen: ImportEntity): ImportEntity => detectSource(file.table.headers).entity ?? chosen;

/** The mapping the columns step opens with: the one saved for this source and entity laid on the file, else the suggestion. */
export const columnStart = (file: ImportFile, entity: ImportEntity, saved: ColumnMapping | null): ColumnStart => {
  const detection = detectFor(file, entity);
  if (saved && saved.entity === entity) {
    const reused = reuseColumnMapping(saved, file.table.headers);
    return { detection, mapping: { ...reused.mapping, source: detection.source }, missing: reused.missing, reused: true };
  }
  const mapping = suggestColumnMapping(file.table.headers, { source: detection.source, entity, ...(detection.flavor ? { flavor: detection.flavor } : {}) });
  return { detection, mapping, missing: [], reused: false };
};

export const importReducer = (draft: ImportDraft, action: ImportAction): ImportDraft => {
  switch (action.type) {
    case 'entity':
      return { ...initialDraft(action.entity), file: draft.file };
    case 'columns':
      return {
        ...initialDraft(action.entity),
        file: action.file,
        detection: action.columns.detection,
        mapping: action.columns.mapping,
        missing: action.columns.missing,
        reused: action.columns.reused,
      };
    case 'map-column': {
      if (!draft.mapping) return draft;
      const fields = { ...draft.mapping.fields };
      if (action.header === null) delete fields[action.field];
      else fields[action.field] = action.header;
      // Another column can change every later answer: the decisions on duplicates are asked again.
      return { ...draft, mapping: { ...draft.mapping, fields }, decisions: {} };
    }
    case 'values':
      return { ...draft, values: action.values, decisions: {} };
    case 'map-value': {
      const field = { ...draft.values.fields[action.field], [action.value]: action.ours };
      return { ...draft, values: { ...draft.values, fields: { ...draft.values.fields, [action.field]: field } }, decisions: {} };
    }
    case 'date-order':
      return { ...draft, dateOrder: action.order, decisions: {} };
    case 'decide':
      return { ...draft, decisions: { ...draft.decisions, [action.rowNumber]: action.decision } };
    case 'go':
      return { ...draft, step: action.step };
  }
};

/** The fields a row cannot be stored without, by entity; a mapping that leaves one out cannot go on. */
const requiredFields: Record<ImportEntity, readonly (readonly string[])[]> = {
  partners: [['name'], ['partnerType']],
  contacts: [['name', 'firstName', 'lastName'], ['partnerExternalId', 'partnerName']],
  certifications: [['contactExternalId', 'contactEmail'], ['program']],
  opportunities: [['customerName'], ['stage']],
  activities: [['subject'], ['partnerExternalId', 'partnerName']],
};

const labelOf = (entity: ImportEntity, field: string): string => importFields[entity].find((f) => f.field === field)?.label ?? field;

/** What the mapping still lacks, in words: "Name", "Partner id in the source CRM or Partner name". */
export const missingFields = (mapping: ColumnMapping | null): string[] => missingGroups(mapping).map((anyOf) => anyOf.map((field) => labelOf(mapping!.entity, field)).join(' or '));

/** Each field of a required group no column fills, so the mapping step can say so on its line. */
export const missingFieldNames = (mapping: ColumnMapping | null): Set<string> => new Set(missingGroups(mapping).flat());

const missingGroups = (mapping: ColumnMapping | null): (readonly string[])[] =>
  mapping ? requiredFields[mapping.entity].filter((anyOf) => anyOf.every((field) => mapping.fields[field] === undefined)) : [];

/** Picklist values found in the file that have no value of ours yet: such rows are errors until one is chosen. */
export const unmappedValueCount = (values: ValueMapping): number =>
  Object.entries(values.fields).reduce((n, [field, byValue]) => n + (field === 'ownerUserId' ? 0 : Object.values(byValue).filter((v) => v === null).length), 0);

/** Rows applying would write or find as the file says: none, and there is nothing to apply. */
export const rowsToApply = (plan: ImportPlan): number => plan.summary.new + plan.summary.updated + plan.summary.unchanged;

/** Whether Next may leave the step: a file and a mapping with every field the records need; Apply only with a row to apply. */
export const canAdvance = (draft: ImportDraft, plan?: ImportPlan | null): boolean => {
  switch (draft.step) {
    case 0:
      return draft.file !== null && draft.mapping !== null;
    case 1:
      return missingFields(draft.mapping).length === 0;
    case 4:
      return plan !== undefined && plan !== null && rowsToApply(plan) > 0;
    default:
      return draft.step < APPLY_STEP;
  }
};

/** What a plan is made against: the stored records and what the last imports read, loaded when the preview opens. */
export interface PlanBasis {
  store: ImportStore;
  lastImported: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  context: ImportContext;
}

export interface Planned {
  conversion: Conversion;
  plan: ImportPlan;
}

/** The dry run for the draft as it stands: every row converted and matched, nothing written. */
export const planFor = (draft: ImportDraft, basis: PlanBasis, decisions: ImportDraft['decisions'] = draft.decisions): Planned | null => {
  if (!draft.file || !draft.mapping) return null;
  const conversion = convertRows(draft.file.table, {
    mapping: draft.mapping,
    values: draft.values,
    context: basis.context,
    ...(draft.dateOrder ? { dateOrder: draft.dateOrder } : {}),
  });
  const plan = planImport(conversion, { context: basis.context, store: basis.store, lastImported: basis.lastImported, decisions });
  return { conversion, plan };
};

export type PreviewRow = Extract<PlannedRow, { fileValues: unknown }>;

/** The first rows that would be stored or matched, as the preview shows them. */
export const previewRows = (plan: ImportPlan, count = 10): PreviewRow[] =>
  plan.rows.filter((row): row is PreviewRow => 'fileValues' in row).slice(0, count);

/** Our fields the preview shows: the mapped ones, relations by the field they fill, in the mapping step's order. */
export const previewFields = (mapping: ColumnMapping): string[] => {
  const shown = importFields[mapping.entity]
    .map((f) => f.field)
    .filter((field) => mapping.fields[field] !== undefined && !['partnerExternalId', 'partnerName', 'contactExternalId', 'contactEmail', 'program', 'firstName', 'lastName'].includes(field));
  const relations = { contacts: ['partnerId'], certifications: ['partnerId', 'contactId', 'programId'], opportunities: ['partnerId'], activities: ['partnerId'], partners: [] }[mapping.entity];
  const name = mapping.entity === 'contacts' && !shown.includes('name') && (mapping.fields.firstName || mapping.fields.lastName) ? ['name'] : [];
  return [...name, ...shown, ...relations];
};

/** Every problem the rows have, in file order. */
export const rowErrors = (plan: ImportPlan) => plan.rows.flatMap((row) => (row.outcome === 'error' ? row.errors : []));

/** The rows a user must decide on: possible duplicates as planned before any decision, so a decided row stays listed. */
export const duplicateRows = (undecided: ImportPlan) => undecided.rows.filter((row) => row.outcome === 'possible-duplicate');

/** The decision a row has, or none yet. */
export const decisionKey = (decision: DuplicateDecision | undefined): string =>
  decision === undefined ? '' : decision.action === 'merge' ? `merge:${decision.into}` : decision.action;

export const decisionOf = (key: string): DuplicateDecision | undefined => {
  if (key === 'create' || key === 'skip') return { action: key };
  if (key.startsWith('merge:')) return { action: 'merge', into: key.slice('merge:'.length) };
  return undefined;
};
