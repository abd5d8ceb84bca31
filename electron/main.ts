import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, safeStorage, screen, session, shell } from 'electron';
import electronUpdater from 'electron-updater';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/platform/channels';
import { createFileSaving } from './file-saving';
import { createChannelHandlers } from './ipc/handlers';
import { registerChannelHandlers } from './ipc/register';
import { applicationMenu } from './menu';
import { createSecretStore } from './secret-store';
import { APP_ENTRY, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './security/app-origin';
import { createAppProtocolHandler } from './security/app-protocol';
import { decideWindowOpen, mayNavigate } from './security/navigation';
import { isPermissionAllowed } from './security/permissions';
import { secureWebPreferences } from './security/window-options';
import { startUpdateChecks } from './updater';
import { MIN_SIZE, restoreBounds, type WindowBounds } from './window-state';

// The main process only wires Electron's APIs to the modules beside it, which are unit-tested
// under Node with those APIs passed in (the Electron runtime cannot run in CI here).

// Bundled by electron/build.mjs to dist/electron/main.cjs, so __dirname is dist/electron.
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererRoot = path.join(__dirname, '..', 'renderer');

// app:// must be registered as privileged before ready so that it is a secure origin with
// IndexedDB, fetch and storage like https (checklist item 18).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

const userFile = (name: string) => path.join(app.getPath('userData'), name);
const readText = (file: string) => readFile(file, 'utf8').catch(() => null);

async function createMainWindow(): Promise<BrowserWindow> {
  const boundsFile = userFile('window-state.json');
  const saved = await readText(boundsFile).then((text) => (text ? (JSON.parse(text) as unknown) : null)).catch(() => null);
  const bounds = restoreBounds(saved, screen.getAllDisplays().map((d) => d.workArea));
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Partner Desk',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const state: WindowBounds = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    void writeFile(boundsFile, JSON.stringify(state)).catch(() => undefined);
  });

  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!mayNavigate(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!mayNavigate(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void shell.openExternal(url);
    return { action: decision.action };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());

  await window.loadURL(APP_ENTRY);
  return window;
}

const sendMenuCommand = (command: MenuCommand) => BrowserWindow.getFocusedWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command);

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
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createMainWindow();
  });
  // No webviews and no windows other than the app's, in any web contents (checklist items 11–14).
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot, (file) => net.fetch(pathToFileURL(file).toString())));
    session.defaultSession.setPermissionRequestHandler((contents, permission, callback) =>
      callback(isPermissionAllowed(permission, contents.getURL())),
    );
    session.defaultSession.setPermissionCheckHandler((_contents, permission, origin) => isPermissionAllowed(permission, origin));

    const secretsFile = userFile('secrets.json');
    registerChannelHandlers(
      ipcMain,
      createChannelHandlers({
        appInfo: () => ({
          name: app.getName(),
          version: app.getVersion(),
          platform: process.platform,
          paths: { userData: app.getPath('userData'), downloads: app.getPath('downloads') },
        }),
        secrets: createSecretStore(safeStorage, { read: () => readText(secretsFile), write: (text) => writeFile(secretsFile, text, { mode: 0o600 }) }, process.platform),
        files: createFileSaving({
          showSaveDialog: (options) => dialog.showSaveDialog(options),
          showFolderDialog: (options) => dialog.showOpenDialog({ ...options, properties: ['openDirectory', 'createDirectory'] }),
          mkdir: (dir) => mkdir(dir, { recursive: true }),
          writeFile: (file, data) => writeFile(file, data),
          defaultDir: app.getPath('downloads'),
        }),
      }),
    );
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        applicationMenu(process.platform, app.getName(), {
          syncNow: () => sendMenuCommand('sync-now'),
          openCommandPalette: () => sendMenuCommand('command-palette'),
          openHelp: () => void shell.openExternal('https://docs.partnerdesk.example/'),
        }) as Electron.MenuItemConstructorOptions[],
      ),
    );
    startUpdateChecks(electronUpdater.autoUpdater, app.isPackaged, (message) => console.warn(message));
    await createMainWindow();
  });
}
