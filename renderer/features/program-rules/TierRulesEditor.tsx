import { Alert, Button, Checkbox, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { GLOBAL_TERRITORY, partnerTypes, type PartnerType } from '../../../shared/domain/common';
import { useWorkspace } from '../../app/workspace-context';
import { dateText } from '../../ui/dates';
import { saveFailureOf } from '../../ui/form-state';
import { partnerTypeLabels, tierLabels } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { today } from '../../ui/today';
import { useAll } from '../../ui/use-records';
import { cellOfError, draftFromRuleSet, latestRuleSets, rankedTiers, requirementsFromDraft, type TierRulesDraft } from './tier-rules-draft';

/**
 * Tier requirements per partner type. Rules are versioned: saving writes a
 * new version effective from a date, so past quarters stay judged by the
 * rules that were in force then.
 */
export function TierRulesEditor() {
  const { repo } = useWorkspace();
  const ruleSets = useAll('tierRuleSets');
  const programs = useAll('certificationPrograms');
  const [type, setType] = useState<PartnerType>('reseller');
  const latest = ruleSets ? latestRuleSets(ruleSets).get(type) : undefined;
  const [drafts, setDrafts] = useState<Partial<Record<PartnerType, TierRulesDraft>>>({});
  const [effectiveFrom, setEffectiveFrom] = useState(today());
  const [error, setError] = useState<string | null>(null);
  // Each problem under the cell it is about ("gold.minTrailingRevenue"), as the save refused it.
  const [cellErrors, setCellErrors] = useState<Record<string, string>>({});
  const draft = drafts[type] ?? draftFromRuleSet(latest);
  const offered = (programs ?? []).filter((p) => p.partnerTypes.includes(type));

  const edit = (tier: (typeof rankedTiers)[number], change: Partial<TierRulesDraft[typeof tier]>) =>
    setDrafts((d) => ({ ...d, [type]: { ...draft, [tier]: { ...draft[tier], ...change } } }));

  const save = async () => {
    const requirements = requirementsFromDraft(draft, type);
    try {
      const saved = await repo.create('tierRuleSets', {
        territoryId: GLOBAL_TERRITORY,
        partnerType: type,
        version: (latest?.version ?? 0) + 1,
        effectiveFrom,
        requirements,
      });
      setError(null);
      setCellErrors({});
      setDrafts(({ [type]: _done, ...rest }) => rest);
      notify(`${partnerTypeLabels[type]} tier rules version ${saved.version} saved`);
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

  // The rules in force are what an edit starts from: typing before they load would save a version built on nothing.
  if (!ruleSets || !programs) return <Typography role="status">Loading tier rules…</Typography>;

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
          error={cellErrors.effectiveFrom !== undefined}
          helperText={cellErrors.effectiveFrom}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <Button variant="contained" onClick={() => void save()} disabled={drafts[type] === undefined}>
          Save as version {(latest?.version ?? 0) + 1}
        </Button>
      </Stack>
    </Stack>
  );
}
