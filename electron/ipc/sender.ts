import { isAppUrl } from '../security/app-origin';

/** The part of Electron's IpcMainInvokeEvent the check reads. */
export interface IpcSenderEvent {
  senderFrame: { url: string } | null;
}

/**
 * Only the app's own top frame may call the host (checklist item 17): an
 * iframe or a page navigated elsewhere must not reach secrets or the disk.
 */
export const isTrustedSender = (event: IpcSenderEvent): boolean => event.senderFrame !== null && isAppUrl(event.senderFrame.url);
