import type { AppInfo, MenuCommand, SecretProtection } from '../../shared/platform/channels';

/**
 * The one seam between the renderer and its host (DESIGN §3). The Electron
 * preload and the browser each provide one implementation of this interface;
 * nothing else in the renderer touches `window.electron`, `sessionStorage`
 * or any other host API directly, so the same renderer runs in both.
 */

/** Small secrets at rest, such as the sync session's tokens. */
export interface SecretStore {
  /** The stored value, or null when there is none. */
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Files to hand to the user together, e.g. one QBR pack or a territory's packs. */
export interface FilesToSave {
  /** The folder (Electron) or the .zip (browser) the files go into, without an extension: a name, not a path. */
  folderName: string;
  files: readonly { name: string; data: Uint8Array }[];
}

/** Where the files went, or that the user closed the dialog without saving. */
export type SaveOutcome = { saved: true; where: string } | { saved: false };

/** Saving files out of the app. */
export interface FileSaver {
  /**
   * Electron: into a folder the user picks in a native dialog.
   * Browser: one .zip download, the one thing a page can hand over for many files.
   */
  saveFiles(request: FilesToSave): Promise<SaveOutcome>;
}

/**
 * What only the desktop app's host can tell or do; a browser has none of it
 * (no OS keyring behind its secrets, no native dialogs, no application menu),
 * so the screens that use it fall back to the browser's own way or say nothing.
 */
export interface DesktopHost {
  /** The installed app's version and folders, for Settings. */
  appInfo(): Promise<AppInfo>;
  /** How the OS protects secrets at rest: on Linux without a keyring Electron only obfuscates them. */
  secretProtection(): Promise<SecretProtection>;
  /** One file (a backup) where the user picks in the native save dialog; main checks the name and size. */
  saveFile(file: { name: string; data: Uint8Array }): Promise<SaveOutcome>;
  /**
   * The application menu's commands. The menu owns Ctrl/Cmd+S and Ctrl/Cmd+K
   * in the desktop app, so this is how those shortcuts reach the page there.
   * Returns the unsubscribe function.
   */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export interface Platform {
  /**
   * Electron: encrypted with safeStorage through the preload bridge.
   * Browser: session scope only (sessionStorage), so a shared computer does
   * not keep a signed-in session after the tab closes.
   */
  secrets: SecretStore;
  files: FileSaver;
  /** Present in the desktop app only. */
  desktop?: DesktopHost;
}
