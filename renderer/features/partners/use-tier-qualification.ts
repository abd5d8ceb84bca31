import { qualifyTier, type TierQualification } from '../../../shared/calculators/tier';
import type { Partner } from '../../../shared/domain/partner';
import { currentQuarter, today } from '../../ui/today';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { useDealCredit } from '../../ui/use-deal-credit';
import { useExchangeRates } from '../../ui/use-exchange-rates';
import { useAll, usePartnerChildren, usePartnerDeals } from '../../ui/use-records';

/** The partner's tier today under the rules in force, with the gap and what lapses before quarter end. */
export const useTierQualification = (partner: Partner): TierQualification | undefined => {
  const ruleSets = useAll('tierRuleSets');
  const programs = useAll('certificationPrograms');
  const contacts = usePartnerChildren('contacts', partner.id);
  const certifications = usePartnerChildren('certifications', partner.id);
  const opportunities = usePartnerDeals(partner);
  const dealCredit = useDealCredit();
  const exchangeRates = useExchangeRates();
  const calendar = useFiscalCalendar();
  if (!ruleSets || !programs || !contacts || !certifications || !opportunities) return undefined;
  return qualifyTier({
    partner,
    ruleSets,
    contacts,
    certifications,
    certificationPrograms: programs,
    opportunities,
    dealCredit,
    exchangeRates,
    calendar,
    quarter: currentQuarter(calendar),
    asOf: today(),
  });
};
