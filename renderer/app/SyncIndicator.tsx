import { Button, Chip, Stack, Tooltip } from '@mui/material';
import { useStore } from 'zustand';
import type { SyncAction } from '../sync/errors';
import { actionOf, syncCommandOf, type SyncStatusStore } from '../sync/status-store';
import { navigate, type Route, type Section } from './router';
import { actionLabels, pendingText, shortcutLabel, syncHintText, syncStateText } from './sync-indicator-text';

const colorOf = { demo: 'secondary', offline: 'default', syncing: 'info', synced: 'success', error: 'error' } as const;

/** The status already shows why a sync failed; the rejected promise has nothing more to tell. */
const syncNow = (store: SyncStatusStore) => void store.getState().syncNow().catch(() => undefined);

/** The screen an action opens; the others happen where the user is. */
const screenOf: Partial<Record<SyncAction, Section>> = { 'sign-in': 'sign-in', update: 'settings' };

/** Does the one thing a state offers (the button beside the status). */
export const performSyncAction = (action: SyncAction, store: SyncStatusStore): void => {
  const screen = screenOf[action];
  if (screen) navigate({ section: screen });
  else if (action === 'retry') syncNow(store);
  else window.alert("Your computer's clock is off. Set it to the correct time, then sync again.");
};

/** Ctrl/Cmd+S, the menu's Sync now and a click on the status: sync, or sign in where nothing can sync until someone does. */
export const runSyncCommand = (store: SyncStatusStore): void => {
  if (syncCommandOf(store.getState().state) === 'sign-in') navigate({ section: 'sign-in' });
  else syncNow(store);
};

// Nothing here may wrap or shrink: the top bar is one line, and a squeezed "Sign in" or a
// two-line chip is what made it overflow. Only a long error message is cut, at a width every
// state's own words fit in, and its tooltip then still carries the whole text.
const oneLine = { flexShrink: 0, whiteSpace: 'nowrap' } as const;
const STATE_MAX_WIDTH = { xs: 260, lg: 420 } as const;

/**
 * Always in the top bar: where sync stands, what is still to push, and the
 * one action the state needs, unless that action is the screen already open
 * (no second "Sign in" beside the sign-in form).
 */
export function SyncIndicator({ store, here }: { store: SyncStatusStore; here: Route['section'] }) {
  const state = useStore(store, (s) => s.state);
  const pendingCount = useStore(store, (s) => s.pendingCount);
  const offered = actionOf(state);
  const action = offered && screenOf[offered] !== here ? offered : null;
  const hint = syncHintText(state, shortcutLabel('S'));

  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center' }}
      role="status"
      aria-label="Sync status"
      data-testid="sync-status"
    >
      {/* describeChild: the hint describes the chip; its name stays the state a screen reader should hear. */}
      <Tooltip title={state.kind === 'error' ? `${state.message} ${hint}` : hint} describeChild>
        <Chip
          label={syncStateText(state)}
          color={colorOf[state.kind]}
          size="small"
          onClick={() => runSyncCommand(store)}
          sx={{ ...oneLine, maxWidth: STATE_MAX_WIDTH, bgcolor: state.kind === 'offline' ? 'background.paper' : undefined }}
        />
      </Tooltip>
      {action && (
        <Button
          size="small"
          variant="contained"
          color="inherit"
          sx={{ ...oneLine, color: 'text.primary' }}
          onClick={() => performSyncAction(action, store)}
        >
          {actionLabels[action]}
        </Button>
      )}
      <Chip
        label={pendingText(pendingCount, state.kind === 'demo')}
        size="small"
        variant="outlined"
        sx={{ ...oneLine, color: 'inherit', borderColor: 'currentColor' }}
        data-testid="pending-count"
      />
    </Stack>
  );
}
