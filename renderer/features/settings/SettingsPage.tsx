import { Alert, Box, Button, Card, CardContent, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useWorkspace } from '../../app/workspace-context';
import { ThemeToggle } from '../../app/ThemeToggle';
import { navigate } from '../../app/router';
import { notify } from '../../ui/notifier';
import { checkBackup, type BackupProblem } from './backup';
import { exportBackup, importBackup } from './backup-io';
import { SecretStorageNotice } from './SecretStorageNotice';
import { useDesktopInfo } from './use-desktop-info';
import { useStorageState } from './use-storage-state';

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** Theme, storage safety (persistence, backup) and the server this device syncs with. */
export function SettingsPage() {
  const { reads, repo, sync, demo, platform } = useWorkspace();
  const user = useStore(sync, (s) => s.user);
  const storage = useStorageState();
  const desktop = useDesktopInfo(platform.desktop);
  const file = useRef<HTMLInputElement>(null);
  const [importState, setImportState] = useState<{ message: string; problems: BackupProblem[]; severity: 'error' | 'success' | 'info' } | null>(null);

  const download = async () => {
    const backup = await exportBackup(reads);
    const name = `partner-desk-backup-${backup.exportedAt.slice(0, 10)}.json`;
    const text = JSON.stringify(backup);
    // The desktop app asks where in its native dialog and says where it went; a page can only download.
    if (platform.desktop) {
      const outcome = await platform.desktop.saveFile({ name, data: new TextEncoder().encode(text) });
      if (outcome.saved) notify(`Backup saved to ${outcome.where}`);
      return;
    }
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    notify('Backup saved to your downloads');
  };

  const upload = async (chosen: File) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await chosen.text());
    } catch {
      setImportState({ severity: 'error', message: 'This file is not valid JSON, so nothing was imported.', problems: [] });
      return;
    }
    const checked = checkBackup(parsed);
    if (!checked.ok) {
      setImportState({ severity: 'error', message: checked.message, problems: checked.problems });
      return;
    }
    setImportState({ severity: 'info', message: `Importing ${checked.count} records…`, problems: [] });
    try {
      const { written, skipped } = await importBackup(reads, repo, checked.tables, (done) =>
        setImportState({ severity: 'info', message: `Importing: ${done} of ${checked.count} records…`, problems: [] }),
      );
      setImportState({
        severity: 'success',
        message: `Imported ${written} records${skipped ? `; ${skipped} deleted on this device since the backup were left deleted` : ''}.`,
        problems: [],
      });
    } catch (error) {
      setImportState({ severity: 'error', message: `The import stopped: ${error instanceof Error ? error.message : String(error)}. Records already imported are kept.`, problems: [] });
    }
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 900 }}>
      <Typography variant="h5" component="h2">
        Settings
      </Typography>
      <SecretStorageNotice protection={desktop?.protection ?? null} />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" gutterBottom>
            Theme
          </Typography>
          <ThemeToggle size="medium" />
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" gutterBottom>
            Storage on this device
          </Typography>
          <Typography data-testid="persistence-state">
            {storage.persisted === null
              ? 'This browser does not say whether its storage is persistent.'
              : storage.persisted
                ? 'Persistent: the browser will not clear this workspace to free space.'
                : 'Not persistent yet: under storage pressure the browser may clear this workspace. Keep backups.'}
          </Typography>
          {desktop && (
            <Typography variant="body2" color="text.secondary">
              The desktop app keeps it in {desktop.app.paths.userData}.
            </Typography>
          )}
          {storage.usage !== null && storage.quota !== null && (
            <Typography variant="body2" color="text.secondary">
              Using {megabytes(storage.usage)} of {megabytes(storage.quota)} available.
            </Typography>
          )}
          {storage.persisted === false && (
            <Button sx={{ mt: 1 }} variant="outlined" onClick={() => void storage.request()}>
              Ask to keep storage persistent
            </Button>
          )}
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" gutterBottom>
            Backup
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            A JSON file of every record on this device, including changes not yet synced. Importing checks every record first
            and imports nothing if any is invalid.
          </Typography>
          <Stack direction="row" spacing={1}>
            <Button variant="contained" onClick={() => void download()}>
              Export backup
            </Button>
            <Button variant="outlined" onClick={() => file.current?.click()}>
              Import backup…
            </Button>
            <input
              ref={file}
              type="file"
              accept="application/json,.json"
              hidden
              aria-label="Backup file"
              data-testid="backup-file"
              onChange={(e) => {
                const chosen = e.target.files?.[0];
                e.target.value = '';
                if (chosen) void upload(chosen);
              }}
            />
          </Stack>
          {importState && (
            <Alert severity={importState.severity} sx={{ mt: 2 }} role="status">
              {importState.message}
              {importState.problems.length > 0 && (
                <List dense>
                  {importState.problems.slice(0, 20).map((p) => (
                    <ListItem key={`${p.table}/${p.record}`} disableGutters>
                      <ListItemText primary={`${p.table} ${p.record}`} secondary={p.errors.map((e) => e.message).join('; ')} />
                    </ListItem>
                  ))}
                  {importState.problems.length > 20 && <ListItem disableGutters>…and {importState.problems.length - 20} more.</ListItem>}
                </List>
              )}
            </Alert>
          )}
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" gutterBottom>
            Server
          </Typography>
          <Box>
            {demo ? (
              <Typography>This is the demo workspace: nothing is sent anywhere.</Typography>
            ) : (
              <Typography>Signed in as {user ? `${user.displayName} (${user.email})` : 'nobody'}.</Typography>
            )}
          </Box>
          <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
            {demo || !user ? (
              <Button variant="outlined" onClick={() => navigate({ section: 'sign-in' })}>
                Sign in to a server
              </Button>
            ) : (
              <Button variant="outlined" onClick={() => void sync.getState().signOut()}>
                Sign out
              </Button>
            )}
          </Stack>
        </CardContent>
      </Card>
      {desktop && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" gutterBottom>
              About
            </Typography>
            <Typography data-testid="app-version">
              {desktop.app.name} {desktop.app.version}, desktop app. It looks for a newer version each time it starts and installs
              it when you quit.
            </Typography>
          </CardContent>
        </Card>
      )}
    </Stack>
  );
}

