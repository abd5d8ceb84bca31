import { derivedRecord } from '../../shared/domain/change-rules';
import { localDate } from '../../shared/domain/local-date';
import type { ImportPlan, ImportStore } from '../../shared/import';
import { formatHlc, initialHlc, tick, type Hlc } from '../../shared/sync/hlc';
import type { Change } from '../hq/push';

/** A change to push and the row of the file it came from, so an answer can name the row. */
export interface RowChange {
  rowNumber: number;
  /** The record as the user knows it: its name, customer or subject. */
  label: string;
  kind: 'new' | 'update';
  change: Change;
}

type Row = Record<string, unknown>;

const labelOf = (record: Row): string => String(record.name ?? record.customerName ?? record.subject ?? record.email ?? record.id);

/**
 * The plan as a device's outbox would hold it (DESIGN §5): a new record is a
 * put with the whole record, an update a put with only the fields that
 * changed and the new `updatedAt`. Each is based on the pull cursor of the
 * record's territory (every server change up to it was seen) and stamped
 * with the client's hybrid clock on the server's time. A child record is
 * filed in its partner's territory, where the server would put it anyway.
 */
/** The patch with what the change derives, as the app's repository writes it (a partner's status history). */
const withDerived = (entity: ImportPlan['entity'], target: Row, patch: Row, day: string): Row => {
  const next = { ...target, ...patch };
  const derived = derivedRecord(entity, target as never, next as never, day) as Row;
  const extra = Object.fromEntries(Object.keys(derived).filter((key) => derived[key] !== next[key]).map((key) => [key, derived[key]]));
  return { ...patch, ...extra };
};

export const planChanges = (plan: ImportPlan, store: ImportStore, options: { clientId: string; cursors: Record<string, number>; nowMs: number }): RowChange[] => {
  const stored = new Map(((store[plan.entity] ?? []) as readonly Row[]).map((r) => [r.id as string, r]));
  const partners = new Map((store.partners ?? []).map((p) => [p.id, p]));
  const updatedAt = new Date(options.nowMs).toISOString();
  const day = localDate(new Date(options.nowMs));
  let clock: Hlc = initialHlc(options.clientId);
  // A clock counts 65,536 changes a millisecond; a 50,000-row file moves it on a millisecond per thousand.
  const stamp = (): string => formatHlc((clock = tick(clock, options.nowMs + Math.floor(changes.length / 1_000))));
  const base = (territoryId: unknown): number => options.cursors[String(territoryId)] ?? 0;
  const changes: RowChange[] = [];
  for (const row of plan.rows) {
    if (row.outcome === 'new') {
      const record = { ...(row.record as unknown as Row) };
      const partner = typeof record.partnerId === 'string' ? partners.get(record.partnerId) : undefined;
      if (partner && plan.entity !== 'partners') record.territoryId = partner.territoryId;
      changes.push({
        rowNumber: row.rowNumber,
        label: labelOf(record),
        kind: 'new',
        change: { table: plan.entity, rowId: String(record.id), op: 'put', patch: record, baseVersion: base(record.territoryId), hlc: stamp() },
      });
    } else if (row.outcome === 'update') {
      const target = stored.get(row.targetId);
      if (!target) throw new Error(`The plan updates ${plan.entity} ${row.targetId}, which was not pulled`);
      changes.push({
        rowNumber: row.rowNumber,
        label: labelOf(target),
        kind: 'update',
        change: { table: plan.entity, rowId: row.targetId, op: 'put', patch: { ...withDerived(plan.entity, target, row.patch, day), updatedAt }, baseVersion: base(target.territoryId), hlc: stamp() },
      });
    }
  }
  return changes;
};
