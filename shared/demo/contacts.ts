import type { Tier } from '../domain/common';
import type { Contact } from '../domain/contact';
import type { DemoContext, Weighted } from './context';
import { personName } from './names';
import type { PartnerProfile } from './partners';
import { contactRoles, slug } from './vocabulary';

/** Small partners name two or three people to the vendor, the biggest up to six. */
const contactCounts: Record<Tier, Weighted<number>> = {
  registered: [[2, 60], [3, 40]],
  silver: [[2, 30], [3, 40], [4, 30]],
  gold: [[3, 35], [4, 40], [5, 25]],
  platinum: [[4, 30], [5, 40], [6, 30]],
};

/** The first contact is the alliance lead and the primary contact. */
export const makeContacts = (ctx: DemoContext, profile: PartnerProfile): Contact[] => {
  const { partner, company } = profile;
  const emails = new Set<string>();
  return Array.from({ length: ctx.weighted(contactCounts[partner.tier]) }, (_, index): Contact => {
    const person = personName(ctx);
    let email = `${slug(person.first) || 'contact'}.${slug(person.last) || 'team'}@${company.domain}`;
    // Two people of the same name at one company get numbered addresses, as mail admins do.
    for (let n = 2; emails.has(email); n++) email = email.replace(/(\d*)@/, `${n}@`);
    emails.add(email);
    return {
      id: ctx.id(),
      territoryId: partner.territoryId,
      updatedAt: ctx.touched(partner.enrolledOn),
      deleted: false,
      partnerId: partner.id,
      name: person.full,
      role: ctx.pick(index === 0 ? contactRoles.primary : contactRoles.others),
      email,
      ...(ctx.chance(0.85) ? { phone: ctx.faker.phone.number({ style: 'international' }) } : {}),
      primary: index === 0,
    };
  });
};
