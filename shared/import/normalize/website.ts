/**
 * A partner's website as exports hold it ("https://www.acme.com/about",
 * "acme.com", "WWW.ACME.COM") reduced to its domain for matching, and to the
 * https address the partner schema stores. Two rows with one domain are one
 * company's site, whatever scheme or page the CRM kept.
 */
export const websiteDomain = (text: string): string | null => {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return null;
  const withoutScheme = trimmed.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  const host = withoutScheme.split(/[/?#]/)[0]!.replace(/:\d+$/, '').replace(/^www\d*\./, '').replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || /^(xn--)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(host) ? host : null;
};

/** The address to store: the file's own when it is a full http(s) address, else https:// and the domain. */
export const websiteAddress = (text: string): string | null => {
  const trimmed = text.trim();
  const domain = websiteDomain(trimmed);
  if (!domain) return null;
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed.replace(/^\/+/, '')}`;
};
