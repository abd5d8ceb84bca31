import type { FlagInputs } from '../../../../renderer/features/partners/partner-flags';
import type { generateWorkspace } from '../../../../shared/demo';

/** A generated workspace's records as the flag calculators take them: every partner, every record. */
export const flagInputsOf = (records: ReturnType<typeof generateWorkspace>['records'], quarter: string, asOf: string): FlagInputs => ({
  partners: records.partners,
  contacts: records.contacts,
  certifications: records.certifications,
  certificationPrograms: records.certificationPrograms,
  opportunities: records.opportunities,
  jointSolutions: records.jointSolutions,
  ruleSets: records.tierRuleSets,
  quarter,
  asOf,
});
