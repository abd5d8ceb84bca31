import type { CertificationProgram } from '../domain/certification';
import type { Contact } from '../domain/contact';
import type { Partner } from '../domain/partner';
import type { CandidateRefs } from './convert';
import { normalizeExternalId } from './external-id';
import { looseKey } from './header-key';
import { normalizeName } from './normalize/name';

/**
 * Finds the records a row refers to: its partner (by the account's id in the
 * CRM, then by name), and for a certification its contact and program. A row
 * whose reference finds nothing, or more than one, gets a reason, never a guess.
 */
export type Resolved = { ok: true; ids: Record<string, string | null> } | { ok: false; field: string; ref: keyof CandidateRefs; reason: string };

const linkKey = (source: string, externalId: string): string => `${source}\u0000${externalId}`;

const group = <T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null || k === '') continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
};

export interface RelationIndex {
  resolve(refs: CandidateRefs, entity: 'contacts' | 'certifications' | 'opportunities' | 'activities'): Resolved;
}

/**
 * `partners` and `contacts` hold the stored records and the ones this import
 * session plans to create (a partners file planned before its contacts file),
 * so a contact finds a partner that is new in the same session.
 */
export const relationIndex = (
  source: string,
  partners: readonly Partner[],
  contacts: readonly Contact[] = [],
  programs: readonly CertificationProgram[] = [],
): RelationIndex => {
  const live = <T extends { deleted: boolean }>(items: readonly T[]) => items.filter((i) => !i.deleted);
  const storedKey = (r: { importSource?: string; externalId?: string }) => (r.importSource && r.externalId ? linkKey(r.importSource, normalizeExternalId(r.importSource, r.externalId)) : null);
  const partnersById = group(live(partners), storedKey);
  const partnersByName = group(live(partners), (p) => normalizeName(p.name));
  const contactsById = group(live(contacts), storedKey);
  const contactsByEmail = group(live(contacts), (c) => c.email.toLowerCase());
  const programsByKey = new Map<string, CertificationProgram[]>();
  for (const program of live(programs)) {
    for (const key of new Set([looseKey(program.code), looseKey(program.name)])) programsByKey.set(key, [...(programsByKey.get(key) ?? []), program]);
  }

  /** The one record a reference finds, why it does not find one (it finds several), or null (it finds none). */
  const one = <T>(found: T[] | undefined, what: string, describe: (t: T) => string, hint = 'give its id instead'): { item: T } | { reason: string } | null => {
    if (!found || found.length === 0) return null;
    if (found.length > 1) return { reason: `matches ${found.length} ${what}: ${found.slice(0, 3).map(describe).join(', ')}; ${hint}` };
    return { item: found[0]! };
  };

  const partner = (refs: CandidateRefs): Resolved => {
    // Two stored partners with one CRM id: imported twice, from copies of one CRM.
    const byId = refs.partnerExternalId ? one(partnersById.get(linkKey(source, refs.partnerExternalId)), 'partners', (p) => p.name, 'merge them, or give the partner by name') : null;
    if (byId && 'item' in byId) return { ok: true, ids: { partnerId: byId.item.id } };
    if (refs.partnerName) {
      const byName = one(partnersByName.get(normalizeName(refs.partnerName)), 'partners', (p) => p.name);
      if (byName && 'item' in byName) return { ok: true, ids: { partnerId: byName.item.id } };
      if (byName) return { ok: false, field: 'partnerId', ref: 'partnerName', reason: `Partner "${refs.partnerName}" ${byName.reason}` };
    }
    if (byId) return { ok: false, field: 'partnerId', ref: 'partnerExternalId', reason: `Partner id ${refs.partnerExternalId} ${byId.reason}` };
    const named = [refs.partnerExternalId && `id ${refs.partnerExternalId}`, refs.partnerName && `name "${refs.partnerName}"`].filter(Boolean).join(' or ');
    return {
      ok: false,
      field: 'partnerId',
      ref: refs.partnerExternalId ? 'partnerExternalId' : 'partnerName',
      reason: named ? `Partner with ${named} was not found among the stored partners or those in this import: import the partners first` : 'Partner is required: the row names no partner',
    };
  };

  return {
    resolve(refs, entity) {
      if (entity === 'opportunities' && !refs.partnerExternalId && !refs.partnerName) return { ok: true, ids: { partnerId: null } };
      if (entity !== 'certifications') return partner(refs);
      const describeContact = (c: Contact) => `${c.name} <${c.email}>`;
      const hint = 'merge them, or give the contact by another key';
      const byId = refs.contactExternalId ? one(contactsById.get(linkKey(source, refs.contactExternalId)), 'contacts', describeContact, hint) : null;
      const byEmail = !(byId && 'item' in byId) && refs.contactEmail ? one(contactsByEmail.get(refs.contactEmail.toLowerCase()), 'contacts', describeContact, hint) : null;
      const contact = byId && 'item' in byId ? byId.item : byEmail && 'item' in byEmail ? byEmail.item : undefined;
      // Found more than once and by nothing else: said so, never the first one guessed.
      if (!contact && byEmail && 'reason' in byEmail) return { ok: false, field: 'contactId', ref: 'contactEmail', reason: `Contact ${refs.contactEmail} ${byEmail.reason}` };
      if (!contact && byId && 'reason' in byId) return { ok: false, field: 'contactId', ref: 'contactExternalId', reason: `Contact id ${refs.contactExternalId} ${byId.reason}` };
      if (!contact) {
        const named = refs.contactEmail ?? refs.contactExternalId;
        return { ok: false, field: 'contactId', ref: refs.contactEmail ? 'contactEmail' : 'contactExternalId', reason: named ? `Contact ${named} was not found: import the contacts first` : 'Contact is required: the row names no contact' };
      }
      const program = refs.program ? one(programsByKey.get(looseKey(refs.program)), 'programs', (p) => p.name) : null;
      if (!program || !('item' in program)) {
        const why = program ? program.reason : refs.program ? 'is not a certification program of the program settings' : 'is required';
        return { ok: false, field: 'programId', ref: 'program', reason: refs.program ? `Certification program "${refs.program}" ${why}` : `Certification program ${why}` };
      }
      return { ok: true, ids: { partnerId: contact.partnerId, contactId: contact.id, programId: program.item.id } };
    },
  };
};
