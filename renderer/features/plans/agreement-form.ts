import type { BusinessPlan } from '../../../shared/domain/business-plan';
import { agreedPlan } from '../../../shared/plans';
import type { FieldErrors } from '../../ui/form-state';
import type { RecordFormSpec } from '../../ui/record-form';
import type { Draft, FieldSpec } from '../../ui/RecordDialog';

export const agreementFields: FieldSpec[] = [
  { name: 'vendorName', label: 'Vendor name', required: true, width: 6, helperText: 'Who agreed for the vendor' },
  { name: 'partnerName', label: 'Partner name', required: true, width: 6, helperText: 'Who agreed for the partner' },
  { name: 'agreedOn', label: 'Agreement date', kind: 'date', width: 6 },
];

/** Who is asked first: the signed-in manager for the vendor, the partner's primary contact for the partner. */
export interface AgreementDefaults {
  vendorName: string;
  partnerName: string;
  today: string;
}

/** `agreement.vendorName` → the `vendorName` input. */
const agreementInputs = (errors: FieldErrors): FieldErrors => Object.fromEntries(Object.entries(errors).map(([field, message]) => [field.replace(/^agreement\./, ''), message]));

/**
 * Agreeing a plan: both sides' names and the date, and the status with them.
 * The schema asks that the weights add up to 100; if they do not, that is
 * said in the dialog's banner, as no input here can fix it.
 */
export const agreementForm = (plan: BusinessPlan, defaults: AgreementDefaults): RecordFormSpec<'businessPlans', Draft> => ({
  table: 'businessPlans',
  record: plan,
  draftOf: (p) => ({
    vendorName: p?.agreement?.vendorName ?? defaults.vendorName,
    partnerName: p?.agreement?.partnerName ?? defaults.partnerName,
    agreedOn: p?.agreement?.agreedOn ?? defaults.today,
  }),
  toRecord: (d) => agreedPlan(plan, { vendorName: d.vendorName ?? '', partnerName: d.partnerName ?? '', agreedOn: d.agreedOn ?? '' }),
  // What the form stands for is the plan as it is: its status and agreement, whatever the inputs start with.
  image: (p) => ({ status: p.status, agreement: p.agreement }),
  shownFields: [...agreementFields.map((f) => f.name), 'agreement'],
  inputErrors: agreementInputs,
});
