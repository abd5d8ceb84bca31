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
