import type { EntityName } from '../../shared/domain/entities';
import { partnerTypeLabels } from '../ui/labels';

type Row = Record<string, unknown>;

/** Reads one stored row by table and id (inside a transaction, or through the screens' reads). */
export type LookUp = (table: EntityName, id: string) => Promise<Row | undefined>;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** Long descriptions (a commitment's) are cut to what fits a heading. */
const short = (value: string | undefined): string | undefined => (value && value.length > 80 ? `${value.slice(0, 79)}…` : value);

const nameOf = async (lookUp: LookUp, table: EntityName, id: unknown): Promise<string | undefined> => {
  if (typeof id !== 'string') return undefined;
  const row = await lookUp(table, id);
  return row && text(row.name);
};

/** The record's own name, without its partner's. */
const ownName = async (lookUp: LookUp, table: EntityName, row: Row): Promise<string | undefined> => {
  switch (table) {
    case 'opportunities':
      return text(row.customerName);
    case 'activities':
      return text(row.subject);
    case 'commitments':
      return short(text(row.description));
    case 'investments':
      return short(text(row.description)) ?? text(row.kind);
    case 'qbrRecords':
      return text(row.quarter) && `QBR ${String(row.quarter)}`;
    case 'importRuns':
      return text(row.fileName) && `Import of ${String(row.fileName)}`;
    case 'programSettings':
      return text(row.vendorName);
    case 'conflicts':
      return text(row.rowLabel);
    case 'tierRuleSets': {
      const type = partnerTypeLabels[row.partnerType as keyof typeof partnerTypeLabels];
      return type && `${type} tier rules, version ${String(row.version)}`;
    }
    case 'certifications': {
      const [person, program] = await Promise.all([nameOf(lookUp, 'contacts', row.contactId), nameOf(lookUp, 'certificationPrograms', row.programId)]);
      return [person, program].filter(Boolean).join(', ') || undefined;
    }
    default:
      return text(row.name);
  }
};

/**
 * What a person calls a record: "Ada Field", or for a partner's child
 * "Ada Field (Northwind Resale)". Kept with a refused change when it is made,
 * because the record may then leave the device (moved out of the user's
 * territories) and its name with it. Empty when the record has no name.
 */
export const recordName = async (lookUp: LookUp, table: EntityName, row: Row): Promise<string> => {
  const own = await ownName(lookUp, table, row);
  const partner = table === 'partners' ? undefined : await nameOf(lookUp, 'partners', row.partnerId);
  if (own && partner) return `${own} (${partner})`;
  return own ?? partner ?? '';
};
