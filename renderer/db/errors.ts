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
