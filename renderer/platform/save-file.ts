import type { Platform, SaveOutcome } from './platform';

/**
 * One file out of the app: the desktop app asks where in its native save
 * dialog (main writes it), a browser downloads it through an `<a download>`
 * (the browser decides where, so `where` is the file name).
 */
export const saveOneFile = async (platform: Platform, file: { name: string; data: Uint8Array; mime: string }, page?: Document): Promise<SaveOutcome> => {
  if (platform.desktop) return platform.desktop.saveFile({ name: file.name, data: file.data });
  const doc = page ?? document;
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
    // The click starts the download at once; the bytes can go a little later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return { saved: true, where: file.name };
};
