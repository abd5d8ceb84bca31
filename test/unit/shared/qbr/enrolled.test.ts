import { describe, expect, it } from 'vitest';
import { CALENDAR_YEAR } from '../../../../shared/domain/quarter';
import { enrolledIn } from '../../../../shared/qbr/enrolled';
import { buildPartner } from '../../../support/records';

describe('which partners a quarter applies to (every batch: the app and npm run qbr -- --all)', () => {
  it('skips a partner enrolled after the quarter ended, with why, and keeps one enrolled on its last day', () => {
    const early = buildPartner('si', { name: 'Early', enrolledOn: '2025-01-15' });
    const lastDay = buildPartner('isv', { name: 'Last day', enrolledOn: '2026-09-30' });
    const late = buildPartner('oem', { name: 'Late', enrolledOn: '2026-10-01' });
    const { applicable, skipped } = enrolledIn([early, lastDay, late], '2026-Q3', CALENDAR_YEAR);
    expect(applicable.map((p) => p.name)).toEqual(['Early', 'Last day']);
    expect(skipped).toEqual([{ partnerId: late.id, partnerName: 'Late', reason: 'enrolled on 2026-10-01, after 2026-Q3 ended' }]);
  });

  it('refuses a label that is no quarter', () => {
    expect(() => enrolledIn([], '2026-Q5', CALENDAR_YEAR)).toThrow('Quarter must look like 2026-Q3');
  });
});
