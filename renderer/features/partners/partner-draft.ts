import type { PartnerType, Tier } from '../../../shared/domain/common';
import type { LifecycleStatus, Partner, PartnerAttributes, segments } from '../../../shared/domain/partner';
import { centsOrUndefined, centsText, intOrUndefined, type FieldErrors } from '../../ui/form-state';
import type { RecordFormSpec } from '../../ui/record-form';
import type { LikelyPartner } from './partner-duplicates';
import { integrationUsersQuestion, questionsOf, targetAmountQuestion, type PlausibilityQuestion } from '../../../shared/domain/plausibility';

/**
 * The partner form's state: every input as the text the manager typed, so a
 * half-typed number or a failed save never loses what is in the box. It
 * becomes a record only when saved.
 */
export interface PartnerDraft {
  name: string;
  partnerType: PartnerType;
  tier: Tier;
  status: LifecycleStatus;
  territoryId: string;
  enrolledOn: string;
  firstCommercialActivityOn: string;
  region: string;
  vertical: string;
  segment: (typeof segments)[number];
  website: string;
  revenueTarget: string;
  notes: string;
  // Type-specific figures. The lists (integrations, product lines, shipment reports) are edited on the
  // partner's overview (AttributeListSection) and kept as stored here.
  jointCustomers: string;
  jointCustomersUsingIntegration: string;
  renewalManagedCustomers: string;
  embeddedProduct: string;
  minimumCommitment: string;
  royaltyScheduleNote: string;
  contractYearStartsOn: string;
  royaltyBandsMeasured: 'quarter' | 'contract-year';
  annualMinimum: string;
  practiceSize: string;
  certifiedConsultants: string;
  competencyLevel: 'foundational' | 'advanced' | 'expert';
  accountProtectionDays: string;
}

export const emptyDraft = (territoryId: string, today: string): PartnerDraft => ({
  name: '',
  partnerType: 'reseller',
  tier: 'registered',
  status: 'prospect',
  territoryId,
  enrolledOn: today,
  firstCommercialActivityOn: '',
  region: '',
  vertical: '',
  segment: 'mid-market',
  website: '',
  revenueTarget: '',
  notes: '',
  jointCustomers: '0',
  jointCustomersUsingIntegration: '0',
  renewalManagedCustomers: '0',
  embeddedProduct: '',
  minimumCommitment: '0',
  royaltyScheduleNote: '',
  contractYearStartsOn: '',
  royaltyBandsMeasured: 'quarter',
  annualMinimum: '',
  practiceSize: '0',
  certifiedConsultants: '0',
  competencyLevel: 'foundational',
  accountProtectionDays: '90',
});

const text = (n: number | undefined): string => (n === undefined ? '' : String(n));

export const draftFromPartner = (p: Partner): PartnerDraft => {
  const a = p.attributes;
  const base = emptyDraft(p.territoryId, p.enrolledOn);
  return {
    ...base,
    name: p.name,
    partnerType: p.partnerType,
    tier: p.tier,
    status: p.status,
    firstCommercialActivityOn: p.firstCommercialActivityOn ?? '',
    region: p.region,
    vertical: p.vertical,
    segment: p.segment,
    website: p.website ?? '',
    revenueTarget: centsText(p.revenueTargetCents),
    notes: p.notes ?? '',
    ...(a.partnerType === 'isv' && {
      jointCustomers: text(a.jointCustomers),
      jointCustomersUsingIntegration: text(a.jointCustomersUsingIntegration),
    }),
    ...(a.partnerType === 'reseller' && { renewalManagedCustomers: text(a.renewalManagedCustomers) }),
    ...(a.partnerType === 'oem' && {
      embeddedProduct: a.embeddedProduct,
      minimumCommitment: centsText(a.minimumCommitmentCents),
      royaltyScheduleNote: a.royaltyScheduleNote ?? '',
      contractYearStartsOn: a.contractYearStartsOn ?? '',
      royaltyBandsMeasured: a.royaltyBandsMeasured ?? 'quarter',
      annualMinimum: centsText(a.annualMinimumCents),
    }),
    ...(a.partnerType === 'si' && {
      practiceSize: text(a.practiceSize),
      certifiedConsultants: text(a.certifiedConsultants),
      competencyLevel: a.competencyLevel,
      accountProtectionDays: text(a.accountProtectionDays),
    }),
  };
};

