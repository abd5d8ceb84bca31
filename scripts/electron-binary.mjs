// Finds the Electron runtime binary the way node_modules/electron/index.js does, without requiring
// that file: it tries to download the binary when missing, which cannot work here (DESIGN §3).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** @returns {string | null} the binary's path, or null when it is not installed */
export function electronBinary() {
  const electronDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
