import { z } from 'zod';
import { entityNames, type EntityName } from '../domain/entities';
import { boundedText, idSchema } from '../domain/common';

/**
 * The wire contract between the client sync engine and the HQ server
 * (DESIGN §5). Both sides parse with these schemas, so a change here is a
 * change on both sides at once. Bump SCHEMA_VERSION when a change is not
 * backward compatible: the server answers an older client with
 * `update_required` instead of misreading its data.
 */
export const SCHEMA_VERSION = 1;

/** Push batch bounds: a week of offline work goes up in several calls, none of them huge. */
export const MAX_PUSH_MUTATIONS = 500;
export const MAX_PUSH_BYTES = 1_000_000;
/** Rows per pull page. */
export const DEFAULT_PULL_LIMIT = 2_000;
export const MAX_PULL_LIMIT = 5_000;
/**
 * Bytes of row data per pull page: a page stops before the row that would
 * pass this (it always holds one), so a page never grows with what the rows
 * hold, only with how many a client asks for, and every driver and client
 * on the way can hold it.
 */
export const MAX_PULL_PAGE_BYTES = 4_000_000;
/** A change stamped further ahead of the server's time than this is refused ("check your clock"). */
export const MAX_CLOCK_AHEAD_MS = 60_000;

export const tableNameSchema = z.enum(entityNames as [EntityName, ...EntityName[]]);

/**
 * One user write. `patch` holds the changed fields only (a create carries the
 * whole record); `baseVersion` is the client's pull cursor for the record's
 * territory when the write was made: every server change at or below it was
 * on the device, so a field changed on the server after it is a concurrent
 * edit (a conflict), not one the user overwrote knowingly.
 *
 * `fieldBaseVersions` lowers that base for single fields: a field the device
 * still held an unsynced edit of showed the user their own value, not what
 * later pulls brought, so for it the user has seen only as far as that
 * earlier edit's base.
 */
