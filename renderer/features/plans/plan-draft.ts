import { moneyObjectiveKinds, type BusinessPlan, type PlanObjective, type PlanObjectiveKind, type PlanOwnerSide } from '../../../shared/domain/business-plan';
import { newId } from '../../../shared/domain/ids';
import type { Partner } from '../../../shared/domain/partner';
import { centsOrUndefined, centsText, intOrUndefined, type FieldErrors } from '../../ui/form-state';
import type { RecordFormSpec } from '../../ui/record-form';
import { objectiveKindLabels } from './plan-labels';

/**
 * One objective as its inputs show it: figures as typed, money in dollars
 * (the record keeps cents), the program as its id or '' for none yet. It
 * becomes an objective only when the plan is saved, so a half-typed target
 * is never lost.
 */
export interface ObjectiveDraft {
  id: string;
  kind: PlanObjectiveKind;
  title: string;
  target: string;
  weight: string;
  ownerSide: PlanOwnerSide;
  certificationProgramId: string;
  manualActual: string;
}

export interface PlanDraft {
  objectives: ObjectiveDraft[];
}

const isMoney = (kind: PlanObjectiveKind) => moneyObjectiveKinds.has(kind);

export const objectiveDraftOf = (o: PlanObjective): ObjectiveDraft => ({
  id: o.id,
  kind: o.kind,
  title: o.title,
  target: isMoney(o.kind) ? centsText(o.target) : String(o.target),
  weight: String(o.weight),
  ownerSide: o.ownerSide,
  certificationProgramId: o.certificationProgramId ?? '',
  manualActual: o.manualActual === null ? '' : String(o.manualActual),
});

/**
 * The draft as an objective. What does not belong to its kind is dropped
 * (a program once another kind is chosen, a typed actual once it is not
 * custom), so changing the kind never leaves a value the schema refuses;
 * what is wrong with the rest stays in for the schema to name.
 */
export const objectiveOf = (d: ObjectiveDraft): PlanObjective =>
  ({
    id: d.id,
    kind: d.kind,
    title: d.title,
    target: isMoney(d.kind) ? centsOrUndefined(d.target) : intOrUndefined(d.target),
    weight: intOrUndefined(d.weight),
    ownerSide: d.ownerSide,
    certificationProgramId: d.kind === 'certified-people' && d.certificationProgramId !== '' ? d.certificationProgramId : null,
    manualActual: d.kind === 'custom' ? (intOrUndefined(d.manualActual) ?? null) : null,
  }) as PlanObjective;

/** The weights as typed, added up (what is not a number yet counts as nothing). */
export const weightSum = (objectives: readonly ObjectiveDraft[]): number =>
  objectives.reduce((sum, o) => {
    const weight = intOrUndefined(o.weight);
    return sum + (weight === undefined || Number.isNaN(weight) ? 0 : weight);
  }, 0);

/** A new objective: deals won by default, titled by its kind, weighted with what is left of the 100. */
export const newObjective = (objectives: readonly ObjectiveDraft[]): ObjectiveDraft => {
  const left = 100 - weightSum(objectives);
  return {
    id: newId(),
    kind: 'won-deals',
    title: objectiveKindLabels['won-deals'],
    target: '',
    weight: left > 0 ? String(left) : '',
    ownerSide: 'joint',
    certificationProgramId: '',
    manualActual: '',
  };
};

/** Another kind: a title still naming the old kind follows to the new one; anything typed stays. */
export const withKind = (o: ObjectiveDraft, kind: PlanObjectiveKind): ObjectiveDraft => ({
  ...o,
  kind,
  title: o.title === objectiveKindLabels[o.kind] || o.title.trim() === '' ? objectiveKindLabels[kind] : o.title,
});

/**
 * Errors under an objective's input are shown in its own box, so the list
 * position the schema adds ("Target (item 2) must be at least 1") says
 * nothing there: it is dropped.
 */
const objectiveInputErrors = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, /^objectives\.\d+\./.test(field) ? message.replace(/ \(item \d+\)/, '') : message]));

/**
 * A partner's plan for a period, its objectives edited in place. A new plan
 * is version 1, a draft, for the partner's territory; an edit writes only
 * the objectives (status and agreement have their own actions).
 */
export const planForm = (partner: Pick<Partner, 'id' | 'territoryId'>, plan: BusinessPlan | undefined, period: string): RecordFormSpec<'businessPlans', PlanDraft> => ({
  table: 'businessPlans',
  record: plan,
  draftOf: (p) => ({ objectives: (p?.objectives ?? []).map(objectiveDraftOf) }),
  toRecord: (d, opened) => ({
    ...(!opened && { partnerId: partner.id, territoryId: partner.territoryId, period, version: 1, revisesPlanId: null, status: 'draft', agreement: null }),
    objectives: d.objectives.map(objectiveOf),
  }),
  shownFields: ['objectives'],
  inputErrors: objectiveInputErrors,
});
