import { useMemo } from 'react';
import type { BusinessPlan } from '../../../shared/domain/business-plan';
import type { Partner } from '../../../shared/domain/partner';
import { planProgress, type PlanProgress } from '../../../shared/plans';
import { today } from '../../ui/today';
import { useDealCredit } from '../../ui/use-deal-credit';
import { useExchangeRates } from '../../ui/use-exchange-rates';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { usePartnerChildren, usePartnerDeals } from '../../ui/use-records';

/**
 * Where a partner's plan stands today, from the partner's own records, live:
 * a deal won or a certification logged shows in the plan at once. Undefined
 * while the records load, or when there is no plan.
 */
export const usePlanProgress = (partner: Partner, plan: BusinessPlan | undefined): PlanProgress | undefined => {
  const opportunities = usePartnerDeals(partner);
  const dealCredit = useDealCredit();
  const exchangeRates = useExchangeRates();
  const calendar = useFiscalCalendar();
  const certifications = usePartnerChildren('certifications', partner.id);
  const activities = usePartnerChildren('activities', partner.id);
  return useMemo(
    () => (plan && opportunities && certifications && activities ? planProgress(plan, { partner, opportunities, certifications, activities, dealCredit, exchangeRates, calendar }, today()) : undefined),
    [plan, partner, opportunities, certifications, activities, dealCredit, exchangeRates, calendar],
  );
};
