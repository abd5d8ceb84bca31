import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../server/app';

const ROOT = join(import.meta.dirname, '../../..');
let server: Awaited<ReturnType<typeof startServer>>;
let out: string;

/** Runs `npm run qbr`'s script as a user would, in its own process. */
const qbr = (args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/qbr.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

const base = () => ['--server', server.url, '--user', 'manager1@demo.test', '--quarter', '2026-Q3', '--as-of', '2026-11-22', '--out', out];

beforeAll(async () => {
  server = await startServer({ port: 0, dataDir: 'memory://', demo: { asOf: '2026-11-22' } });
  out = mkdtempSync(join(tmpdir(), 'qbr-cli-'));
}, 120_000);
afterAll(async () => {
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('npm run qbr against the HQ server', () => {
  it('prints usage with --help', async () => {
    const result = await qbr(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--partner NAME|ID');
  });

  it("writes one partner's three files, found by part of its name", async () => {
    const result = await qbr([...base(), '--password', 'demo1234', '--partner', 'nimbusmark']);
    expect(result.stderr).toContain('[1/1] Nimbusmark Technology Group: exported');
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['pdf', 'pptx', 'xlsx'].map((ext) => `Nimbusmark Technology Group 2026-Q3 QBR.${ext}`));
  }, 60_000);

  it('exports every partner enrolled in the quarter with --all, skips the rest with why, and exits 0', async () => {
    const all = mkdtempSync(join(tmpdir(), 'qbr-cli-all-'));
    try {
      const result = await qbr([...base().slice(0, -1), all, '--password', 'demo1234', '--all', '--formats', 'xlsx']);
      const skipped = result.stderr.match(/^Skipped .+: enrolled on .+, after 2026-Q3 ended\.$/gm)?.length ?? 0;
      const exported = result.stderr.match(/: exported$/gm)?.length ?? 0;
      expect(result.stderr).toContain(`[${30 - skipped}/${30 - skipped}]`);
      expect(exported + skipped).toBe(30);
      // A partner that joined after the quarter is not a failure: nothing is named as one.
      expect(result.stderr).not.toMatch(/^No pack for/m);
      expect(readdirSync(all).filter((f) => f.endsWith('.xlsx'))).toHaveLength(exported);
      expect(result.code).toBe(0);
    } finally {
      rmSync(all, { recursive: true, force: true });
    }
  }, 120_000);

  it('writes the internal review with --audience internal, named as one', async () => {
    const internal = mkdtempSync(join(tmpdir(), 'qbr-cli-internal-'));
    try {
      const result = await qbr([...base().slice(0, -1), internal, '--password', 'demo1234', '--partner', 'nimbusmark', '--formats', 'xlsx', '--audience', 'internal']);
      expect(result.code).toBe(0);
      expect(readdirSync(internal)).toEqual(['Nimbusmark Technology Group 2026-Q3 QBR internal review.xlsx']);
      const usage = await qbr([...base(), '--password', 'demo1234', '--all', '--audience', 'board']);
      expect([usage.code, usage.stderr]).toEqual([2, expect.stringContaining('--audience takes partner or internal')]);
    } finally {
      rmSync(internal, { recursive: true, force: true });
    }
  }, 90_000);

  it('says plainly when sign-in, the partner or the server fails, each with its exit code', async () => {
    const wrong = await qbr([...base(), '--password', 'nope', '--partner', 'x']);
    expect([wrong.code, wrong.stderr]).toEqual([3, expect.stringContaining('Sign-in refused')]);
    const unknown = await qbr([...base(), '--password', 'demo1234', '--partner', 'No Such Partner']);
    expect([unknown.code, unknown.stderr]).toEqual([4, expect.stringContaining('No partner named or with id "No Such Partner"')]);
    const down = await qbr(['--server', 'http://127.0.0.1:9', ...base().slice(2), '--password', 'demo1234', '--all']);
    expect([down.code, down.stderr]).toEqual([5, expect.stringContaining('Cannot reach the HQ server')]);
    const usage = await qbr(['--quarter', '2026-Q3']);
    expect([usage.code, usage.stderr]).toEqual([2, expect.stringContaining('Missing --server')]);
  }, 90_000);
});
