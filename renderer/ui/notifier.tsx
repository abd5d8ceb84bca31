import { Alert, Button, Snackbar } from '@mui/material';
import { create } from 'zustand';

interface Notice {
  id: number;
  message: string;
  severity: 'success' | 'info' | 'error';
  /** Puts back what the action just did; the snackbar offers it as "Undo". */
  undo?: () => Promise<unknown>;
}

interface NoticeState {
  current: Notice | null;
  show(notice: Omit<Notice, 'id'>): void;
  close(): void;
}

let nextId = 1;
export const useNotices = create<NoticeState>()((set) => ({
  current: null,
  show: (notice) => set({ current: { ...notice, id: nextId++ } }),
  close: () => set({ current: null }),
}));

/** Shows a short message; with `undo`, the one place a destructive action can be taken back. */
export const notify = (message: string, options: { severity?: Notice['severity']; undo?: () => Promise<unknown> } = {}): void =>
  useNotices.getState().show({ message, severity: options.severity ?? 'success', ...(options.undo && { undo: options.undo }) });

export function Notifier() {
  const { current, close } = useNotices();
  return (
    <Snackbar
      key={current?.id}
      open={current !== null}
      autoHideDuration={current?.undo ? 8_000 : 4_000}
      onClose={(_event, reason) => reason !== 'clickaway' && close()}
    >
      <Alert
        severity={current?.severity ?? 'info'}
        variant="filled"
        onClose={close}
        action={
          current?.undo && (
            <Button
              color="inherit"
              size="small"
              onClick={async () => {
                const undo = current.undo!;
                close();
                await undo();
                notify('Undone', { severity: 'info' });
              }}
            >
              Undo
            </Button>
          )
        }
      >
        {current?.message}
      </Alert>
    </Snackbar>
  );
}
