import { newId as defaultNewId } from '../domain/ids';
import type { Activity } from '../domain/activity';
import type { Certification, CertificationProgram } from '../domain/certification';
import type { Opportunity } from '../domain/opportunity';
import type { Contact } from '../domain/contact';
import type { Partner } from '../domain/partner';
import type { PartnerType } from '../domain/common';
import type { FieldError } from '../domain/validation';
import { columnFor, type Candidate, type Conversion } from './convert';
import type { ImportEntity } from './fields';
import { normalizeExternalId } from './external-id';
import { matchKeys, type MatchReason } from './match-keys';
import { normalizeName } from './normalize/name';
import { websiteDomain } from './normalize/website';
import { assembleRecord, checkRecord, emptyAttributes, type ImportContext, type ImportedRecord } from './records';
import { relationIndex } from './relations';
import type { RowError } from './row-error';
import { nameSimilarity, NEAR_SAME_NAME } from './similarity';

/**
 * The records an import compares against: plain arrays, from the local store
 * or the server. Only what the entity needs: partners for every entity (to
 * match or relate to), contacts and programs for certifications, and the
 * stored records of the entity imported. To relate rows to partners planned
 * in the same session (a workbook's Partners sheet before its Contacts
 * sheet), pass `[...stored, ...plannedRecords(partnersPlan, 'partners')]`.
 */
export interface ImportStore {
  partners?: readonly Partner[];
  contacts?: readonly Contact[];
  certificationPrograms?: readonly CertificationProgram[];
  certifications?: readonly Certification[];
  opportunities?: readonly Opportunity[];
  activities?: readonly Activity[];
}

/** A stored record (or an earlier row of the file) a row may be the same as. */
export interface DuplicateCandidate {
  reason: MatchReason;
  /** The stored record's id, or the id planned for an earlier new row of the same file. */
  id: string;
  name: string;
  /** Set when the other record is an earlier row of this file rather than a stored record. */
  rowNumber?: number;
  /** Name likeness 0–1, for near-same names. */
  similarity?: number;
}

/** The row's values for our fields as read from the file (relations resolved): what `lastImported` takes next time. */
export type FileValues = Readonly<Record<string, unknown>>;

/** The user's answer for a possible duplicate, by row number. Merge only into a stored record. */
export type DuplicateDecision = { action: 'merge'; into: string } | { action: 'create' } | { action: 'skip' };

export type PlannedRow =
  | { rowNumber: number; outcome: 'new'; record: ImportedRecord; fileValues: FileValues }
  | { rowNumber: number; outcome: 'update'; targetId: string; matchedBy: MatchReason; patch: Record<string, unknown>; fileValues: FileValues }
  | { rowNumber: number; outcome: 'unchanged'; targetId: string; matchedBy: MatchReason; fileValues: FileValues }
  | { rowNumber: number; outcome: 'skipped'; reason: string }
  | { rowNumber: number; outcome: 'error'; errors: RowError[] }
  | { rowNumber: number; outcome: 'possible-duplicate'; record: ImportedRecord; duplicates: DuplicateCandidate[]; fileValues: FileValues };

export type ImportOutcome = PlannedRow['outcome'];

export interface ImportSummary {
  rows: number;
  new: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: number;
  possibleDuplicates: number;
}

/** The dry run: what applying would do to every row, in file order. Nothing here is written. */
export interface ImportPlan {
  entity: ImportEntity;
  source: string;
  rows: PlannedRow[];
  summary: ImportSummary;
}

export interface PlanOptions {
  context: ImportContext;
  store: ImportStore;
  /**
   * What the last import from this source read for each record (record id →
   * the `fileValues` of its planned row, kept with the import's record). A
   * field is then written only where the CRM's value changed since, so an edit
   * a manager made in the app survives re-importing the same file.
   */
  lastImported?: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  decisions?: Readonly<Record<number, DuplicateDecision>>;
  /** Ids for new records; the store's own (UUIDv7) unless a test needs fixed ones. */
  newId?: () => string;
}

const link = (source: string, externalId: string): string => `${source}\u0000${externalId}`;

