/** An update or delete named a record that is not in the store, or is deleted. */
export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError';
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} was not found; it may have been deleted on another device.`);
  }
}

/** A device tried to make or rewrite a record only the server makes (DESIGN §5, "Server-made records"). */
export class ServerMadeRecordError extends Error {
  override name = 'ServerMadeRecordError';
  constructor(readonly entity: string) {
    super(`${entity} records are made by the server; on a device they can only be restored or dismissed.`);
  }
}

/**
 * One record of a batch write (`createMany`) refused the batch: `index` is
 * its place in the batch, so the caller can name the row it came from. The
 * message is the record's own error's; `cause` is that error.
 */
export class BatchRecordError extends Error {
  override name = 'BatchRecordError';
  constructor(
    readonly index: number,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}
