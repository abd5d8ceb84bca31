import { isClosed, type Opportunity } from '../../shared/domain/opportunity';
import { nameSimilarity, NEAR_SAME_NAME } from '../../shared/import/similarity';
import { customerKey, nameBlocks, type CustomerKey } from '../../shared/registrations/customer-key';
import { protectedUntil } from '../../shared/registrations/lifecycle';
import type { Queryable } from '../store/db';
import { readMeta, writeMeta } from '../store/meta';
import type { FieldClocks, StoredRow } from './rows';

/**
 * The server's index for the channel-conflict check on push (issue 15):
 * one row per term a deal that can collide is found by, with the last day
 * it protects (null: an open direct deal, which collides while open).
 *
 * Why a table of terms and not a query on `records`: a customer matches by
 * its normalized name (accents and legal forms dropped, in TypeScript:
 * customer-key.ts) and by near-same names through name blocks, neither of
 * which an index on the stored JSON can express. So every write of a deal
 * (saveRows, the one path every push and server write takes) keeps the
 * deal's terms here; a check reads the few deals sharing a term with the
 * registration, through the primary key, and the device's own ConflictIndex
 * decides among them exactly as it does offline. Only deals that can
 * collide have terms: approved registrations of open deals and open direct
 * deals; one that lapses by date keeps its rows and the `protected_until`
 * filter passes it over, so no write is needed on the day protection ends.
 */

type Customer = Pick<Opportunity, 'customerName'> & { customerDomain?: string | null };
const keyOf = (deal: Customer): CustomerKey => customerKey({ name: deal.customerName, domain: deal.customerDomain ?? null });

/** `d:acme.com`, `n:acme`, `b:^acme`: the deal's domain, name and name blocks, as ConflictIndex looks them up. */
export const termsOf = (deal: Customer): string[] => {
  const key = keyOf(deal);
  const terms: string[] = [];
  if (key.domain) terms.push(`d:${key.domain}`);
  if (key.name) terms.push(`n:${key.name}`, ...nameBlocks(key.name).map((block) => `b:${block}`));
  return terms;
};

/** Whether a stored deal can collide with a registration at all, and until when (null: while it stays open). */
const collidesUntil = (deal: Opportunity): { until: string | null } | undefined => {
  if (deal.deleted || isClosed(deal)) return undefined;
  if (deal.partnerId === null) return { until: null };
  const until = protectedUntil(deal);
  return until === null ? undefined : { until };
};

const termRows = (deal: Opportunity) => {
  const collides = collidesUntil(deal);
  if (!collides) return [];
  const key = keyOf(deal);
  return termsOf(deal).map((term) => ({ term, opportunity_id: deal.id, customer_key: key.name, customer_domain: key.domain, protected_until: collides.until }));
};

const writeTerms = async (db: Queryable, deals: Opportunity[]): Promise<void> => {
  if (deals.length === 0) return;
  await db.query('delete from registration_terms where opportunity_id in (select jsonb_array_elements_text($1::jsonb))', [JSON.stringify(deals.map((d) => d.id))]);
  const rows = deals.flatMap(termRows);
  if (rows.length === 0) return;
  await db.query(
    `insert into registration_terms (term, opportunity_id, customer_key, customer_domain, protected_until)
     select term, opportunity_id, customer_key, customer_domain, protected_until
       from jsonb_to_recordset($1::jsonb) as x(term text, opportunity_id text, customer_key text, customer_domain text, protected_until text)
     on conflict do nothing`,
    [JSON.stringify(rows)],
  );
};

/** Keeps the terms of the deals among these rows as they are being stored; called by saveRows for every write. */
export const saveRegistrationTerms = async (db: Queryable, rows: readonly StoredRow[]): Promise<void> =>
  writeTerms(
    db,
    rows.filter((r) => r.tbl === 'opportunities').map((r) => r.data as Opportunity),
  );

const BUILT = 'registration_terms_built';

/**
 * Deals stored before the table existed (migration 6) get their terms once,
 * on the first check that needs them; every later write keeps its own. Runs
 * inside the push's transaction, under its version lock, so two instances
 * never build at once.
 */
const ensureBuilt = async (tx: Queryable): Promise<void> => {
  if ((await readMeta(tx, BUILT)) !== undefined) return;
  const deals = (await tx.query<{ data: Opportunity }>("select data from records where tbl = 'opportunities' and not deleted")).map((r) => r.data);
  for (let i = 0; i < deals.length; i += 2_000) await writeTerms(tx, deals.slice(i, i + 2_000));
  await writeMeta(tx, BUILT, new Date().toISOString());
};

/** Whether a deal sharing a term is the same customer, by the rules ConflictIndex matches by (strongest first). */
const sameCustomer = (a: CustomerKey, b: CustomerKey): boolean =>
  (a.domain !== null && a.domain === b.domain) || (a.name !== '' && (a.name === b.name || nameSimilarity(a.name, b.name) >= NEAR_SAME_NAME));

/**
 * The stored deals that may collide on `today` with any of these
 * registrations: sharing a term, protected on or after today or open and
 * direct, and the same customer by domain, name or a near-same name, matched
 * on the terms' own rows so only those deals are loaded (a block such as
 * "systems" is shared by many customers). Across every territory: a
 * conflict does not stop at one. The caller decides among them with
 * ConflictIndex, as the device does.
 */
export const loadCollisionCandidates = async (tx: Queryable, registrations: readonly Customer[], today: string): Promise<StoredRow[]> => {
  const terms = [...new Set(registrations.flatMap(termsOf))];
  if (terms.length === 0) return [];
  await ensureBuilt(tx);
  const found = await tx.query<{ opportunity_id: string; customer_key: string; customer_domain: string | null }>(
    `select distinct opportunity_id, customer_key, customer_domain from registration_terms
      where term = any(array(select jsonb_array_elements_text($1::jsonb))) and (protected_until is null or protected_until >= $2)`,
    [JSON.stringify(terms), today],
  );
  const keys = registrations.map(keyOf);
  const matching = found.filter((r) => keys.some((key) => sameCustomer(key, { name: r.customer_key, domain: r.customer_domain })));
  if (matching.length === 0) return [];
  // By the primary key, as `= any(array(...))`: a join on a recordset of keys may be planned as a scan of every record.
  const rows = await tx.query<{ id: string; territory_id: string; data: Record<string, unknown>; fields: FieldClocks; version: number | string; deleted: boolean }>(
    `select id, territory_id, data, fields, version, deleted from records
      where tbl = 'opportunities' and id = any(array(select jsonb_array_elements_text($1::jsonb)))`,
    [JSON.stringify(matching.map((r) => r.opportunity_id))],
  );
  return rows.map((r) => ({ tbl: 'opportunities', id: r.id, territoryId: r.territory_id, data: r.data, fields: r.fields, version: Number(r.version), deleted: r.deleted }));
};