const optionalText = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

/** The type-specific attributes; lists come from the stored record when the type is unchanged. */
const attributesOf = (d: PartnerDraft, stored: PartnerAttributes | undefined): unknown => {
  const keep = stored?.partnerType === d.partnerType ? stored : undefined;
  switch (d.partnerType) {
    case 'isv':
      return {
        partnerType: 'isv',
        integrations: keep?.partnerType === 'isv' ? keep.integrations : [],
        jointCustomers: intOrUndefined(d.jointCustomers),
        jointCustomersUsingIntegration: intOrUndefined(d.jointCustomersUsingIntegration),
        // The counts' history is the record's own (the repository adds to it), never the form's.
        ...(keep?.partnerType === 'isv' && keep.adoptionHistory ? { adoptionHistory: keep.adoptionHistory } : {}),
      };
    case 'reseller':
      return {
        partnerType: 'reseller',
        productLines: keep?.partnerType === 'reseller' ? keep.productLines : [],
        renewalManagedCustomers: intOrUndefined(d.renewalManagedCustomers),
      };
    case 'oem':
      return {
        partnerType: 'oem',
        embeddedProduct: d.embeddedProduct,
        usageReports: keep?.partnerType === 'oem' ? keep.usageReports : [],
        minimumCommitmentCents: centsOrUndefined(d.minimumCommitment),
        royaltyScheduleNote: optionalText(d.royaltyScheduleNote),
        contractYearStartsOn: optionalText(d.contractYearStartsOn),
        // Per quarter is what an absent choice means, so a contract that never chose stays as it was stored.
        ...(d.royaltyBandsMeasured === 'contract-year' || (keep?.partnerType === 'oem' && keep.royaltyBandsMeasured)
          ? { royaltyBandsMeasured: d.royaltyBandsMeasured }
          : {}),
        annualMinimumCents: centsOrUndefined(d.annualMinimum),
      };
    case 'si':
      return {
        partnerType: 'si',
        practiceSize: intOrUndefined(d.practiceSize),
        certifiedConsultants: intOrUndefined(d.certifiedConsultants),
        competencyLevel: d.competencyLevel,
        accountProtectionDays: intOrUndefined(d.accountProtectionDays),
      };
  }
};

/** The record fields the draft stands for (without id and sync stamps), as the repository takes them. */
export const partnerInput = (d: PartnerDraft, stored: Partner | undefined, ownerUserId: string) => ({
  name: d.name,
  partnerType: d.partnerType,
  tier: d.tier,
  status: d.status,
  // The record's own histories (the repository adds to them when the status or tier changes), never the form's.
  ...(stored?.statusHistory ? { statusHistory: stored.statusHistory } : {}),
  ...(stored?.tierHistory ? { tierHistory: stored.tierHistory } : {}),
  territoryId: d.territoryId,
  enrolledOn: d.enrolledOn,
  firstCommercialActivityOn: optionalText(d.firstCommercialActivityOn) ?? null,
  ownerUserId: stored?.ownerUserId ?? ownerUserId,
  region: d.region,
  vertical: d.vertical,
  segment: d.segment,
  website: optionalText(d.website),
  revenueTargetCents: centsOrUndefined(d.revenueTarget),
  notes: optionalText(d.notes),
  // The user's word on a look-alike, as stored; a save over a new warning replaces it (partnerForm).
  ...(stored?.duplicateAcknowledged ? { duplicateAcknowledged: stored.duplicateAcknowledged } : {}),
  attributes: attributesOf(d, stored?.attributes),
});

