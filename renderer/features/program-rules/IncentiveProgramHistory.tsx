import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { quarterRange } from '../../../shared/domain/quarter';
import { dateText } from '../../ui/dates';
import { saveFailureOf } from '../../ui/form-state';
import { useCurrentQuarter, useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { useAll } from '../../ui/use-records';
import { incentiveProgramChanges } from './incentive-program-changes';
import { proposeIncentiveProgram, type IncentiveProgramProposal } from './incentive-program-proposal';
import { defaultTakesEffect } from './incentive-program-start';
import { versionNumber, versionsOf } from './incentive-program-versions';
import { IncentiveProgramReview } from './IncentiveProgramReview';
import { latestRecords, RuleVersionHistory } from './RuleVersionHistory';

/**
 * One program's versions, newest first, with what each changed and who saved
 * it, when and why; an earlier version is restored as a new version with its
 * rules, from a day HQ picks, through the same preview and reason as an edit.
 */
export function IncentiveProgramHistory({ programKey, readOnly, onClose }: { programKey: string; readOnly: boolean; onClose(): void }) {
  const titleId = useId();
  const calendar = useFiscalCalendar();
  const openQuarterStart = quarterRange(useCurrentQuarter(), calendar).start;
  const programs = useAll('incentivePrograms');
  const history = useAll('ruleChanges');
  const [pickedFrom, setPickedFrom] = useState<string | null>(null);
  const [pending, setPending] = useState<{ proposal: IncentiveProgramProposal; title: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const versions = programs ? versionsOf(programs, programKey) : [];
  const latest = versions[0];
  const from = pickedFrom ?? (latest ? defaultTakesEffect(latest, openQuarterStart, calendar) : openQuarterStart);
  const recordOf = latestRecords(history ?? [], 'incentivePrograms');
  const rows = versions.map((v, i) => {
    const previous = versions[i + 1];
    return {
      id: v.id,
      version: versionNumber(v),
      inForce: `${dateText(v.effectiveFrom)} – ${v.effectiveTo ? dateText(v.effectiveTo) : 'open'}`,
      // The version before was ended when this one began: its end is no change of this one's.
      changes: previous ? incentiveProgramChanges({ ...previous, effectiveTo: v.effectiveTo }, v) : [],
      record: recordOf.get(v.id),
      first: !previous,
    };
  });

  const restore = (id: string) => {
    const restored = versions.find((v) => v.id === id);
    if (!latest || !restored) return;
    try {
      const fields = { territoryId: latest.territoryId, name: latest.name, partnerType: latest.partnerType, effectiveFrom: from, effectiveTo: latest.effectiveTo, rules: restored.rules };
      const proposal = proposeIncentiveProgram(fields, latest, versionNumber(restored));
      setError(null);
      setPending({ proposal, title: `Restore version ${versionNumber(restored)} of ${latest.name} as version ${versionNumber(proposal.program)}` });
    } catch (e) {
      const failure = saveFailureOf(e);
      setError(failure.message ?? Object.values(failure.fields).join('; '));
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{latest ? `${latest.name}: versions` : 'Program versions'}</DialogTitle>
      <DialogContent>
        {!programs || !history ? (
          <Typography role="status">Loading versions…</Typography>
        ) : (
          <Stack spacing={2} sx={{ pt: 1 }}>
            {error && <Alert severity="error">{error}</Alert>}
            {!readOnly && (
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <TextField
                  size="small"
                  type="date"
                  label="A restore takes effect from"
                  value={from}
                  onChange={(e) => setPickedFrom(e.target.value)}
                  slotProps={{ inputLabel: { shrink: true } }}
                  sx={{ minWidth: 240 }}
                />
                <Typography variant="body2" color="text.secondary">
                  A restored version is saved as a new version with the earlier rules; the quarters before keep theirs.
                </Typography>
              </Stack>
            )}
            <RuleVersionHistory label="Incentive program history" rows={rows} inForceHeader="In force" nothingChanged="No rule changed" onRestore={readOnly ? undefined : restore} />
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
      {pending && <IncentiveProgramReview proposal={pending.proposal} title={pending.title} onBack={() => setPending(null)} onSaved={() => setPending(null)} />}
    </Dialog>
  );
}
