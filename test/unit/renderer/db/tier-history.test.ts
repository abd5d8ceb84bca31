import { describe, expect, it } from 'vitest';
import { createRepository } from '../../../../renderer/db/repository';
import { partnerForm } from '../../../../renderer/features/partners/partner-draft';
import { openForm, saveForm } from '../../../../renderer/ui/record-form';
import { localDate } from '../../../../shared/domain/local-date';
import { freshDb, newPartner } from './factory';

const T0 = Date.UTC(2026, 7, 15, 9, 0, 0);
const context = { ownerUserId: 'user-1', firstTerritoryId: 'territory-north', today: '2026-08-15' };

const setup = () => {
  const { db } = freshDb();
  let nowMs = T0;
  const repo = createRepository(db, { now: () => nowMs });
  return { db, repo, advance: (ms: number) => (nowMs += ms) };
};

describe("a partner's tier history, written by the partner form", () => {
  it('records a promotion saved through the form, on the device calendar day, and pushes it with the tier', async () => {
    const { db, repo } = setup();
    const partner = await repo.create('partners', newPartner({ tier: 'silver' }));
    const spec = partnerForm(partner, context);
    const opened = openForm(spec);
    const outcome = await saveForm(repo, spec, opened, { ...opened.draft, tier: 'gold' });
    expect(outcome.ok).toBe(true);
    const stored = (await db.partners.get(partner.id))!;
    expect(stored.tierHistory).toEqual([{ on: localDate(new Date(T0)), from: 'silver', to: 'gold' }]);
    expect((await db.outbox.toArray()).at(-1)!.patch).toMatchObject({ tier: 'gold', tierHistory: stored.tierHistory });
  });

  it('keeps the history when the form saves another field, and when a write leaves it out', async () => {
    const { db, repo, advance } = setup();
    const partner = await repo.create('partners', newPartner({ tier: 'silver' }));
    await repo.update('partners', partner.id, { tier: 'gold' });
    const history = (await db.partners.get(partner.id))!.tierHistory;
    advance(24 * 3_600_000);

    const reopened = (await db.partners.get(partner.id))!;
    const spec = partnerForm(reopened, context);
    const opened = openForm(spec);
    await saveForm(repo, spec, opened, { ...opened.draft, vertical: 'Energy' });
    expect((await db.partners.get(partner.id))!).toMatchObject({ vertical: 'Energy', tierHistory: history });
    expect((await db.outbox.toArray()).at(-1)!.patch).not.toHaveProperty('tierHistory');

    // A whole-record save from a screen that knows nothing of the history.
    const { tierHistory: _left, ...withoutHistory } = (await db.partners.get(partner.id))!;
    await repo.update('partners', partner.id, { ...withoutHistory, region: 'APAC' }, { opened: withoutHistory });
    expect((await db.partners.get(partner.id))!).toMatchObject({ region: 'APAC', tierHistory: history });
  });
});
