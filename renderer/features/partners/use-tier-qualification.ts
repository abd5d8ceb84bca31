import { qualifyTier, type TierQualification } from '../../../shared/calculators/tier';
import type { Partner } from '../../../shared/domain/partner';
import { currentQuarter, today } from '../../ui/today';
import { useAll, usePartnerChildren } from '../../ui/use-records';

/** The partner's tier today under the rules in force, with the gap and what lapses before quarter end. */
export const useTierQualification = (partner: Partner): TierQualification | undefined => {
  const ruleSets = useAll('tierRuleSets');
  const programs = useAll('certificationPrograms');
  const contacts = usePartnerChildren('contacts', partner.id);
  const certifications = usePartnerChildren('certifications', partner.id);
  const opportunities = usePartnerChildren('opportunities', partner.id);
  if (!ruleSets || !programs || !contacts || !certifications || !opportunities) return undefined;
  return qualifyTier({
    partner,
    ruleSets,
    contacts,
    certifications,
    certificationPrograms: programs,
    opportunities,
    quarter: currentQuarter(),
    asOf: today(),
  });
};
