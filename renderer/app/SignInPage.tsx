import { Alert, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useStore } from 'zustand';
import { RefusedChangesHeldError } from '../db';
import { refusedAtStake, type AtStake } from '../features/attention/refused-at-stake';
import { RefusedOnSwitchDialog } from '../features/attention/RefusedOnSwitchDialog';
import { navigate } from './router';
import { useWorkspace } from './workspace-context';

/** How a sign-in goes on after the refused-changes warning: told, and whether the user agreed to their removal. */
interface Go {
  told: boolean;
  discardRefused: boolean;
}

/**
 * Email, password and the server address; on success the workspace switches
 * to that server's synced store. Signing in as another user, or to another
 * server, while this device keeps refused changes says so first and offers
 * to export them (DESIGN §5: never cleared without the user's word).
 */
export function SignInPage() {
  const { signIn, defaultServerUrl, demo, reads, sync } = useWorkspace();
  const user = useStore(sync, (s) => s.user);
  const [warning, setWarning] = useState<AtStake | null>(null);
  const [server, setServer] = useState(defaultServerUrl);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (go: Go = { told: false, discardRefused: false }) => {
    setBusy(true);
    setError(null);
    try {
      new URL(server);
    } catch {
      setError('The server address must be a full address such as https://partners.example.com');
      setBusy(false);
      return;
    }
    const target = server.replace(/\/+$/, '');
    try {
      const held = go.told
        ? null
        : refusedAtStake({
            demo,
            currentServer: defaultServerUrl,
            currentEmail: user?.email ?? null,
            targetServer: target,
            targetEmail: email,
            // The demo never syncs, so it has none to read.
            changes: demo ? [] : await reads.refusedChanges(),
          });
      if (held) {
        setWarning(held);
        return;
      }
      await signIn(target, email.trim(), password, { discardRefused: go.discardRefused });
      navigate({ section: 'partners' });
    } catch (e) {
      if (e instanceof RefusedChangesHeldError) {
        // That server's store keeps another user's refused changes: the same question, about those.
        setWarning({ changes: e.changes, owner: e.ownerEmail, server: target, consequence: 'removed', discardRefused: true });
        return;
      }
      // The password is cleared, the rest stays: retyping an email and a server address is the part people resent.
      setPassword('');
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card variant="outlined" sx={{ maxWidth: 480, mx: 'auto', mt: 4 }}>
      <CardContent>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack spacing={2}>
            <Typography variant="h5" component="h2">
              Sign in
            </Typography>
            {demo && (
              <Typography variant="body2" color="text.secondary">
                You are in the demo workspace. Signing in opens a separate workspace synced with your server; the demo stays
                as it is on this device.
              </Typography>
            )}
            {error && (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            )}
            <TextField label="Server address" value={server} onChange={(e) => setServer(e.target.value)} required />
            <TextField label="Email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required autoFocus />
            <TextField
              label="Password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
            <Button type="submit" variant="contained" disabled={busy || !email || !password}>
              {busy ? 'Signing in…' : 'Sign in'}
            </Button>
          </Stack>
        </form>
        {warning && (
          <RefusedOnSwitchDialog
            warning={warning}
            onCancel={() => setWarning(null)}
            onContinue={() => {
              const { discardRefused } = warning;
              setWarning(null);
              void submit({ told: true, discardRefused });
            }}
          />
        )}
      </CardContent>
    </Card>
  );
}
