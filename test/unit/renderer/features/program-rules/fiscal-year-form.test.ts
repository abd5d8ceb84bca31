import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepository } from '../../../../../renderer/db/repository';
import { fiscalYearForm } from '../../../../../renderer/features/program-rules/fiscal-year-form';
import { openForm, saveForm } from '../../../../../renderer/ui/record-form';
import type { ProgramSettings } from '../../../../../shared/domain/program-settings';
import { fiscalCalendarOf, quarterText } from '../../../../../shared/domain/quarter';
import { freshDb } from '../../db/factory';

const NOW = new Date('2026-11-24T16:30:00.000Z');
const repoOf = () => {
  const { db } = freshDb();
  return { db, repo: createRepository(db, { now: () => NOW.getTime() }) };
};

describe('HQ’s fiscal year start', () => {
  it('reads January until set, then saves February alone, and the program’s quarters follow it', async () => {
    const { db, repo } = repoOf();
    const first = fiscalYearForm(undefined, 0);
    expect(openForm(first).draft).toEqual({ fiscalYearStartMonth: '1' });
    const made = await saveForm(repo, first, openForm(first), { fiscalYearStartMonth: '2' });
    expect(made.ok).toBe(true);
    const stored = (made as { saved: ProgramSettings }).saved;
    expect(stored.fiscalYearStartMonth).toBe(2);
    // 24 November 2026 is in FY2027's last quarter, November to January.
    expect(quarterText('2027-Q4', fiscalCalendarOf(stored))).toBe('2027-Q4 (1 Nov 2026 – 31 Jan 2027)');
    // Saving it again as it stands writes nothing; moving it writes only the start month.
    const again = fiscalYearForm(stored, 0);
    const moved = await saveForm(repo, again, openForm(again), { fiscalYearStartMonth: '7' });
    expect(moved.ok && moved.saved.fiscalYearStartMonth).toBe(7);
    expect(Object.keys((await db.outbox.toArray()).at(-1)!.patch).sort()).toEqual(['fiscalYearStartMonth', 'updatedAt']);
  });

  it('keeps the start month once statements are closed, saying why under the field', async () => {
    const { repo } = repoOf();
    const spec = fiscalYearForm(undefined, 12);
    const outcome = await saveForm(repo, spec, openForm(spec), { fiscalYearStartMonth: '2' });
    expect(outcome).toMatchObject({
      ok: false,
      errors: {
        fiscalYearStartMonth:
          'Fiscal year start cannot change once incentive statements are closed (12 are): their quarters would cover other days than the ones they were closed on',
      },
    });
  });

  it('refuses a month that is no month, naming it in words', async () => {
    const { repo } = repoOf();
    const spec = fiscalYearForm(undefined, 0);
    const outcome = await saveForm(repo, spec, openForm(spec), { fiscalYearStartMonth: '13' });
    expect(outcome).toMatchObject({ ok: false, errors: { fiscalYearStartMonth: 'Fiscal year start must be a month from 1 (January) to 12 (December)' } });
  });
});
