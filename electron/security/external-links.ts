/**
 * Links the app may hand to the user's browser (checklist item 15): only
 * https, and only to hosts the product trusts. Anything else, e.g. a file://
 * or a javascript: URL smuggled into a partner's notes, is refused, because
 * shell.openExternal would run it with the user's full rights.
 */
export const DEFAULT_EXTERNAL_HOSTS: readonly string[] = ['partnerdesk.example', 'docs.partnerdesk.example'];

export const isAllowedExternalUrl = (url: string, allowedHosts: readonly string[] = DEFAULT_EXTERNAL_HOSTS): boolean => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
  const host = parsed.hostname.toLowerCase();
  return allowedHosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
};
