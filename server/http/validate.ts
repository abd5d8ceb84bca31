import type { z } from 'zod';
import { fieldMap, validate } from '../../shared/domain/validation';
import { SCHEMA_VERSION } from '../../shared/sync/protocol';
import { HttpError } from './errors';

/** The body parsed by the protocol's schema, or a 400 that names every field at fault. */
export const parseBody = <S extends z.ZodType>(schema: S, body: unknown): z.output<S> => {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'bad_request', 'The request body must be a JSON object.');
  }
  const result = validate(schema, body);
  if (!result.ok) {
    const fields = fieldMap(result.errors);
    throw new HttpError(400, 'bad_request', `The request is not valid: ${Object.values(fields).slice(0, 3).join('; ')}`, fields);
  }
  return result.value;
};

/**
 * Checked before the body's shape: an old client may send an old shape, and
 * what it needs to hear is "update the app", not which field is wrong.
 */
export const checkSchemaVersion = (body: unknown): void => {
  const version = (body as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version < SCHEMA_VERSION) {
    throw new HttpError(426, 'update_required', 'This version of Partner Desk is too old for the server; update the app to sync.');
  }
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new HttpError(400, 'bad_request', 'This app is newer than the server; ask HQ to update the server.', {
      schemaVersion: `Schema version must be at most ${SCHEMA_VERSION}`,
    });
  }
};
