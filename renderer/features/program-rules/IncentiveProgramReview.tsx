import { closedQuartersReached } from '../../../shared/domain/rule-change';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { useAll } from '../../ui/use-records';
import type { IncentiveProgramProposal } from './incentive-program-proposal';
import { useSaveProgramVersion } from './incentive-program-save';
import { IncentiveImpactDialog } from './IncentiveImpactDialog';

/**
 * A reviewed program change and its save: the preview, the reason when it
 * reaches a quarter already closed (any partner's statement closed there),
 * then the write. Editing and restoring both end here.
 */
export function IncentiveProgramReview({ proposal, title, onBack, onSaved }: { proposal: IncentiveProgramProposal; title: string; onBack(): void; onSaved(): void }) {
  const calendar = useFiscalCalendar();
  const statements = useAll('incentiveStatements');
  const save = useSaveProgramVersion();
  // Whether the save asks why depends on them: nothing is offered before they load.
  if (!statements) return null;
  const closedQuarters = closedQuartersReached(
    proposal.program.effectiveFrom,
    statements.filter((s) => !s.deleted).map((s) => s.quarter),
    calendar,
  );
  return (
    <IncentiveImpactDialog
      title={title}
      proposal={proposal}
      closedQuarters={closedQuarters}
      onBack={onBack}
      onConfirm={async (reason) => {
        const refused = await save(proposal, reason, closedQuarters);
        if (refused === null) onSaved();
        return refused;
      }}
    />
  );
}
