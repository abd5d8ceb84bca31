import { useMemo } from 'react';
import { tierImpact, type TierImpact } from '../../../shared/calculators/tier/impact-preview';
import { partnerRecords } from '../../../shared/calculators/tier/partner-records';
import { closedStatementOf } from '../../../shared/domain/incentive-statement-record';
import type { TierRuleSet } from '../../../shared/domain/tier-rules';
import { statementImpact, type StatementChange } from '../../../shared/incentives/statement-impact';
import { today } from '../../ui/today';
import { useDealCredit } from '../../ui/use-deal-credit';
import { useExchangeRates } from '../../ui/use-exchange-rates';
import { useCurrentQuarter, useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { useAll } from '../../ui/use-records';

export interface TierImpactPreview {
  tiers: TierImpact;
  statements: StatementChange[];
}

/**
 * What saving `proposed` would change, from every record on the device (HQ
 * holds them all): the partners whose tier moves and the open statements
 * that change with them. Read only while the preview is open, so the rules
 * screen does not load every deal just to be shown.
 */
export const useTierImpact = (proposed: TierRuleSet): TierImpactPreview | undefined => {
  const calendar = useFiscalCalendar();
  const currentQuarter = useCurrentQuarter();
  const partners = useAll('partners');
  const ruleSets = useAll('tierRuleSets');
  const contacts = useAll('contacts');
  const certifications = useAll('certifications');
  const opportunities = useAll('opportunities');
  const programs = useAll('incentivePrograms');
  const certificationPrograms = useAll('certificationPrograms');
  const closed = useAll('incentiveStatements');
  const dealCredit = useDealCredit();
  const exchangeRates = useExchangeRates();
  return useMemo(() => {
    if (!partners || !ruleSets || !contacts || !certifications || !opportunities || !programs || !certificationPrograms || !closed) return undefined;
    const records = partnerRecords({ contacts, certifications, opportunities });
    const tiers = tierImpact({ partners, ruleSets, proposed, records, certificationPrograms, dealCredit, exchangeRates, calendar, asOf: today() });
    const statements = statementImpact({
      partners,
      moves: [...tiers.up, ...tiers.down],
      effectiveFrom: proposed.effectiveFrom,
      currentQuarter,
      programs,
      records,
      closed: closed.filter((c) => !c.deleted).map(closedStatementOf),
      dealCredit,
      exchangeRates,
      calendar,
    });
    return { tiers, statements };
  }, [proposed, partners, ruleSets, contacts, certifications, opportunities, programs, certificationPrograms, closed, dealCredit, exchangeRates, calendar, currentQuarter]);
};
