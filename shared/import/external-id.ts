import { toSalesforceId15 } from './salesforce-id';

/**
 * An id from the source CRM in the one form imported records keep it:
 * Salesforce ids as 15 characters (so report and Data Loader exports, 15
 * and 18 characters, are one record), any other source's as written.
 */
export const normalizeExternalId = (source: string, id: string): string => {
  const trimmed = id.trim();
  if (source !== 'salesforce') return trimmed;
  return toSalesforceId15(trimmed) ?? trimmed;
};
