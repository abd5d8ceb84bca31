/**
 * The renderer is served from app://partner-desk/ rather than file:// (Electron
 * security checklist item 18): a file:// page can read any file the user can,
 * and every file:// URL is the same origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'partner-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * What app:// may do, registered before the app is ready: a standard, secure
 * origin with IndexedDB, storage and fetch like https. codeCache lets V8 keep
 * the compiled app between launches (Chromium does that only for http(s)
 * unless a custom scheme asks), which saves most of the script start-up on
 * every launch after the first.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, codeCache: true } as const;

/** True only for URLs of the app's own origin. */
export const isAppUrl = (url: string): boolean => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
};
