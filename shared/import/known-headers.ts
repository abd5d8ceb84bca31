import type { ImportEntity } from './fields';

/**
 * The column names of the standard CRM exports, per source and entity, and
 * the field of ours each fills. Where two headers could fill one field the
 * first one present wins (a deal's "Partner Account" before its "Account
 * Name"). Sources: Salesforce report exports use field labels, Data Loader
 * the API names (Object Reference: Account, Contact, Opportunity, Task);
 * HubSpot exports use property labels (Record ID, Company name, …).
 */
export type CrmSource = 'salesforce' | 'hubspot';
export type ExportFlavor = 'report' | 'data-loader' | 'export';

export interface HeaderProfile {
  source: CrmSource;
  flavor: ExportFlavor;
  entity: ImportEntity;
  /** Header → our field, in priority order per field. */
  columns: readonly (readonly [header: string, field: string])[];
  /** Headers that, together, say "this is that export": most of them must be present. */
  signature: readonly string[];
}

export const headerProfiles: readonly HeaderProfile[] = [
  {
    source: 'salesforce',
    flavor: 'report',
    entity: 'partners',
    signature: ['Account ID', 'Account Name', 'Type', 'Billing City', 'Billing Country', 'Account Owner'],
    columns: [
      ['Account ID', 'externalId'],
      ['Account Name', 'name'],
      ['Website', 'website'],
      ['Type', 'partnerType'],
      ['Partner Tier', 'tier'],
      ['Billing Country', 'region'],
      ['Industry', 'vertical'],
      ['Account Owner', 'ownerUserId'],
      ['Description', 'notes'],
    ],
  },
  {
    source: 'salesforce',
    flavor: 'data-loader',
    entity: 'partners',
    signature: ['Id', 'Name', 'Type', 'BillingCity', 'BillingCountry', 'OwnerId'],
    columns: [
      ['Id', 'externalId'],
      ['Name', 'name'],
      ['Website', 'website'],
      ['Type', 'partnerType'],
      ['BillingCountry', 'region'],
      ['Industry', 'vertical'],
      ['OwnerId', 'ownerUserId'],
      ['Description', 'notes'],
    ],
  },
  {
    source: 'salesforce',
    flavor: 'report',
    entity: 'contacts',
    signature: ['Contact ID', 'First Name', 'Last Name', 'Email', 'Title', 'Account Name'],
    columns: [
      ['Contact ID', 'externalId'],
      ['Account ID', 'partnerExternalId'],
      ['Account Name', 'partnerName'],
      ['First Name', 'firstName'],
      ['Last Name', 'lastName'],
      ['Title', 'role'],
      ['Email', 'email'],
      ['Phone', 'phone'],
      ['Mobile', 'phone'],
    ],
  },
  {
    source: 'salesforce',
    flavor: 'data-loader',
    entity: 'contacts',
    signature: ['Id', 'AccountId', 'FirstName', 'LastName', 'Email', 'Title'],
    columns: [
      ['Id', 'externalId'],
      ['AccountId', 'partnerExternalId'],
      ['FirstName', 'firstName'],
      ['LastName', 'lastName'],
      ['Name', 'name'],
      ['Title', 'role'],
      ['Email', 'email'],
      ['Phone', 'phone'],
      ['MobilePhone', 'phone'],
    ],
  },
  {
    source: 'salesforce',
    flavor: 'report',
    entity: 'opportunities',
    signature: ['Opportunity ID', 'Opportunity Name', 'Stage', 'Amount', 'Close Date', 'Account Name'],
    columns: [
      ['Opportunity ID', 'externalId'],
      ['Partner Account ID', 'partnerExternalId'],
      ['Account ID', 'partnerExternalId'],
      ['Partner Account', 'partnerName'],
      ['Account Name', 'partnerName'],
      ['Opportunity Name', 'customerName'],
      ['Stage', 'stage'],
      ['Amount', 'amountCents'],
      ['Close Date', 'closeOn'],
      ['Created Date', 'createdOn'],
      ['Type', 'dealType'],
      ['Next Step', 'nextStep'],
    ],
  },
  {
    source: 'salesforce',
    flavor: 'data-loader',
    entity: 'opportunities',
    signature: ['Id', 'Name', 'AccountId', 'StageName', 'Amount', 'CloseDate'],
    columns: [
      ['Id', 'externalId'],
      ['PartnerAccountId', 'partnerExternalId'],
      ['AccountId', 'partnerExternalId'],
      ['Name', 'customerName'],
      ['StageName', 'stage'],
      ['Amount', 'amountCents'],
      ['CloseDate', 'closeOn'],
      ['CreatedDate', 'createdOn'],
      ['Type', 'dealType'],
      ['NextStep', 'nextStep'],
    ],
  },
  {
    source: 'salesforce',
    flavor: 'report',
    entity: 'activities',
    signature: ['Activity ID', 'Subject', 'Date', 'Task Subtype', 'Account Name', 'Comments'],
    columns: [
      ['Activity ID', 'externalId'],
      ['Account ID', 'partnerExternalId'],
      ['Account Name', 'partnerName'],
      ['Company / Account', 'partnerName'],
      ['Task Subtype', 'kind'],
      ['Type', 'kind'],
      ['Date', 'occurredAt'],
      ['Subject', 'subject'],
      ['Full Comments', 'notes'],
      ['Comments', 'notes'],
    ],
  },
  {
    source: 'salesforce',
    flavor: 'data-loader',
    entity: 'activities',
    signature: ['Id', 'Subject', 'ActivityDate', 'TaskSubtype', 'AccountId', 'Description'],
    columns: [
      ['Id', 'externalId'],
      ['AccountId', 'partnerExternalId'],
      ['TaskSubtype', 'kind'],
      ['ActivityDate', 'occurredAt'],
      ['Subject', 'subject'],
      ['Description', 'notes'],
    ],
  },
  {
    source: 'hubspot',
    flavor: 'export',
    entity: 'partners',
    signature: ['Record ID', 'Company name', 'Company Domain Name', 'Company owner', 'Country/Region', 'City'],
    columns: [
      ['Record ID', 'externalId'],
      ['Company name', 'name'],
      ['Company Domain Name', 'website'],
      ['Website URL', 'website'],
      ['Type', 'partnerType'],
      ['Country/Region', 'region'],
      ['Industry', 'vertical'],
      ['Company owner', 'ownerUserId'],
      ['Description', 'notes'],
    ],
  },
  {
    source: 'hubspot',
    flavor: 'export',
    entity: 'contacts',
    signature: ['Record ID', 'First Name', 'Last Name', 'Email', 'Associated Company', 'Contact owner'],
    columns: [
      ['Record ID', 'externalId'],
      ['Associated Company IDs', 'partnerExternalId'],
      ['Associated Company ID', 'partnerExternalId'],
      ['Associated Company', 'partnerName'],
      ['Company Name', 'partnerName'],
      ['First Name', 'firstName'],
      ['Last Name', 'lastName'],
      ['Job Title', 'role'],
      ['Email', 'email'],
      ['Phone Number', 'phone'],
    ],
  },
  {
    source: 'hubspot',
    flavor: 'export',
    entity: 'opportunities',
    signature: ['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Pipeline'],
    columns: [
      ['Record ID', 'externalId'],
      ['Associated Company IDs', 'partnerExternalId'],
      ['Associated Company ID', 'partnerExternalId'],
      ['Associated Company', 'partnerName'],
      ['Deal Name', 'customerName'],
      ['Deal Stage', 'stage'],
      ['Amount', 'amountCents'],
      ['Close Date', 'closeOn'],
      ['Create Date', 'createdOn'],
      ['Deal Type', 'dealType'],
      ['Next step', 'nextStep'],
    ],
  },
  {
    source: 'hubspot',
    flavor: 'export',
    entity: 'activities',
    signature: ['Record ID', 'Activity date', 'Activity type', 'Associated Company', 'Subject', 'Notes'],
    columns: [
      ['Record ID', 'externalId'],
      ['Associated Company IDs', 'partnerExternalId'],
      ['Associated Company', 'partnerName'],
      ['Activity type', 'kind'],
      ['Activity date', 'occurredAt'],
      ['Subject', 'subject'],
      ['Notes', 'notes'],
      ['Body preview', 'notes'],
    ],
  },
];

