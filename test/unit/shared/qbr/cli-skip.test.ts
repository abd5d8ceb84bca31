import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../../scripts/qbr/args';
import { enrolledIn } from '../../../../scripts/qbr/pick-partners';
import { buildPartner } from '../../../support/records';

const base = ['--server', 'http://localhost:8080', '--user', 'a@b.test', '--password', 'x', '--quarter', '2026-Q3', '--out', 'out', '--all'];

describe('npm run qbr: audience and which partners --all applies to', () => {
  it('takes --audience partner|internal, the partner pack by default', () => {
    expect(parseCliArgs(base)!.audience).toBe('partner');
    expect(parseCliArgs([...base, '--audience', 'internal'])!.audience).toBe('internal');
    expect(() => parseCliArgs([...base, '--audience', 'board'])).toThrow(/--audience takes partner or internal/);
  });

  it('skips a partner enrolled after the quarter ended, with why, and keeps one enrolled on its last day', () => {
    const early = buildPartner('si', { name: 'Early', enrolledOn: '2025-01-15' });
    const lastDay = buildPartner('isv', { name: 'Last day', enrolledOn: '2026-09-30' });
    const late = buildPartner('oem', { name: 'Late', enrolledOn: '2026-10-01' });
    const { applicable, skipped } = enrolledIn([early, lastDay, late], '2026-Q3');
    expect(applicable.map((p) => p.name)).toEqual(['Early', 'Last day']);
    expect(skipped.map((s) => [s.partner.name, s.reason])).toEqual([['Late', 'enrolled on 2026-10-01, after 2026-Q3 ended']]);
  });
});