const inputNames: Record<string, keyof PartnerDraft> = {
  revenueTargetCents: 'revenueTarget',
  'attributes.minimumCommitmentCents': 'minimumCommitment',
  'attributes.annualMinimumCents': 'annualMinimum',
};

/** Schema paths → the inputs that show them (attributes.practiceSize → practiceSize). */
const formFieldErrors = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [inputNames[field] ?? field.replace(/^attributes\./, ''), message]),
  );

/** Schema paths the dialog has an input for; the lists under attributes are edited on the overview. */
const shownFields = [...Object.keys(emptyDraft('', '')), 'revenueTargetCents', 'attributes'];

/**
 * The partner dialog. A new partner goes into the first territory offered
 * until one is picked, and is owned by the signed-in user; an edit keeps the
 * owner and the lists (integrations, product lines, shipment reports) it
 * opened with, so only what was typed here is an edit.
 */
export const partnerForm = (
  partner: Partner | undefined,
  context: {
    ownerUserId: string;
    firstTerritoryId: string;
    today: string;
    /** The stored partner a typed name and website look like, as the form says it: saving anyway records it on the partner. */
    lookalikeOf?: ((typed: { name: string; website: string }, selfId?: string) => LikelyPartner | undefined) | undefined;
  },
): RecordFormSpec<'partners', PartnerDraft> => ({
  table: 'partners',
  record: partner,
  draftOf: (p) => (p ? draftFromPartner(p) : emptyDraft('', context.today)),
  toRecord: (d, opened) => ({
    ...partnerInput({ ...d, territoryId: d.territoryId || context.firstTerritoryId }, opened, context.ownerUserId),
    ...acknowledged(context.lookalikeOf?.({ name: d.name, website: d.website }, opened?.id), opened, context.today),
  }),
  // What the user saw is the record as stored, whatever the form warns of while it is open.
  image: (p) => partnerInput(draftFromPartner(p), p, context.ownerUserId),
  shownFields,
  inputErrors: formFieldErrors,
  questions: (fields, { opened }) => partnerQuestions(fields as ReturnType<typeof partnerInput>, opened),
});

/** A look-alike not acknowledged before, as the record keeps it; one already acknowledged stays as it was. */
const acknowledged = (lookalike: LikelyPartner | undefined, opened: Partner | undefined, today: string): Pick<Partner, 'duplicateAcknowledged'> =>
  lookalike && lookalike.id !== opened?.duplicateAcknowledged?.of ? { duplicateAcknowledged: { of: lookalike.id, match: lookalike.match, on: today } } : {};

type PartnerFields = ReturnType<typeof partnerInput>;
type Figures = { jointCustomers?: number; jointCustomersUsingIntegration?: number; minimumCommitmentCents?: number; annualMinimumCents?: number };

/**
 * What the partner form asks about before saving, only for figures typed now
 * (a value that was stored already was asked about when it was entered).
 */
export const partnerQuestions = (fields: PartnerFields, opened: Partner | undefined): PlausibilityQuestion[] => {
  const now = fields.attributes as Figures;
  const was = (opened?.attributes ?? {}) as Figures;
  const typed = <K extends keyof Figures>(key: K) => (now[key] === was[key] ? undefined : now[key]);
  const countsTyped = typed('jointCustomers') !== undefined || typed('jointCustomersUsingIntegration') !== undefined;
  return questionsOf(
    fields.revenueTargetCents === opened?.revenueTargetCents ? undefined : targetAmountQuestion('revenueTargetCents', fields.revenueTargetCents),
    targetAmountQuestion('attributes.minimumCommitmentCents', typed('minimumCommitmentCents')),
    targetAmountQuestion('attributes.annualMinimumCents', typed('annualMinimumCents')),
    countsTyped ? integrationUsersQuestion('attributes.jointCustomersUsingIntegration', now.jointCustomersUsingIntegration, now.jointCustomers) : undefined,
  );
};
