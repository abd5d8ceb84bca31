import { isDeepStrictEqual } from 'node:util';
import { ALL_FIELDS, clockOf, type FieldClocks, type FieldMeta } from './rows';

/**
 * The per-field merge of DESIGN §5, pure so it can be read and tested alone.
 *
 * A stored field is a *concurrent* edit when the server changed it after the
 * version the client had seen (`baseVersion`) and someone else's device wrote
 * it. Then the later hybrid logical clock wins and, unless both wrote the same
 * value, the other value becomes a conflict. A field the client had seen
 * (not concurrent) takes the client's value: the user saw the stored value and
 * changed it on purpose, even if their device's clock runs behind.
 */
export interface FieldConflict {
  field: string;
  kept: { value: unknown; meta: FieldMeta };
  lost: { value: unknown; meta: FieldMeta };
}

export interface MergeResult {
  data: Record<string, unknown>;
  /** The record's field clocks after the merge (only changed fields get an entry of their own). */
  fields: FieldClocks;
  conflicts: FieldConflict[];
  /** True when some incoming field lost to a newer concurrent value. */
  incomingLost: boolean;
}

/** Fields whose disagreement nobody needs to see: bookkeeping, not a person's work. */
const quietFields = new Set(['updatedAt', 'id']);

export const mergeFields = (
  stored: { data: Record<string, unknown>; fields: FieldClocks } | undefined,
  patch: Record<string, unknown>,
  incoming: FieldMeta,
  baseVersion: number,
  options: { recordConflicts: boolean; fieldBaseVersions?: Readonly<Record<string, number>> },
): MergeResult => {
  if (!stored) return { data: { ...patch }, fields: { [ALL_FIELDS]: incoming }, conflicts: [], incomingLost: false };
  const data: Record<string, unknown> = { ...stored.data };
  const fields: FieldClocks = { ...stored.fields };
  const conflicts: FieldConflict[] = [];
  let incomingLost = false;

  for (const field of Object.keys(patch)) {
    const value = patch[field];
    const meta = clockOf(stored.fields, field);
    if (!meta) {
      data[field] = value;
      fields[field] = incoming;
      continue;
    }
    const storedValue = stored.data[field];
    // A field the client still had its own unsynced edit of: the user saw only as far as that edit's base.
    const seen = Math.min(baseVersion, options.fieldBaseVersions?.[field] ?? baseVersion);
    const concurrent = meta.version > seen && meta.clientId !== incoming.clientId;
    const incomingNewer = incoming.hlc > meta.hlc;
    const differs = !isDeepStrictEqual(storedValue, value);
    const noteConflict = concurrent && differs && options.recordConflicts && !quietFields.has(field);

    if (!concurrent || incomingNewer) {
      data[field] = value;
      // The field's clock never runs backwards, so later comparisons stay sound.
      fields[field] = incomingNewer ? incoming : { ...incoming, hlc: meta.hlc };
      if (noteConflict) conflicts.push({ field, kept: { value, meta: incoming }, lost: { value: storedValue, meta } });
    } else {
      if (differs) incomingLost = true;
      if (noteConflict) conflicts.push({ field, kept: { value: storedValue, meta }, lost: { value, meta: incoming } });
    }
  }
  return { data, fields, conflicts, incomingLost };
};