const isLinked = (record: Record<string, unknown>): boolean => typeof record.importSource === 'string' && typeof record.externalId === 'string';

/** Deep equality for stored JSON values: field values are plain data, so their JSON says whether they differ. */
const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields of `next` that differ from `stored`: what an update writes, and
 * nothing else, so an unchanged field keeps the edit a manager made in the
 * app. A website is compared by domain ("acme.com" is the stored
 * "https://www.acme.com/"), and the link to the CRM record is set only on a
 * record that has none (a record linked to another CRM keeps that link).
 */
const changedFields = (
  entity: ImportEntity,
  stored: Record<string, unknown>,
  fields: Record<string, unknown>,
  candidate: Candidate,
  source: string,
  lastImported: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> => {
  const patch: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (lastImported && Object.hasOwn(lastImported, field) && same(lastImported[field], value)) continue;
    if (field === 'website' && typeof value === 'string' && typeof stored.website === 'string' && websiteDomain(value) === websiteDomain(stored.website)) continue;
    if (!same(stored[field], value)) patch[field] = value;
  }
  if (candidate.externalId && !isLinked(stored)) {
    patch.importSource = source;
    patch.externalId = candidate.externalId;
  }
  // A direct deal that now has a partner needs the partner's role, which the schema asks for with it.
  if (entity === 'opportunities' && typeof patch.partnerId === 'string' && stored.partnerRole === null && patch.partnerRole === undefined) patch.partnerRole = 'influenced';
  if (entity === 'partners' && typeof patch.partnerType === 'string' && (stored.attributes as { partnerType?: string } | undefined)?.partnerType !== patch.partnerType) {
    patch.attributes = emptyAttributes(patch.partnerType as PartnerType);
  }
  return patch;
};

const displayName = (record: Record<string, unknown>): string => String(record.name ?? record.customerName ?? record.subject ?? record.email ?? record.id);

const summarize = (rows: readonly PlannedRow[]): ImportSummary => {
  const count = (outcome: ImportOutcome) => rows.filter((r) => r.outcome === outcome).length;
  return {
    rows: rows.length,
    new: count('new'),
    updated: count('update'),
    unchanged: count('unchanged'),
    skipped: count('skipped'),
    errors: count('error'),
    possibleDuplicates: count('possible-duplicate'),
  };
};

interface Known {
  id: string;
  record: Record<string, unknown>;
  /** An earlier new row of this file. */
  rowNumber?: number;
}

/**
 * Plans an import: each candidate is matched to a stored record by external
 * id, then by the entity's natural keys (partners: website domain, then
 * normalized name); a match that is not certain (several records share the
 * key, or the record is already linked to another record of the same CRM, or
 * a partner's name is only near-same) is a possible duplicate for the user
 * to decide. A second import of the same file plans every row unchanged.
 */
