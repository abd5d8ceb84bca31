import { entities, entityNames, GLOBAL_TERRITORY, type EntityName } from '../../../../shared/domain';
import type { Workspace } from '../../../../shared/demo';

/**
 * Checks shared by the demo-workspace and load-set tests. Each returns the
 * problems it found as sentences, so a failing test shows what is wrong with
 * which record instead of a bare `false`.
 */

const globalTables: readonly EntityName[] = ['certificationPrograms', 'tierRuleSets', 'incentivePrograms', 'programSettings'];

/** Every `every`-th record of every table, parsed with its entity schema (refinements included). */
export const schemaProblems = (w: Workspace, every = 1): string[] =>
  entityNames.flatMap((name) =>
    w.records[name]
      .filter((_, i) => i % every === 0)
      .flatMap((record) => {
        const result = entities[name].schema.safeParse(record);
        return result.success ? [] : [`${name} ${record.id}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
      }),
  );

/** Every reference points at an existing record, and every child sits in its partner's territory. */
export const integrityProblems = (w: Workspace): string[] => {
  const { records } = w;
  const problems: string[] = [];
  const territories = new Set(records.territories.map((t) => t.id));
  const partners = new Map(records.partners.map((p) => [p.id, p]));
  const contacts = new Map(records.contacts.map((c) => [c.id, c]));
  const programs = new Set(records.certificationPrograms.map((p) => p.id));
  const activities = new Map(records.activities.map((a) => [a.id, a]));
  const users = new Set(w.users.map((u) => u.id));

  const ids = new Set<string>();
  for (const name of entityNames) {
    for (const record of w.records[name]) {
      if (ids.has(record.id)) problems.push(`${name} ${record.id}: id used twice`);
      ids.add(record.id);
      const global = globalTables.includes(name);
      if (global !== (record.territoryId === GLOBAL_TERRITORY)) problems.push(`${name} ${record.id}: territory ${record.territoryId}`);
      if (!global && !territories.has(record.territoryId)) problems.push(`${name} ${record.id}: unknown territory`);
    }
  }

  const children = [
    ...records.contacts,
    ...records.certifications,
    ...records.jointSolutions,
    ...records.investments,
    ...records.activities,
    ...records.commitments,
    ...records.qbrRecords,
    ...records.businessPlans,
    ...records.opportunities.flatMap((o) => (o.partnerId === null ? [] : [{ ...o, partnerId: o.partnerId }])),
  ];
  for (const child of children) {
    const partner = partners.get(child.partnerId);
    if (!partner) problems.push(`${child.id}: partner ${child.partnerId} does not exist`);
    else if (partner.territoryId !== child.territoryId) problems.push(`${child.id}: territory differs from its partner's`);
  }
  for (const c of records.certifications) {
    if (contacts.get(c.contactId)?.partnerId !== c.partnerId) problems.push(`certification ${c.id}: contact not at its partner`);
    if (!programs.has(c.programId)) problems.push(`certification ${c.id}: program ${c.programId} does not exist`);
  }
  for (const set of records.tierRuleSets) {
    for (const need of set.requirements.flatMap((r) => r.certifiedPeople)) {
      if (!programs.has(need.programId)) problems.push(`tier rules ${set.id}: program ${need.programId} does not exist`);
    }
  }
  for (const c of records.commitments) {
    if (c.activityId !== null && activities.get(c.activityId)?.partnerId !== c.partnerId) {
      problems.push(`commitment ${c.id}: activity ${c.activityId} is not its partner's`);
    }
  }
  const plans = new Map(records.businessPlans.map((p) => [p.id, p]));
  for (const plan of records.businessPlans) {
    for (const o of plan.objectives) {
      if (o.certificationProgramId !== null && !programs.has(o.certificationProgramId)) problems.push(`plan ${plan.id}: program ${o.certificationProgramId} does not exist`);
    }
    const revised = plan.revisesPlanId === null ? undefined : plans.get(plan.revisesPlanId);
    if (plan.revisesPlanId !== null && (revised?.partnerId !== plan.partnerId || revised.period !== plan.period)) {
      problems.push(`plan ${plan.id}: revises ${plan.revisesPlanId}, not an earlier version of the same partner's plan`);
    }
  }
  for (const p of records.partners) if (!users.has(p.ownerUserId)) problems.push(`partner ${p.id}: owner is no user`);
  for (const a of records.activities) if (!users.has(a.authorUserId)) problems.push(`activity ${a.id}: author is no user`);
  for (const q of records.qbrRecords) if (!users.has(q.exportedByUserId)) problems.push(`QBR ${q.id}: exporter is no user`);
  return problems;
};
