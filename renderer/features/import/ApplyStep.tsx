import { Alert, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { ColumnMapping, ImportPlan, ValueMapping } from '../../../shared/import';
import { useWorkspace } from '../../app/workspace-context';
import { formatCount } from '../../../shared/domain/text';
import type { ApplyProgress, ApplyResult } from '../../db';
import { countsText, resultText } from './import-words';
import { useUndoImport } from './use-undo-import';

type Run = { state: 'running'; progress: ApplyProgress } | { state: 'done'; result: ApplyResult } | { state: 'failed'; message: string };

/**
 * Applies the plan as soon as the step opens (the user pressed Apply): the
 * mappings saved for the next file of this source, then the rows in chunks
 * with a progress bar and Cancel, then what was written or how far it got,
 * and Undo import.
 */
export function ApplyStep({
  plan,
  mapping,
  values,
  fileName,
  territoryId,
  onRunning,
}: {
  plan: ImportPlan;
  mapping: ColumnMapping;
  values: ValueMapping;
  fileName: string;
  territoryId: string;
  onRunning(running: boolean): void;
}) {
  const { imports } = useWorkspace();
  const total = plan.summary.new + plan.summary.updated + plan.summary.unchanged;
  const [run, setRun] = useState<Run>({ state: 'running', progress: { done: 0, total } });
  const abort = useRef<AbortController | null>(null);
  const started = useRef(false);
  const undo = useUndoImport();

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const controller = new AbortController();
    abort.current = controller;
    onRunning(true);
    (async () => {
      await imports.saveColumnMapping(mapping);
      await imports.saveValueMapping(mapping.source, mapping.entity, values);
      const result = await imports.applyImport(
        { plan, entity: plan.entity, fileName, source: mapping.source, mapping, values, territoryId },
        { signal: controller.signal, onProgress: (progress) => setRun({ state: 'running', progress }) },
      );
      setRun({ state: 'done', result });
    })()
      .catch((error: unknown) => setRun({ state: 'failed', message: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        abort.current = null;
        onRunning(false);
      });
  }, [imports, mapping, values, plan, fileName, territoryId, onRunning]);

  if (run.state === 'running') {
    const { done } = run.progress;
    return (
      <Stack spacing={2}>
        <Typography>Writing the rows to this device…</Typography>
        <LinearProgress variant="determinate" value={total === 0 ? 100 : (done / total) * 100} aria-label="Import progress" />
        <Typography data-testid="import-progress">
          {formatCount(done)} of {formatCount(total)} rows
        </Typography>
        <Stack direction="row">
          <Button onClick={() => abort.current?.abort()}>Cancel</Button>
        </Stack>
      </Stack>
    );
  }
  if (run.state === 'failed') return <Alert severity="error">The import could not start: {run.message}</Alert>;

  const { result } = run;
  const undone = undo.message?.severity === 'success';
  return (
    <Stack spacing={2}>
      <Alert severity={result.status === 'applied' ? 'success' : 'warning'} data-testid="import-result">
        {resultText(result)}
        {result.status === 'applied' && ` ${countsText({ new: plan.summary.new, updated: plan.summary.updated, unchanged: plan.summary.unchanged, skipped: plan.summary.skipped + plan.summary.possibleDuplicates, errors: plan.summary.errors })}.`} The mappings are saved for the next file from this source.
      </Alert>
      {undo.message && <Alert severity={undo.message.severity}>{undo.message.text}</Alert>}
      {!undone && result.done > 0 && plan.summary.new + plan.summary.updated > 0 && (
        <Stack direction="row">
          <Button variant="outlined" disabled={undo.busy} onClick={() => undo.run(result.runId)}>
            Undo import
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