export const planImport = (conversion: Conversion, options: PlanOptions): ImportPlan => {
  const { entity, source } = conversion;
  const { context, store, decisions = {} } = options;
  const makeId = options.newId ?? defaultNewId;
  const storedRecords = (store[entity] ?? []) as readonly Record<string, unknown>[];
  const live: Known[] = storedRecords.filter((r) => r.deleted !== true).map((r) => ({ id: r.id as string, record: r }));
  const relations = relationIndex(source, store.partners ?? [], store.contacts ?? [], store.certificationPrograms ?? []);

  const byLink = new Map<string, Known>();
  // Stored ids are normalized too: a record linked before (or by another tool) may hold an 18-character Salesforce id.
  const storedLink = (r: Record<string, unknown>): string => link(r.importSource as string, normalizeExternalId(r.importSource as string, r.externalId as string));
  for (const known of live) if (isLinked(known.record)) byLink.set(storedLink(known.record), known);
  const keyIndexes = matchKeys[entity].map(({ key }) => {
    const index = new Map<string, Known[]>();
    for (const known of live) {
      const k = key(known.record);
      if (k) index.set(k, [...(index.get(k) ?? []), known]);
    }
    return index;
  });
  const nearSameNames = nearSameNameFinder(entity === 'partners' ? live : []);
  const seenIds = new Map<string, number>();
  /** Stored records already matched by a row's domain or name, and that row. */
  const matchedTargets = new Map<string, number>();
  const rows: PlannedRow[] = [
    ...conversion.errors.reduce((byRow, e) => byRow.set(e.rowNumber, [...(byRow.get(e.rowNumber) ?? []), e]), new Map<number, RowError[]>()).entries(),
  ].map(([rowNumber, errors]) => ({ rowNumber, outcome: 'error' as const, errors }));
  rows.push(...conversion.skipped.map((s) => ({ rowNumber: s.rowNumber, outcome: 'skipped' as const, reason: s.reason })));

  /**
   * The stored record the entity's natural keys find, tried in order. Certain
   * only when one stored record has the key, it is not another record of the
   * same CRM, and no earlier row took it; otherwise the records found are
   * possible duplicates.
   */
  const matchByKeys = (record: Record<string, unknown>, externalId: string | undefined): { target: Known; reason: MatchReason } | { duplicates: DuplicateCandidate[] } => {
    for (const [i, { key, reason }] of matchKeys[entity].entries()) {
      const k = key(record);
      const hits = k ? (keyIndexes[i]!.get(k) ?? []) : [];
      if (hits.length === 0) continue;
      const [hit] = hits as [Known];
      const otherRecordOfSource = isLinked(hit.record) && hit.record.importSource === source && storedLink(hit.record) !== link(source, externalId ?? '');
      // Two rows that find one stored record are two CRM records for one partner: the second is for the user to decide.
      const takenByEarlierRow = matchedTargets.has(hit.id);
      if (hits.length === 1 && hit.rowNumber === undefined && !otherRecordOfSource && !takenByEarlierRow) return { target: hit, reason };
      return { duplicates: hits.map((h) => ({ reason, id: h.id, name: displayName(h.record), ...(h.rowNumber === undefined ? {} : { rowNumber: h.rowNumber }) })) };
    }
    return { duplicates: [] };
  };

  const rowErrors = (rowNumber: number, errors: readonly FieldError[]): RowError[] =>
    errors.map((e) => ({ rowNumber, column: columnFor(conversion.mapping, e.field), field: e.field, message: e.message }));

  const remember = (known: Known): void => {
    matchKeys[entity].forEach(({ key }, i) => {
      const k = key(known.record);
      if (k) keyIndexes[i]!.set(k, [...(keyIndexes[i]!.get(k) ?? []), known]);
    });
  };

  const planUpdate = (candidate: Candidate, fields: Record<string, unknown>, target: Known, matchedBy: MatchReason): PlannedRow => {
    const patch = changedFields(entity, target.record, fields, candidate, source, options.lastImported?.get(target.id));
    if (Object.keys(patch).length === 0) return { rowNumber: candidate.rowNumber, outcome: 'unchanged', targetId: target.id, matchedBy, fileValues: fields };
    // The stored record with the patch must still be a valid record (a new close date before its created date is not).
    const checked = checkRecord(entity, { ...target.record, ...patch });
    if (!checked.ok) return { rowNumber: candidate.rowNumber, outcome: 'error', errors: rowErrors(candidate.rowNumber, checked.errors) };
    return { rowNumber: candidate.rowNumber, outcome: 'update', targetId: target.id, matchedBy, patch, fileValues: fields };
  };

  for (const candidate of conversion.candidates) {
    const { rowNumber } = candidate;
    const resolved = entity === 'partners' ? ({ ok: true, ids: {} } as const) : relations.resolve(candidate.refs, entity);
    if (!resolved.ok) {
      rows.push({ rowNumber, outcome: 'error', errors: [{ rowNumber, column: conversion.mapping.fields[resolved.ref] ?? null, field: resolved.field, message: resolved.reason }] });
      continue;
    }
    const fields = { ...candidate.fields, ...resolved.ids };
    if (candidate.externalId) {
      const earlier = seenIds.get(candidate.externalId);
      if (earlier !== undefined) {
        rows.push({ rowNumber, outcome: 'error', errors: [{ rowNumber, column: conversion.mapping.fields.externalId ?? null, field: 'externalId', message: `Id in the source CRM ${candidate.externalId} is also on row ${earlier}: a record can be imported once per file` }] });
        continue;
      }
      seenIds.set(candidate.externalId, rowNumber);
    }
    const id = makeId();
    const asNew = checkRecord(entity, {
      ...assembleRecord(entity, fields, {}, context, id),
      ...(candidate.externalId ? { importSource: source, externalId: candidate.externalId } : {}),
    });
    if (!asNew.ok) {
      rows.push({ rowNumber, outcome: 'error', errors: rowErrors(rowNumber, asNew.errors) });
      continue;
    }
    const decision = decisions[rowNumber];
    if (decision?.action === 'skip') {
      rows.push({ rowNumber, outcome: 'skipped', reason: 'The user chose to skip this possible duplicate' });
      continue;
    }
    if (decision?.action === 'merge') {
      const target = live.find((k) => k.id === decision.into);
      if (target) {
        rows.push(planUpdate(candidate, fields, target, 'chosen'));
        continue;
      }
    }

    const linked = candidate.externalId ? byLink.get(link(source, candidate.externalId)) : undefined;
    if (linked) {
      rows.push(planUpdate(candidate, fields, linked, 'external-id'));
      continue;
    }

    const newRecord = asNew.record as unknown as Record<string, unknown>;
    const found = matchByKeys(newRecord, candidate.externalId);
    if ('target' in found) {
      matchedTargets.set(found.target.id, rowNumber);
      rows.push(planUpdate(candidate, fields, found.target, found.reason));
      continue;
    }
    const duplicates = found.duplicates.length > 0 || entity !== 'partners' ? found.duplicates : nearSameNames(normalizeName(String(fields.name ?? '')));

    remember({ id, record: newRecord, rowNumber });
    if (duplicates.length > 0 && decision?.action !== 'create') rows.push({ rowNumber, outcome: 'possible-duplicate', record: asNew.record, duplicates, fileValues: fields });
    else rows.push({ rowNumber, outcome: 'new', record: asNew.record, fileValues: fields });
  }

  rows.sort((a, b) => a.rowNumber - b.rowNumber);
  return { entity, source, rows, summary: summarize(rows) };
};

