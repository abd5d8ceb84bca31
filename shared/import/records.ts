import type { EntityOf } from '../domain/entities';
import { entities } from '../domain/entities';
import type { PartnerAttributes } from '../domain/partner';
import { toFieldErrors, type FieldError } from '../domain/validation';
import type { PartnerType } from '../domain/common';
import type { ImportEntity } from './fields';

export type ImportedRecord<E extends ImportEntity = ImportEntity> = EntityOf<E>;

/**
 * What an import needs from the caller to make whole records: where they
 * live, whose they are, and when. Fields a CRM does not export (a partner's
 * tier, a contact's role) get the defaults here; a caller may set its own.
 */
export interface ImportContext {
  territoryId: string;
  /** Owner of new partners and author of new activities where the file names no one we know: usually the importing user. */
  userId: string;
  /** The import's instant (ISO), written as `updatedAt` and, as a day, as the default enrollment date. */
  now: string;
  /** Values for fields the file does not fill, per entity, e.g. `{ partners: { tier: 'silver' } }`. */
  defaults?: Partial<Record<ImportEntity, Record<string, unknown>>>;
}

/** The attributes a new partner of this type starts with: nothing recorded yet. */
export const emptyAttributes = (partnerType: PartnerType): PartnerAttributes => {
  switch (partnerType) {
    case 'isv':
      return { partnerType, integrations: [], jointCustomersUsingIntegration: 0, jointCustomers: 0 };
    case 'reseller':
      return { partnerType, productLines: [], renewalManagedCustomers: 0 };
    case 'oem':
      // The schema needs an embedded product; no CRM export has one, so it says so until the manager fills it in.
      return { partnerType, embeddedProduct: 'Not yet recorded', usageReports: [], minimumCommitmentCents: 0 };
    case 'si':
      return { partnerType, practiceSize: 0, certifiedConsultants: 0, competencyLevel: 'foundational', accountProtectionDays: 0 };
  }
};

/** The defaults for fields CRM exports do not carry. Relations (partnerId, contactId, programId) come from the planner. */
const builtInDefaults = (entity: ImportEntity, context: ImportContext, fields: Record<string, unknown>): Record<string, unknown> => {
  const today = context.now.slice(0, 10);
  switch (entity) {
    case 'partners':
      return { tier: 'registered', status: 'active', segment: 'mid-market', region: 'Unassigned', vertical: 'Unassigned', enrolledOn: today, firstCommercialActivityOn: null, ownerUserId: context.userId };
    case 'contacts':
      return { role: 'Contact', primary: false };
    case 'certifications': {
      // A certification with dates is one the contact earned; whether it still counts is the tier calculator's call.
      const expires = typeof fields.expiresOn === 'string' ? fields.expiresOn : null;
      return { issuedOn: null, expiresOn: null, status: expires ? (expires < today ? 'expired' : 'certified') : 'in-progress' };
    }
    case 'opportunities': {
      const close = typeof fields.closeOn === 'string' ? fields.closeOn : today;
      return { newCustomer: false, dealType: 'new-business', channel: 'direct', productLine: 'Unspecified', servicesAttachedCents: 0, createdOn: close < today ? close : today, registeredOn: null, protectionEndsOn: null };
    }
    case 'activities':
      return { kind: 'note', notes: '', authorUserId: context.userId };
  }
};

/**
 * What a new record holds in each field the file may leave out, for the
 * mapping step to say beside a field left unmapped: a value, or how it is
 * chosen (`you`: the importing user; `today`: the import's day; `derived`:
 * worked out from the row's other fields; `empty`). Read from the same
 * defaults `assembleRecord` uses, so the words cannot drift from what is stored.
 */
export type DefaultValue = { value: string | number | boolean } | { rule: 'you' | 'today' | 'derived' | 'empty' };

export const newRecordDefaults = (entity: ImportEntity, context: Pick<ImportContext, 'defaults'> = {}): Record<string, DefaultValue> => {
  const probe: ImportContext = { territoryId: '', userId: '\u0000you', now: '0001-01-03T00:00:00.000Z', ...context };
  const withDates = builtInDefaults(entity, probe, { expiresOn: '0001-01-02', closeOn: '0001-01-02' });
  const plain = builtInDefaults(entity, probe, {});
  const described: Record<string, DefaultValue> = {};
  for (const [field, value] of Object.entries({ ...plain, ...context.defaults?.[entity] })) {
    if (JSON.stringify(withDates[field]) !== JSON.stringify(plain[field])) described[field] = { rule: 'derived' };
    else if (value === probe.userId) described[field] = { rule: 'you' };
    else if (value === probe.now.slice(0, 10)) described[field] = { rule: 'today' };
    else if (value === null || value === '') described[field] = { rule: 'empty' };
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') described[field] = { value };
  }
  return described;
};

/**
 * The whole record a candidate would be stored as if new: defaults, then the
 * caller's, then what the file says, then the relations. Sync fields are
 * set for validation; the planner gives the record its id.
 */
export const assembleRecord = (
  entity: ImportEntity,
  fields: Record<string, unknown>,
  relations: Record<string, unknown>,
  context: ImportContext,
  id: string,
): Record<string, unknown> => {
  const record: Record<string, unknown> = {
    ...builtInDefaults(entity, context, fields),
    ...context.defaults?.[entity],
    ...fields,
    ...relations,
    id,
    territoryId: context.territoryId,
    updatedAt: context.now,
    deleted: false,
  };
  if (entity === 'partners' && typeof record.partnerType === 'string' && record.attributes === undefined) {
    record.attributes = emptyAttributes(record.partnerType as PartnerType);
  }
  if (entity === 'opportunities' && record.partnerRole === undefined) record.partnerRole = record.partnerId ? 'influenced' : null;
  return record;
};

export type RecordCheck<E extends ImportEntity> = { ok: true; record: ImportedRecord<E> } | { ok: false; errors: FieldError[] };

/** The record checked by the entity's own schema, the same one every save passes. */
export const checkRecord = <E extends ImportEntity>(entity: E, record: Record<string, unknown>): RecordCheck<E> => {
  const result = entities[entity].schema.safeParse(record, { reportInput: true });
  return result.success ? { ok: true, record: result.data as ImportedRecord<E> } : { ok: false, errors: toFieldErrors(result.error) };
};
