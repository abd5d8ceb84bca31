import type { QbrAudience, QbrFormat } from './options';

/** Names Windows keeps for devices, with or without an extension: `CON`, `nul.txt`, `COM1`. */
const windowsDevice = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/**
 * A file name every OS accepts and no one mistakes for something else: no
 * path separators or characters Windows refuses, no control characters, never
 * a leading dot (a partner called `../../etc/passwd` must not become a
 * hidden file), no trailing dots or spaces, no Windows device name, and short
 * enough for a zip entry or a Downloads folder.
 */
export const safeFileStem = (text: string): string => {
  const spaced = text
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ');
  // Cut by characters, not UTF-16 units, so an emoji is never halved; then dots and spaces go from
  // both ends together, since stripping one can bare the other.
  const cleaned = Array.from(spaced).slice(0, 120).join('').replace(/^[. ]+|[. ]+$/g, '');
  return cleaned === '' || windowsDevice.test(cleaned) ? `Partner ${cleaned}`.trim() : cleaned;
};

/**
 * `Acme Corp 2026-Q3 QBR.pptx`; the internal review says so in its name
 * (`… QBR internal review.pptx`), so it never overwrites the partner pack in
 * a folder nor goes out as one by mistake.
 */
export const packFileName = (partnerName: string, quarter: string, format: QbrFormat, audience: QbrAudience = 'partner'): string =>
  `${safeFileStem(partnerName)} ${quarter} QBR${audience === 'internal' ? ' internal review' : ''}.${format}`;

export const formatMimeTypes: Record<QbrFormat, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
