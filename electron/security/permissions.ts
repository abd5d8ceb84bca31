import { isAppUrl } from './app-origin';

/**
 * Web permissions the app uses (checklist item 5): keeping the local store
 * from eviction, and notifications for sync errors. Camera, microphone,
 * geolocation, clipboard reads, HID/serial/USB and the rest are refused, and
 * nothing is granted to a page that is not the app's own.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage', 'notifications']);

export const isPermissionAllowed = (permission: string, requestingUrl: string): boolean =>
  ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
