import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import type { Commitment } from '../../../shared/domain/activity';
import type { Partner } from '../../../shared/domain/partner';
import { quarterRange, quarterText } from '../../../shared/domain/quarter';
import { dateText } from '../../ui/dates';
import { ListTable } from '../../ui/ListTable';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { today } from '../../ui/today';
import { useFiscalCalendar } from '../../ui/use-fiscal-calendar';
import { usePartnerChildren } from '../../ui/use-records';
import { useRemove } from '../../ui/use-remove';
import { commitmentFields, commitmentForm } from '../partners/commitment-form';
import { commitmentColumns } from '../partners/commitment-columns';
import { prepQuarters } from './qbr-choice';

function CommitmentTable({ label, rows, onEdit, onRemove }: { label: string; rows: Commitment[]; onEdit?: (c: Commitment) => void; onRemove?: (c: Commitment) => void }) {
  const columns = useMemo(() => commitmentColumns({ onEdit, onRemove }), [onEdit, onRemove]);
  if (rows.length === 0) return <Typography color="text.secondary">None recorded.</Typography>;
  return <ListTable label={label} rows={rows} rowKey={(c) => c.id} columns={columns} emptyText="None recorded." />;
}

/**
 * The QBR prep: what was promised for the quarter under review and where it
 * stands, and what both sides commit to next, with owner and due date. Every
 * change is a repository write, so the pack and HQ see the same list.
 */
export function QbrPrep({ partner, quarter }: { partner: Partner; quarter: string }) {
  const commitments = usePartnerChildren('commitments', partner.id);
  const [editing, setEditing] = useState<Commitment | 'new' | null>(null);
  const remove = useRemove('commitments', 'commitment');
  const { last, next } = prepQuarters(quarter);
  const inQuarter = (q: string) => (commitments ?? []).filter((c) => c.quarter === q).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const lastRows = inQuarter(last);
  const nextRows = inQuarter(next);
  const current = editing === 'new' ? undefined : (editing ?? undefined);
  const calendar = useFiscalCalendar();
  const nextRange = quarterRange(next, calendar);

  return (
    <Card variant="outlined" data-testid="qbr-prep">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          QBR prep for {quarterText(quarter, calendar)}
        </Typography>
        <Stack spacing={2}>
          <Stack spacing={1}>
            <Typography variant="subtitle1">
              Last quarter’s commitments ({last}): {lastRows.filter((c) => c.status === 'done').length} of {lastRows.length} done
            </Typography>
            <CommitmentTable label={`Commitments ${last}`} rows={lastRows} />
          </Stack>
          <Stack spacing={1}>
            <Stack direction="row" sx={{ alignItems: 'center' }}>
              <Typography variant="subtitle1" sx={{ flexGrow: 1 }}>
                Next quarter’s commitments ({next})
              </Typography>
              <Button variant="outlined" onClick={() => setEditing('new')}>
                Add commitment for {next}
              </Button>
            </Stack>
            <CommitmentTable label={`Commitments ${next}`} rows={nextRows} onEdit={setEditing} onRemove={(c) => remove.ask(c.id, c.description)} />
          </Stack>
        </Stack>
      </CardContent>
      {editing && (
        <RecordDialog
          title={current ? 'Edit commitment' : `New commitment for ${next}`}
          fields={commitmentFields(`In ${next}: ${dateText(nextRange.start)} to ${dateText(nextRange.end)}`)}
          spec={commitmentForm(partner, current, { ownerSide: 'partner', ownerName: '', dueOn: nextRange.end, quarter: next }, today(), calendar)}
          onSaved={() => notify(current ? 'Commitment saved' : `Commitment added for ${next}`)}
          onClose={() => setEditing(null)}
        />
      )}
      {remove.dialog}
    </Card>
  );
}
