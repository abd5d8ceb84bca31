import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { CertificationProgram } from '../../../shared/domain/certification';
import { termsVersions, type NewTerms } from '../../../shared/domain/certification-terms';
import { dateText } from '../../../shared/domain/date-text';
import { useWorkspace } from '../../app/workspace-context';
import { ListTable, type ListColumn } from '../../ui/ListTable';
import { partnerTypeLabels, words } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { RowActions } from '../../ui/RowActions';
import { today } from '../../ui/today';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { useAll } from '../../ui/use-records';
import { useRemove } from '../../ui/use-remove';
import { certificationProgramFields, certificationProgramForm, termsReachClosed } from './certification-program-form';
import { certificationHistoryRows, certificationRuleChange, termsSaved } from './certification-program-history';
import { RuleVersionHistory } from './RuleVersionHistory';

/** What the dialog is open on: a new program, an edit, or an edit that brings back an earlier version's terms. */
type Editing = { program?: CertificationProgram; restoring?: NewTerms & { version: number } } | null;

/**
 * The certification tracks HQ offers, and which partner types may take each.
 * A change to a program's terms (validity, partner types) is a new version
 * from a day (certification-terms.ts), listed in its history with who, when
 * and why, and any earlier version can be restored from a day.
 */
export function CertificationProgramsEditor() {
  const { repo, sync } = useWorkspace();
  const user = useStore(sync, (s) => s.user);
  const calendar = useFiscalCalendar();
  const programs = useAll('certificationPrograms');
  const changes = useAll('ruleChanges');
  const statements = useAll('incentiveStatements');
  const [editing, setEditing] = useState<Editing>(null);
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const remove = useRemove('certificationPrograms', 'certification program');
  const ask = remove.ask;
  const context = useMemo(
    () => ({ today: today(), closedQuarters: (statements ?? []).filter((s) => !s.deleted).map((s) => s.quarter), calendar }),
    [statements, calendar],
  );
  const columns = useMemo<ListColumn<CertificationProgram>[]>(
    () => [
      { id: 'name', header: 'Name', value: (p) => p.name },
      { id: 'code', header: 'Code', value: (p) => p.code },
      { id: 'track', header: 'Track', value: (p) => words(p.track) },
      { id: 'valid', header: 'Valid for', kind: 'number', value: (p) => p.validityMonths, text: (p) => `${p.validityMonths} months` },
      { id: 'types', header: 'Partner types', value: (p) => p.partnerTypes.map((t) => partnerTypeLabels[t]).join(', ') },
      {
        id: 'version',
        header: 'Terms',
        value: (p) => p.version ?? 1,
        text: (p) => `Version ${p.version ?? 1}${p.effectiveFrom ? ` from ${dateText(p.effectiveFrom)}` : ''}`,
      },
      {
        id: 'actions',
        header: 'Actions',
        actions: true,
        width: '200px',
        cell: (p) => (
          <Stack direction="row" sx={{ justifyContent: 'end' }}>
            <Button size="small" onClick={() => setHistoryOf(p.id)} aria-label={`History of ${p.name}`}>
              History
            </Button>
            <RowActions name={p.name} onEdit={() => setEditing({ program: p })} onDelete={() => ask(p.id, p.name)} />
          </Stack>
        ),
      },
    ],
    [ask],
  );
  const shown = historyOf ? programs?.find((p) => p.id === historyOf) : undefined;
  const opened = editing?.program;

  /** A save that changed the terms gets its history record; who and when are the server's to say when it arrives. */
  const recordHistory = async (saved: CertificationProgram, reason: string, closedQuartersReached: string[]) => {
    if (!opened || !termsSaved(opened, saved)) return;
    try {
      await repo.create('ruleChanges', certificationRuleChange(opened, saved, { reason, closedQuartersReached, restoredFromVersion: editing?.restoring?.version ?? null, user }));
    } catch (error) {
      notify(`The program was saved, but its history record was not: ${error instanceof Error ? error.message : String(error)}`, { severity: 'error' });
    }
  };

  return (
    <Stack spacing={2}>
      <ListTable
        label="Certification programs"
        rows={programs ?? []}
        rowKey={(p) => p.id}
        columns={columns}
        emptyText={programs ? 'No certification programs yet' : 'Loading…'}
      />
      <Button variant="contained" sx={{ alignSelf: 'start' }} onClick={() => setEditing({})}>
        Add certification program
      </Button>
      {editing && (
        <RecordDialog
          title={opened ? (editing.restoring ? `Restore version ${editing.restoring.version} of ${opened.name}` : `Edit ${opened.name}`) : 'New certification program'}
          fields={certificationProgramFields(opened !== undefined)}
          spec={certificationProgramForm(opened, context, editing.restoring)}
          onSaved={(saved, draft) => {
            notify(`Certification program saved${saved.version && saved.version !== opened?.version ? `: terms version ${saved.version}` : ''}`);
            void recordHistory(saved, draft.reason ?? '', termsReachClosed(opened, draft, context));
          }}
          onClose={() => setEditing(null)}
        />
      )}
      {shown && (
        <Dialog open onClose={() => setHistoryOf(null)} maxWidth="lg" fullWidth aria-labelledby="certification-history-title">
          <DialogTitle id="certification-history-title">{shown.name}: terms by version</DialogTitle>
          <DialogContent>
            <RuleVersionHistory
              label={`${shown.name} history`}
              rows={certificationHistoryRows(shown, changes ?? [])}
              inForceHeader="In force"
              nothingChanged="No term changed"
              onRestore={(id) => {
                const version = termsVersions(shown).find((t) => String(t.version) === id);
                if (!version) return;
                setHistoryOf(null);
                setEditing({ program: shown, restoring: { version: version.version, validityMonths: version.validityMonths, partnerTypes: version.partnerTypes } });
              }}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setHistoryOf(null)}>Close</Button>
          </DialogActions>
        </Dialog>
      )}
      {remove.dialog}
    </Stack>
  );
}
