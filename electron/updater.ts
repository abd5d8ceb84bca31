/** The part of electron-updater's autoUpdater the app uses. */
export interface UpdaterLike {
  autoDownload: boolean;
  checkForUpdatesAndNotify(): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Checks the HQ server's update feed (the generic provider in
 * electron-builder.yml) once at start, and only in a packaged app: a
 * development build has no signed release to compare with. A failed check is
 * logged, never shown as an error: offline is the normal state of this app.
 */
export const startUpdateChecks = (updater: UpdaterLike, isPackaged: boolean, log: (message: string) => void): boolean => {
  if (!isPackaged) return false;
  updater.autoDownload = true;
  updater.on('error', (error) => log(`update check failed: ${error.message}`));
  updater.checkForUpdatesAndNotify().catch((error: unknown) => log(`update check failed: ${String(error)}`));
  return true;
};
