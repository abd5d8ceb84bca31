/**
 * What a database error says about whose fault a failed request is. The
 * store is the only place that knows driver errors; the HTTP layer asks
 * these questions and answers the caller accordingly (DESIGN §6).
 */
interface DriverError {
  code?: unknown;
  message?: unknown;
}

const codeOf = (error: unknown): string => {
  const code = (error as DriverError | null)?.code;
  return typeof code === 'string' ? code : '';
};

/** Socket-level failures the pg driver reports by Node's error codes. */
const unreachable = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * The database is down, restarting, or out of connections: nothing is wrong
 * with the request, and the same request will work later (503, Retry-After).
 * SQLSTATE class 08 is a lost connection, 57P01–57P03 a shutdown or a start
 * in progress, 53300 too many connections.
 */
export const isStoreUnavailable = (error: unknown): boolean => {
  const code = codeOf(error);
  if (unreachable.has(code) || code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300') return true;
  const message = (error as DriverError | null)?.message;
  // pg's own words when the socket closes under a query; PGlite's when it was closed.
  return typeof message === 'string' && /Connection terminated|connection timeout|Client has encountered a connection error|PGlite is closed/i.test(message);
};

/**
 * A value the database refused to hold (SQLSTATE class 22: a character it
 * cannot store, a number out of range): the request's data is at fault. The
 * server checks every outside value before it reaches SQL, so this is the
 * net under those checks, never the check itself.
 */
export const isRefusedValue = (error: unknown): boolean => codeOf(error).startsWith('22');
