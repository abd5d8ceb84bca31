/** The largest file an import reads: 50 MB holds far more than a 10,000-partner CRM export, and parsing it stays within a laptop's memory. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportFileProblem = 'too-large' | 'empty' | 'unreadable' | 'unknown-sheet' | 'unsupported-type';

/** A file that cannot be read at all, said before anything is parsed or written. `message` is for the user as it stands. */
export class ImportFileError extends Error {
  constructor(
    readonly problem: ImportFileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Refuses a file over the limit before any parsing, so a huge file fails at once with a clear reason. */
export const checkImportSize = (byteLength: number, fileName = 'The file'): void => {
  if (byteLength > MAX_IMPORT_BYTES) {
    throw new ImportFileError(
      'too-large',
      `${fileName} is ${megabytes(byteLength)}; an import reads files up to ${megabytes(MAX_IMPORT_BYTES)}. Export fewer records at a time, or split the file.`,
    );
  }
  if (byteLength === 0) throw new ImportFileError('empty', `${fileName} is empty.`);
};
