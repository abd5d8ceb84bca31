import type { PartnerType, Tier } from '../domain/common';

/** Domain codes as a partner reads them in a pack. */
export const partnerTypeWords: Record<PartnerType, string> = {
  isv: 'ISV',
  reseller: 'Reseller',
  oem: 'OEM',
  si: 'Systems integrator',
};

export const tierWords = (tier: Tier): string => tier.charAt(0).toUpperCase() + tier.slice(1);

/** `at-risk` → "At risk", `co-sell` → "Co-sell". */
export const codeWords = (code: string): string => {
  // Hyphenated words that are one word to a reader keep their hyphen.
  const words = code === 'co-sell' ? code : code.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};
