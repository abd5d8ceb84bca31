import { activityKinds } from '../domain/activity';
import { certificationStatuses } from '../domain/certification';
import { partnerTypes, tiers } from '../domain/common';
import { fieldLabels } from '../domain/field-labels';
import { partnerRoles, opportunityStages } from '../domain/opportunity';
import { lifecycleStatuses, segments } from '../domain/partner';

/** What a file can bring in: one entity per file, as CRMs export one object per file. */
export const importEntities = ['partners', 'contacts', 'certifications', 'opportunities', 'activities'] as const;
export type ImportEntity = (typeof importEntities)[number];

/**
 * How a file's cell becomes a field's value: `text` as it stands; `amount`
 * to cents; `date`/`datetime` in the file's detected date order; `website`
 * to an https address; `choice` through the value mapping; `boolean` from
 * yes/no words; `reference` is kept as text to find a related record by.
 */
export type ImportFieldKind = 'text' | 'amount' | 'date' | 'datetime' | 'website' | 'choice' | 'boolean' | 'reference';

export interface ImportFieldSpec {
  field: string;
  label: string;
  kind: ImportFieldKind;
  /** A choice field's values; `ownerUserId` takes its options (the users) from the caller. */
  options?: readonly string[];
}

/** Fields only an import has: they find the record or its partner and are never stored as such. */
const importOnlyLabels: Record<string, string> = {
  partnerExternalId: 'Partner id in the source CRM',
  partnerName: 'Partner name',
  contactExternalId: 'Contact id in the source CRM',
  contactEmail: 'Contact email',
  program: 'Certification program (name or code)',
  firstName: 'First name',
  lastName: 'Last name',
};

const spec = (field: string, kind: ImportFieldKind, options?: readonly string[]): ImportFieldSpec => ({
  field,
  label: importOnlyLabels[field] ?? fieldLabels[field] ?? field,
  kind,
  ...(options ? { options } : {}),
});

const partnerRef = [spec('partnerExternalId', 'reference'), spec('partnerName', 'reference')];

/** Our fields a column can fill, per entity, in the order the mapping step lists them. */
export const importFields: Record<ImportEntity, readonly ImportFieldSpec[]> = {
  partners: [
    spec('externalId', 'text'),
    spec('name', 'text'),
    spec('website', 'website'),
    spec('partnerType', 'choice', partnerTypes),
    spec('tier', 'choice', tiers),
    spec('status', 'choice', lifecycleStatuses),
    spec('segment', 'choice', segments),
    spec('region', 'text'),
    spec('vertical', 'text'),
    spec('ownerUserId', 'choice'),
    spec('enrolledOn', 'date'),
    spec('revenueTargetCents', 'amount'),
    spec('notes', 'text'),
  ],
  contacts: [
    spec('externalId', 'text'),
    ...partnerRef,
    spec('name', 'text'),
    spec('firstName', 'text'),
    spec('lastName', 'text'),
    spec('role', 'text'),
    spec('email', 'text'),
    spec('phone', 'text'),
    spec('primary', 'boolean'),
  ],
  certifications: [
    spec('externalId', 'text'),
    ...partnerRef,
    spec('contactExternalId', 'reference'),
    spec('contactEmail', 'reference'),
    spec('program', 'reference'),
    spec('status', 'choice', certificationStatuses),
    spec('issuedOn', 'date'),
    spec('expiresOn', 'date'),
  ],
  opportunities: [
    spec('externalId', 'text'),
    ...partnerRef,
    spec('customerName', 'text'),
    spec('stage', 'choice', opportunityStages),
    spec('amountCents', 'amount'),
    spec('closeOn', 'date'),
    spec('createdOn', 'date'),
    spec('partnerRole', 'choice', partnerRoles),
    spec('dealType', 'choice', ['new-business', 'expansion', 'renewal']),
    spec('channel', 'choice', ['direct', 'resale', 'marketplace']),
    spec('productLine', 'text'),
    spec('newCustomer', 'boolean'),
    spec('registeredOn', 'date'),
    spec('nextStep', 'text'),
  ],
  activities: [
    spec('externalId', 'text'),
    ...partnerRef,
    spec('kind', 'choice', activityKinds),
    spec('occurredAt', 'datetime'),
    spec('subject', 'text'),
    spec('notes', 'text'),
  ],
};
