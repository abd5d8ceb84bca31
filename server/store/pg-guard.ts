import pg from 'pg';

/**
 * pg-protocol parses the server's messages inside the socket's 'data'
 * listener, with nothing around it to catch (brianc/node-postgres#2653, open):
 * a value longer than V8 can hold as a string (about 512 MB) throws there,
 * uncaught, and ends the process for every user, again at the first such
 * read after each restart. The pull page is bounded in bytes so that never
 * happens on purpose; this makes sure that if it happens anyway, it fails the
 * one query: the error destroys that connection (the query rejects, the pool
 * drops the client) instead of reaching the event loop.
 */
type DataListener = (chunk: Buffer) => void;
interface ParsingConnection {
  attachListeners(stream: NodeJS.ReadableStream & { destroy(error?: Error): void }): void;
}

export const guardParser = (connection: ParsingConnection): void => {
  const attach = connection.attachListeners.bind(connection);
  connection.attachListeners = (stream) => {
    const on = stream.on;
    // Only while pg attaches its own listeners, and only for 'data': every other listener is untouched.
    stream.on = function (this: typeof stream, event: string | symbol, listener: (...args: unknown[]) => void) {
      if (event !== 'data') return on.call(this, event, listener);
      const parse = listener as DataListener;
      return on.call(this, event, (chunk: Buffer) => {
        try {
          parse(chunk);
        } catch (error) {
          stream.destroy(error instanceof Error ? error : new Error(String(error)));
        }
      });
    } as typeof stream.on;
    try {
      attach(stream);
    } finally {
      stream.on = on;
    }
  };
};

/** A pg client whose protocol errors fail its queries rather than the process; for pools and LISTEN connections alike. */
export class GuardedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    guardParser((this as unknown as { connection: ParsingConnection }).connection);
  }
}
