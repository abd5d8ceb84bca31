import { describe, expect, it } from 'vitest';
import { addressKey } from '../../../server/auth/address';

/** What the sign-in limits count per (server/auth/address.ts). */
describe('sign-in address key', () => {
  it('keeps an IPv4 address, also when written as IPv6', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::FFFF:cb00:7107')).toBe('203.0.113.7');
  });

  it('counts IPv6 per /64, however the address is written', () => {
    const key = addressKey('2001:db8:0:1::1');
    expect(key).toBe('2001:db8:0:1::/64');
    expect(addressKey('2001:0db8:0000:0001:ffff:ffff:ffff:fffe')).toBe(key);
    expect(addressKey('2001:db8:0:1:a:b:1.2.3.4')).toBe(key);
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('2001:db8:0:2::1')).not.toBe(key);
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('hashes anything that is not an address', () => {
    expect(addressKey('not an address')).toMatch(/^other:[\w-]{43}$/);
    expect(addressKey("x'; drop table users; --")).not.toContain('drop');
  });
});
