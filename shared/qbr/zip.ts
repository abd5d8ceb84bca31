import { zipSync, type Zippable } from 'fflate';
import type { QbrFile } from './export';

/**
 * One .zip of the files for a single browser download. Names that repeat
 * (two partners with one name) get a counter so no file overwrites another.
 * Office files and PDFs are compressed already, so they are stored as is.
 */
export const zipQbrFiles = (files: readonly QbrFile[], folder?: (file: QbrFile) => string): Uint8Array => {
  const entries: Zippable = {};
  for (const file of files) {
    const base = folder ? `${folder(file)}/${file.name}` : file.name;
    let name = base;
    for (let n = 2; name in entries; n++) name = base.replace(/(\.[a-z]+)$/, ` (${n})$1`);
    entries[name] = [file.data, { level: 0 }];
  }
  return zipSync(entries);
};
