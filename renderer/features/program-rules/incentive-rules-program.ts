import { GLOBAL_TERRITORY, type PartnerType } from '../../../shared/domain/common';
import { incentiveProgramSchema, type IncentiveProgram } from '../../../shared/domain/incentive-program';
import { validate } from '../../../shared/domain/validation';
import { byField, type FieldErrors } from '../../ui/form-state';
import { draftFromRules, rulesFromDraft, type IncentiveRuleDraft } from './incentive-rules-draft';
import { placeRowErrors } from './incentive-rules-errors';

/** The incentive program dialog's state: the program's own fields and its rules, all as typed. */
export interface IncentiveProgramDraft {
  name: string;
  partnerType: PartnerType;
  effectiveFrom: string;
  /** Empty: open-ended. */
  effectiveTo: string;
  rules: IncentiveRuleDraft[];
}

/** An incentive program as the repository takes it: without the fields it stamps itself. */
export type IncentiveProgramInput = Omit<IncentiveProgram, 'id' | 'updatedAt' | 'deleted'>;

/** A new program starts today, open-ended, with no rules: HQ adds the ones it pays. */
export const emptyProgramDraft = (today: string): IncentiveProgramDraft => ({
  name: '',
  partnerType: 'reseller',
  effectiveFrom: today,
  effectiveTo: '',
  rules: [],
});

export const draftFromProgram = (p: IncentiveProgram): IncentiveProgramDraft => ({
  name: p.name,
  partnerType: p.partnerType,
  effectiveFrom: p.effectiveFrom,
  effectiveTo: p.effectiveTo ?? '',
  rules: draftFromRules(p.rules),
});

/** The program fields the draft stands for, not yet checked. */
const programFields = (d: IncentiveProgramDraft) => ({
  territoryId: GLOBAL_TERRITORY,
  name: d.name,
  partnerType: d.partnerType,
  effectiveFrom: d.effectiveFrom.trim(),
  effectiveTo: d.effectiveTo.trim() || null,
  rules: rulesFromDraft(d.rules),
});

export type ReadProgram = { ok: true; program: IncentiveProgramInput } | { ok: false; errors: FieldErrors };

/**
 * The draft as a program, checked against the shared schema before any
 * write: either the program to save, or every problem keyed by the input at
 * fault (`rules.0.bands.1.from`), so each shows under its own box.
 */
export const readProgramDraft = (d: IncentiveProgramDraft): ReadProgram => {
  const checked = validate(incentiveProgramSchema, { ...programFields(d), id: 'new', updatedAt: new Date(0).toISOString(), deleted: false });
  if (!checked.ok) return { ok: false, errors: programErrors(byField(checked.errors), d) };
  const { id: _id, updatedAt: _updatedAt, deleted: _deleted, ...program } = checked.value;
  return { ok: true, program };
};

/** Schema errors (from the check or a refused write) as the form shows them: list complaints on their row. */
export const programErrors = (errors: FieldErrors, d: IncentiveProgramDraft): FieldErrors => placeRowErrors(errors, d.rules);

/** Where the dialog shows an error; anything else goes into the banner so it is never invisible. */
export const isShownField = (field: string): boolean => /^(name|partnerType|effectiveFrom|effectiveTo|rules)(\.|$)/.test(field);
