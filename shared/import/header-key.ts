/**
 * Headers and picklist values compared loosely: case, spaces and punctuation
 * ignored, so "Billing Country", "BillingCountry" and "billing_country" are
 * one name, and HubSpot's "closedwon" is "Closed Won".
 */
export const looseKey = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
