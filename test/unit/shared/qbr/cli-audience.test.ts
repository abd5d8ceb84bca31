import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../../scripts/qbr/args';

const base = ['--server', 'http://localhost:8080', '--user', 'a@b.test', '--password', 'x', '--quarter', '2026-Q3', '--out', 'out', '--all'];

describe('npm run qbr: audience', () => {
  it('takes --audience partner|internal, the partner pack by default', () => {
    expect(parseCliArgs(base)!.audience).toBe('partner');
    expect(parseCliArgs([...base, '--audience', 'internal'])!.audience).toBe('internal');
    expect(() => parseCliArgs([...base, '--audience', 'board'])).toThrow(/--audience takes partner or internal/);
  });
});
