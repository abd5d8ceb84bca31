import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useWorkspace } from '../../app/workspace-context';
import { today } from '../../ui/today';
import { batchProgressText, batchReport, type BatchReport } from './qbr-batch-report';
import { batchFolderName, brandingFrom, choiceProblems, defaultChoice, exportErrorText, toQbrOptions, type QbrChoice } from './qbr-choice';
import { exportBatch, readProgramSettings, type BatchProgressUpdate } from './qbr-run';
import { QbrChoiceFields } from './QbrExportDialog';

type Run = { state: 'idle' } | { state: 'running'; progress: BatchProgressUpdate | null } | { state: 'done'; report: BatchReport } | { state: 'failed'; message: string };

/**
 * QBR packs for many partners (a territory, or the list as filtered): a
 * progress bar over the partners the quarter applies to, Cancel, and at the
 * end which partners got no pack and why, and, apart, which were skipped
 * (enrolled after the quarter ended) and why.
 * Saved together: one folder in the desktop app, one .zip in a browser.
 */
export function BatchExportDialog({ partnerIds, scope, quarter, onClose }: { partnerIds: readonly string[]; scope: string; quarter: string; onClose(): void }) {
  const { reads, repo, platform, sync } = useWorkspace();
  const user = useStore(sync, (s) => s.user);
  const [choice, setChoice] = useState<QbrChoice>(() => defaultChoice(quarter));
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const problems = [...choiceProblems(choice), ...(partnerIds.length === 0 ? ['There are no partners to export.'] : [])];
  const running = run.state === 'running';

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setRun({ state: 'running', progress: null });
    try {
      const settings = await readProgramSettings(reads);
      const who = { id: user?.id ?? 'local-user', displayName: user?.displayName ?? 'Partner manager' };
      const result = await exportBatch({ reads, repo, platform, user: who }, partnerIds, toQbrOptions(choice, today(), brandingFrom(settings)), batchFolderName(scope, choice.quarter), {
        signal: controller.signal,
        onProgress: (progress) => setRun({ state: 'running', progress }),
      });
      setRun({
        state: 'done',
        report: batchReport({
          exported: result.exported,
          total: result.total,
          failures: result.failures,
          skipped: result.skipped,
          cancelled: result.cancelled,
          saved: result.save?.saved ?? false,
          ...(result.save?.saved ? { where: result.save.where } : {}),
        }),
      });
    } catch (error) {
      setRun({ state: 'failed', message: exportErrorText(error) });
    } finally {
      abort.current = null;
    }
  };

  const progress = run.state === 'running' ? run.progress : null;
  return (
    <Dialog open onClose={running ? undefined : onClose} maxWidth="md" fullWidth aria-labelledby="qbr-batch-title">
      <DialogTitle id="qbr-batch-title">
        Export QBR packs: {scope} ({partnerIds.length} {partnerIds.length === 1 ? 'partner' : 'partners'})
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <QbrChoiceFields choice={choice} onChange={setChoice} disabled={running} />
          {run.state === 'idle' &&
            problems.map((p) => (
              <Alert key={p} severity="warning">
                {p}
              </Alert>
            ))}
          {running && (
            <Stack spacing={1} role="status" aria-label="Batch progress">
              <Typography variant="body2">
                {progress ? batchProgressText(progress) : 'Reading the records and loading the writers…'}
              </Typography>
              <LinearProgress variant={progress ? 'determinate' : 'indeterminate'} value={progress ? (progress.done / progress.total) * 100 : 0} />
            </Stack>
          )}
          {run.state === 'done' && (
            <Alert severity={run.report.severity} data-testid="qbr-batch-report">
              <Typography variant="body2">{run.report.headline}</Typography>
              {run.report.failures.length > 0 && (
                <ul style={{ margin: 0, paddingLeft: 20 }} aria-label="Partners without a pack">
                  {run.report.failures.map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                </ul>
              )}
              {run.report.skippedHeading && (
                <>
                  <Typography variant="body2" sx={{ mt: 1 }}>
                    {run.report.skippedHeading}
                  </Typography>
                  <ul style={{ margin: 0, paddingLeft: 20 }} aria-label="Partners skipped">
                    {run.report.skipped.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                </>
              )}
            </Alert>
          )}
          {run.state === 'failed' && (
            <Alert severity="error" role="alert">
              {run.message}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {running ? (
          <Button color="warning" onClick={() => abort.current?.abort()}>
            Cancel
          </Button>
        ) : (
          <Button onClick={onClose}>Close</Button>
        )}
        <Button variant="contained" onClick={() => void start()} disabled={running || problems.length > 0}>
          Export packs
        </Button>
      </DialogActions>
    </Dialog>
  );
}
