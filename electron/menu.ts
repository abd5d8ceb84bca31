/** A menu item in the shape Electron's Menu.buildFromTemplate reads. */
export interface MenuItem {
  label?: string;
  role?: string;
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItem[];
}

export interface MenuActions {
  syncNow(): void;
  openCommandPalette(): void;
  openHelp(): void;
}

/**
 * The application menu with the shortcuts people expect (undo, copy, paste,
 * zoom, full screen, quit) plus the app's own: Sync now (Ctrl/Cmd+S) and the
 * partner command palette (Ctrl/Cmd+K). The renderer also handles those keys
 * itself, so the browser build has them too.
 */
export const applicationMenu = (platform: string, appName: string, actions: MenuActions): MenuItem[] => {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ label: appName, submenu: [{ role: 'about' }, { type: 'separator' as const }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' as const }, { role: 'quit' }] }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Sync now', accelerator: 'CmdOrCtrl+S', click: actions.syncNow },
        { label: 'Go to partner…', accelerator: 'CmdOrCtrl+K', click: actions.openCommandPalette },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: 'View',
      submenu: [{ role: 'reload' }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { label: 'Window', submenu: [{ role: 'minimize' }, ...(mac ? [{ role: 'zoom' }, { role: 'front' }] : [{ role: 'close' }])] },
    { label: 'Help', submenu: [{ label: 'Partner Desk help', click: actions.openHelp }] },
  ];
};
