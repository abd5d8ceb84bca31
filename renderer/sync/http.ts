import type { z } from 'zod';
import { errorBodySchema } from '../../shared/sync/protocol';
import { SyncError } from './errors';

export type Fetch = typeof fetch;

export interface HttpOptions {
  /** The HQ server, e.g. `https://hq.example.com`; no trailing slash needed. */
  baseUrl: string;
  /** Injectable for tests and the simulation's lossy network. */
  fetch?: Fetch;
  /** Device time, for the server-offset estimate. */
  deviceNow?: () => number;
  /** Every answer that carries the server's time, with when the call left and came back. */
  onServerTime?: (serverTime: number, sentAt: number, receivedAt: number) => Promise<void> | void;
}

export interface RequestOptions<S extends z.ZodType> {
  method?: 'GET' | 'POST';
  body?: unknown;
  accessToken?: string;
  /** Parses a 2xx body; every answer is checked against the protocol, never trusted. */
  schema: S;
}

export interface Http {
  request<S extends z.ZodType>(path: string, options: RequestOptions<S>): Promise<z.output<S>>;
  /** The raw response of a streaming call (the event stream); errors are mapped like any other. */
  open(path: string, accessToken: string, signal: AbortSignal): Promise<Response>;
}

const serverTimeOf = (body: unknown): number | undefined => {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as { serverTime?: unknown; error?: { serverTime?: unknown } };
  const time = record.serverTime ?? record.error?.serverTime;
  return typeof time === 'number' ? time : undefined;
};

/** A non-2xx answer as a typed error; a body outside the protocol still says what happened. */
const errorFrom = (status: number, body: unknown): SyncError => {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return new SyncError(status === 401 ? 'unauthorized' : 'bad_response', `The server answered ${status}.`, { status });
  const { code, message, serverTime, fields, lastMutationId } = parsed.data.error;
  return new SyncError(code, message, {
    status,
    ...(serverTime !== undefined && { serverTime }),
    ...(fields && { fields }),
    ...(lastMutationId !== undefined && { lastMutationId }),
  });
};

/** The protocol over fetch: JSON in, JSON out, schema-checked, errors typed. */
export const createHttp = (options: HttpOptions): Http => {
  const doFetch = options.fetch ?? ((...args: Parameters<Fetch>) => fetch(...args));
  const deviceNow = options.deviceNow ?? Date.now;
  const base = options.baseUrl.replace(/\/+$/, '');

  const send = async (path: string, init: RequestInit): Promise<Response> => {
    try {
      return await doFetch(base + path, init);
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') throw error;
      throw new SyncError('network', 'The server could not be reached.');
    }
  };

  const headers = (accessToken?: string, json = false): Record<string, string> => ({
    ...(json && { 'content-type': 'application/json' }),
    ...(accessToken && { authorization: `Bearer ${accessToken}` }),
  });

  return {
    async request(path, { method = 'POST', body, accessToken, schema }) {
      const sentAt = deviceNow();
      const response = await send(path, {
        method,
        headers: headers(accessToken, body !== undefined),
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      let json: unknown;
      try {
        const text = await response.text();
        json = text.length > 0 ? JSON.parse(text) : {};
      } catch {
        // A body cut off mid-way is a lost answer, like a dropped connection.
        throw new SyncError(response.ok ? 'network' : 'bad_response', 'The server answer could not be read.', { status: response.status });
      }
      const serverTime = serverTimeOf(json);
      if (serverTime !== undefined) await options.onServerTime?.(serverTime, sentAt, deviceNow());
      if (!response.ok) throw errorFrom(response.status, json);
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw new SyncError('bad_response', `The server answer to ${path} does not match the sync protocol.`);
      return parsed.data;
    },

    async open(path, accessToken, signal) {
      const response = await send(path, { method: 'GET', headers: { ...headers(accessToken), accept: 'text/event-stream' }, signal });
      if (!response.ok) {
        const json: unknown = await response.json().catch(() => ({}));
        throw errorFrom(response.status, json);
      }
      return response;
    },
  };
};
