import { Typography } from '@mui/material';
import { dateText } from '../../ui/dates';
import type { IncentiveProgramProposal } from './incentive-program-proposal';
import { versionNumber } from './incentive-program-versions';
import { RuleReviewDialog } from './RuleReviewDialog';
import { RuleStatementChanges } from './RuleStatementChanges';
import { useIncentiveImpact } from './incentive-impact';

export interface IncentiveImpactDialogProps {
  title: string;
  proposal: IncentiveProgramProposal;
  /** Closed quarters the change reaches: the save asks why. */
  closedQuarters: readonly string[];
  onBack(): void;
  /** Saves; a refusal comes back as its message and the dialog stays open. */
  onConfirm(reason: string): Promise<string | null>;
}

/** What the days before the change stay under, in words. */
const introOf = ({ program, previous, previousEndsOn }: IncentiveProgramProposal): string => {
  const from = `Takes effect ${dateText(program.effectiveFrom)}`;
  if (!previous) return `${from}: a new program.`;
  if (!previousEndsOn) return `${from}, the day version ${versionNumber(previous)} took effect: its rules are replaced in place.`;
  return `${from}; version ${versionNumber(previous)} ends ${dateText(previousEndsOn)} and keeps governing the days before.`;
};

/**
 * What an incentive program change would pay differently, read before it is
 * saved: each open statement of the program's partners that changes, from
 * the quarter the change takes effect in through today's, and by how much.
 */
export function IncentiveImpactDialog({ title, proposal, closedQuarters, onBack, onConfirm }: IncentiveImpactDialogProps) {
  const changes = useIncentiveImpact(proposal);
  return (
    <RuleReviewDialog
      title={title}
      intro={introOf(proposal)}
      closedQuarters={closedQuarters}
      closedConsequence="a statement not closed there yet would be paid under this version."
      saveLabel={`Save version ${versionNumber(proposal.program)}`}
      ready={changes !== undefined}
      onBack={onBack}
      onConfirm={onConfirm}
    >
      {!changes ? <Typography role="status">Working out what changes…</Typography> : <RuleStatementChanges changes={changes} />}
    </RuleReviewDialog>
  );
}
