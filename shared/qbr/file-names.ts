import type { QbrFormat } from './options';

/**
 * A file name every OS accepts: no path separators or characters Windows
 * refuses, no control characters, no trailing dots or spaces, and short
 * enough for a zip entry or a Downloads folder.
 */
export const safeFileStem = (text: string): string => {
  const cleaned = text
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '')
    .slice(0, 120)
    .trim();
  return cleaned || 'Partner';
};

/** `Acme Corp 2026-Q3 QBR.pptx`. */
export const packFileName = (partnerName: string, quarter: string, format: QbrFormat): string =>
  `${safeFileStem(partnerName)} ${quarter} QBR.${format}`;

export const formatMimeTypes: Record<QbrFormat, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