export const mutationSchema = z.object({
  mutationId: z.number().int().positive(),
  table: tableNameSchema,
  rowId: idSchema,
  op: z.enum(['put', 'delete']),
  patch: z.record(z.string(), z.unknown()),
  baseVersion: z.number().int().min(0),
  fieldBaseVersions: z.record(boundedText(200), z.number().int().min(0)).optional(),
  hlc: boundedText(200).min(1),
  /**
   * A stand-in for a change too large for any push (it was made before the
   * schemas had limits, or by a client with other limits): `patch` is empty,
   * and the server refuses it with `payload_too_large` and its copy of the
   * record, so the device keeps the change for the user and puts the record
   * back in step, and the changes after it go up.
   */
  tooLarge: z.object({ bytes: z.number().int().positive(), field: boundedText(200) }).optional(),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({
  clientId: idSchema,
  schemaVersion: z.number().int(),
  mutations: z.array(mutationSchema).min(1).max(MAX_PUSH_MUTATIONS),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/**
 * applied: every field stored. merged: stored, but some fields lost to a
 * newer concurrent edit (or overwrote one): conflicts say which. rejected:
 * nothing stored; `reason` is for a person, `fields` names the fields at fault.
 * duplicate: the server had taken this mutation id before (a re-sent batch);
 * `rejected` says when it had refused it.
 */
export const mutationResultSchema = z.discriminatedUnion('status', [
  z.object({ mutationId: z.number().int(), status: z.literal('applied'), version: z.number().int() }),
  z.object({ mutationId: z.number().int(), status: z.literal('merged'), version: z.number().int(), conflictIds: z.array(idSchema) }),
  z.object({
    mutationId: z.number().int(),
    status: z.literal('rejected'),
    code: z.string(),
    reason: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    /**
     * The record as the server holds it (null: it has none), so the client can
     * put its copy back in step; the rejected change itself is kept on the
     * device for the user to see, never silently dropped.
     */
    current: z.record(z.string(), z.unknown()).nullable(),
  }),
  z.object({
    mutationId: z.number().int(),
    status: z.literal('duplicate'),
    /**
     * Present when the server refused this mutation the first time. A client
     * whose first answer was lost learns of the refusal only here, and keeps
     * the change for the user instead of dropping it as if applied. Absent:
     * the mutation was applied (or a server that predates this field answered).
     */
    rejected: z
      .object({
        code: z.string(),
        reason: z.string(),
        fields: z.record(z.string(), z.string()).optional(),
        current: z.record(z.string(), z.unknown()).nullable(),
      })
      .optional(),
  }),
]);
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.object({
  results: z.array(mutationResultSchema),
  /** The highest mutation id the server has taken from this client, applied or rejected. */
  lastMutationId: z.number().int().min(0),
  serverTime: z.number().int(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullRequestSchema = z.object({
  clientId: idSchema,
  schemaVersion: z.number().int(),
  /** The server epoch the cursors were taken under; omitted on a first sync. */
  epoch: boundedText(100).optional(),
  /** Last stored server version per territory; a territory missing here starts from 0. */
  cursors: z.record(idSchema, z.number().int().min(0)),
  limit: z.number().int().positive().max(MAX_PULL_LIMIT).optional(),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

/** A row that changed: the whole record as the server holds it now (tombstones included). */
export const pulledRowSchema = z.object({
  table: tableNameSchema,
  version: z.number().int(),
  row: z.record(z.string(), z.unknown()),
});
export type PulledRow = z.infer<typeof pulledRowSchema>;

/** A row that left the territory (its partner moved): remove it unless another territory brought it. */
export const evictedRowSchema = z.object({
  table: tableNameSchema,
  rowId: idSchema,
  territoryId: idSchema,
  version: z.number().int(),
});
export type EvictedRow = z.infer<typeof evictedRowSchema>;

export const pullResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    epoch: z.string(),
    /** Every territory the caller may read now, `global` included; drop local rows of any other. */
    territories: z.array(idSchema),
    rows: z.array(pulledRowSchema),
    evicted: z.array(evictedRowSchema),
    /** Cursor per territory after this page; store with the rows in one transaction. */
    cursors: z.record(idSchema, z.number().int().min(0)),
    hasMore: z.boolean(),
    serverTime: z.number().int(),
  }),
  /**
   * The client's cursors cannot be continued: the server was restored from a
   * backup (epoch changed) or tombstones it has not seen were collected. It
   * must drop its synced rows, keep its outbox, and pull from zero.
   */
  z.object({ status: z.literal('reset'), reason: z.enum(['epoch', 'horizon']), epoch: z.string(), serverTime: z.number().int() }),
]);
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const signInRequestSchema = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(1_000),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const sessionUserSchema = z.object({
  id: idSchema,
  email: z.string(),
  displayName: z.string(),
  role: z.enum(['manager', 'hq']),
  territoryIds: z.array(idSchema),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const tokensSchema = z.object({
  accessToken: z.string(),
  /** Seconds the access token lives. */
  expiresIn: z.number().int().positive(),
  refreshToken: z.string(),
  user: sessionUserSchema,
});
export type Tokens = z.infer<typeof tokensSchema>;

export const refreshRequestSchema = z.object({ refreshToken: z.string().min(1).max(1_000) });
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;

/** A poke on the event stream: these territories changed, pull now. */
export const pokeSchema = z.object({ territories: z.array(idSchema), version: z.number().int() });
export type Poke = z.infer<typeof pokeSchema>;

/**
 * Every error the server answers with: a stable code a program can branch
 * on, and a plain message a person can read.
 */
export const errorCodes = [
  'bad_request', // body or query does not match the schema; `fields` names what is wrong
  'payload_too_large',
  'unauthorized', // no, forged or expired access token
  'invalid_credentials',
  'refresh_invalid', // refresh token unknown, expired or revoked: sign in again
  'forbidden', // outside the caller's territories or role
  'rate_limited',
  'update_required', // the client's schema version is older than the server's
  'clock_ahead', // a change is stamped too far in the future
  'not_found',
  'mutation_id_reused', // a change number at or below the last one taken, for a change the server did not take under it
  'unavailable', // the database is out of reach for now: retry after the Retry-After header's seconds
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    /** For clock_ahead: the server's time, so the client can correct its offset. */
    serverTime: z.number().int().optional(),
    /** For mutation_id_reused: the last change number the server has taken from this device. */
    lastMutationId: z.number().int().min(0).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The server's routes, one place for both sides. */
export const routes = {
  signIn: '/api/auth/sign-in',
  refresh: '/api/auth/refresh',
  signOut: '/api/auth/sign-out',
  push: '/api/sync/push',
  pull: '/api/sync/pull',
  events: '/api/sync/events',
  /** HQ closes incentive statements (shared/sync/statement-close.ts). */
  closeStatement: '/api/incentive-statements/close',
  closeStatements: '/api/incentive-statements/close-all',
  health: '/healthz',
  openapi: '/api/openapi.json',
} as const;
