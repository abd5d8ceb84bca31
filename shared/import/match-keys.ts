import type { ImportEntity } from './fields';
import { looseKey } from './header-key';
import { normalizeName } from './normalize/name';
import { websiteDomain } from './normalize/website';

/**
 * How a row finds its stored record when the external id does not: keys
 * tried in order, each naming what it compared. A partner is its website's
 * domain, then its normalized name; the others have their own natural keys.
 */
/** `chosen`: the user merged a possible duplicate into this record. */
export type MatchReason = 'external-id' | 'domain' | 'name' | 'near-same-name' | 'email' | 'natural-key' | 'chosen';

export interface MatchKey {
  reason: MatchReason;
  key: (record: Record<string, unknown>) => string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const joined = (...parts: (string | null)[]): string | null => (parts.every((p) => p !== null) ? parts.join('\u0000') : null);

export const matchKeys: Record<ImportEntity, readonly MatchKey[]> = {
  partners: [
    { reason: 'domain', key: (r) => (text(r.website) ? websiteDomain(r.website as string) : null) },
    { reason: 'name', key: (r) => (text(r.name) ? normalizeName(r.name as string) || null : null) },
  ],
  contacts: [
    { reason: 'email', key: (r) => text(r.email)?.toLowerCase() ?? null },
    { reason: 'name', key: (r) => joined(text(r.partnerId), text(r.name) && looseKey(r.name as string)) },
  ],
  certifications: [{ reason: 'natural-key', key: (r) => joined(text(r.contactId), text(r.programId)) }],
  opportunities: [
    { reason: 'natural-key', key: (r) => joined(text(r.partnerId) ?? 'direct', text(r.customerName) && normalizeName(r.customerName as string), text(r.closeOn)) },
  ],
  activities: [{ reason: 'natural-key', key: (r) => joined(text(r.partnerId), text(r.occurredAt), text(r.subject) && looseKey(r.subject as string)) }],
};
