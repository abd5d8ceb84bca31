import type { CellValue } from '../table';
import { parsed, problem, type Parsed } from './parsed';

const yes = new Set(['true', 'yes', 'y', '1', 'x', 'ja', 'oui', 'si', 'checked']);
const no = new Set(['false', 'no', 'n', '0', 'nein', 'non', 'unchecked']);

/** A checkbox column as CRMs export it: true/false, Yes/No, 1/0, a cross. */
export const parseBoolean = (cell: CellValue): Parsed<boolean> => {
  if (typeof cell === 'boolean') return parsed(cell);
  const text = String(cell ?? '').trim().toLowerCase();
  if (yes.has(text)) return parsed(true);
  if (no.has(text)) return parsed(false);
  return problem(`must be yes or no, not "${String(cell).trim()}"`);
};
