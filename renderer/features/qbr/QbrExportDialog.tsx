import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  FormLabel,
  Grid,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useStore } from 'zustand';
import type { Partner } from '../../../shared/domain/partner';
import { isFor } from '../../../shared/qbr/audiences';
import { qbrFormats, type QbrFormat } from '../../../shared/qbr/options';
import { qbrSectionTitles } from '../../../shared/qbr/sections';
import { useWorkspace } from '../../app/workspace-context';
import { notify } from '../../ui/notifier';
import { today } from '../../ui/today';
import { QuarterPicker } from '../incentives/QuarterPicker';
import { brandingFrom, choiceProblems, defaultChoice, exportErrorText, optionalSections, packFolderName, toggle, toQbrOptions, type QbrChoice } from './qbr-choice';
import { AudienceField } from './AudienceField';
import { PackPreview } from './preview/PackPreview';
import { audienceLabels } from './qbr-record-text';
import { exportPreparedPack, loadPreview, preparePartnerPack, previewPdf, readProgramSettings, stageText, type ExportStage, type PreparedPack } from './qbr-run';

export const formatLabels: Record<QbrFormat, string> = { pptx: 'PowerPoint deck (.pptx)', pdf: 'PDF (.pdf)', xlsx: 'Excel workbook (.xlsx)' };

const stageOrder: ExportStage[] = ['reading', 'writing', 'saving', 'recording'];

type Run = { state: 'idle' } | { state: 'running'; stage: ExportStage | 'previewing' } | { state: 'failed'; message: string };

/** The preview step: the pack prepared (its snapshot frozen) and its PDF, which the export then writes from. */
interface Preview {
  prepared: PreparedPack;
  pdf: Uint8Array;
}

const runText = (stage: ExportStage | 'previewing') => (stage === 'previewing' ? 'Making the preview…' : stageText[stage]);

/** pdf.js with its bundled worker, loaded on the first preview (and prefetched with the writers). */
const loadPdfPages = async () => (await loadPreview()).loadPdfPages();

/** The formats and sections a pack is made with; shared by the one-partner and batch dialogs. */
export function QbrChoiceFields({ choice, onChange, disabled }: { choice: QbrChoice; onChange(next: QbrChoice): void; disabled: boolean }) {
  return (
    <Stack spacing={2}>
      <AudienceField value={choice.audience} onChange={(audience) => onChange({ ...choice, audience })} disabled={disabled} />
      <QuarterPicker value={choice.quarter} onChange={(quarter) => onChange({ ...choice, quarter })} />
      <FormGroup aria-label="Formats">
        <FormLabel component="legend">Formats</FormLabel>
        <Stack direction="row" sx={{ flexWrap: 'wrap' }}>
          {qbrFormats.map((f) => (
            <FormControlLabel
              key={f}
              label={formatLabels[f]}
              disabled={disabled}
              control={<Checkbox checked={choice.formats.includes(f)} onChange={(e) => onChange({ ...choice, formats: toggle(qbrFormats, choice.formats, f, e.target.checked) })} />}
            />
          ))}
        </Stack>
      </FormGroup>
      <FormGroup aria-label="Sections">
        <FormLabel component="legend">Sections (the cover is always included)</FormLabel>
        <Grid container>
          {optionalSections.map((s) => (
            <Grid key={s} size={{ xs: 12, sm: 6 }}>
              <FormControlLabel
                label={isFor(s, choice.audience) ? qbrSectionTitles[s] : `${qbrSectionTitles[s]} (internal review only)`}
                disabled={disabled || !isFor(s, choice.audience)}
                control={
                  <Checkbox
                    size="small"
                    checked={choice.sections.includes(s) && isFor(s, choice.audience)}
                    onChange={(e) => onChange({ ...choice, sections: toggle(optionalSections, choice.sections, s, e.target.checked) })}
                  />
                }
              />
            </Grid>
          ))}
        </Grid>
      </FormGroup>
    </Stack>
  );
}

/**
 * One partner's QBR pack: options, an optional preview of the PDF page by
 * page, then the export, made in the renderer from the local store and saved
 * through the platform. The preview freezes the pack's snapshot; Export from
 * the preview writes that very snapshot, so the files say what was seen.
 */
