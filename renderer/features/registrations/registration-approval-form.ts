import type { ProgramSettings } from '../../../shared/domain/program-settings';
import { DEFAULT_PROTECTION_DAYS } from '../../../shared/registrations/lifecycle';
import { centsOrUndefined, centsText, intOrUndefined, type FieldErrors } from '../../ui/form-state';
import type { RecordFormSpec } from '../../ui/record-form';
import { programSettingsFields } from '../program-rules/program-settings-fields';

/** The inputs as typed: who approves, the managers' limit in dollars, the days an approval protects. */
export interface RegistrationApprovalDraft {
  approver: 'hq' | 'territory-manager';
  managerLimitCents: string;
  protectionDays: string;
}

const inputErrors = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^registrationApproval\./, ''), message]));

/**
 * Who approves deal registrations and for how long an approval protects,
 * kept in the one program-settings record beside HQ's other settings. A
 * record saved before the setting existed reads as HQ and 90 days, and
 * saving that unchanged writes nothing. The managers' limit is kept only
 * when managers approve.
 */
export const registrationApprovalForm = (stored: ProgramSettings | undefined): RecordFormSpec<'programSettings', RegistrationApprovalDraft> => ({
  table: 'programSettings',
  record: stored,
  draftOf: (s) => {
    const approval = s?.registrationApproval;
    return {
      approver: approval?.approver ?? 'hq',
      managerLimitCents: centsText(approval?.managerLimitCents),
      protectionDays: String(approval?.protectionDays ?? DEFAULT_PROTECTION_DAYS),
    };
  },
  toRecord: (d, opened) =>
    programSettingsFields(opened, {
      registrationApproval: {
        approver: d.approver,
        ...(d.approver === 'territory-manager' && { managerLimitCents: centsOrUndefined(d.managerLimitCents) }),
        protectionDays: intOrUndefined(d.protectionDays),
      },
    }),
  image: (s) => ({ registrationApproval: s.registrationApproval ?? { approver: 'hq', protectionDays: DEFAULT_PROTECTION_DAYS } }),
  shownFields: ['approver', 'managerLimitCents', 'protectionDays', 'registrationApproval'],
  inputErrors,
});
