import { Button, Card, CardContent, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { Commitment } from '../../../shared/domain/activity';
import type { Partner } from '../../../shared/domain/partner';
import { quarterOf, quarterRange } from '../../../shared/domain/quarter';
import { useWorkspace } from '../../app/workspace-context';
import { words } from '../../ui/labels';
import { notify } from '../../ui/notifier';
import { RecordDialog } from '../../ui/RecordDialog';
import { usePartnerChildren } from '../../ui/use-records';
import { prepQuarters } from './qbr-choice';

const statuses = ['open', 'in-progress', 'done', 'missed'] as const;

function StatusSelect({ commitment }: { commitment: Commitment }) {
  const { repo } = useWorkspace();
  return (
    <TextField
      select
      size="small"
      value={commitment.status}
      slotProps={{ htmlInput: { 'aria-label': `Status of ${commitment.description}` } }}
      onChange={(e) => {
        const status = e.target.value as Commitment['status'];
        void repo.update('commitments', commitment.id, { status }).then(() =>
          notify(`Commitment marked ${words(status).toLowerCase()}`, { undo: () => repo.update('commitments', commitment.id, { status: commitment.status }) }),
        );
      }}
    >
      {statuses.map((s) => (
        <MenuItem key={s} value={s}>
          {words(s)}
        </MenuItem>
      ))}
    </TextField>
  );
}

function CommitmentTable({ label, rows, onEdit }: { label: string; rows: Commitment[]; onEdit?: (c: Commitment) => void }) {
  if (rows.length === 0) return <Typography color="text.secondary">None recorded.</Typography>;
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>Commitment</TableCell>
          <TableCell>Owner</TableCell>
          <TableCell>Due</TableCell>
          <TableCell>Status</TableCell>
          {onEdit && <TableCell />}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((c) => (
          <TableRow key={c.id}>
            <TableCell>{c.description}</TableCell>
            <TableCell>
              {c.ownerName} ({words(c.ownerSide)})
            </TableCell>
            <TableCell>{c.dueOn}</TableCell>
            <TableCell>
              <StatusSelect commitment={c} />
            </TableCell>
            {onEdit && (
              <TableCell>
                <Button size="small" onClick={() => onEdit(c)}>
                  Edit
                </Button>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

const isDate = (s: string | undefined) => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/**
 * The QBR prep: what was promised for the quarter under review and where it
 * stands, and what both sides commit to next, with owner and due date. Every
 * change is a repository write, so the pack and HQ see the same list.
 */
export function QbrPrep({ partner, quarter }: { partner: Partner; quarter: string }) {
  const { repo } = useWorkspace();
  const commitments = usePartnerChildren('commitments', partner.id);
  const [editing, setEditing] = useState<Commitment | 'new' | null>(null);
  const { last, next } = prepQuarters(quarter);
  const inQuarter = (q: string) => (commitments ?? []).filter((c) => c.quarter === q).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const lastRows = inQuarter(last);
  const nextRows = inQuarter(next);
  const current = editing === 'new' ? undefined : (editing ?? undefined);
  const nextRange = quarterRange(next);

  return (
    <Card variant="outlined" data-testid="qbr-prep">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          QBR prep for {quarter}
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
            <CommitmentTable label={`Commitments ${next}`} rows={nextRows} onEdit={setEditing} />
          </Stack>
        </Stack>
      </CardContent>
      {editing && (
        <RecordDialog
          table="commitments"
          title={current ? 'Edit commitment' : `New commitment for ${next}`}
          fields={[
            { name: 'description', label: 'What was agreed', required: true, kind: 'multiline' },
            { name: 'ownerSide', label: 'Owner side', options: [['vendor', 'Vendor'], ['partner', 'Partner']], width: 4 },
            { name: 'ownerName', label: 'Owner', required: true, width: 8 },
            { name: 'dueOn', label: 'Due date', kind: 'date', width: 6, helperText: `In ${next}: ${nextRange.start} to ${nextRange.end}` },
          ]}
          initial={{
            description: current?.description ?? '',
            ownerSide: current?.ownerSide ?? 'partner',
            ownerName: current?.ownerName ?? '',
            dueOn: current?.dueOn ?? nextRange.end,
          }}
          toRecord={(d) => ({
            partnerId: partner.id,
            territoryId: partner.territoryId,
            description: d.description,
            ownerSide: d.ownerSide,
            ownerName: d.ownerName,
            dueOn: d.dueOn,
            // Reviewed in the quarter it falls due, as everywhere else.
            quarter: isDate(d.dueOn) ? quarterOf(d.dueOn!) : next,
            status: current?.status ?? 'open',
            activityId: current?.activityId ?? null,
          })}
          save={async (r) => {
            if (current) await repo.update('commitments', current.id, r as never);
            else await repo.create('commitments', r as never);
            notify(current ? 'Commitment saved' : `Commitment added for ${next}`);
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
