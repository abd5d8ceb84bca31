import type { Platform, SaveOutcome } from './platform';
import { downloadFile } from './web-platform';

/**
 * One file out of the app: the desktop app asks where in its native save
 * dialog (main writes it), a browser downloads it (the browser decides
 * where, so `where` is the file name).
 */
export const saveOneFile = async (platform: Platform, file: { name: string; data: Uint8Array; mime: string }, page?: Document): Promise<SaveOutcome> =>
  platform.desktop ? platform.desktop.saveFile({ name: file.name, data: file.data }) : downloadFile(page ?? document, file);
