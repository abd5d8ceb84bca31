import type { Transaction } from 'dexie';
import { entityNames, type EntityName } from '../../shared/domain/entities';

/**
 * The local store's schema history, oldest first. Each step states only the
 * tables it adds or changes, in Dexie's store syntax (primary key first,
 * `[a+b]` a compound index, `++` auto-increment); Dexie replays the steps an
 * install has not seen, so a laptop that skipped releases upgrades in order.
 * Never edit a step once released: add one.
 *
 * Booleans are not valid IndexedDB keys, so `deleted` cannot be indexed;
 * reads drop tombstones after the index lookup (see reads.ts).
 */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  /** Data changes that must run inside the upgrade, e.g. filling a field a new index needs. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Every synced row is looked up by id and evicted by territory when a user loses one (DESIGN §5). */
const syncIndexes = ['id', 'territoryId'];

/** A store spec for every entity in the registry: a new entity gets its table without a hand-kept list. */
const entityStores = (extra: Partial<Record<EntityName, readonly string[]>>): Record<string, string> =>
  Object.fromEntries(entityNames.map((name) => [name, [...syncIndexes, ...(extra[name] ?? [])].join(', ')]));

/** The child lists on a partner's page all start from the partner. */
const byPartner = ['partnerId'];

const importRunIndexes = ['startedAt', '[source+entity]'];
const importRunPartIndexes = ['runId'];
/** A partner's closed quarters (its statements read them all), and HQ's list of one quarter's statements. */
const incentiveStatementIndexes = [...byPartner, 'quarter', '[partnerId+quarter]'];

/** A version's history record, and the rules screen's history newest first. */
const ruleChangeIndexes = ['recordId', 'changedAt'];

/** The indexes the screens query by (DESIGN §4). */
const screenIndexes: Partial<Record<EntityName, readonly string[]>> = {
  partners: [
    'partnerType',
    'tier',
    'status',
    'name',
    // The partner list is one territory sorted by name; filters narrow it by status.
    '[territoryId+name]',
    '[territoryId+status]',
    // HQ's portfolio groups by partner type and tier.
    '[partnerType+tier]',
  ],
  // A null expiresOn (never certified) is simply absent from the expiry index, which is what the
  // "expiring before quarter end" query wants.
  certifications: [...byPartner, 'contactId', 'programId', 'expiresOn'],
  // Quarters are date ranges on closeOn. Direct-only deals (partnerId null) stay out of the partner indexes.
  opportunities: [...byPartner, 'closeOn', 'stage', '[partnerId+closeOn]', '[territoryId+closeOn]'],
  contacts: byPartner,
  jointSolutions: byPartner,
  investments: [...byPartner, '[partnerId+spentOn]'],
  // The partner's timeline, newest first.
  activities: [...byPartner, '[partnerId+occurredAt]'],
  // The QBR pack reads last quarter's commitments and whether this quarter's pack was delivered.
  commitments: [...byPartner, '[partnerId+quarter]'],
  qbrRecords: [...byPartner, '[partnerId+quarter]'],
  // A partner's plans by period, every version of each.
  businessPlans: [...byPartner, '[partnerId+period]'],
  // Past imports newest first; the next import of a source reads what the last ones read.
  importRuns: importRunIndexes,
  importRunParts: importRunPartIndexes,
  incentiveStatements: incentiveStatementIndexes,
  ruleChanges: ruleChangeIndexes,
};

export const migrations: readonly Migration[] = [
  {
    // The first schema: the synced tables, keyed for sync only, and the sync bookkeeping.
    version: 1,
    stores: {
      ...entityStores({}),
      // mutationId increases per client, the order the server applies a client's pushes in (DESIGN §5).
      // [table+rowId] finds a record's pending changes, to re-apply them on top of a pull.
      outbox: '++mutationId, [table+rowId]',
      syncMeta: 'key',
    },
  },
  {
    // The indexes the screens need. Adding an index needs no data change: IndexedDB builds it from the rows.
    version: 2,
    stores: entityStores(screenIndexes),
  },
  {
    // Sync: the Conflict Center lists open conflicts and a record's page shows its own.
    version: 3,
    stores: { conflicts: [...syncIndexes, 'status', '[table+rowId]'].join(', ') },
  },
  {
    // Changes the server refused, kept on the device for the user (never synced); listed newest
    // first and per record.
    version: 4,
    stores: { rejectedChanges: '++id, [table+rowId], rejectedAt' },
  },
  {
    // Program settings (the vendor branding QBR packs carry), HQ's one program-wide record. A fresh
    // store already has the table from the registry; this step brings it to stores made before.
    version: 5,
    stores: { programSettings: syncIndexes.join(', ') },
  },
  {
    // Joint business plans: a new synced table; stores made before get it here.
    version: 6,
    stores: { businessPlans: [...syncIndexes, ...byPartner, '[partnerId+period]'].join(', ') },
  },
  {
    // CRM imports: their records and parts as synced tables, and the column and value mappings saved
    // per source and entity on this device (never synced; keyed `kind|source|entity`, see db/imports/).
    version: 7,
    stores: {
      importRuns: [...syncIndexes, ...importRunIndexes].join(', '),
      importRunParts: [...syncIndexes, ...importRunPartIndexes].join(', '),
      importMappings: 'key',
    },
  },
  {
    // Closed incentive statements, made by the server and pulled like any record; stores made before get the table here.
    version: 8,
    stores: { incentiveStatements: [...syncIndexes, ...incentiveStatementIndexes].join(', ') },
  },
  {
    // The program rules' history (who saved which version, what changed, why); stores made before get the table here.
    version: 9,
    stores: { ruleChanges: [...syncIndexes, ...ruleChangeIndexes].join(', ') },
  },
];

export const CURRENT_VERSION = migrations[migrations.length - 1]!.version;