/**
 * Extra names a hand-made file uses for a field, beyond the CRMs' own:
 * the fuzzy fallback for a generic file compares these too.
 */
export const genericHeaders: Partial<Record<string, readonly string[]>> = {
  externalId: ['ID', 'External ID', 'Record ID', 'CRM ID'],
  name: ['Partner', 'Partner Name', 'Company', 'Company Name', 'Account', 'Organization', 'Organisation'],
  website: ['Website', 'Web', 'URL', 'Domain'],
  partnerType: ['Partner Type', 'Type'],
  region: ['Country', 'Region', 'Territory Region'],
  vertical: ['Industry', 'Sector'],
  enrolledOn: ['Enrolled', 'Enrollment Date', 'Enrolled On', 'Partner Since', 'Joined'],
  revenueTargetCents: ['Revenue Target', 'Target Revenue', 'Annual Target'],
  email: ['E-mail', 'Email Address'],
  role: ['Job Title', 'Title', 'Position'],
  partnerName: ['Partner', 'Partner Name', 'Company', 'Account', 'Account Name'],
  partnerExternalId: ['Partner ID', 'Account ID', 'Company ID'],
  program: ['Program', 'Certification', 'Certification Program', 'Program Code'],
  contactEmail: ['Email', 'Contact Email'],
  contactExternalId: ['Contact ID'],
  issuedOn: ['Issued', 'Issue Date', 'Issued On', 'Certified On'],
  expiresOn: ['Expires', 'Expiry', 'Expiry Date', 'Expiration Date', 'Expires On'],
  amountCents: ['Amount', 'Value', 'Deal Value'],
  closeOn: ['Close Date', 'Closing Date', 'Expected Close'],
  customerName: ['Customer', 'End Customer', 'Deal', 'Opportunity'],
  stage: ['Stage', 'Deal Stage', 'Status'],
  occurredAt: ['Date', 'When', 'Activity Date'],
  kind: ['Type', 'Activity Type'],
};
