import { Button, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A tab's title with its one main action on the right, e.g. "Contacts · Add contact". */
export function SectionHeader({ title, action }: { title: ReactNode; action?: { label: string; onClick: () => void; disabled?: boolean } }) {
  return (
    <Stack direction="row" sx={{ alignItems: 'center' }}>
      <Typography variant="h6" sx={{ flexGrow: 1 }}>
        {title}
      </Typography>
      {action && (
        <Button variant="contained" onClick={action.onClick} disabled={action.disabled ?? false}>
          {action.label}
        </Button>
      )}
    </Stack>
  );
}
