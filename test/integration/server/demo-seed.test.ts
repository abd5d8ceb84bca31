import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../server/admin/demo';
import { openStore } from '../../../server/store/open';
import type { Store } from '../../../server/store/db';
import { demoWorkspace } from '../../../shared/demo';
import { entityNames } from '../../../shared/domain/entities';
import { pgliteDataDir } from './pglite-template';

const AS_OF = '2026-11-22';

/** PARTNER_DESK_DEMO=1 seeds the HQ server: every table the generator fills must reach the store, new ones (joint business plans) included. */
describe('HQ demo seed', () => {
  let store: Store;
  let remove: () => void;
  beforeAll(async () => {
    const data = await pgliteDataDir();
    remove = data.remove;
    store = await openStore({ dataDir: data.dir });
  });
  afterAll(async () => {
    await store.close();
    remove();
  });

  it('stores every record of every table the demo generator returns', async () => {
    expect(await seedDemo(store, AS_OF)).toBe(true);
    const rows = await store.query<{ tbl: string; n: string | number }>('select tbl, count(*) as n from records group by tbl');
    const stored = Object.fromEntries(rows.map((r) => [r.tbl, Number(r.n)]));
    const generated = demoWorkspace(AS_OF).records;
    const expected = Object.fromEntries(entityNames.filter((t) => generated[t].length > 0).map((t) => [t, generated[t].length]));
    expect(stored).toEqual(expected);
    expect(stored.businessPlans).toBeGreaterThan(0);
  });
});
