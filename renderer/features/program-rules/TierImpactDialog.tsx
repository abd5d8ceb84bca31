import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { TierMove } from '../../../shared/calculators/tier/impact-preview';
import { quarterText } from '../../../shared/domain/quarter';
import type { TierRuleSet } from '../../../shared/domain/tier-rules';
import { dateText } from '../../ui/dates';
import { tierLabels } from '../../ui/labels';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { RuleReviewDialog } from './RuleReviewDialog';
import { RuleStatementChanges } from './RuleStatementChanges';
import { useTierImpact } from './use-tier-impact';

export interface TierImpactDialogProps {
  title: string;
  proposed: TierRuleSet;
  /** The version the quarters before the proposal stay under, if any. */
  previous: TierRuleSet | undefined;
  /** Closed quarters the proposal reaches: the save asks why. */
  closedQuarters: readonly string[];
  onBack(): void;
  /** Saves; a refusal comes back as its message and the dialog stays open. */
  onConfirm(reason: string): Promise<string | null>;
}

function MovesTable({ label, moves }: { label: string; moves: readonly TierMove[] }) {
  if (moves.length === 0) return null;
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="h3">
        {label} ({moves.length})
      </Typography>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>Partner</TableCell>
            <TableCell>Tier now → under this version</TableCell>
            <TableCell>What decided</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {moves.map((m) => (
            <TableRow key={m.partnerId}>
              <TableCell>{m.partnerName}</TableCell>
              <TableCell>
                {tierLabels[m.from]} → {tierLabels[m.to]}
              </TableCell>
              <TableCell>{m.decidedBy}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
}

/**
 * What a tier-rule version would change, read before it is saved: the
 * partners whose tier moves and why, and the open statements that change with
 * them and by how much. The user saves or goes back to the table as edited.
 */
export function TierImpactDialog({ title, proposed, previous, closedQuarters, onBack, onConfirm }: TierImpactDialogProps) {
  const calendar = useFiscalCalendar();
  const impact = useTierImpact(proposed);
  return (
    <RuleReviewDialog
      title={title}
      intro={`Takes effect ${dateText(proposed.effectiveFrom)}${previous ? `; the quarters before stay under version ${previous.version}` : ''}.`}
      closedQuarters={closedQuarters}
      closedConsequence="their tiers would read differently."
      saveLabel={`Save version ${proposed.version}`}
      ready={impact !== undefined}
      onBack={onBack}
      onConfirm={onConfirm}
    >
      {!impact ? (
        <Typography role="status">Working out what changes…</Typography>
      ) : (
        <>
          <Typography variant="body2" role="status">
            {impact.tiers.assessed} partners assessed for {quarterText(impact.tiers.quarter, calendar)} on {dateText(impact.tiers.asOf)}:{' '}
            {impact.tiers.up.length + impact.tiers.down.length === 0 ? 'no partner changes tier.' : `${impact.tiers.up.length} move up, ${impact.tiers.down.length} move down.`}
          </Typography>
          <MovesTable label="Partners moving up" moves={impact.tiers.up} />
          <MovesTable label="Partners moving down" moves={impact.tiers.down} />
          <RuleStatementChanges changes={impact.statements} />
        </>
      )}
    </RuleReviewDialog>
  );
}
