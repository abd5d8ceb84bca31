import { dealTypes, opportunityChannels } from './opportunity-options';
import { currencyCodes, PROGRAM_CURRENCY, type CurrencyCode } from '../../../shared/domain/currency';
import type { Opportunity } from '../../../shared/domain/opportunity';
import { opportunityStages, partnerRoles } from '../../../shared/domain/opportunity';
import { dealAmountQuestion, questionsOf } from '../../../shared/domain/plausibility';
import { centsOrUndefined, centsText } from '../../ui/form-state';
import { words } from '../../ui/labels';
import type { RecordFormSpec } from '../../ui/record-form';
import type { Draft, FieldSpec } from '../../ui/RecordDialog';

const pairs = (values: readonly string[]) => values.map((v) => [v, words(v)] as const);

/** Partners of the territory that may be named beside the deal's own: [id, name]. */
export type PartnerChoices = readonly (readonly [string, string])[];

/**
 * The deal-registration form: the partner's role on the deal and its
 * protection window are part of it, and another partner on the deal with its
 * role (the first one; a deal imported with more keeps the rest as they are).
 */
export const opportunityFields = (otherPartners: PartnerChoices): FieldSpec[] => [
  { name: 'customerName', label: 'Customer', required: true, width: 8 },
  { name: 'newCustomer', label: 'New customer', options: [['no', 'No'], ['yes', 'Yes']], width: 4 },
  { name: 'partnerRole', label: 'Partner role', options: pairs(partnerRoles), width: 4 },
  { name: 'dealType', label: 'Deal type', options: pairs(dealTypes), width: 4 },
  { name: 'channel', label: 'Channel', options: pairs(opportunityChannels), width: 4 },
  { name: 'productLine', label: 'Product line', required: true, width: 8 },
  // The deal's currency covers its amount, services and credit notes; HQ's quarterly rates convert it (currency.ts).
  { name: 'currency', label: 'Currency', options: currencyCodes.map((c) => [c, c] as const), width: 4 },
  { name: 'amountCents', label: 'Amount', kind: 'number', width: 6 },
  { name: 'servicesAttachedCents', label: 'Attached services', kind: 'number', width: 6 },
  { name: 'stage', label: 'Stage', options: pairs(opportunityStages), width: 4 },
  { name: 'createdOn', label: 'Created date', kind: 'date', width: 4 },
  { name: 'closeOn', label: 'Close date', kind: 'date', width: 4 },
  { name: 'coPartnerId', label: 'Other partner on the deal', options: [['', 'None'], ...otherPartners], width: 8 },
  { name: 'coPartnerRole', label: 'Their role', options: pairs(partnerRoles), width: 4 },
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
  currency: o?.currency ?? PROGRAM_CURRENCY,
  amountCents: centsText(o?.amountCents),
  servicesAttachedCents: centsText(o?.servicesAttachedCents ?? 0),
  stage: o?.stage ?? 'qualify',
  createdOn: o?.createdOn ?? today,
  closeOn: o?.closeOn ?? '',
  coPartnerId: o?.coPartners?.[0]?.partnerId ?? '',
  coPartnerRole: o?.coPartners?.[0]?.role ?? 'influenced',
  nextStep: o?.nextStep ?? '',
});

/** The other partners as the draft leaves them: the form's one first, the rest as stored. */
const coPartnersOf = (d: Draft, opened: Opportunity | undefined) => {
  const rest = opened?.coPartners?.slice(1) ?? [];
  const first = d.coPartnerId ? [{ partnerId: d.coPartnerId, role: d.coPartnerRole }] : [];
  const all = [...first, ...rest];
  return all.length > 0 ? all : undefined;
};

/**
 * The currency as stored: a deal left in the program currency keeps no field
 * (absent is the program currency), so opening and saving an old deal writes
 * nothing; one that had a currency keeps whichever is picked.
 */
export const currencyFromDraft = (picked: string | undefined, stored: CurrencyCode | undefined): string | undefined =>
  (picked ?? PROGRAM_CURRENCY) === PROGRAM_CURRENCY && stored === undefined ? undefined : (picked ?? PROGRAM_CURRENCY);

/** The draft as deal fields; `placeIn` is the partner a new deal belongs to (an edit never moves one). */
export const opportunityFromDraft = (d: Draft, placeIn: { id: string; territoryId: string } | undefined, opened?: Opportunity) => ({
  ...(placeIn && { partnerId: placeIn.id, territoryId: placeIn.territoryId }),
  partnerRole: d.partnerRole,
  customerName: d.customerName,
  newCustomer: d.newCustomer === 'yes',
  dealType: d.dealType,
  channel: d.channel,
  productLine: d.productLine,
  amountCents: centsOrUndefined(d.amountCents ?? ''),
  currency: currencyFromDraft(d.currency, opened?.currency),
  servicesAttachedCents: centsOrUndefined(d.servicesAttachedCents ?? '') ?? 0,
  stage: d.stage,
  createdOn: d.createdOn,
  closeOn: d.closeOn,
  // Protection is granted by approving a registration (the registration dialogs), never typed here: a new deal
  // starts unregistered, and an edit leaves the registration dates as its lifecycle set them.
  ...(placeIn && { registeredOn: null, protectionEndsOn: null }),
  nextStep: d.nextStep?.trim() || undefined,
  coPartners: coPartnersOf(d, opened),
});

/** A deal of the partner's, registered now or as stored. */
export const opportunityForm = (partner: { id: string; territoryId: string }, deal: Opportunity | undefined, today: string): RecordFormSpec<'opportunities', Draft> => ({
  table: 'opportunities',
  record: deal,
  draftOf: (o) => opportunityDraft(o, today),
  toRecord: (d, opened) => opportunityFromDraft(d, opened ? undefined : partner, opened),
  // Errors on the other partner show under its inputs.
  inputErrors: (errors) =>
    Object.fromEntries(Object.entries(errors).map(([path, message]) => [/^coPartners\.0\.partnerId$/.test(path) ? 'coPartnerId' : /^coPartners\.0\.role$/.test(path) ? 'coPartnerRole' : path, message])),
  shownFields: [...opportunityFields([]).map((f) => f.name), 'coPartners'],
  // Asked only about a value the user typed now: an old deal's amount was confirmed when it was entered.
  questions: (fields, { opened }) => {
    const currency = (fields.currency as string | undefined) ?? opened?.currency;
    const typed = (field: 'amountCents' | 'servicesAttachedCents') => (fields[field] === opened?.[field] ? undefined : (fields[field] as number | undefined));
    return questionsOf(dealAmountQuestion('amountCents', typed('amountCents'), currency), dealAmountQuestion('servicesAttachedCents', typed('servicesAttachedCents'), currency));
  },
});
