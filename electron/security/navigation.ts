import { isAppUrl } from './app-origin';
import { isAllowedExternalUrl } from './external-links';

/**
 * The window never leaves the app (checklist item 13): a navigation to any
 * other origin, e.g. a link clicked in imported text, is cancelled.
 */
export const mayNavigate = (url: string): boolean => isAppUrl(url);

export type WindowOpenDecision = { action: 'deny'; openExternally: boolean };

/**
 * No new Electron windows at all (checklist item 14). A link meant for the
 * browser (target=_blank) goes to the user's browser when the allow-list
 * accepts it; everything else is dropped.
 */
export const decideWindowOpen = (url: string, allowedHosts?: readonly string[]): WindowOpenDecision => ({
  action: 'deny',
  openExternally: isAllowedExternalUrl(url, allowedHosts),
});
