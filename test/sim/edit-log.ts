import type { EntityName } from '../../shared/domain/entities';

/** One field a simulated user set, with the value they saw there before: that is what they knowingly replaced. */
export interface FieldEdit {
  client: string;
  table: EntityName;
  rowId: string;
  field: string;
  value: string;
  seen: unknown;
  /** The outbox entry the edit made, to follow it through the pushes. */
  mutationId: number | undefined;
  /** A write the user had no right to make (a manager's edit of a program-wide record): the server must refuse it. */
  mustBeRefused?: boolean;
}

/** A record a simulated user created, found on the server by its unique subject. */
export interface CreatedRecord {
  client: string;
  table: EntityName;
  rowId: string;
  marker: string;
}

export interface EditLog {
  edits: FieldEdit[];
  creates: CreatedRecord[];
}
