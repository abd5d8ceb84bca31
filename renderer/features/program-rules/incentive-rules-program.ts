import { GLOBAL_TERRITORY, type PartnerType } from '../../../shared/domain/common';
import type { IncentiveProgram } from '../../../shared/domain/incentive-program';
import type { FieldErrors } from '../../ui/form-state';
import type { RecordFormSpec } from '../../ui/record-form';
import { draftFromRules, rulesFromDraft, type IncentiveRuleDraft } from './incentive-rules-draft';
import { placeRowErrors, wordTierErrors } from './incentive-rules-errors';

/** The incentive program dialog's state: the program's own fields and its rules, all as typed. */
export interface IncentiveProgramDraft {
  name: string;
  partnerType: PartnerType;
  effectiveFrom: string;
  /** Empty: open-ended. */
  effectiveTo: string;
  rules: IncentiveRuleDraft[];
}

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

/** The program fields the draft stands for, not yet checked: the schema names what is wrong, each under its input (`rules.0.bands.1.from`). */
export const programFromDraft = (d: IncentiveProgramDraft) => ({
  territoryId: GLOBAL_TERRITORY,
  name: d.name,
  partnerType: d.partnerType,
  effectiveFrom: d.effectiveFrom.trim(),
  effectiveTo: d.effectiveTo.trim() || null,
  rules: rulesFromDraft(d.rules),
});

/** Schema errors (of the save, or of a change the server refused) as the form shows them: list complaints on their row, tier rates in their boxes' words. */
export const programErrors = (errors: FieldErrors, d: IncentiveProgramDraft): FieldErrors => wordTierErrors(placeRowErrors(errors, d.rules), d.rules);

/**
 * The incentive program dialog: program-wide, with its rules. An edit writes
 * only what was changed here; a rule edited here is replaced where it is
 * stored, so another HQ device's change to another rule stays.
 */
export const incentiveProgramForm = (program: IncentiveProgram | undefined, today: string): RecordFormSpec<'incentivePrograms', IncentiveProgramDraft> => ({
  table: 'incentivePrograms',
  record: program,
  draftOf: (p) => (p ? draftFromProgram(p) : emptyProgramDraft(today)),
  toRecord: programFromDraft,
  // Anything else goes into the banner, so it is never invisible.
  shownFields: ['name', 'partnerType', 'effectiveFrom', 'effectiveTo', 'rules'],
  inputErrors: programErrors,
});
