import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The import rules between shared/, renderer/, electron/ and server/ (DESIGN §3), checked through
// the repository's own ESLint config.
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: repoRoot });

async function importErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  expect(result, `no lint result for ${file}`).toBeDefined();
  expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const importing = (source: string) => `import * as imported from '${source}';\nexport { imported };\n`;

describe('import rules (DESIGN §3)', () => {
  it.each([
    ['shared/x.ts', '../renderer/db/store'],
    ['shared/domain/x.ts', '../../renderer/x'],
    ['shared/x.ts', '../server/x'],
    ['shared/x.ts', '../electron/main'],
    ['shared/x.ts', 'node:fs'],
    ['shared/x.ts', 'fs/promises'],
    ['shared/x.ts', 'crypto'],
    ['shared/x.ts', 'electron'],
    ['shared/x.ts', 'dexie'],
    ['shared/x.ts', 'react'],
    ['shared/x.ts', 'react-dom/client'],
    ['shared/x.ts', '@mui/material'],
    ['renderer/features/x.ts', '../../server/x'],
    ['renderer/x.ts', '../electron/preload'],
    ['renderer/x.ts', 'electron'],
    ['renderer/x.ts', 'node:path'],
    ['renderer/x.ts', 'path'],
    ['renderer/vite.config.ts', '../server/x'],
    ['electron/main.ts', '../renderer/app/x'],
    ['electron/main.ts', '../server/x'],
    ['server/x.ts', '../electron/main'],
    ['server/x.ts', '../renderer/x'],
    ['server/x.ts', 'electron'],
    ['server/sync/push.ts', '../http/errors'],
    ['renderer/features/partners/x.ts', '../../db/database'],
    ['renderer/features/partners/x.ts', '../../db/reads'],
    ['renderer/ui/x.ts', '../db/outbox'],
    ['renderer/features/partners/x.ts', '../../sync/push'],
    ['renderer/features/x.ts', '../db/store'],
    ['renderer/features/partners/x.ts', 'dexie'],
    ['server/sync/push.ts', '../electron/main'],
  ])('%s may not import %s', async (file, source) => {
    const errors = await importErrors(file, importing(source));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('DESIGN §3');
  });

  it.each([
    ['renderer/features/x/y.ts', "import { openPartnerDeskDb } from '../../db';\nexport { openPartnerDeskDb };\n"],
    ['renderer/features/x/y.ts', "import type { PartnerDeskDb } from '../../db';\nexport type { PartnerDeskDb };\n"],
    ['renderer/ui/x.ts', "import { createSyncEngine } from '../sync';\nexport { createSyncEngine };\n"],
  ])('%s may not reach the store handle or sync internals through an index: %s', async (file, code) => {
    const errors = await importErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('DESIGN §3');
  });

  it('lets screens take the reads, the repository and the public sync actions from the indexes', async () => {
    expect(await importErrors('renderer/features/x/y.ts', "import type { Reads, Repository } from '../../db';\nexport type { Reads, Repository };\n")).toEqual([]);
    expect(await importErrors('renderer/features/x/y.ts', "import { restoreConflict } from '../../sync';\nexport { restoreConflict };\n")).toEqual([]);
  });

  it('explains the rule for shared/', async () => {
    const [error] = await importErrors('shared/x.ts', importing('../renderer/db/store'));
    expect(error).toContain('shared/ is isomorphic');
  });

  it('also catches re-exports', async () => {
    expect(await importErrors('shared/x.ts', "export * from '../renderer/db/store';\n")).toHaveLength(1);
  });

  it.each([
    ['renderer/x.ts', '../shared/domain'],
    ['renderer/features/partners/x.ts', '../../../shared/domain'],
    ['renderer/features/partners/x.ts', 'dexie-react-hooks'],
    ['renderer/app/boot.ts', '../db/database'],
    ['renderer/x.ts', 'dexie'],
    ['renderer/x.ts', '@mui/material'],
    ['renderer/vite.config.ts', 'node:url'],
    ['server/x.ts', '../shared/x'],
    ['server/x.ts', 'node:fs'],
    ['server/http/x.ts', '../sync/push'],
    ['server/sync/x.ts', '../store/db'],
    ['electron/main.ts', '../shared/x'],
    ['electron/main.ts', 'electron'],
    ['electron/main.ts', 'node:path'],
    ['shared/incentives/x.ts', '../domain'],
    ['shared/x.ts', 'zod'],
    ['shared/x.ts', './server-time'],
  ])('%s may import %s', async (file, source) => {
    expect(await importErrors(file, importing(source))).toEqual([]);
  });
});

describe('the form path (DESIGN §5)', () => {
  const writeErrors = async (file: string, code: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
    expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  };
  const screen = (call: string) => `declare const repo: { update(...args: unknown[]): Promise<void> };\nexport const save = () => ${call};\n`;

  it('stops a screen saving fields whole, without what the user saw', async () => {
    const [error] = await writeErrors('renderer/features/pipeline/x.ts', screen("repo.update('opportunities', 'o1', { stage: 'won' })"));
    expect(error).toContain('useRecordForm');
  });

  it("lets a screen save with the copy it opened on, and leaves the repository's own code alone", async () => {
    expect(await writeErrors('renderer/features/pipeline/x.ts', screen("repo.update('opportunities', 'o1', { stage: 'won' }, { opened: { stage: 'open' } })"))).toEqual([]);
    expect(await writeErrors('renderer/ui/x.ts', screen("repo.update('opportunities', 'o1', { stage: 'won' })"))).toEqual([]);
  });
});
