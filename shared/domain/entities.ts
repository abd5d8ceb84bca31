import type { z } from 'zod';
import { activitySchema, commitmentSchema } from './activity';
import { businessPlanSchema } from './business-plan';
import { certificationProgramSchema, certificationSchema } from './certification';
import { conflictSchema, conflictUserPatchSchema } from './conflict';
import { contactSchema } from './contact';
import { importRunPartSchema, importRunSchema } from './import-run';
import { incentiveProgramSchema } from './incentive-program';
import { incentiveStatementRecordSchema, incentiveStatementUserPatchSchema, stampStatementAct } from './incentive-statement-record';
import { investmentSchema } from './investment';
import { jointSolutionSchema } from './joint-solution';
import { opportunitySchema } from './opportunity';
import { territorySchema } from './organization';
import { partnerSchema } from './partner';
import { programSettingsSchema } from './program-settings';
import { qbrRecordSchema } from './qbr';
import { ruleChangeSchema, stampRuleChange } from './rule-change';
import { tierRuleSetSchema } from './tier-rules';

/**
 * Every synced table, its schema and the name a user reads in messages. The
 * local store, the sync protocol and the server all take their table list
 * from here, so a new entity is added in one place.
 */
export const entities = {
  territories: { schema: territorySchema, label: 'Territory' },
  partners: { schema: partnerSchema, label: 'Partner' },
  contacts: { schema: contactSchema, label: 'Contact' },
  certificationPrograms: { schema: certificationProgramSchema, label: 'Certification program' },
  certifications: { schema: certificationSchema, label: 'Certification' },
  tierRuleSets: { schema: tierRuleSetSchema, label: 'Tier rules' },
  ruleChanges: { schema: ruleChangeSchema, label: 'Rule history' },
  jointSolutions: { schema: jointSolutionSchema, label: 'Joint solution' },
  opportunities: { schema: opportunitySchema, label: 'Opportunity' },
  investments: { schema: investmentSchema, label: 'Investment' },
  incentivePrograms: { schema: incentiveProgramSchema, label: 'Incentive program' },
  incentiveStatements: { schema: incentiveStatementRecordSchema, label: 'Incentive statement' },
  activities: { schema: activitySchema, label: 'Activity' },
  commitments: { schema: commitmentSchema, label: 'Commitment' },
  qbrRecords: { schema: qbrRecordSchema, label: 'QBR record' },
  businessPlans: { schema: businessPlanSchema, label: 'Joint business plan' },
  importRuns: { schema: importRunSchema, label: 'Import' },
  importRunParts: { schema: importRunPartSchema, label: 'Import record part' },
  programSettings: { schema: programSettingsSchema, label: 'Program settings' },
  conflicts: { schema: conflictSchema, label: 'Conflict' },
} as const;

export type EntityName = keyof typeof entities;
export const entityNames = Object.keys(entities) as EntityName[];

export type EntityOf<N extends EntityName> = z.output<(typeof entities)[N]['schema']>;
export type AnyEntity = EntityOf<EntityName>;

/**
 * Tables whose records carry authority and are made by the server alone
 * (DESIGN §5, "Server-made records"): a device may change only what
 * `userPatch` allows, and only on a record the server made. The server
 * refuses anything else; the device's repository never sends it. `stamp`
 * names the fields the server writes from the signed-in caller when a
 * device acts (who approved, when), whatever the patch said.
 */
export interface ServerMadeRule {
  userPatch: z.ZodType;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each table's own record type; the server passes the stored and merged record of that table
  stamp?: (stored: any, next: any, actor: { userId: string; userName: string; at: string }) => Record<string, unknown>;
}

export const serverMadeTables: Partial<Record<EntityName, ServerMadeRule>> = {
  conflicts: { userPatch: conflictUserPatchSchema },
  incentiveStatements: { userPatch: incentiveStatementUserPatchSchema, stamp: stampStatementAct },
};

/**
 * Tables a device writes but whose author the server names: on a record's
 * first arrival the server writes these fields from the signed-in caller and
 * its clock, over whatever the device sent (who saved a rule version, when).
 */
export const authorStamps: Partial<Record<EntityName, (actor: { userId: string; userName: string; at: string }) => Record<string, unknown>>> = {
  ruleChanges: stampRuleChange,
};

export const isEntityName = (name: string): name is EntityName => Object.hasOwn(entities, name);
