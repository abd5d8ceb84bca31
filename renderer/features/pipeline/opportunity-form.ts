import { dealTypes, opportunityChannels } from './opportunity-options';
import type { Opportunity } from '../../../shared/domain/opportunity';
import { opportunityStages, partnerRoles } from '../../../shared/domain/opportunity';
import { centsOrUndefined, centsText } from '../../ui/form-state';
import { words } from '../../ui/labels';
import type { RecordFormSpec } from '../../ui/record-form';
import type { Draft, FieldSpec } from '../../ui/RecordDialog';

const pairs = (values: readonly string[]) => values.map((v) => [v, words(v)] as const);

/** The deal-registration form: the partner's role on the deal and its protection window are part of it. */
export const opportunityFields: FieldSpec[] = [
  { name: 'customerName', label: 'Customer', required: true, width: 8 },
  { name: 'newCustomer', label: 'New customer', options: [['no', 'No'], ['yes', 'Yes']], width: 4 },
  { name: 'partnerRole', label: 'Partner role', options: pairs(partnerRoles), width: 4 },
  { name: 'dealType', label: 'Deal type', options: pairs(dealTypes), width: 4 },
  { name: 'channel', label: 'Channel', options: pairs(opportunityChannels), width: 4 },
  { name: 'productLine', label: 'Product line', required: true, width: 6 },
  { name: 'amountCents', label: 'Amount ($)', kind: 'number', width: 3 },
  { name: 'servicesAttachedCents', label: 'Attached services ($)', kind: 'number', width: 3 },
  { name: 'stage', label: 'Stage', options: pairs(opportunityStages), width: 4 },
  { name: 'createdOn', label: 'Created date', kind: 'date', width: 4 },
  { name: 'closeOn', label: 'Close date', kind: 'date', width: 4 },
  { name: 'registeredOn', label: 'Registration date', kind: 'date', width: 6 },
  { name: 'protectionEndsOn', label: 'Protection end date', kind: 'date', width: 6 },
  { name: 'nextStep', label: 'Next step' },
];

export const opportunityDraft = (o: Opportunity | undefined, today: string): Draft => ({
  customerName: o?.customerName ?? '',
  newCustomer: o?.newCustomer ? 'yes' : 'no',
  partnerRole: o?.partnerRole ?? 'sourced',
  dealType: o?.dealType ?? 'new-business',
  channel: o?.channel ?? 'resale',
  productLine: o?.productLine ?? '',
  // Inputs carry the schema's field names (in dollars), so validation errors land under them.
  amountCents: centsText(o?.amountCents),
  servicesAttachedCents: centsText(o?.servicesAttachedCents ?? 0),
  stage: o?.stage ?? 'qualify',
  createdOn: o?.createdOn ?? today,
  closeOn: o?.closeOn ?? '',
  registeredOn: o?.registeredOn ?? today,
  protectionEndsOn: o?.protectionEndsOn ?? '',
  nextStep: o?.nextStep ?? '',
});

const dateOrNull = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

/** The draft as deal fields; `placeIn` is the partner a new deal belongs to (an edit never moves one). */
export const opportunityFromDraft = (d: Draft, placeIn: { id: string; territoryId: string } | undefined) => ({
  ...(placeIn && { partnerId: placeIn.id, territoryId: placeIn.territoryId }),
  partnerRole: d.partnerRole,
  customerName: d.customerName,
  newCustomer: d.newCustomer === 'yes',
  dealType: d.dealType,
  channel: d.channel,
  productLine: d.productLine,
  amountCents: centsOrUndefined(d.amountCents ?? ''),
  servicesAttachedCents: centsOrUndefined(d.servicesAttachedCents ?? '') ?? 0,
  stage: d.stage,
  createdOn: d.createdOn,
  closeOn: d.closeOn,
  registeredOn: dateOrNull(d.registeredOn),
  protectionEndsOn: dateOrNull(d.protectionEndsOn),
  nextStep: d.nextStep?.trim() || undefined,
});

/** A deal of the partner's, registered now or as stored. */
export const opportunityForm = (partner: { id: string; territoryId: string }, deal: Opportunity | undefined, today: string): RecordFormSpec<'opportunities', Draft> => ({
  table: 'opportunities',
  record: deal,
  draftOf: (o) => opportunityDraft(o, today),
  toRecord: (d, opened) => opportunityFromDraft(d, opened ? undefined : partner),
});
