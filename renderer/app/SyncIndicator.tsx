import { Button, Chip, Stack, Tooltip } from '@mui/material';
import { useStore } from 'zustand';
import type { SyncStatusStore } from '../sync/status-store';
import { navigate } from './router';
import { actionLabels, pendingText, syncStateText } from './sync-indicator-text';

const colorOf = { offline: 'default', syncing: 'info', synced: 'success', error: 'error' } as const;

/** Always in the top bar: where sync stands, what is still to push, and the one action an error needs. */
export function SyncIndicator({ store }: { store: SyncStatusStore }) {
  const state = useStore(store, (s) => s.state);
  const pendingCount = useStore(store, (s) => s.pendingCount);
  const syncNow = useStore(store, (s) => s.syncNow);

  const act = () => {
    if (state.kind !== 'error') return;
    if (state.action === 'retry') void syncNow();
    else if (state.action === 'sign-in') navigate({ section: 'sign-in' });
    else if (state.action === 'check-clock') window.alert("Your computer's clock is off. Set it to the correct time, then sync again.");
    else navigate({ section: 'settings' });
  };

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} role="status" aria-label="Sync status" data-testid="sync-status">
      <Tooltip title="Sync now (Ctrl+S)">
        <Chip
          label={syncStateText(state)}
          color={colorOf[state.kind]}
          size="small"
          onClick={() => void syncNow()}
          sx={{ maxWidth: 320, bgcolor: state.kind === 'offline' ? 'background.paper' : undefined }}
        />
      </Tooltip>
      {state.kind === 'error' && (
        <Button size="small" variant="contained" color="inherit" sx={{ color: 'text.primary' }} onClick={act}>
          {actionLabels[state.action]}
        </Button>
      )}
      <Chip
        label={pendingText(pendingCount)}
        size="small"
        variant="outlined"
        sx={{ color: 'inherit', borderColor: 'currentColor' }}
        data-testid="pending-count"
      />
    </Stack>
  );
}
