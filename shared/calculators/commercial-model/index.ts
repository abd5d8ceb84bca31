export { commercialModelCompleteness, type CommercialModelCompleteness } from './completeness';
export type { CommercialModelField, CommercialModelItem, PricingModel } from './required-items';
