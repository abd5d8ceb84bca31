import { Alert, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { navigate } from './router';
import { useWorkspace } from './workspace-context';

/** Email, password and the server address; on success the workspace switches to that server's synced store. */
export function SignInPage() {
  const { signIn, defaultServerUrl, demo } = useWorkspace();
  const [server, setServer] = useState(defaultServerUrl);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      new URL(server);
    } catch {
      setError('The server address must be a full address such as https://partners.example.com');
      setBusy(false);
      return;
    }
    try {
      await signIn(server.replace(/\/+$/, ''), email.trim(), password);
      navigate({ section: 'partners' });
    } catch (e) {
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
      </CardContent>
    </Card>
  );
}
