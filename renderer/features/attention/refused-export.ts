import type { RejectedChange } from '../../db';
import type { Platform } from '../../platform';

/** What an exported file of refused changes says about itself; a person or HQ reads it, nothing imports it. */
export const REFUSED_EXPORT_KIND = 'partner-desk-refused-changes';

export interface RefusedExport {
  kind: typeof REFUSED_EXPORT_KIND;
  exportedAt: string;
  /** Whose changes they are and which server refused them. */
  owner: string | null;
  server: string;
  changes: readonly RejectedChange[];
}

export const refusedExport = (changes: readonly RejectedChange[], owner: string | null, server: string, now = new Date()): RefusedExport => ({
  kind: REFUSED_EXPORT_KIND,
  exportedAt: now.toISOString(),
  owner,
  server,
  changes,
});

/**
 * Saves the refused changes as one JSON file, the way the settings backup is
 * saved: the desktop app asks where in its native dialog, a browser downloads
 * it. Returns where it went, or null when the user closed the dialog.
 */
export const saveRefusedExport = async (platform: Platform, file: RefusedExport): Promise<string | null> => {
  const name = `partner-desk-refused-changes-${file.exportedAt.slice(0, 10)}.json`;
  const text = JSON.stringify(file, null, 2);
  if (platform.desktop) {
    const outcome = await platform.desktop.saveFile({ name, data: new TextEncoder().encode(text) });
    return outcome.saved ? outcome.where : null;
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click starts the download at once; the bytes can go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'your downloads';
};
