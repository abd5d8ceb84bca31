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
  SvgIcon,
  TextField,
  Toolbar,
  Typography,
} from '@mui/material';
import type { Theme } from '@mui/material/styles';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { CommandPalette, usePalette } from './CommandPalette';
import { switchDemoRole } from './boot';
import { navItems } from './navigation';
import { hrefOf, type Route } from './router';
import { shortcutLabel } from './sync-indicator-text';
import { SyncIndicator } from './SyncIndicator';
import { ThemeToggle } from './ThemeToggle';
import { useShortcuts } from './use-shortcuts';
import { useWorkspace } from './workspace-context';

const DRAWER_WIDTH = 200;

/** Material's "search" glyph: the palette button reads as search at a glance, and alone where the bar is narrow. */
const SearchIcon = () => (
  <SvgIcon fontSize="small">
    <path d="M15.5 14h-.79l-.28-.27C15.41 12.59 16 11.11 16 9.5 16 5.91 13.09 3 9.5 3S3 5.91 3 9.5 5.91 16 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z" />
  </SvgIcon>
);

/**
 * The bar is one line down to the desktop window's minimum width (960 px):
 * nothing in it wraps or shrinks (a squeezed label is what made it overflow)
 * and the spacer takes the slack. Below 1200 px what is also elsewhere goes
 * first: the palette's label (its icon, name and shortcut stay) and the theme
 * switch (Settings has it).
 */
const fixed = { flexShrink: 0, whiteSpace: 'nowrap' } as const;
const wideOnly = { display: { xs: 'none', lg: 'inline-flex' } } as const;

/**
 * The picked theme on the top bar: a light pill with the bar's colour as its
 * text (6.1:1 in the light scheme, where the bar is primary blue), the
 * primary colour with dark text on the dark scheme's grey bar. A white veil
 * over the bar's blue, as before, left white text at 2.85:1.
 */
const selectedOnBar = (t: Theme) => {
  const selected = '& .MuiToggleButton-root.Mui-selected, & .MuiToggleButton-root.Mui-selected:hover';
  // The CSS variables, so each colour scheme gets its own primary.
  const { palette } = t.vars ?? t;
  return {
    [selected]: { color: palette.primary.main, bgcolor: palette.common.white },
    ...t.applyStyles('dark', { [selected]: { color: palette.primary.contrastText, bgcolor: palette.primary.main } }),
  };
};

/** The frame every screen sits in: top bar with sync state, the sections, the palette. */
export function Shell({ route, children }: { route: Route; children: ReactNode }) {
  const workspace = useWorkspace();
  const { sync, reads, demo } = workspace;
  const user = useStore(sync, (s) => s.user);
  const openConflicts = useLiveQuery(() => reads.countBy('conflicts', 'status', 'open'), [reads]);
  const refusedChanges = useLiveQuery(() => workspace.refused.count(), [workspace.refused]);
  useShortcuts(sync, workspace.platform);
  const current = route.section === 'partner' ? 'partners' : route.section;

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" elevation={0} sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 1.5 }}>
          <Typography variant="h6" component="h1" sx={fixed}>
            Partner Desk
          </Typography>
          <Box sx={{ ...fixed, display: 'flex', alignItems: 'center', ml: 1 }}>
            <Button
              color="inherit"
              size="small"
              startIcon={<SearchIcon />}
              onClick={() => usePalette.getState().setOpen(true)}
              aria-label="Go to partner"
              aria-keyshortcuts="Control+K Meta+K"
              sx={{ ...fixed, textTransform: 'none', minWidth: 0, '& .MuiButton-startIcon': { mr: { xs: 0, lg: 1 } } }}
            >
              {/* The button shows its name and no more (WCAG label in name): "Go to partner…" with "Ctrl+K" inside was not its name. */}
              <Box component="span" sx={wideOnly}>
                Go to partner
              </Box>
            </Button>
            {/* Beside the button, not in it: the shortcut is the button's aria-keyshortcuts, so it is shown, not read out again. Full white: faded, it fell below 4.5:1 on the bar. */}
            <Box component="kbd" aria-hidden sx={{ ...wideOnly, ml: 0.5, typography: 'body2', fontWeight: 500 }}>
              {shortcutLabel('K')}
            </Box>
          </Box>
          <Box sx={{ flexGrow: 1 }} />
          <SyncIndicator store={sync} here={route.section} />
          {demo && user && (
            <TextField
              select
              size="small"
              value={user.role}
              onChange={(e) => void switchDemoRole(workspace, e.target.value as 'manager' | 'hq')}
              aria-label="Demo role"
              // The label above names the hidden input; the visible combobox needs its own name for screen readers.
              slotProps={{ select: { SelectDisplayProps: { 'aria-label': 'Demo role' } } }}
              sx={{
                ...fixed,
                '& .MuiInputBase-root': { color: 'inherit', height: 30, typography: 'body2' },
                '& .MuiSelect-icon': { color: 'inherit' },
                // Hovered and focused too: MUI's focus colour is the primary colour, which is the bar's own.
                '& .MuiOutlinedInput-notchedOutline, & .MuiOutlinedInput-root:hover .MuiOutlinedInput-notchedOutline, & .MuiOutlinedInput-root.Mui-focused .MuiOutlinedInput-notchedOutline':
                  { borderColor: 'currentColor' },
              }}
            >
              <MenuItem value="manager">Partner manager</MenuItem>
              <MenuItem value="hq">HQ program lead</MenuItem>
            </TextField>
          )}
          {/* On the bar's colour the picked mode must stand out by more than a shade of text. */}
          <Box sx={[{ ...fixed, ...wideOnly }, selectedOnBar]}>
            <ThemeToggle />
          </Box>
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
                {item.section === 'attention' && (refusedChanges ?? 0) > 0 && (
                  <Chip label={refusedChanges} size="small" color="error" data-testid="refused-count" />
                )}
              </ListItemButton>
            ))}
        </List>
        {/* A landmark of its own, so no content sits outside one: who is signed in, where the data lives. */}
        <Stack component="aside" aria-label="Workspace" sx={{ mt: 'auto', p: 2 }}>
          {/* Where the data lives; the top bar already says the demo does not sync. */}
          {demo && (
            <Typography variant="caption" color="text.secondary">
              Demo workspace · stored on this device
            </Typography>
          )}
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
