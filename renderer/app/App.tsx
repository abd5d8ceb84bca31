import { Box, CssBaseline, Typography } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import { useEffect, useState } from 'react';
import { Notifier } from '../ui/notifier';
import { flushRemovals } from '../ui/pending-removals';
import { bootDemo, bootServer, rememberedServer, rememberServer, type Booted } from './boot';
import { useRoute } from './router';
import { Screen } from './Screen';
import { Shell } from './Shell';
import { theme } from './theme';
import { WorkspaceProvider, type Workspace } from './workspace-context';

type Startup = { state: 'opening' } | { state: 'ready'; booted: Booted } | { state: 'failed'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The workspace in use; App shows whatever this last resolved to. */
let current: Booted | null = null;
let onSwitch: ((booted: Booted) => void) | null = null;

const switchTo = (booted: Booted): void => {
  current?.stop();
  current = booted;
  onSwitch?.(booted);
};

/** Signing in opens that server's own store; the current workspace stays until sign-in succeeds. */
const signIn: Workspace['signIn'] = async (serverUrl, email, password, options) => {
  const next = bootServer(serverUrl, signIn);
  try {
    await next.workspace.sync.getState().signIn(email, password, options);
  } catch (error) {
    next.stop();
    throw error;
  }
  rememberServer(serverUrl);
  switchTo(next);
};

/**
 * One boot per page, whatever React does: development mode runs effects
 * twice, and two sync controllers racing for the profile's lock is what the
 * lock is there to prevent, not something to start on purpose. The app root
 * lives as long as the page, so nothing stops the workspace but a switch.
 */
let booting: Promise<Booted> | undefined;
export const bootOnce = (): Promise<Booted> => {
  booting ??= (async () => {
    const server = rememberedServer();
    const booted = server ? bootServer(server, signIn) : await bootDemo(signIn);
    current = booted;
    return booted;
  })();
  return booting;
};

/** Boots the workspace (demo, or the server this device signed in to) and hands it to every screen. */
export function App() {
  const [startup, setStartup] = useState<Startup>({ state: 'opening' });
  const route = useRoute();

  useEffect(() => {
    let cancelled = false;
    const use = (booted: Booted) => !cancelled && setStartup({ state: 'ready', booted });
    onSwitch = use;
    bootOnce().then(
      use,
      (error: unknown) => !cancelled && setStartup({ state: 'failed', message: messageOf(error) }),
    );
    // Deletes waiting for their Undo window are written before the page goes away.
    const flush = () => void flushRemovals();
    window.addEventListener('pagehide', flush);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', flush);
    };
  }, []);

  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline />
      {startup.state === 'ready' ? (
        <WorkspaceProvider value={startup.booted.workspace}>
          <Shell route={route}>
            <Screen route={route} />
          </Shell>
          <Notifier />
        </WorkspaceProvider>
      ) : (
        <Box sx={{ p: 4 }}>
          <Typography variant="h5" component="h1" gutterBottom>
            Partner Desk
          </Typography>
          {startup.state === 'opening' && <Typography role="status">Opening the local workspace…</Typography>}
          {startup.state === 'failed' && (
            <Typography role="alert" color="error">
              The local workspace could not be opened: {startup.message}
            </Typography>
          )}
        </Box>
      )}
    </ThemeProvider>
  );
}
