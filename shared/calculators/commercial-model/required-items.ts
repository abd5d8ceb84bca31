import { fieldLabels } from '../../domain/field-labels';
import type { CommercialModel, pricingModels } from '../../domain/joint-solution';

export type PricingModel = (typeof pricingModels)[number];

/** The form field an item stands for, so the UI can take the manager straight to it. */
export type CommercialModelField =
  | 'pricingModel'
  | 'listPriceCents'
  | 'partnerDiscountBps'
  | 'revenueShareBps'
  | 'support.l1'
  | 'support.l2'
  | 'support.l3'
  | 'customerSuccessOwner'
  | 'renewalOwner'
  | 'renewalModel'
  | 'integrationCertification';

interface ItemRule {
  field: CommercialModelField;
  /** Pricing models that need the item; null means every model (and no model chosen yet). */
  requiredFor: readonly PricingModel[] | null;
  isSet: (model: CommercialModel) => boolean;
}

/**
 * What a commercial model must settle, in form order. Prices only matter
 * where the vendor sets them (bundle, separately priced), the partner
 * discount only where the partner resells the bundle, and the revenue share
 * only on a marketplace listing. Any entered value counts, 0 included: a
 * deliberate 0 % discount is an answer, an empty field is not.
 */
const itemRules: readonly ItemRule[] = [
  { field: 'pricingModel', requiredFor: null, isSet: (m) => m.pricingModel !== undefined },
  { field: 'listPriceCents', requiredFor: ['bundle', 'separately-priced'], isSet: (m) => m.listPriceCents !== undefined },
  { field: 'partnerDiscountBps', requiredFor: ['bundle'], isSet: (m) => m.partnerDiscountBps !== undefined },
  { field: 'revenueShareBps', requiredFor: ['marketplace'], isSet: (m) => m.revenueShareBps !== undefined },
  { field: 'support.l1', requiredFor: null, isSet: (m) => m.support.l1 !== undefined },
  { field: 'support.l2', requiredFor: null, isSet: (m) => m.support.l2 !== undefined },
  { field: 'support.l3', requiredFor: null, isSet: (m) => m.support.l3 !== undefined },
  { field: 'customerSuccessOwner', requiredFor: null, isSet: (m) => m.customerSuccessOwner !== undefined },
  { field: 'renewalOwner', requiredFor: null, isSet: (m) => m.renewalOwner !== undefined },
  { field: 'renewalModel', requiredFor: null, isSet: (m) => m.renewalModel !== undefined },
  { field: 'integrationCertification', requiredFor: null, isSet: (m) => m.integrationCertification !== undefined },
];

export interface CommercialModelItem {
  field: CommercialModelField;
  /** The field's label as the form shows it: "Revenue share", "L1 support". */
  label: string;
  present: boolean;
}

/** The items this model needs given its pricing model, each marked present or missing. */
export const requiredItems = (model: CommercialModel): CommercialModelItem[] =>
  itemRules
    .filter((rule) => rule.requiredFor === null || (model.pricingModel !== undefined && rule.requiredFor.includes(model.pricingModel)))
    .map((rule) => ({ field: rule.field, label: labelOf(rule.field), present: rule.isSet(model) }));

// The same words as the form and its validation messages: the label of the innermost field name.
const labelOf = (field: CommercialModelField): string => {
  const name = field.split('.').at(-1) ?? field;
  return fieldLabels[name] ?? name;
};