/**
 * The records a plan would create, as the next step of the same session (or
 * the next import) sees them. `entity` says which ones the caller expects, and
 * is checked, so a contacts plan is never taken for partners.
 */
export const plannedRecords = <E extends ImportEntity>(plan: ImportPlan, entity: E): ImportedRecord<E>[] => {
  if (plan.entity !== entity) throw new Error(`The plan imports ${plan.entity}, not ${entity}`);
  return plan.rows.flatMap((r) => (r.outcome === 'new' ? [r.record as ImportedRecord<E>] : []));
};

/**
 * Finds stored partners whose names are near a row's. Only names that share
 * their first two letters are compared: a typo rarely hits the start, and
 * comparing every row with every stored partner would cost 10,000 × 10,000.
 */
const nearSameNameFinder = (live: readonly Known[]): ((name: string) => DuplicateCandidate[]) => {
  const byStart = new Map<string, { known: Known; name: string }[]>();
  for (const known of live) {
    const name = normalizeName(String(known.record.name ?? ''));
    byStart.set(name.slice(0, 2), [...(byStart.get(name.slice(0, 2)) ?? []), { known, name }]);
  }
  return (name) => {
    if (name.length < 2) return [];
    const found: DuplicateCandidate[] = [];
    for (const { known, name: other } of byStart.get(name.slice(0, 2)) ?? []) {
      // Lengths this far apart cannot reach the threshold: skip the edit distance.
      if (Math.abs(other.length - name.length) > (1 - NEAR_SAME_NAME) * Math.max(other.length, name.length)) continue;
      const similarity = nameSimilarity(name, other);
      if (similarity >= NEAR_SAME_NAME) found.push({ reason: 'near-same-name', id: known.id, name: String(known.record.name), similarity: Math.round(similarity * 100) / 100 });
    }
    return found.sort((a, b) => (b.similarity ?? 0) - (a.similarity ?? 0)).slice(0, 5);
  };
};
