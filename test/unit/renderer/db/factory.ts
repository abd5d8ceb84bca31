import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { EntityName, EntityOf } from '../../../../shared/domain/entities';
import { newId } from '../../../../shared/domain/ids';
import { openPartnerDeskDb, type PartnerDeskDb } from '../../../../renderer/db/database';
import type { NewRecord } from '../../../../renderer/db/repository';

/**
 * Builders for store tests. Every record is valid per the domain schemas
 * (factory.test.ts checks); tests override only the fields they look at.
 */

export const NORTH = 'territory-north';
export const SOUTH = 'territory-south';

let databases = 0;

/** A database no other test has touched, on fake-indexeddb. */
export const freshDb = (version?: number): { db: PartnerDeskDb; name: string } => {
  const name = `partner-desk-test-${++databases}-${newId()}`;
  return { db: openPartnerDeskDb(name, { indexedDB, IDBKeyRange, ...(version !== undefined && { version }) }), name };
};

export const reopen = (name: string, version?: number): PartnerDeskDb =>
  openPartnerDeskDb(name, { indexedDB, IDBKeyRange, ...(version !== undefined && { version }) });

export const newPartner = (overrides: Partial<NewRecord<'partners'>> = {}): NewRecord<'partners'> => ({
  territoryId: NORTH,
  name: 'Northwind Resale',
  partnerType: 'reseller',
  tier: 'silver',
  status: 'active',
  enrolledOn: '2025-03-01',
  firstCommercialActivityOn: '2025-04-15',
  ownerUserId: 'user-1',
  region: 'EMEA',
  vertical: 'Retail',
  segment: 'mid-market',
  attributes: { partnerType: 'reseller', productLines: [{ name: 'Analytics', competing: false }], renewalManagedCustomers: 12 },
  ...overrides,
});

export const newContact = (partnerId: string, overrides: Partial<NewRecord<'contacts'>> = {}): NewRecord<'contacts'> => ({
  territoryId: NORTH,
  partnerId,
  name: 'Ada Byron',
  role: 'Alliance manager',
  email: 'ada@northwind.example',
  primary: true,
  ...overrides,
});

export const newCertification = (
  partnerId: string,
  contactId: string,
  overrides: Partial<NewRecord<'certifications'>> = {},
): NewRecord<'certifications'> => ({
  territoryId: NORTH,
  partnerId,
  contactId,
  programId: 'program-sales',
  status: 'certified',
  issuedOn: '2025-12-01',
  expiresOn: '2026-12-01',
  ...overrides,
});

export const newOpportunity = (partnerId: string, overrides: Partial<NewRecord<'opportunities'>> = {}): NewRecord<'opportunities'> => ({
  territoryId: NORTH,
  partnerId,
  partnerRole: 'sourced',
  customerName: 'Contoso',
  newCustomer: true,
  dealType: 'new-business',
  channel: 'resale',
  productLine: 'Analytics',
  amountCents: 5_000_000,
  servicesAttachedCents: 0,
  stage: 'develop',
  createdOn: '2026-07-01',
  closeOn: '2026-09-15',
  registeredOn: null,
  protectionEndsOn: null,
  ...overrides,
});

/** A record as sync or the demo generator would hand it over: with its sync fields set. */
export const asStored = <N extends EntityName>(input: NewRecord<N>): EntityOf<N> =>
  ({ id: newId(), updatedAt: '2026-11-01T09:00:00.000Z', deleted: false, ...input }) as unknown as EntityOf<N>;
