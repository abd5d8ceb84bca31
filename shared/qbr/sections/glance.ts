import { differenceInCalendarMonths, parseISO } from 'date-fns';
import type { Partner } from '../../domain/partner';
import { countOf } from '../../domain/text';
import type { PackContext } from '../context';
import { cents, count, date, text, type QbrCell } from '../units';
import { codeWords, partnerTypeWords, tierWords } from '../words';

export interface GlanceFact {
  label: string;
  value: QbrCell;
}

export interface GlanceSection {
  facts: GlanceFact[];
}

/** "3 years 2 months" from enrollment to the end of the quarter. */
const tenure = (enrolledOn: string, quarterEnd: string): string => {
  const months = Math.max(0, differenceInCalendarMonths(parseISO(quarterEnd), parseISO(enrolledOn)));
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return countOf(rest, 'month');
  return rest === 0 ? countOf(years, 'year') : `${countOf(years, 'year')} ${countOf(rest, 'month')}`;
};

/** What only this kind of partner has: integrations, product lines, shipments, practice. */
const typeFacts = (partner: Partner, quarter: string): GlanceFact[] => {
  const a = partner.attributes;
  switch (a.partnerType) {
    case 'isv':
      return [
        { label: 'Integrations', value: text(a.integrations.map((i) => `${i.name} (${codeWords(i.certificationStatus).toLowerCase()})`).join(', ') || 'none recorded') },
        { label: 'Joint customers using the integration', value: count(a.jointCustomersUsingIntegration) },
        { label: 'Joint customers', value: count(a.jointCustomers) },
      ];
    case 'reseller':
      return [
        { label: 'Product lines carried', value: text(a.productLines.map((l) => (l.competing ? `${l.name} (competing)` : l.name)).join(', ') || 'none recorded') },
        { label: 'Renewal-managed customers', value: count(a.renewalManagedCustomers) },
      ];
    case 'oem': {
      const usage = a.usageReports.find((r) => r.quarter === quarter);
      return [
        { label: 'Embedded product', value: text(a.embeddedProduct) },
        { label: `Units shipped in ${quarter}`, value: count(usage?.units ?? null) },
        { label: `Activations in ${quarter}`, value: count(usage?.activations ?? null) },
        { label: 'Minimum quarterly commitment', value: cents(a.minimumCommitmentCents) },
      ];
    }
    case 'si':
      return [
        { label: 'Practice size', value: count(a.practiceSize) },
        { label: 'Certified consultants', value: count(a.certifiedConsultants) },
        { label: 'Competency level', value: text(codeWords(a.competencyLevel)) },
        { label: 'Account protection', value: text(countOf(a.accountProtectionDays, 'day')) },
      ];
  }
};

/** Partner at a glance: who they are to the program and who looks after them. */
export const buildGlance = (ctx: PackContext): GlanceSection => {
  const { partner } = ctx;
  const primary = ctx.contacts.find((c) => c.primary) ?? ctx.contacts[0];
  return {
    facts: [
      { label: 'Partner type', value: text(partnerTypeWords[partner.partnerType]) },
      { label: 'Tier', value: text(tierWords(partner.tier)) },
      // "At risk" is the program's judgement of the partner: the internal review's, not the partner's to read.
      ...(ctx.audience === 'internal' ? [{ label: 'Lifecycle status', value: text(codeWords(partner.status)) }] : []),
      { label: 'Enrolled on', value: date(partner.enrolledOn) },
      { label: 'Tenure', value: text(tenure(partner.enrolledOn, ctx.quarter.end)) },
      { label: 'Partner manager', value: text(ctx.ownerName) },
      { label: 'Primary contact', value: text(primary ? `${primary.name}, ${primary.role}` : null) },
      { label: 'Region / vertical / segment', value: text(`${partner.region} / ${partner.vertical} / ${codeWords(partner.segment)}`) },
      { label: 'Revenue target', value: cents(partner.revenueTargetCents ?? null) },
      { label: 'First commercial activity', value: date(partner.firstCommercialActivityOn) },
      ...typeFacts(partner, ctx.quarter.label),
    ],
  };
};
