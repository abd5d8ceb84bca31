import type { EntityName } from '../../shared/domain/entities';
import { RecordNotFoundError } from '../../renderer/db/errors';
import type { EditLog } from './edit-log';
import type { Rng } from './prng';
import type { SimClient } from './sim-client';

type Row = Record<string, unknown> & { id: string; territoryId: string };

/** Partners everyone keeps touching: the first few by id, so clients of one territory collide on them. */
const HOT_PARTNERS = 4;

const liveRows = async (client: SimClient, table: EntityName): Promise<Row[]> =>
  ((await client.repo.list(table)) as unknown as Row[]).sort((a, b) => (a.id < b.id ? -1 : 1));

/**
 * The edits a simulated user makes while offline, each through the
 * repository like the app's screens, each logged for the invariants. Values
 * are unique per edit, so a value found anywhere names the edit that wrote it.
 */
export const createUserActions = (rng: Rng, log: EditLog, seed: number) => {
  let counter = 0;
  const unique = (client: SimClient, what: string) => `${what}-s${seed}-${client.name}-${++counter}`;

  const setField = async (client: SimClient, table: EntityName, row: Row, field: string, value: string, mustBeRefused = false) => {
    const before = (await client.repo.get(table, row.id)) as Row | undefined;
    if (!before) return;
    await client.repo.update(table, row.id, { [field]: value } as never);
    const entry = await client.db.outbox.orderBy('mutationId').last();
    log.edits.push({ client: client.name, table, rowId: row.id, field, value, seen: before[field] ?? null, mutationId: entry?.mutationId, ...(mustBeRefused && { mustBeRefused }) });
  };

  const actions = {
    /** Same-field edits on shared partners: the conflicts. */
    async editHotPartner(client: SimClient) {
      const partners = await liveRows(client, 'partners');
      if (partners.length === 0) return;
      const partner = rng.pick(partners.slice(0, HOT_PARTNERS));
      const field = rng.pick(['vertical', 'notes']);
      await setField(client, 'partners', partner, field, unique(client, field));
    },

    async editActivity(client: SimClient) {
      const activities = await liveRows(client, 'activities');
      if (activities.length === 0) return;
      const field = rng.pick(['subject', 'notes']);
      await setField(client, 'activities', rng.pick(activities.slice(0, 12)), field, unique(client, field));
    },

    async createActivity(client: SimClient) {
      const partners = await liveRows(client, 'partners');
      if (partners.length === 0) return;
      const partner = rng.pick(partners.slice(0, HOT_PARTNERS * 2));
      const marker = unique(client, 'created');
      const user = await client.engine.session.user();
      const created = await client.repo.create('activities', {
        territoryId: partner.territoryId,
        partnerId: partner.id,
        kind: 'note',
        occurredAt: new Date(client.engine.clock.now()).toISOString(),
        authorUserId: user?.id ?? 'someone',
        subject: marker,
        notes: '',
      });
      log.creates.push({ client: client.name, table: 'activities', rowId: created.id, marker });
    },

    async deleteActivity(client: SimClient) {
      const activities = await liveRows(client, 'activities');
      const mine = activities.filter((a) => String(a.subject).startsWith('created-'));
      const pool = mine.length > 0 && rng.chance(0.7) ? mine : activities.slice(0, 12);
      if (pool.length === 0) return;
      await client.repo.remove('activities', rng.pick(pool).id);
    },

    /**
     * A dialog stays open across a pull, then saves: the user opened a record,
     * a sync ran (other devices' changes to it may land), and the save hands
     * the repository the whole record as the dialog had it, with one field
     * changed, and the copy it opened on, as every dialog of the app does.
     */
    async editInOpenDialog(client: SimClient) {
      const table = rng.pick(['partners', 'activities'] as const);
      const rows = await liveRows(client, table);
      if (rows.length === 0) return;
      const row = rng.pick(rows.slice(0, table === 'partners' ? HOT_PARTNERS : 12));
      const opened = (await client.repo.get(table, row.id)) as Row | undefined;
      if (!opened) return;
      const crashes = client.crashes;
      await client.sync(0);
      // The app died during the sync: the dialog went with it.
      if (client.crashes !== crashes) return;
      const field = table === 'partners' ? rng.pick(['vertical', 'notes']) : rng.pick(['subject', 'notes']);
      const value = unique(client, `dialog-${field}`);
      const { id: _id, updatedAt: _u, deleted: _d, ...shown } = opened;
      await client.repo.update(table, row.id, { ...shown, [field]: value } as never, { opened });
      const entry = await client.db.outbox.orderBy('mutationId').last();
      // What the user saw in that field is what the dialog showed, not what the pull brought behind it.
      log.edits.push({ client: client.name, table, rowId: row.id, field, value, seen: opened[field] ?? null, mutationId: entry?.mutationId });
    },

    /**
     * A write the server refuses: a manager renames a program-wide incentive
     * program, which only HQ may change. The device takes it (the server is
     * the one that knows rights), so it must come back refused and wait in the
     * list the user sees, never vanish.
     */
    async editProgramWide(client: SimClient) {
      const programs = await liveRows(client, 'incentivePrograms');
      if (programs.length === 0) return;
      await setField(client, 'incentivePrograms', rng.pick(programs), 'name', unique(client, 'program'), true);
    },

    /** HQ moves a partner to another territory: its children follow, managers gain and lose rows. */
    async movePartner(client: SimClient) {
      const territories = (await liveRows(client, 'territories')).map((t) => t.id);
      const partners = await liveRows(client, 'partners');
      if (territories.length < 2 || partners.length === 0) return;
      const partner = rng.pick(partners.slice(0, HOT_PARTNERS * 3));
      const to = rng.pick(territories.filter((t) => t !== partner.territoryId));
      await client.repo.update('partners', partner.id, { territoryId: to });
    },
  };

  /**
   * One random edit; a record deleted or moved away under the user's feet is
   * just a missed click. `midSync`: made while a sync runs, so not one that
   * waits for a sync of its own.
   */
  const act = async (client: SimClient, isHq: boolean, midSync = false) => {
    const choices: (keyof typeof actions)[] = ['editHotPartner', 'editHotPartner', 'editActivity', 'createActivity', 'deleteActivity'];
    if (!midSync) choices.push('editInOpenDialog', 'editInOpenDialog');
    if (isHq) choices.push('movePartner');
    else choices.push('editProgramWide');
    try {
      await actions[rng.pick(choices)](client);
    } catch (error) {
      if (!(error instanceof RecordNotFoundError)) throw error;
    }
  };
  return { act };
};