export function QbrExportDialog({ partner, quarter, onClose }: { partner: Partner; quarter: string; onClose(): void }) {
  const { reads, repo, platform, sync } = useWorkspace();
  const user = useStore(sync, (s) => s.user);
  const [choice, setChoice] = useState<QbrChoice>(() => defaultChoice(quarter));
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const [preview, setPreview] = useState<Preview | null>(null);
  const problems = choiceProblems(choice);
  const running = run.state === 'running';
  const who = { id: user?.id ?? 'local-user', displayName: user?.displayName ?? 'Partner manager' };

  const prepare = async (): Promise<PreparedPack> => {
    const settings = await readProgramSettings(reads);
    return preparePartnerPack({ reads, user: who }, partner.id, toQbrOptions(choice, today(), brandingFrom(settings)));
  };

  const showPreview = async () => {
    if (problems.length > 0) return;
    setRun({ state: 'running', stage: 'reading' });
    try {
      const prepared = await prepare();
      setRun({ state: 'running', stage: 'previewing' });
      const pdf = await previewPdf(prepared);
      setPreview({ prepared, pdf: pdf.data });
      setRun({ state: 'idle' });
    } catch (error) {
      setRun({ state: 'failed', message: exportErrorText(error) });
    }
  };

  const start = async () => {
    if (problems.length > 0) return;
    setRun({ state: 'running', stage: 'reading' });
    try {
      const prepared = preview?.prepared ?? (await prepare());
      const result = await exportPreparedPack({ reads, repo, platform, user: who }, prepared, (p) => packFolderName(p.snapshot.partner.name, p.snapshot.quarter.label), (stage) =>
        setRun({ state: 'running', stage }),
      );
      if (!result.save.saved) {
        setRun({ state: 'idle' });
        notify('The pack was not saved.', { severity: 'info' });
        return;
      }
      notify(`QBR pack for ${partner.name} ${choice.quarter} saved to ${result.save.where}. Mark it delivered on the QBR tab once the review is held.`, { severity: 'success' });
      onClose();
    } catch (error) {
      setRun({ state: 'failed', message: exportErrorText(error) });
    }
  };

  return (
    <Dialog open onClose={running ? undefined : onClose} maxWidth={preview ? 'lg' : 'md'} fullWidth aria-labelledby="qbr-export-title">
      <DialogTitle id="qbr-export-title">
        {preview ? `Preview: ${partner.name}, ${choice.quarter}, ${audienceLabels[choice.audience].toLowerCase()}` : `Export QBR pack: ${partner.name}`}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {preview ? (
            <>
              <Typography variant="body2" color="text.secondary">
                The PDF as {choice.audience === 'partner' ? 'the partner will see it' : 'the vendor team will see it'}, drawn on this device. The deck and the workbook carry the same figures.
              </Typography>
              <PackPreview pdf={preview.pdf} loadPages={loadPdfPages} />
            </>
          ) : (
            <QbrChoiceFields choice={choice} onChange={setChoice} disabled={running} />
          )}
          {problems.map((p) => (
            <Alert key={p} severity="warning">
              {p}
            </Alert>
          ))}
          {running && (
            <Stack spacing={1} role="status" aria-label="Export progress">
              <Typography variant="body2">{runText(run.stage)}</Typography>
              <LinearProgress
                variant={run.stage === 'previewing' ? 'indeterminate' : 'determinate'}
                value={run.stage === 'previewing' ? 0 : ((stageOrder.indexOf(run.stage) + 1) / (stageOrder.length + 1)) * 100}
              />
            </Stack>
          )}
          {run.state === 'failed' && (
            <Alert severity="error" role="alert" data-testid="qbr-export-error">
              {run.message}
            </Alert>
          )}
          {!preview && (
            <Typography variant="caption" color="text.secondary">
              Made on this device from the records stored here; no network is needed. In the desktop app you choose a folder; in a browser the pack downloads as one .zip.
            </Typography>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {preview ? (
          <Button onClick={() => setPreview(null)} disabled={running} sx={{ mr: 'auto' }}>
            Back to options
          </Button>
        ) : (
          <Button variant="outlined" onClick={() => void showPreview()} disabled={running || problems.length > 0} sx={{ mr: 'auto' }}>
            Preview
          </Button>
        )}
        <Button onClick={onClose} disabled={running}>
          Close
        </Button>
        <Button variant="contained" onClick={() => void start()} disabled={running || problems.length > 0}>
          Export pack
        </Button>
      </DialogActions>
    </Dialog>
  );
}
