import { Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { RuleChange } from '../../../shared/domain/rule-change';
import { tierRuleChanges, type TierRuleSet } from '../../../shared/domain/tier-rules';
import { dateText, dateTimeText } from '../../ui/dates';

export interface TierRulesHistoryProps {
  /** One partner type's versions, newest first. */
  versions: readonly TierRuleSet[];
  changes: readonly RuleChange[];
  programName(id: string): string;
  onRestore(version: TierRuleSet): void;
}

const changeText = (c: { field: string; before: string; after: string }): string => `${c.field}: ${c.before || 'none'} → ${c.after || 'none'}`;

/**
 * Every version of a partner type's tier rules, newest first: from when it
 * governs, what it changed from the version before, and who saved it, when
 * and why, as the history record says. Versions saved before the history was
 * kept show what they changed (worked out from the versions) and say that
 * who saved them is not recorded. Any earlier version can be restored: a new
 * version with its rules, from a day the user picks.
 */
export function TierRulesHistory({ versions, changes, programName, onRestore }: TierRulesHistoryProps) {
  const recordOf = new Map(changes.filter((c) => !c.deleted && c.table === 'tierRuleSets').map((c) => [c.recordId, c]));
  return (
    <>
      <Typography variant="subtitle1" component="h3">
        Version history
      </Typography>
      <Table size="small" aria-label="Tier rules history">
        <TableHead>
          <TableRow>
            <TableCell>Version</TableCell>
            <TableCell>Effective from</TableCell>
            <TableCell>What changed</TableCell>
            <TableCell>Saved by</TableCell>
            <TableCell>Reason</TableCell>
            <TableCell>Actions</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {versions.map((v, i) => {
            const record = recordOf.get(v.id);
            const previous = versions[i + 1];
            const changed = record?.changes ?? (previous ? tierRuleChanges(previous.requirements, v.requirements, programName) : []);
            return (
              <TableRow key={v.id}>
                <TableCell>
                  {v.version}
                  {record?.kind === 'restore' && ` (restores version ${record.restoredFromVersion})`}
                </TableCell>
                <TableCell>{dateText(v.effectiveFrom)}</TableCell>
                <TableCell>{previous || record ? changed.map(changeText).join('; ') || 'No threshold changed' : 'First version'}</TableCell>
                <TableCell>{record ? `${record.changedByName}, ${dateTimeText(record.changedAt)}` : 'Not recorded (saved before the history was kept)'}</TableCell>
                <TableCell>{record?.reason ?? ''}</TableCell>
                <TableCell>
                  {i > 0 && (
                    <Button size="small" onClick={() => onRestore(v)} aria-label={`Restore version ${v.version}`}>
                      Restore
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
}
