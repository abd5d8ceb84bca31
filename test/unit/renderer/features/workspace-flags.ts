import type { FlagInputs } from '../../../../renderer/features/partners/partner-flags';
import type { generateWorkspace } from '../../../../shared/demo';
import { fiscalCalendarOf } from '../../../../shared/domain/quarter';

/** A generated workspace's records as the flag calculators take them: every partner, every record, and the program settings the app reads. */
export const flagInputsOf = (records: ReturnType<typeof generateWorkspace>['records'], quarter: string, asOf: string): FlagInputs => {
  const settings = records.programSettings.find((s) => !s.deleted);
  return {
    partners: records.partners,
    contacts: records.contacts,
    certifications: records.certifications,
    certificationPrograms: records.certificationPrograms,
    opportunities: records.opportunities,
    jointSolutions: records.jointSolutions,
    ruleSets: records.tierRuleSets,
    quarter,
    calendar: fiscalCalendarOf(settings),
    ...(settings?.dealCredit && { dealCredit: settings.dealCredit }),
    ...(settings?.exchangeRates && { exchangeRates: settings.exchangeRates }),
    asOf,
  };
};
