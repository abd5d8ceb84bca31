import { request } from 'node:http';
import { routes } from '../../../shared/sync/protocol';

/**
 * A sign-in sent from a loopback address of the test's choosing (127.0.0.2,
 * 127.0.0.3, … all reach a server on 127.0.0.1 on Linux), so each test of
 * the per-address limits has an address, and an allowance, of its own.
 */
export interface SignInAnswer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely, like support.ts's `call`
  body: any;
  retryAfter: string | undefined;
}

export const signInFrom = (localAddress: string, base: string, email: string, password: string, headers: Record<string, string> = {}): Promise<SignInAnswer> =>
  new Promise((resolve, reject) => {
    const payload = JSON.stringify({ email, password });
    const req = request(
      new URL(routes.signIn, base),
      { method: 'POST', localAddress, headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          const header = res.headers['retry-after'];
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            // Not JSON: the test sees the text.
          }
          resolve({ status: res.statusCode ?? 0, body, retryAfter: Array.isArray(header) ? header[0] : header });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });

/** How many answers had each status, e.g. `{ 401: 10, 429: 140 }`. */
export const statusCounts = (answers: { status: number }[]): Record<number, number> => {
  const counts: Record<number, number> = {};
  for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
};
