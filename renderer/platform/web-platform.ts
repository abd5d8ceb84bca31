import { zipQbrFiles } from '../../shared/qbr/zip';
import type { FileSaver, Platform, SaveOutcome, SecretStore } from './platform';

/** Keys are prefixed so the app's secrets never collide with anything else on the origin. */
const PREFIX = 'partner-desk.secret.';

/**
 * Browser secrets in sessionStorage: a browser has no OS keychain, so the
 * safest thing it can offer is to forget the session when the tab closes.
 */
export const createWebSecretStore = (storage: Storage = sessionStorage): SecretStore => ({
  get: async (key) => storage.getItem(PREFIX + key),
  set: async (key, value) => storage.setItem(PREFIX + key, value),
  delete: async (key) => storage.removeItem(PREFIX + key),
});

/** `Acme 2026-Q3 QBR.zip`: the folder name as a download name. */
export const zipNameFor = (folderName: string): string => `${folderName.replace(/[\\/:*?"<>|]/g, ' ').trim() || 'Files'}.zip`;

/**
 * A browser download of one file: a Blob behind an object URL, clicked
 * through an `<a download>`. The browser decides where it lands, so `where`
 * is the file name.
 */
export const downloadFile = (doc: Document, file: { name: string; data: Uint8Array; mime: string }): SaveOutcome => {
  const url = URL.createObjectURL(new Blob([file.data as Uint8Array<ArrayBuffer>], { type: file.mime }));
  try {
    const link = doc.createElement('a');
    link.href = url;
    link.download = file.name;
    link.rel = 'noopener';
    link.style.display = 'none';
    doc.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click starts the download synchronously; revoking on the next turn is safe and frees the bytes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return { saved: true, where: file.name };
};

/** A browser cannot write a folder, so the files go as ONE .zip download. */
export const createWebFileSaver = (doc: Document = document): FileSaver => ({
  saveFiles: async ({ folderName, files }) => {
    if (files.length === 0) throw new Error('There are no files to save.');
    return downloadFile(doc, { name: zipNameFor(folderName), data: zipQbrFiles(files.map((f) => ({ ...f, mime: '' }))), mime: 'application/zip' });
  },
});

export const createWebPlatform = (): Platform => ({ secrets: createWebSecretStore(), files: createWebFileSaver() });
