import { zipQbrFiles } from '../../shared/qbr/zip';
import type { FileSaver, Platform, SecretStore } from './platform';

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
 * A browser cannot write a folder, so the files go as ONE .zip download
 * (a Blob behind an object URL, clicked through an `<a download>`); the
 * browser decides where it lands, so `where` is the file name.
 */
export const createWebFileSaver = (doc: Document = document): FileSaver => ({
  saveFiles: async ({ folderName, files }) => {
    if (files.length === 0) throw new Error('There are no files to save.');
    const zip = zipQbrFiles(files.map((f) => ({ ...f, mime: '' })));
    const url = URL.createObjectURL(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
    const name = zipNameFor(folderName);
    try {
      const link = doc.createElement('a');
      link.href = url;
      link.download = name;
      link.rel = 'noopener';
      link.style.display = 'none';
      doc.body.append(link);
      link.click();
      link.remove();
    } finally {
      // The click starts the download synchronously; revoking on the next turn is safe and frees the bytes.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
    return { saved: true, where: name };
  },
});

export const createWebPlatform = (): Platform => ({ secrets: createWebSecretStore(), files: createWebFileSaver() });
