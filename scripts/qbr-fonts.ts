import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFontModule } from './qbr/font-build';
import { fontRecipes } from './qbr/font-recipes';

/**
 * `npm run qbr:fonts` writes the PDF's font modules (shared/qbr/fonts/) from
 * the pinned font packages; `npm run qbr:fonts -- --check` only says whether
 * the committed modules are what the packages and recipes give. Run it after
 * upgrading a font package or changing a recipe.
 */
const FONTS = join(import.meta.dirname, '../shared/qbr/fonts');
const check = process.argv.includes('--check');

let stale = 0;
for (const recipe of fontRecipes) {
  const path = join(FONTS, `${recipe.module}.ts`);
  const text = buildFontModule(recipe);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // Not written yet.
  }
  if (current === text) {
    process.stdout.write(`${recipe.module}: up to date\n`);
  } else if (check) {
    stale++;
    process.stdout.write(`${recipe.module}: stale, run npm run qbr:fonts\n`);
  } else {
    writeFileSync(path, text);
    process.stdout.write(`${recipe.module}: written (${Math.round(text.length / 1024)} KiB)\n`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
