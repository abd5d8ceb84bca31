import { normalizeName } from '../import/normalize/name';
import { websiteDomain } from '../import/normalize/website';

/**
 * A customer as registrations are compared: its website's domain when the
 * deal names one, and its name reduced to what tells companies apart (the
 * import's own normalization: case, accents, punctuation and the legal form
 * dropped, so "ACME, Inc." and "Acme" are one customer). One function for
 * every caller: the device, the server's check on push, the bench.
 */
export interface CustomerKey {
  name: string;
  domain: string | null;
}

export const customerKey = (customer: { name: string; domain?: string | null }): CustomerKey => ({
  name: normalizeName(customer.name),
  domain: customer.domain ? websiteDomain(customer.domain) : null,
});

/**
 * The blocks a near-same name is looked for in, so a check reads a few
 * dozen names instead of every registration: the name's first four letters
 * and each of its words of four letters or more. Two names a letter apart
 * ("northwind traders" / "nortwind traders") share a block unless the
 * typo falls in every word's first four letters and the name's own.
 */
export const nameBlocks = (name: string): string[] => {
  const blocks = new Set<string>([`^${name.slice(0, 4)}`]);
  for (const word of name.split(' ')) if (word.length >= 4) blocks.add(word);
  return [...blocks];
};
