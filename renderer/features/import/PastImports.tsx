import { Alert, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { ImportRun } from '../../../shared/domain/import-run';
import { useWorkspace } from '../../app/workspace-context';
import { dateTimeText } from '../../ui/dates';
import { entityLabels } from './import-steps';
import { importUsers, userName } from './import-users';
import { canUndo, countsText, runStatusText } from './import-words';
import { useUndoImport } from './use-undo-import';

/** Every import made into this store, newest first: who, when, which file, what it did, and Undo while it can be. */
export function PastImports() {
  const { imports, sync } = useWorkspace();
  const users = importUsers(useStore(sync, (s) => s.user));
  const [runs, setRuns] = useState<ImportRun[] | null>(null);
  const undo = useUndoImport();
  useEffect(() => imports.watchImportRuns(setRuns), [imports]);

  if (!runs) return null;
  return (
    <Stack spacing={1}>
      <Typography variant="h6" component="h3">
        Past imports
      </Typography>
      {undo.message && <Alert severity={undo.message.severity}>{undo.message.text}</Alert>}
      {runs.length === 0 ? (
        <Typography color="text.secondary">No imports yet on this device.</Typography>
      ) : (
        <Table size="small" aria-label="Past imports">
          <TableHead>
            <TableRow>
              <TableCell>When</TableCell>
              <TableCell>Who</TableCell>
              <TableCell>File</TableCell>
              <TableCell>Records</TableCell>
              <TableCell>What it did</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Actions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {runs.map((run) => (
              <TableRow key={run.id}>
                <TableCell>{dateTimeText(run.startedAt)}</TableCell>
                <TableCell>{userName(users, run.userId)}</TableCell>
                <TableCell>{run.fileName}</TableCell>
                <TableCell>{entityLabels[run.entity]}</TableCell>
                <TableCell>{countsText(run.counts)}</TableCell>
                <TableCell>{runStatusText[run.status]}{run.status !== 'applied' && run.status !== 'undone' && ` after ${run.done} of ${run.total} rows`}</TableCell>
                <TableCell>
                  {canUndo(run) && (
                    <Button size="small" disabled={undo.busy} onClick={() => undo.run(run.id)} aria-label={`Undo import of ${run.fileName} from ${dateTimeText(run.startedAt)}`}>
                      Undo
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}
