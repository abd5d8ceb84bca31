import { createHash } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * The "address" the sign-in limits count per. IPv4 is one address; an IPv4
 * address written as IPv6 (::ffff:a.b.c.d) is that IPv4 address. IPv6 is
 * counted per /64: one household or office is handed a whole /64 and can
 * pick any address in it, so counting per /128 would give an attacker 2^64
 * fresh allowances. Anything else (a proxy header gone wrong) is hashed, so
 * no caller-made text reaches the database.
 */
const hextets = (ip: string): number[] => {
  const groups = (part: string): number[] =>
    part === '' ? [] : part.split(':').flatMap((g) => (g.includes('.') ? ipv4Hextets(g) : [parseInt(g, 16)]));
  const [head = '', tail] = ip.split('::');
  const front = groups(head);
  const back = tail === undefined ? [] : groups(tail);
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
};

const ipv4Hextets = (ip: string): number[] => {
  const [a = 0, b = 0, c = 0, d = 0] = ip.split('.').map(Number);
  return [(a << 8) | b, (c << 8) | d];
};

export const addressKey = (ip: string): string => {
  if (isIPv4(ip)) return ip;
  const bare = ip.replace(/%.*$/, '');
  if (isIPv6(bare)) {
    const h = hextets(bare.toLowerCase());
    if (h.slice(0, 5).every((x) => x === 0) && h[5] === 0xffff) return [h[6]! >> 8, h[6]! & 0xff, h[7]! >> 8, h[7]! & 0xff].join('.');
    return `${h.slice(0, 4).map((x) => x.toString(16)).join(':')}::/64`;
  }
  return `other:${createHash('sha256').update(ip).digest('base64url')}`;
};
