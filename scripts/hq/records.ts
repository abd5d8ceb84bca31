import type { EntityName, EntityOf } from '../../shared/domain/entities';
export { entityNames } from '../../shared/domain/entities';

/** Rows as pulled, by table; the server validated them on the way in. */
export type RecordsByEntityName = { [N in EntityName]: EntityOf<N>[] };
