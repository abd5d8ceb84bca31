import type { PartnerType } from '../domain/common';
import type { DemoContext } from './context';
import { brandHeads, brandTails, companySuffixes, slug } from './vocabulary';

/** First and last name, no titles: how a manager writes a contact down. */
export const personName = (ctx: DemoContext): { first: string; last: string; full: string } => {
  const first = ctx.faker.person.firstName();
  const last = ctx.faker.person.lastName();
  return { first, last, full: `${first} ${last}` };
};

export interface CompanyName {
  /** "Northfield Software" */
  name: string;
  /** "Northfield": what joint solutions and integrations are called after. */
  brand: string;
  /** "northfieldsoftware.com": the website's and the contacts' email domain. */
  domain: string;
}

/**
 * Hands out partner names that are unique in the workspace, as a partner list
 * would be. Invented brands ("Northfield Software") and founder names
 * ("Keller & Ward Consulting") mix as in a real channel.
 */
export class CompanyNames {
  private readonly used = new Set<string>();

  next(ctx: DemoContext, partnerType: PartnerType, area: string): CompanyName {
    for (let attempt = 0; attempt < 6; attempt++) {
      const candidate = this.candidate(ctx, partnerType);
      if (!this.used.has(candidate.name)) return this.claim(candidate);
    }
    // A crowded name space (the load set) falls back to the local-branch style "Northfield Software (Texas)".
    const base = this.candidate(ctx, partnerType);
    let name = `${base.name} (${area})`;
    for (let n = 2; this.used.has(name); n++) name = `${base.name} (${area} ${n})`;
    return this.claim({ ...base, name, domain: `${slug(name)}.com` });
  }

  private claim(candidate: CompanyName): CompanyName {
    this.used.add(candidate.name);
    return candidate;
  }

  private candidate(ctx: DemoContext, partnerType: PartnerType): CompanyName {
    const suffix = ctx.pick(companySuffixes[partnerType]);
    const style = ctx.int(0, 9);
    const brand =
      style < 7
        ? `${ctx.pick(brandHeads)}${ctx.pick(brandTails)}`
        : style < 9
          ? ctx.faker.person.lastName()
          : `${ctx.faker.person.lastName()} & ${ctx.faker.person.lastName()}`;
    const name = `${brand} ${suffix}`;
    return { name, brand, domain: `${slug(name)}.com` };
  }
}
