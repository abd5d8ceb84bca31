import { Button, IconButton, Stack } from '@mui/material';

/**
 * The end of a record's row in a list: Edit, and a ✕ that asks before it
 * deletes (the caller's `useRemove`, which also offers Undo). `name` says
 * which record, for screen readers: "Delete Ana Lopez".
 */
export function RowActions({ name, onEdit, onDelete }: { name: string; onEdit(): void; onDelete(): void }) {
  return (
    <Stack direction="row" sx={{ justifyContent: 'end', whiteSpace: 'nowrap' }}>
      <Button size="small" onClick={onEdit}>
        Edit
      </Button>
      <IconButton size="small" aria-label={`Delete ${name}`} onClick={onDelete}>
        ✕
      </IconButton>
    </Stack>
  );
}
