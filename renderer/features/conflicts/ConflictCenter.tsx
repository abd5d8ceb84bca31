import { Alert, Button, Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Conflict, ConflictSide } from '../../../shared/domain/conflict';
import { useWorkspace } from '../../app/workspace-context';
import { dismissConflict, restoreConflict } from '../../sync';
import { dateTimeText } from '../../ui/dates';
import { fieldAt } from '../../ui/field-kinds';
import { notify } from '../../ui/notifier';
import { useRecordNames } from '../../ui/use-record-names';
import { fieldLabel, refsIn, valueText, type ValueContext } from '../../ui/value-text';

function Side({ title, conflict, side, context }: { title: string; conflict: Conflict; side: ConflictSide; context: ValueContext }) {
  return (
    <Grid size={{ xs: 12, sm: 6 }}>
      <Typography variant="caption" color="text.secondary">
        {title}
      </Typography>
      {/* Lists and nested values come as one line per entry or field. */}
      <Typography sx={{ fontWeight: 500, wordBreak: 'break-word', whiteSpace: 'pre-line' }}>
        {valueText(fieldAt(conflict.table, conflict.field), side.value, context)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        by {side.userName}, {dateTimeText(side.at)}
      </Typography>
    </Grid>
  );
}

/** Every value a sync merge overwrote, who wrote each side and when; the overwritten one can come back with one click. */
export function ConflictCenter() {
  const { reads, repo } = useWorkspace();
  const open = useLiveQuery(() => reads.listBy('conflicts', 'status', 'open'), [reads]);
  const sorted = [...(open ?? [])].sort((a, b) => b.lost.at.localeCompare(a.lost.at));
  const context = useRecordNames(sorted.flatMap((c) => [c.kept, c.lost].flatMap((side) => refsIn(fieldAt(c.table, c.field), side.value))));

  const act = async (conflict: Conflict, action: 'restore' | 'dismiss') => {
    try {
      if (action === 'restore') await restoreConflict(repo, conflict.id);
      else await dismissConflict(repo, conflict.id);
      notify(action === 'restore' ? `Restored ${conflict.lost.userName}'s value` : 'Kept the current value');
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { severity: 'error' });
    }
  };

  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h2">
        Conflict Center
      </Typography>
      <Typography color="text.secondary">
        When two people changed the same field without seeing each other's change, the later change is kept and the other
        one is listed here, so nothing is lost silently.
      </Typography>
      {open && sorted.length === 0 && <Alert severity="success">No overwritten values to review.</Alert>}
      {sorted.map((c) => (
        <Card key={c.id} variant="outlined" data-testid="conflict">
          <CardContent>
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
              {c.rowLabel || c.rowId}: {fieldLabel(c.field)}
            </Typography>
            <Grid container spacing={2} sx={{ my: 1 }}>
              <Side title="Kept (the record holds this now)" conflict={c} side={c.kept} context={context} />
              <Side title="Overwritten" conflict={c} side={c.lost} context={context} />
            </Grid>
            <Stack direction="row" spacing={1}>
              <Button variant="contained" onClick={() => void act(c, 'restore')}>
                Restore overwritten value
              </Button>
              <Button onClick={() => void act(c, 'dismiss')}>Keep current value</Button>
            </Stack>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}
