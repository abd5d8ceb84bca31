import { useMemo } from 'react';
import { partnerRecords } from '../../../shared/calculators/tier/partner-records';
import { closedStatementOf } from '../../../shared/domain/incentive-statement-record';
import { programImpact } from '../../../shared/incentives/program-impact';
import type { StatementChange } from '../../../shared/incentives/statement-impact';
import { useDealCredit } from '../../ui/use-deal-credit';
import { useExchangeRates } from '../../ui/use-exchange-rates';
import { useCurrentQuarter, useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { useAll } from '../../ui/use-records';
import { programsAfter, type IncentiveProgramProposal } from './incentive-program-proposal';

/**
 * The open statements saving `proposal` would change, from every record on
 * the device (HQ holds them all). Read only while the preview is open, so the
 * rules screen does not load every deal just to be shown.
 */
export const useIncentiveImpact = (proposal: IncentiveProgramProposal): StatementChange[] | undefined => {
  const calendar = useFiscalCalendar();
  const currentQuarter = useCurrentQuarter();
  const partners = useAll('partners');
  const certifications = useAll('certifications');
  const opportunities = useAll('opportunities');
  const programs = useAll('incentivePrograms');
  const closed = useAll('incentiveStatements');
  const dealCredit = useDealCredit();
  const exchangeRates = useExchangeRates();
  return useMemo(() => {
    if (!partners || !certifications || !opportunities || !programs || !closed) return undefined;
    return programImpact({
      partners,
      partnerType: proposal.program.partnerType,
      effectiveFrom: proposal.program.effectiveFrom,
      currentQuarter,
      programs,
      proposed: programsAfter(programs, proposal),
      records: partnerRecords({ contacts: [], certifications, opportunities }),
      closed: closed.filter((c) => !c.deleted).map(closedStatementOf),
      dealCredit,
      exchangeRates,
      calendar,
    });
  }, [proposal, partners, certifications, opportunities, programs, closed, dealCredit, exchangeRates, calendar, currentQuarter]);
};
