import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Step, StepLabel, Stepper } from '@mui/material';
import { useMemo, useReducer, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { checkImportSize, readImportFile, suggestValueMapping, type ImportFile } from '../../../shared/import';
import { useWorkspace } from '../../app/workspace-context';
import { ApplyStep } from './ApplyStep';
import { ChooseFileStep } from './ChooseFileStep';
import { ColumnMappingStep } from './ColumnMappingStep';
import { APPLY_STEP, canAdvance, columnStart, entityOfFile, importReducer, importSteps, initialDraft, planFor, type ImportStep, type PlanBasis } from './import-steps';
import { PreviewStep } from './PreviewStep';
import { SummaryStep } from './SummaryStep';
import { importUsers } from './import-users';
import { ValueMappingStep } from './ValueMappingStep';

/**
 * The CRM import, one dialog (issue 13): choose a file and what it holds, map
 * its columns and picklist values, preview and check every row, decide on
 * possible duplicates in the dry-run summary, apply. Nothing is written
 * before Apply; the mappings are saved then, for the next file of the source.
 */
export function ImportDialog({ onClose }: { onClose(): void }) {
  const { imports, sync } = useWorkspace();
  const user = useStore(sync, (s) => s.user);
  const users = useMemo(() => importUsers(user), [user]);
  const [draft, dispatch] = useReducer(importReducer, undefined, () => initialDraft());
  const [territoryId, setTerritoryId] = useState<string | null>(null);
  const [basis, setBasis] = useState<PlanBasis | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [applying, setApplying] = useState(false);
  // The file's bytes, kept to read another sheet of a workbook.
  const chosen = useRef<{ name: string; bytes: Uint8Array } | null>(null);

  // Planned again only when what the plan reads changes, not on every step: a big file takes a moment.
  const planning = draft.step >= 3;
  const { file, mapping, values, dateOrder, decisions } = draft;
  const basisDraft = useMemo(() => ({ ...initialDraft(), file, mapping, values, ...(dateOrder ? { dateOrder } : {}) }), [file, mapping, values, dateOrder]);
  // The duplicates as planned before any decision, so a row stays listed with the choice made for it.
  const undecided = useMemo(() => (basis && planning ? planFor(basisDraft, basis, {}) : null), [basis, planning, basisDraft]);
  const planned = useMemo(
    () => (basis && planning && Object.keys(decisions).length > 0 ? planFor(basisDraft, basis, decisions) : undecided),
    [basis, planning, basisDraft, decisions, undecided],
  );

  const fail = (error: unknown) => setProblem(error instanceof Error ? error.message : String(error));

  /** The columns for `file` as `entity`: the mapping saved for its source, else the suggestion. */
  const startColumns = async (file: ImportFile, entity: typeof draft.entity) => {
    const source = columnStart(file, entity, null).detection.source;
    const saved = await imports.savedColumnMapping(source, entity);
    dispatch({ type: 'columns', file, entity, columns: columnStart(file, entity, saved) });
  };

  const readFile = async (name: string, data: File | Uint8Array, sheet?: string) => {
    setProblem(null);
    try {
      // A file over the limit is refused by its size, before its bytes are read into memory.
      if (data instanceof File) checkImportSize(data.size, name);
      const bytes = data instanceof File ? new Uint8Array(await data.arrayBuffer()) : data;
      const file = await readImportFile(name, bytes, sheet === undefined ? {} : { sheet });
      chosen.current = { name, bytes };
      await startColumns(file, sheet === undefined ? entityOfFile(file, draft.entity) : draft.entity);
    } catch (error) {
      fail(error);
    }
  };

  const go = async (step: ImportStep) => {
    setProblem(null);
    try {
      if (step === 2 && draft.step === 1 && draft.mapping) {
        const saved = await imports.savedValueMapping(draft.mapping.source, draft.entity);
        // What the user chose in this session wins over what was saved, which wins over the suggestion.
        const keep = { version: 1 as const, fields: { ...saved?.fields } };
        for (const [field, values] of Object.entries(draft.values.fields)) keep.fields[field] = { ...keep.fields[field], ...values };
        dispatch({ type: 'values', values: suggestValueMapping(draft.file!.table, draft.mapping, { users, saved: keep }) });
      }
      if (step === 3 && draft.step === 2 && draft.mapping) {
        const territory = territoryId ?? user?.territoryIds[0];
        if (!user || !territory) throw new Error('Sign in to import: the records need a territory and an owner.');
        const [store, last] = await Promise.all([imports.importStore(draft.entity), imports.lastImportedValues(draft.mapping.source, draft.entity)]);
        setBasis({ store, lastImported: new Map(Object.entries(last)), context: { territoryId: territory, userId: user.id, now: new Date().toISOString() } });
      }
      dispatch({ type: 'go', step });
    } catch (error) {
      fail(error);
    }
  };

  const body = () => {
    switch (draft.step) {
      case 0:
        return (
          <ChooseFileStep
            draft={draft}
            territoryId={territoryId ?? user?.territoryIds[0] ?? null}
            territoryIds={user?.territoryIds ?? []}
            onTerritory={setTerritoryId}
            onEntity={(entity) => (draft.file ? startColumns(draft.file, entity).catch(fail) : dispatch({ type: 'entity', entity }))}
            onFile={(chosenFile) => void readFile(chosenFile.name, chosenFile)}
            onSheet={(sheet) => chosen.current && void readFile(chosen.current.name, chosen.current.bytes, sheet)}
          />
        );
      case 1:
        return <ColumnMappingStep draft={draft} dispatch={dispatch} />;
      case 2:
        return <ValueMappingStep draft={draft} users={users} dispatch={dispatch} />;
      case 3:
        return planned ? <PreviewStep draft={draft} planned={planned} users={users} store={basis!.store} dispatch={dispatch} /> : null;
      case 4:
        return planned && undecided ? <SummaryStep draft={draft} plan={planned.plan} undecided={undecided.plan} dispatch={dispatch} /> : null;
      case 5:
        return planned && draft.mapping && draft.file ? (
          <ApplyStep
            plan={planned.plan}
            mapping={draft.mapping}
            values={draft.values}
            fileName={draft.file.fileName}
            territoryId={basis!.context.territoryId}
            onRunning={setApplying}
          />
        ) : null;
    }
  };

  const atApply = draft.step === APPLY_STEP;
  return (
    <Dialog
      open
      fullWidth
      maxWidth="lg"
      // A click beside the dialog never throws away a mapping under way; Cancel and Escape still close it.
      onClose={(_event, reason) => !applying && !(reason === 'backdropClick' && draft.step > 0) && onClose()}
      aria-labelledby="import-title"
    >
      <DialogTitle id="import-title">Import from a CRM</DialogTitle>
      {/* Outside the scrolled content, so where the user is stays in view on a long mapping. */}
      <Stepper activeStep={draft.step} alternativeLabel sx={{ px: 3, pb: 2 }}>
        {importSteps.map((label) => (
          <Step key={label}>
            <StepLabel>{label}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <DialogContent dividers>
        {problem && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {problem}
          </Alert>
        )}
        {body()}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={applying}>
          {atApply ? 'Close' : 'Cancel'}
        </Button>
        {draft.step > 0 && !atApply && <Button onClick={() => go((draft.step - 1) as ImportStep)}>Back</Button>}
        {!atApply && (
          <Button variant="contained" disabled={!canAdvance(draft, planned?.plan)} onClick={() => go((draft.step + 1) as ImportStep)}>
            {draft.step === APPLY_STEP - 1 ? 'Apply' : 'Next'}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
