import { formatMimeTypes, packFileName } from './file-names';
import { qbrFormats, type QbrFormat, type QbrOptions } from './options';
import { writeQbrPdf } from './pdf';
import { writeQbrPptx } from './pptx';
import { buildQbrSnapshot, type QbrSnapshot } from './snapshot';
import type { QbrSources } from './sources';
import { writeQbrXlsx } from './xlsx';

export interface QbrFile {
  name: string;
  mime: string;
  data: Uint8Array;
}

export interface QbrPack {
  snapshot: QbrSnapshot;
  formats: QbrFormat[];
  files: QbrFile[];
}

const writers: Record<QbrFormat, (snapshot: QbrSnapshot) => Uint8Array | Promise<Uint8Array>> = {
  pptx: writeQbrPptx,
  pdf: writeQbrPdf,
  xlsx: writeQbrXlsx,
};

/** Writes the chosen formats from one snapshot, in the fixed order deck, PDF, workbook. */
export const writeQbrFiles = async (snapshot: QbrSnapshot, formats: readonly QbrFormat[] = qbrFormats): Promise<QbrFile[]> => {
  const chosen = qbrFormats.filter((f) => formats.includes(f));
  if (chosen.length === 0) throw new Error('Choose at least one format: pptx, pdf or xlsx');
  const files: QbrFile[] = [];
  for (const format of chosen) {
    files.push({ name: packFileName(snapshot.partner.name, snapshot.quarter.label, format, snapshot.audience), mime: formatMimeTypes[format], data: await writers[format](snapshot) });
  }
  return files;
};

/** One partner's pack: the snapshot and its files. Throws QbrDataError when the data cannot make a pack. */
export const exportQbrPack = async (sources: QbrSources, partnerId: string, options: QbrOptions): Promise<QbrPack> => {
  const snapshot = buildQbrSnapshot(sources, partnerId, options);
  const formats = qbrFormats.filter((f) => (options.formats ?? qbrFormats).includes(f));
  return { snapshot, formats, files: await writeQbrFiles(snapshot, formats) };
};
