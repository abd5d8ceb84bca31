import type { Territory } from '../domain/organization';
import type { DemoContext } from './context';
import type { DemoUser } from './types';
import { personName } from './names';
import { territoryTemplates, type TerritoryTemplate } from './vocabulary';

/** A territory with the manager who owns its partners and the areas its partners sit in. */
export interface TerritoryPlan {
  territory: Territory;
  manager: DemoUser;
  areas: readonly string[];
}

export interface Organization {
  plans: TerritoryPlan[];
  users: DemoUser[];
}

/** The template for the i-th territory; past the list, templates repeat with a number ("US West 2"). */
const templateFor = (index: number): TerritoryTemplate => {
  const template = territoryTemplates[index % territoryTemplates.length]!;
  const round = Math.floor(index / territoryTemplates.length);
  return round === 0 ? template : { ...template, name: `${template.name} ${round + 1}` };
};

export const makeOrganization = (ctx: DemoContext, territoryCount: number): Organization => {
  const updatedAt = ctx.timeOn(ctx.historyStart);
  const plans = Array.from({ length: territoryCount }, (_, index): TerritoryPlan => {
    const template = templateFor(index);
    const id = ctx.id();
    const manager: DemoUser = {
      id: ctx.id(),
      email: `manager${index + 1}@demo.test`,
      displayName: personName(ctx).full,
      role: 'manager',
      territoryIds: [id],
    };
    return {
      territory: { id, territoryId: id, updatedAt, deleted: false, name: template.name, region: template.region },
      manager,
      areas: template.areas,
    };
  });
  const hq: DemoUser = {
    id: ctx.id(),
    email: 'hq@demo.test',
    displayName: personName(ctx).full,
    role: 'hq',
    territoryIds: plans.map((p) => p.territory.id),
  };
  return { plans, users: [hq, ...plans.map((p) => p.manager)] };
};
