import {
  AppBar,
  Box,
  Button,
  Chip,
  Drawer,
  List,
  ListItemButton,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Toolbar,
  Typography,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { CommandPalette, usePalette } from './CommandPalette';
import { switchDemoRole } from './boot';
import { navItems } from './navigation';
import { hrefOf, type Route } from './router';
import { SyncIndicator } from './SyncIndicator';
import { ThemeToggle } from './ThemeToggle';
import { useShortcuts } from './use-shortcuts';
import { useWorkspace } from './workspace-context';

const DRAWER_WIDTH = 200;

/** The frame every screen sits in: top bar with sync state, the sections, the palette. */
export function Shell({ route, children }: { route: Route; children: ReactNode }) {
  const workspace = useWorkspace();
  const { sync, reads, demo } = workspace;
  const user = useStore(sync, (s) => s.user);
  const openConflicts = useLiveQuery(() => reads.countBy('conflicts', 'status', 'open'), [reads]);
  useShortcuts(sync);
  const current = route.section === 'partner' ? 'partners' : route.section;

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" elevation={0} sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 1.5 }}>
          <Typography variant="h6" component="h1" sx={{ whiteSpace: 'nowrap' }}>
            Partner Desk
          </Typography>
          {demo && <Chip label="Demo workspace · stored on this device" color="secondary" size="small" />}
          <Button color="inherit" size="small" onClick={() => usePalette.getState().setOpen(true)} sx={{ ml: 1, textTransform: 'none', opacity: 0.9 }}>
            Go to partner… Ctrl+K
          </Button>
          <Box sx={{ flexGrow: 1 }} />
          <SyncIndicator store={sync} />
          {demo && user && (
            <TextField
              select
              size="small"
              value={user.role}
              onChange={(e) => void switchDemoRole(workspace, e.target.value as 'manager' | 'hq')}
              aria-label="Demo role"
              // The label above names the hidden input; the visible combobox needs its own name for screen readers.
              slotProps={{ select: { SelectDisplayProps: { 'aria-label': 'Demo role' } } }}
              sx={{ '& .MuiInputBase-root': { color: 'inherit', height: 30 }, '& fieldset': { borderColor: 'currentColor' } }}
            >
              <MenuItem value="manager">Partner manager</MenuItem>
              <MenuItem value="hq">HQ program lead</MenuItem>
            </TextField>
          )}
          <ThemeToggle />
        </Toolbar>
      </AppBar>
      <Drawer variant="permanent" sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH } }}>
        <Toolbar />
        <List component="nav" aria-label="Sections">
          {navItems
            .filter((item) => !item.hq || user?.role === 'hq')
            .map((item) => (
              <ListItemButton
                key={item.section}
                component="a"
                href={hrefOf({ section: item.section })}
                selected={current === item.section}
                aria-current={current === item.section ? 'page' : undefined}
              >
                <ListItemText primary={item.label} />
                {item.section === 'conflicts' && (openConflicts ?? 0) > 0 && <Chip label={openConflicts} size="small" color="warning" />}
              </ListItemButton>
            ))}
        </List>
        <Stack sx={{ mt: 'auto', p: 2 }}>
          <Typography variant="caption" color="text.secondary">
            {user ? `${user.displayName} · ${user.role === 'hq' ? 'HQ' : 'Manager'}` : 'Not signed in'}
          </Typography>
        </Stack>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar />
        {children}
      </Box>
      <CommandPalette />
    </Box>
  );
}
