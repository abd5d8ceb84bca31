import type { CommercialModel, JointSolution } from '../../../shared/domain/joint-solution';
import { bpsOrUndefined, bpsText, centsOrUndefined, centsText, type FieldErrors } from '../../ui/form-state';
import type { RecordFormSpec } from '../../ui/record-form';

/** The editor's text state for a commercial model; empty means "not settled yet", which completeness reports. */
export interface CommercialModelDraft {
  status: JointSolution['status'];
  pricingModel: string;
  listPrice: string;
  partnerDiscount: string;
  revenueShare: string;
  l1: string;
  l2: string;
  l3: string;
  customerSuccessOwner: string;
  renewalOwner: string;
  renewalModel: string;
  integrationCertification: string;
}

export const draftFromSolution = (s: Pick<JointSolution, 'status' | 'commercialModel'>): CommercialModelDraft => {
  const m = s.commercialModel;
  return {
    status: s.status,
    pricingModel: m.pricingModel ?? '',
    listPrice: centsText(m.listPriceCents),
    partnerDiscount: bpsText(m.partnerDiscountBps),
    revenueShare: bpsText(m.revenueShareBps),
    l1: m.support.l1 ?? '',
    l2: m.support.l2 ?? '',
    l3: m.support.l3 ?? '',
    customerSuccessOwner: m.customerSuccessOwner ?? '',
    renewalOwner: m.renewalOwner ?? '',
    renewalModel: m.renewalModel ?? '',
    integrationCertification: m.integrationCertification ?? '',
  };
};

const choice = <T extends string>(s: string): T | undefined => (s === '' ? undefined : (s as T));

/** The draft as a commercial model; values the schema would refuse stay in, so validation names them. */
export const modelFromDraft = (d: CommercialModelDraft): CommercialModel =>
  ({
    pricingModel: choice(d.pricingModel),
    listPriceCents: centsOrUndefined(d.listPrice),
    partnerDiscountBps: bpsOrUndefined(d.partnerDiscount),
    revenueShareBps: bpsOrUndefined(d.revenueShare),
    support: { l1: choice(d.l1), l2: choice(d.l2), l3: choice(d.l3) },
    customerSuccessOwner: choice(d.customerSuccessOwner),
    renewalOwner: choice(d.renewalOwner),
    renewalModel: choice(d.renewalModel),
    integrationCertification: choice(d.integrationCertification),
  }) as CommercialModel;

/** Form input name of a completeness item's field, so "L1 support is missing" can focus the right box. */
export const inputOfField: Record<string, keyof CommercialModelDraft> = {
  pricingModel: 'pricingModel',
  listPriceCents: 'listPrice',
  partnerDiscountBps: 'partnerDiscount',
  revenueShareBps: 'revenueShare',
  'support.l1': 'l1',
  'support.l2': 'l2',
  'support.l3': 'l3',
  customerSuccessOwner: 'customerSuccessOwner',
  renewalOwner: 'renewalOwner',
  renewalModel: 'renewalModel',
  integrationCertification: 'integrationCertification',
};

/** Schema paths (`commercialModel.listPriceCents`) → the inputs that show them (`listPrice`). */
const modelInputErrors = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([field, message]) => [inputOfField[field.replace(/^commercialModel\./, '')] ?? field, message]));

/** A joint solution's commercial model and where it stands (draft, defined, approved). */
export const commercialModelForm = (solution: JointSolution): RecordFormSpec<'jointSolutions', CommercialModelDraft> => ({
  table: 'jointSolutions',
  record: solution,
  draftOf: (s) => draftFromSolution(s ?? solution),
  toRecord: (d) => ({ status: d.status, commercialModel: modelFromDraft(d) }),
  inputErrors: modelInputErrors,
});
