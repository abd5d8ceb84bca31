import { newId } from '../../shared/domain/ids';
import { formatHlc } from '../../shared/sync/hlc';
import { SCHEMA_VERSION, routes, type Mutation } from '../../shared/sync/protocol';
import type { Rng } from './prng';
import { SIM_PASSWORD } from './sim-client';
import type { SimServer } from './sim-server';

type Row = Record<string, unknown>;

/**
 * A manager's device gone bad, beside the honest ones (issue 10): it speaks
 * the protocol by hand and sends only what the server must refuse: conflict
 * records it made up or rewrote, writes outside its territory and into the
 * program's rules, changes too large to send, fields no record has, text the
 * database cannot store, change numbers out of order or reused. Every answer
 * must be a 4xx or a 200 whose every change was refused, never a 5xx; the
 * honest devices' invariants must hold whatever it did, and nothing of its
 * own may end up stored (`strayWrites`).
 */
export class MaliciousDevice {
  readonly clientId = newId();
  private accessToken = '';
  private territoryId = '';
  private nextId = 1;
  readonly problems: string[] = [];
  attacks = 0;

  constructor(
    private readonly server: SimServer,
    private readonly rng: Rng,
    readonly email = 'manager2@demo.test',
  ) {}

  private async call(path: string, body: unknown, raw?: string): Promise<{ status: number; body: Row }> {
    const response = await fetch(this.server.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.accessToken && { authorization: `Bearer ${this.accessToken}` }) },
      body: raw ?? JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Row) : {} };
  }

  async signIn(): Promise<void> {
    const answer = await this.call(routes.signIn, { email: this.email, password: SIM_PASSWORD });
    this.accessToken = String(answer.body.accessToken);
    this.territoryId = String((answer.body.user as { territoryIds: string[] }).territoryIds[0]);
  }

  private async rows(sql: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.server.store.query<{ row: Row }>(sql, params)).map((r) => r.row);
  }

  private mutation(table: Mutation['table'], rowId: string, patch: Row, extra: Partial<Mutation> = {}): Mutation {
    return { mutationId: this.nextId++, table, rowId, op: 'put', patch, baseVersion: 0, hlc: formatHlc({ wallMs: Date.now(), counter: 0, node: this.clientId }), ...extra };
  }

  /**
   * What one attack sends: mutations (each must be refused) or a raw body (the request must be).
   * An attack that needs a record the run has none of draws again.
   */
  private async pickAttack(): Promise<{ name: string; mutations?: Mutation[]; raw?: string; wholeRequestRefused?: boolean }> {
    const theirs = await this.rows("select data as row from records where tbl = 'partners' and territory_id <> $1 and territory_id <> 'global' and not deleted limit 20", [this.territoryId]);
    const mine = await this.rows("select data as row from records where tbl = 'partners' and territory_id = $1 and not deleted limit 20", [this.territoryId]);
    const conflicts = await this.rows("select data as row from records where tbl = 'conflicts' limit 20");
    const rules = await this.rows("select data as row from records where tbl = 'tierRuleSets' limit 5");
    const target = theirs.length > 0 ? this.rng.pick(theirs) : undefined;
    const own = mine.length > 0 ? this.rng.pick(mine) : undefined;
    const side = (value: unknown) => ({ value, hlc: formatHlc({ wallMs: Date.now(), counter: 0, node: this.clientId }), userId: 'x', userName: 'HQ', at: new Date().toISOString() });
    switch (this.rng.int(7)) {
      case 0: {
        // A conflict "about" another territory's partner whose lost value is our territory: restoring it would move the partner to us.
        const about = target ?? own;
        const forged = { id: newId(), territoryId: this.territoryId, updatedAt: new Date().toISOString(), deleted: false, table: 'partners', rowId: about?.id ?? newId(), field: 'territoryId', rowLabel: 'Partner', kept: side(about?.territoryId ?? 'x'), lost: side(this.territoryId), status: 'open' };
        const onRules = rules[0] && { ...forged, id: newId(), table: 'tierRuleSets', rowId: rules[0].id, field: 'requirements', lost: side([]) };
        return { name: 'forged conflict', mutations: [this.mutation('conflicts', forged.id, forged), ...(onRules ? [this.mutation('conflicts', onRules.id, onRules)] : [])] };
      }
      case 1: {
        const c = conflicts.length > 0 ? this.rng.pick(conflicts) : undefined;
        if (!c) return this.pickAttack();
        return { name: 'rewritten conflict', mutations: [this.mutation('conflicts', String(c.id), { rowId: target?.id ?? newId(), field: 'territoryId', lost: side(this.territoryId), status: 'restored' })] };
      }
      case 2: {
        const writes = [
          ...(target ? [this.mutation('partners', String(target.id), { name: 'Taken over' }), this.mutation('partners', String(target.id), { territoryId: this.territoryId })] : []),
          ...(rules[0] ? [this.mutation('tierRuleSets', String(rules[0].id), { requirements: [] })] : []),
          ...(own ? [this.mutation('partners', String(own.id), { territoryId: 'global' })] : []),
        ];
        return writes.length > 0 ? { name: 'out-of-scope writes', mutations: writes } : this.pickAttack();
      }
      case 3: {
        if (!own) return this.pickAttack();
        const huge = { ...(own.attributes as Row), integrations: [{ name: 'n'.repeat(1_100_000), depth: 'api', certificationStatus: 'certified', marketplaceListed: true }] };
        // Alone it passes the body limit; as a stand-in it must be refused with the server's copy.
        return this.rng.chance(0.5)
          ? { name: 'oversize change', mutations: [this.mutation('partners', String(own.id), { attributes: huge })], wholeRequestRefused: true }
          : { name: 'oversize stand-in', mutations: [this.mutation('partners', String(own.id), {}, { tooLarge: { bytes: 1_100_000, field: 'attributes' } })] };
      }
      case 4: {
        if (!own) return this.pickAttack();
        const unknown = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`x${i}`, i]));
        return { name: 'unknown fields', mutations: [this.mutation('partners', String(own.id), { name: 'Renamed', ...unknown }), this.mutation('partners', String(own.id), { '*': { h: 'z', v: 1e12, c: 'me', u: 'me' } })] };
      }
      case 5: {
        const later = this.mutation('partners', own ? String(own.id) : newId(), { name: 'Later' });
        const earlier = { ...this.mutation('partners', own ? String(own.id) : newId(), { name: 'Earlier' }), mutationId: later.mutationId - 1 };
        return { name: 'change numbers out of order', mutations: [later, earlier], wholeRequestRefused: true };
      }
      default: {
        const body = { clientId: `${this.clientId}\u0000`, schemaVersion: SCHEMA_VERSION, mutations: [this.mutation('partners', 'row\ud800', { name: 'x' })] };
        return { name: 'unstorable ids', raw: JSON.stringify(body), wholeRequestRefused: true };
      }
    }
  }

  /** One attack; what the server answered that it must not have is kept in `problems`. */
  async attack(): Promise<void> {
    this.attacks++;
    const attack = await this.pickAttack();
    const body = attack.raw ?? JSON.stringify({ clientId: this.clientId, schemaVersion: SCHEMA_VERSION, mutations: attack.mutations });
    const answer = await this.call(routes.push, undefined, body);
    const said = `${attack.name}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`;
    if (answer.status >= 500) this.problems.push(`malicious device got a server error for ${said}`);
    else if (answer.status === 200) {
      if (attack.wholeRequestRefused) this.problems.push(`malicious device's request was taken: ${said}`);
      const results = (answer.body.results ?? []) as { status: string }[];
      if (results.some((r) => r.status !== 'rejected')) this.problems.push(`malicious device's change was taken: ${said}`);
    }
    // Numbers must keep rising for the next attack to reach the checks past them.
    if (typeof answer.body.lastMutationId === 'number') this.nextId = Math.max(this.nextId, answer.body.lastMutationId + 1);
  }

  /** Records the server holds with a field written by this device, and conflict records any device made. */
  async strayWrites(): Promise<string[]> {
    const mine = await this.server.store.query<{ tbl: string; id: string }>(
      'select tbl, id from records r where exists (select 1 from jsonb_each(r.fields) f where f.value->>\'clientId\' = $1)',
      [this.clientId],
    );
    const forged = await this.server.store.query<{ id: string }>("select id from records where tbl = 'conflicts' and fields->'*'->>'clientId' <> 'server'");
    return [
      ...mine.map((r) => `the malicious device's write to ${r.tbl}/${r.id} was stored`),
      ...forged.map((r) => `conflict ${r.id} was not made by the server`),
    ];
  }
}
