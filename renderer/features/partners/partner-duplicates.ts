import type { Contact } from '../../../shared/domain/contact';
import { nameSimilarity, NEAR_SAME_NAME } from '../../../shared/import/similarity';
import type { Partner } from '../../../shared/domain/partner';
import { customerKey, nameBlocks } from '../../../shared/registrations/customer-key';

/** What made a typed partner look like a stored one, strongest first. */
export type PartnerMatch = 'same-domain' | 'same-name' | 'near-same-name';

export interface LikelyPartner {
  id: string;
  name: string;
  match: PartnerMatch;
}

export const partnerMatchWords: Record<PartnerMatch, string> = {
  'same-domain': 'same domain',
  'same-name': 'same name',
  'near-same-name': 'near-same name',
};

const strength: Record<PartnerMatch, number> = { 'same-domain': 0, 'same-name': 1, 'near-same-name': 2 };

const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * The stored partners keyed as the import and the channel-conflict check
 * key companies (customerKey: the website's domain, the name without case,
 * accents, punctuation or legal form), built once when the form opens, so a
 * keystroke reads a few dozen names rather than 10,000. Offline: it is the
 * device's own copy.
 */
export const partnerDuplicateIndex = (partners: readonly Partner[]) => {
  const byDomain = new Map<string, Partner[]>();
  const byName = new Map<string, Partner[]>();
  const byBlock = new Map<string, { partner: Partner; name: string }[]>();
  for (const partner of partners) {
    if (partner.deleted) continue;
    const key = customerKey({ name: partner.name, domain: partner.website ?? null });
    if (key.domain) add(byDomain, key.domain, partner);
    if (!key.name) continue;
    add(byName, key.name, partner);
    for (const block of nameBlocks(key.name)) add(byBlock, block, { partner, name: key.name });
  }

  /** The strongest match for what is typed, never the partner being edited (`selfId`). */
  return (typed: { name: string; website: string }, selfId?: string): LikelyPartner | undefined => {
    const key = customerKey({ name: typed.name, domain: typed.website.trim() || null });
    const found: LikelyPartner[] = [];
    const offer = (partner: Partner, match: PartnerMatch) => {
      if (partner.id !== selfId) found.push({ id: partner.id, name: partner.name, match });
    };
    if (key.domain) for (const p of byDomain.get(key.domain) ?? []) offer(p, 'same-domain');
    // A name of a letter or two matches too much to be worth saying.
    if (key.name.length >= 3) {
      for (const p of byName.get(key.name) ?? []) offer(p, 'same-name');
      for (const block of nameBlocks(key.name)) {
        for (const { partner, name } of byBlock.get(block) ?? []) {
          if (name !== key.name && nameSimilarity(key.name, name) >= NEAR_SAME_NAME) offer(partner, 'near-same-name');
        }
      }
    }
    return found.sort((a, b) => strength[a.match] - strength[b.match] || a.name.localeCompare(b.name))[0];
  };
};

export interface ContactElsewhere {
  contactId: string;
  contactName: string;
  partnerId: string;
}

const emailKey = (email: string): string => email.trim().toLowerCase();

/** Every stored contact by email (case aside), for the contact form: built once, one lookup per keystroke. */
export const contactEmailIndex = (contacts: readonly Contact[]) => {
  const byEmail = new Map<string, Contact[]>();
  for (const c of contacts) if (!c.deleted) add(byEmail, emailKey(c.email), c);
  /** Another contact (of any partner) already using the email; never the contact being edited. */
  return (email: string, selfId?: string): ContactElsewhere | undefined => {
    const other = byEmail.get(emailKey(email))?.find((c) => c.id !== selfId);
    return other ? { contactId: other.id, contactName: other.name, partnerId: other.partnerId } : undefined;
  };
};
