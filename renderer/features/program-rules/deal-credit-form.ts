import { FULL_CREDIT, type DealCredit } from '../../../shared/domain/deal-credit';
import { partnerRoles } from '../../../shared/domain/opportunity';
import type { ProgramSettings } from '../../../shared/domain/program-settings';
import { bpsOrUndefined, bpsText, type FieldErrors } from '../../ui/form-state';
import type { RecordFormSpec } from '../../ui/record-form';
import { programSettingsFields } from './program-settings-fields';

/** The three inputs: each role's credit in percent, as typed. */
export type DealCreditDraft = Record<keyof DealCredit, string>;

const inputErrors = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^dealCredit\./, ''), message]));

/**
 * HQ's credit by role, kept in the one program-settings record. Before HQ
 * first saves any setting there is no record, so the first save makes it
 * with the packs' default branding beside the credit.
 */
export const dealCreditForm = (stored: ProgramSettings | undefined): RecordFormSpec<'programSettings', DealCreditDraft> => ({
  table: 'programSettings',
  record: stored,
  draftOf: (s) => {
    const credit = s?.dealCredit ?? FULL_CREDIT;
    return { sourced: bpsText(credit.sourced), influenced: bpsText(credit.influenced), 'co-sell': bpsText(credit['co-sell']) };
  },
  toRecord: (d, opened) => {
    const dealCredit = Object.fromEntries(partnerRoles.map((role) => [role, bpsOrUndefined(d[role])]));
    return programSettingsFields(opened, { dealCredit });
  },
  // A record saved before the rule existed reads as full credit, and saving that unchanged writes nothing.
  image: (s) => ({ dealCredit: s.dealCredit ?? FULL_CREDIT }),
  shownFields: ['sourced', 'influenced', 'co-sell', 'dealCredit'],
  inputErrors,
});
