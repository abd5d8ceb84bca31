import { Alert, Button, Checkbox, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useStore } from 'zustand';
import { partnerTypes, type PartnerType } from '../../../shared/domain/common';
import { quarterRange, quarterText } from '../../../shared/domain/quarter';
import { closedQuartersReached } from '../../../shared/domain/rule-change';
import type { TierRequirement, TierRuleSet } from '../../../shared/domain/tier-rules';
import { useWorkspace } from '../../app/workspace-context';
import { dateText } from '../../ui/dates';
import { saveFailureOf } from '../../ui/form-state';
import { partnerTypeLabels, tierLabels } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { useCurrentQuarter, useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { useAll } from '../../ui/use-records';
import { TierImpactDialog } from './TierImpactDialog';
import { TierRulesHistory } from './TierRulesHistory';
import { cellOfError, draftFromRuleSet, latestRuleSets, rankedTiers, requirementsFromDraft, type TierRulesDraft } from './tier-rules-draft';
import { proposeTierRules, ruleChangeToCreate, ruleSetToCreate, versionsOf, type TierRulesProposal } from './tier-rules-version';

/**
 * Tier requirements per partner type. Rules are versioned: saving writes a
 * new version effective from a date (the open quarter's first day unless the
 * user picks another), so past quarters stay judged by the rules in force
 * then. Before it is saved the user reads what it would change (who moves
 * tier, which open statements change); a version reaching a closed quarter
 * asks why. Each save writes its history record beside it, and any earlier
 * version can be restored as a new one.
 */
export function TierRulesEditor() {
  const { repo, sync } = useWorkspace();
  const user = useStore(sync, (s) => s.user);
  const calendar = useFiscalCalendar();
  const openQuarterStart = quarterRange(useCurrentQuarter(), calendar).start;
  const ruleSets = useAll('tierRuleSets');
  const programs = useAll('certificationPrograms');
  const history = useAll('ruleChanges');
  const statements = useAll('incentiveStatements');
  const [type, setType] = useState<PartnerType>('reseller');
  const latest = ruleSets ? latestRuleSets(ruleSets).get(type) : undefined;
  const [drafts, setDrafts] = useState<Partial<Record<PartnerType, TierRulesDraft>>>({});
  // Untouched, the date follows the program's calendar as it loads.
  const [pickedFrom, setEffectiveFrom] = useState<string | null>(null);
  const effectiveFrom = pickedFrom ?? openQuarterStart;
  const [pending, setPending] = useState<{ proposal: TierRulesProposal; title: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Each problem under the cell it is about ("gold.minTrailingRevenue"), as the save refused it.
  const [cellErrors, setCellErrors] = useState<Record<string, string>>({});
  const draft = drafts[type] ?? draftFromRuleSet(latest);
  const offered = (programs ?? []).filter((p) => p.partnerTypes.includes(type));

  const edit = (tier: (typeof rankedTiers)[number], change: Partial<TierRulesDraft[typeof tier]>) =>
    setDrafts((d) => ({ ...d, [type]: { ...draft, [tier]: { ...draft[tier], ...change } } }));

  const programName = (id: string): string => programs?.find((p) => p.id === id)?.name ?? id;
  const closedQuarters = closedQuartersReached(effectiveFrom, (statements ?? []).filter((r) => !r.deleted).map((r) => r.quarter), calendar);

  /** Checks the version as the save will and opens its preview; a refusal goes under the cells at fault. */
  const review = (requirements: TierRequirement[], restored: TierRuleSet | null) => {
    try {
      const proposal = proposeTierRules(type, requirements, effectiveFrom, latest, restored?.version ?? null);
      setError(null);
      setCellErrors({});
      const version = proposal.ruleSet.version;
      const what = `${partnerTypeLabels[type]} tier rules`;
      setPending({ proposal, title: restored ? `Restore version ${restored.version} of ${what} as version ${version}` : `Review version ${version} of ${what}` });
    } catch (e) {
      const failure = saveFailureOf(e);
      const cells: Record<string, string> = {};
      const elsewhere: string[] = [];
      for (const [path, message] of Object.entries(failure.fields)) {
        const cell = cellOfError(path, requirements);
        if (cell) cells[cell] ??= message;
        else elsewhere.push(message);
      }
      setCellErrors(cells);
      // The banner names every problem too, so none is missed in a wide table.
      setError(failure.message ?? [...Object.values(cells), ...elsewhere].join('; '));
    }
  };

  /** The version and its history record, both or neither. */
  const save = async (proposal: TierRulesProposal, reason: string): Promise<string | null> => {
    try {
      const saved = await repo.transact(async (writer) => {
        const made = await writer.create('tierRuleSets', ruleSetToCreate(proposal));
        await writer.create('ruleChanges', ruleChangeToCreate(proposal, made, latest, { subject: partnerTypeLabels[type], reason, closedQuartersReached: closedQuarters, programName, user }));
        return made;
      });
      setDrafts(({ [type]: _done, ...rest }) => rest);
      setPending(null);
      notify(`${partnerTypeLabels[type]} tier rules version ${saved.version} saved`);
      return null;
    } catch (e) {
      const failure = saveFailureOf(e);
      return failure.message ?? Object.values(failure.fields).join('; ');
    }
  };

  // The rules in force are what an edit starts from, and the closed quarters decide whether a save asks why: nothing is offered before both load.
  if (!ruleSets || !programs || !history || !statements) return <Typography role="status">Loading tier rules…</Typography>;

  const cellInput = (value: string, onChange: (v: string) => void, label: string, cell: string) => (
    <TextField
      size="small"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={cellErrors[cell] !== undefined}
      helperText={cellErrors[cell]}
      slotProps={{ htmlInput: { 'aria-label': label, inputMode: 'decimal' } }}
      sx={{ width: cellErrors[cell] ? 200 : 120 }}
    />
  );

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField select size="small" label="Partner type" value={type} onChange={(e) => setType(e.target.value as PartnerType)}>
          {partnerTypes.map((t) => (
            <MenuItem key={t} value={t}>
              {partnerTypeLabels[t]}
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="body2" color="text.secondary">
          {latest ? `In force: version ${latest.version}, from ${dateText(latest.effectiveFrom)}` : 'No rules yet for this type'}
        </Typography>
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      <Table size="small" aria-label="Tier requirements">
        <TableHead>
          <TableRow>
            <TableCell>Tier</TableCell>
            <TableCell>Trailing revenue ($)</TableCell>
            <TableCell>Open pipeline ($)</TableCell>
            {offered.map((p) => (
              <TableCell key={p.id}>{p.name} (people)</TableCell>
            ))}
            {type === 'isv' && <TableCell>Certified integration</TableCell>}
            {type === 'si' && <TableCell>Certified consultants</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {rankedTiers.map((tier) => (
            <TableRow key={tier}>
              <TableCell>{tierLabels[tier]}</TableCell>
              <TableCell>{cellInput(draft[tier].minTrailingRevenue, (v) => edit(tier, { minTrailingRevenue: v }), `${tierLabels[tier]} trailing revenue`, `${tier}.minTrailingRevenue`)}</TableCell>
              <TableCell>{cellInput(draft[tier].minOpenPipeline, (v) => edit(tier, { minOpenPipeline: v }), `${tierLabels[tier]} open pipeline`, `${tier}.minOpenPipeline`)}</TableCell>
              {offered.map((p) => (
                <TableCell key={p.id}>
                  {cellInput(draft[tier].people[p.id] ?? '', (v) => edit(tier, { people: { ...draft[tier].people, [p.id]: v } }), `${tierLabels[tier]} ${p.name}`, `${tier}.people.${p.id}`)}
                </TableCell>
              ))}
              {type === 'isv' && (
                <TableCell>
                  <Checkbox
                    checked={draft[tier].integrationCertified}
                    onChange={(e) => edit(tier, { integrationCertified: e.target.checked })}
                    slotProps={{ input: { 'aria-label': `${tierLabels[tier]} certified integration`, 'aria-invalid': cellErrors[`${tier}.integrationCertified`] !== undefined } }}
                  />
                </TableCell>
              )}
              {type === 'si' && (
                <TableCell>{cellInput(draft[tier].minCertifiedConsultants, (v) => edit(tier, { minCertifiedConsultants: v }), `${tierLabels[tier]} certified consultants`, `${tier}.minCertifiedConsultants`)}</TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField
          size="small"
          type="date"
          label="Effective from"
          value={effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'aria-describedby': 'tier-rules-from-note' } }}
          error={cellErrors.effectiveFrom !== undefined}
          helperText={cellErrors.effectiveFrom}
        />
        <Button variant="contained" onClick={() => review(requirementsFromDraft(draft, type), null)} disabled={drafts[type] === undefined}>
          Save as version {(latest?.version ?? 0) + 1}…
        </Button>
        <Typography id="tier-rules-from-note" variant="body2" color="text.secondary">
          {closedQuarters.length > 0
            ? `Reaches closed quarter${closedQuarters.length === 1 ? '' : 's'} ${closedQuarters.map((q) => quarterText(q, calendar)).join(', ')}: saving asks why`
            : `Quarters before ${dateText(effectiveFrom)} stay under the version that governs them`}
        </Typography>
      </Stack>
      <TierRulesHistory
        versions={versionsOf(ruleSets, type)}
        changes={history}
        programName={programName}
        onRestore={(v) => review(v.requirements.map((r) => ({ ...r, certifiedPeople: [...r.certifiedPeople] })), v)}
      />
      {pending && (
        <TierImpactDialog
          title={pending.title}
          proposed={pending.proposal.ruleSet}
          previous={latest}
          closedQuarters={closedQuarters}
          onBack={() => setPending(null)}
          onConfirm={(reason) => save(pending.proposal, reason)}
        />
      )}
    </Stack>
  );
}
