import { Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { FieldChange, RuleChange } from '../../../shared/domain/rule-change';
import { dateTimeText } from '../../ui/dates';

/** One version as its history lists it. */
export interface RuleVersionRow {
  id: string;
  version: number;
  /** From when it governs ("Jan 1, 2026", or with its end). */
  inForce: string;
  /** What it changed from the version before, worked out from the versions: what a version saved before the history was kept shows. */
  changes: FieldChange[];
  /** Its history record, when one was kept. */
  record: RuleChange | undefined;
  /** The first version changes nothing; it is said so. */
  first: boolean;
}

export interface RuleVersionHistoryProps {
  /** The table's name for screen readers: "Tier rules history". */
  label: string;
  /** The versions, newest first. */
  rows: readonly RuleVersionRow[];
  /** The heading of the column `inForce` fills: "Effective from", "In force". */
  inForceHeader: string;
  /** What a version that changed nothing says: "No threshold changed". */
  nothingChanged: string;
  /** Absent where the reader may not change the rules: no Restore is offered. */
  onRestore?(id: string): void;
}

const changeText = (c: FieldChange): string => `${c.field}: ${c.before || 'none'} → ${c.after || 'none'}`;

/** Each version's newest history record: a version replaced in place has one per save, and the last one says how it stands. */
export const latestRecords = (changes: readonly RuleChange[], table: RuleChange['table']): Map<string, RuleChange> => {
  const records = changes.filter((c) => !c.deleted && c.table === table).sort((a, b) => a.changedAt.localeCompare(b.changedAt));
  return new Map(records.map((c) => [c.recordId, c]));
};

/**
 * Every version of a set of program rules, newest first: when it governs,
 * what it changed from the version before, and who saved it, when and why,
 * as the history record says. Versions saved before the history was kept
 * show what they changed (worked out from the versions) and say that who
 * saved them is not recorded. Any earlier version can be restored: a new
 * version with its rules, from a day the user picks.
 */
export function RuleVersionHistory({ label, rows, inForceHeader, nothingChanged, onRestore }: RuleVersionHistoryProps) {
  return (
    <>
      <Typography variant="subtitle1" component="h3">
        Version history
      </Typography>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>Version</TableCell>
            <TableCell>{inForceHeader}</TableCell>
            <TableCell>What changed</TableCell>
            <TableCell>Saved by</TableCell>
            <TableCell>Reason</TableCell>
            <TableCell>Actions</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((v, i) => {
            const { record } = v;
            const changed = record?.changes ?? v.changes;
            return (
              <TableRow key={v.id}>
                <TableCell>
                  {v.version}
                  {record?.kind === 'restore' && ` (restores version ${record.restoredFromVersion})`}
                </TableCell>
                <TableCell>{v.inForce}</TableCell>
                <TableCell>{!v.first || record ? changed.map(changeText).join('; ') || nothingChanged : 'First version'}</TableCell>
                <TableCell>{record ? `${record.changedByName}, ${dateTimeText(record.changedAt)}` : 'Not recorded (saved before the history was kept)'}</TableCell>
                <TableCell>{record?.reason ?? ''}</TableCell>
                <TableCell>
                  {i > 0 && onRestore && (
                    <Button size="small" onClick={() => onRestore(v.id)} aria-label={`Restore version ${v.version}`}>
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
