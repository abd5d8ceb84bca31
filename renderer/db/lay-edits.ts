import { changedFields, sameValue } from './patch';

type Row = Record<string, unknown>;

/**
 * A form's save, laid on the record as it is stored now (DESIGN §5: "a save
 * writes only the fields the user changed since the form opened, laid on the
 * latest stored copy"). A dialog can stay open across a pull; what another
 * device changed meanwhile is in the store, not in the form, and writing the
 * form whole would put the old values back as a knowing overwrite, with no
 * conflict record anywhere.
 */
export interface LaidEdits {
  /** The top-level fields the user changed, each as it becomes on the stored copy. */
  fields: Row;
  /**
   * Changed fields whose stored value also changed behind the form, to
   * something else: the user never saw that value, so it must not be taken
   * for one they chose to replace (the repository sends these with base 0,
   * and the server keeps the losing side as a conflict record).
   */
  unseen: string[];
}

interface Laid {
  value: unknown;
  unseen: boolean;
}

const isObject = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `items` without one of each entry of `taken`, compared by value (list entries have no ids). */
const minus = (items: readonly unknown[], taken: readonly unknown[]): unknown[] => {
  const left = [...items];
  for (const entry of taken) {
    const at = left.findIndex((item) => sameValue(item, entry));
    if (at !== -1) left.splice(at, 1);
  }
  return left;
};

/**
 * A list: the entries the user removed or replaced leave the stored list,
 * the ones they put in their place take the same spot, new ones go at the
 * end. So an integration or a rule edited here keeps one another device added
 * meanwhile. When an entry the user changed is no longer stored as they saw
 * it, the two edits cannot be told apart: the user's list goes up, unseen.
 */
const layList = (stored: readonly unknown[], opened: readonly unknown[], edited: readonly unknown[]): Laid => {
  const removed = minus(opened, edited);
  const added = minus(edited, opened);
  const value = [...stored];
  for (const [index, entry] of removed.entries()) {
    const at = value.findIndex((item) => sameValue(item, entry));
    if (at === -1) return { value: edited, unseen: true };
    if (index < added.length) value[at] = added[index];
    else value.splice(at, 1);
  }
  // Both sides added the same entry: once is enough.
  const fresh = added.slice(removed.length).filter((entry) => !minus(stored, opened).some((item) => sameValue(item, entry)));
  return { value: [...value, ...fresh], unseen: false };
};

/** An object (a partner's attributes, a commercial model): the same, key by key, one level down and further. */
const layObject = (stored: Row, opened: Row, edited: Row): Laid => {
  const value: Row = { ...stored };
  let unseen = false;
  for (const key of new Set([...Object.keys(opened), ...Object.keys(edited)])) {
    if (sameValue(opened[key], edited[key])) continue;
    const laid = lay(stored[key], opened[key], edited[key]);
    value[key] = laid.value;
    unseen ||= laid.unseen;
  }
  return { value, unseen };
};

/** One value the user changed from `opened` to `edited`, replayed on what is stored now. */
const lay = (stored: unknown, opened: unknown, edited: unknown): Laid => {
  if (isObject(stored) && isObject(opened) && isObject(edited)) return layObject(stored, opened, edited);
  if (Array.isArray(stored) && Array.isArray(opened) && Array.isArray(edited)) return layList(stored, opened, edited);
  return { value: edited, unseen: !sameValue(stored, opened) && !sameValue(stored, edited) };
};

/**
 * `edited` is the record as the form would save it, `opened` as the form
 * first showed it, `stored` as it is now. Only fields `edited` names count
 * (a form does not stand for the sync stamps or fields it has no input for);
 * one holding undefined is a field the user cleared.
 */
export const layEdits = (stored: Row, opened: Row, edited: Row): LaidEdits => {
  const asOpened = Object.fromEntries(Object.keys(edited).map((key) => [key, opened[key]]));
  const fields: Row = {};
  const unseen: string[] = [];
  for (const key of Object.keys(changedFields(asOpened, edited))) {
    const laid = lay(stored[key], opened[key], edited[key]);
    fields[key] = laid.value;
    if (laid.unseen) unseen.push(key);
  }
  return { fields, unseen };
};
