import { pokeSchema, routes, type Poke } from '../../shared/sync/protocol';
import { backoffDelay, type BackoffOptions } from './backoff';
import type { Http } from './http';
import type { Session } from './session';

/**
 * Splits a server-sent-events byte stream into the `data` of each event
 * (lines `data: ...` up to a blank line). Comments and other fields are
 * skipped: the server only sends pokes and keep-alives.
 */
export const parseEvents = async function* (body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let newline: number;
    while ((newline = buffer.search(/\r?\n/)) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + (buffer[newline] === '\r' ? 2 : 1));
      if (line === '') {
        if (data.length > 0) yield data.join('\n');
        data = [];
      } else if (line.startsWith('data:')) {
        data.push(line.slice(5).replace(/^ /, ''));
      }
    }
  }
};

export interface PokeListenerOptions {
  http: Http;
  session: Session;
  onPoke: (poke: Poke) => void;
  /** Each (re)connection: whatever was missed while away is pulled then. */
  onConnected?: () => void;
  backoff?: BackoffOptions;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const abortableSleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Listens to the server's poke stream (GET with a bearer token, which
 * EventSource cannot send, hence fetch streaming) until `signal` aborts,
 * reconnecting with backoff when the stream fails or ends.
 */
export const listenForPokes = async (options: PokeListenerOptions, signal: AbortSignal): Promise<void> => {
  const sleep = options.sleep ?? abortableSleep;
  let failures = 0;
  while (!signal.aborted) {
    try {
      const response = await options.session.authorized((token) => options.http.open(routes.events, token, signal));
      failures = 0;
      options.onConnected?.();
      if (!response.body) throw new Error('The event stream has no body');
      for await (const data of parseEvents(response.body)) {
        const poke = pokeSchema.safeParse(JSON.parse(data));
        if (poke.success) options.onPoke(poke.data);
      }
    } catch {
      // Signed out, offline, server restarting: all the same here, try again later. Sync reports the reason.
    }
    if (!signal.aborted) await sleep(backoffDelay(failures++, options.backoff), signal);
  }
};
