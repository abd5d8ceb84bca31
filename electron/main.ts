import { app, BrowserWindow, ipcMain } from 'electron';
import path from 'node:path';
import { secureWebPreferences } from './window-options';

// Bundled by electron/build.mjs to dist/electron/main.cjs, so __dirname is dist/electron.
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererIndex = path.join(__dirname, '..', 'renderer', 'index.html');

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Partner Desk',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  // The app:// protocol replaces file:// in issue 4.
  void window.loadFile(rendererIndex);
  return window;
}

function focusMainWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

// One Partner Desk per profile: a second launch focuses the running window instead of opening a
// second copy on the same local store.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);

  // Sender validation needs the app:// origin (issue 4); the app version is not sensitive.
  ipcMain.handle('app:info', () => ({ version: app.getVersion() }));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });

  void app.whenReady().then(createMainWindow);
}
