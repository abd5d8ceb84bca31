import { describe, expect, it, vi } from 'vitest';
import { bulkLoad } from '../../../../renderer/db/bulk-load';
import { createReads } from '../../../../renderer/db/reads';
import { createRepository } from '../../../../renderer/db/repository';
import { partnerFlags, type PartnerFlags } from '../../../../renderer/features/partners/partner-flags';
import { watchPartnerFlags } from '../../../../renderer/features/partners/partner-flags-watch';
import { generateWorkspace } from '../../../../shared/demo';
import { quarterRange, CALENDAR_YEAR } from '../../../../shared/domain/quarter';
import { freshDb } from '../db/factory';
import { flagInputsOf } from './workspace-flags';

const AS_OF = '2026-11-22';
const QUARTER_END = quarterRange('2026-Q4', CALENDAR_YEAR).end;

/** A store holding a small generated workspace, a repository on it and a watcher collecting every flag map it reports. */
const setup = async () => {
  const workspace = generateWorkspace({ seed: 7, asOf: AS_OF, territories: 2, partnersPerTerritory: 40 });
  const { db } = freshDb();
  await bulkLoad(db, workspace.records);
  const repo = createRepository(db);
  const reported: ReadonlyMap<string, PartnerFlags>[] = [];
  const stop = watchPartnerFlags(createReads(db), { asOf: () => AS_OF, onFlags: (flags) => reported.push(flags), settleMs: 20 });
  await vi.waitFor(() => expect(reported).toHaveLength(1));
  return { workspace, db, repo, reported, stop, latest: () => reported.at(-1)! };
};

const atRiskIds = (flags: ReadonlyMap<string, PartnerFlags>) => [...flags].filter(([, f]) => f.tierAtRisk).map(([id]) => id);

describe('partner flags, watched', () => {
  it('reads from the store the same flags the calculators give on the whole workspace', async () => {
    const { workspace, latest, stop } = await setup();
    const expected = partnerFlags(flagInputsOf(workspace.records, '2026-Q4', AS_OF));
    expect(atRiskIds(latest()).length).toBeGreaterThan(0);
    expect(new Map(latest())).toEqual(expected);
    stop();
  });

  it('clears "tier at risk" once the manager renews the lapsing certifications', async () => {
    const { db, repo, latest, stop } = await setup();
    const partnerId = atRiskIds(latest())[0]!;
    const lapsing = (await db.certifications.where('partnerId').equals(partnerId).toArray()).filter(
      (c) => !c.deleted && c.expiresOn !== null && c.expiresOn >= AS_OF && c.expiresOn <= QUARTER_END,
    );
    await repo.transact(async (writer) => {
      for (const c of lapsing) await writer.update('certifications', c.id, { expiresOn: '2027-12-31' });
    });
    await vi.waitFor(() => expect(latest().get(partnerId)?.tierAtRisk ?? false).toBe(false));
    stop();
  });

  it('flags a joint solution whose commercial model loses an item', async () => {
    const { db, repo, latest, stop } = await setup();
    const solutions = await db.jointSolutions.toArray();
    const complete = solutions.find((s) => !s.deleted && !latest().get(s.partnerId)?.commercialModelIncomplete);
    expect(complete).toBeDefined();
    await repo.update('jointSolutions', complete!.id, { commercialModel: { ...complete!.commercialModel, renewalOwner: undefined } });
    await vi.waitFor(() => expect(latest().get(complete!.partnerId)?.commercialModelIncomplete).toBe(true));
    stop();
  });

  it('recomputes once for a burst of writes, not once per write, and ends on the last write', async () => {
    const { db, repo, reported, latest, stop } = await setup();
    const partnerId = atRiskIds(latest())[0]!;
    const lapsing = (await db.certifications.where('partnerId').equals(partnerId).toArray()).filter(
      (c) => !c.deleted && c.expiresOn !== null && c.expiresOn >= AS_OF && c.expiresOn <= QUARTER_END,
    );
    const partners = (await db.partners.toArray()).slice(0, 20);
    // Twenty separate writes in quick succession, as a sync page or an import makes them; the renewal last.
    for (const p of partners) await repo.update('partners', p.id, { vertical: `${p.vertical} ` });
    for (const c of lapsing) await repo.update('certifications', c.id, { expiresOn: '2027-12-31' });
    await vi.waitFor(() => expect(latest().get(partnerId)?.tierAtRisk ?? false).toBe(false));
    expect(reported.length).toBeLessThanOrEqual(3);
    stop();
  });

  it('reports nothing after it is stopped', async () => {
    const { db, repo, reported, stop } = await setup();
    stop();
    const partner = (await db.partners.toArray())[0]!;
    await repo.update('partners', partner.id, { vertical: 'Energy' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(reported).toHaveLength(1);
  });
});
