import { quarterRangeText } from '../../domain/quarter';
import { formatCents } from '../../domain/money';
import { countOf } from '../../domain/text';
import type { QbrSnapshot } from '../snapshot';
import { cents, date, text } from '../units';
import { codeWords } from '../words';
import { column, note, type QbrBlock, type QbrSectionView } from './blocks';
import { chartBlock, factsBlock, flagged, tableBlock, yesNo } from './parts';

type View = Omit<QbrSectionView, 'key' | 'title'>;

/** Certifications against what the tier needs, and what lapses before the quarter ends. */
export const certificationsView = (s: QbrSnapshot): View => {
  const { tier, roster } = s.certifications;
  const expiring = roster.filter((r) => r.expiresBeforeQuarterEnd);
  const tierBlocks: QbrBlock[] =
    tier.kind === 'no-rules'
      ? [note(`Tier on record: ${tier.recordedTier}. ${tier.message}`)]
      : [
          note(tier.headline, tier.gap.length === 0 ? 'good' : 'info'),
          ...(tier.atRisk ? [note(`Tier at risk: ${tier.atRisk.message}`, 'warning')] : []),
          ...(tier.nextTier && tier.gap.length > 0 ? [note(`Still needed for ${tier.nextTier}: ${tier.gap.join('; ')}.`)] : []),
          ...tableBlock(
            'What each tier needs',
            [column('Tier', 'text', 1), column('Requirement', 'text', 3.5), column('Needed', 'text', 1.3), column('You have', 'text', 1.3), column('Met', 'text', 0.8)],
            tier.requirements.map((r) => [text(r.tier), text(r.label), { value: r.need, unit: r.unit }, { value: r.have, unit: r.unit }, yesNo(r.met)]),
          ),
        ];
  return {
    subtitle:
      tier.kind === 'no-rules'
        ? `${tier.recordedTier} tier; ${countOf(roster.filter((r) => r.counts).length, 'current certification')}`
        : `Qualifies for ${tier.qualifiedTier}; ${countOf(expiring.length, 'certification')} expiring by ${s.quarter.end}`,
    blocks: [
      ...tierBlocks,
      ...tableBlock(
        'Certified people',
        [column('Person', 'text', 2), column('Program', 'text', 2.4), column('Status', 'text', 1.2), column('Expires', 'date', 1.3), column('Counts for the tier', 'text', 1.2), column('Expires this quarter', 'text', 1.3)],
        roster.map((r) => [text(r.contactName), text(r.programName), text(codeWords(r.status)), r.expiresOn === null ? text('No expiry') : date(r.expiresOn), yesNo(r.counts), r.expiresBeforeQuarterEnd ? flagged('Yes: renew', 'red') : text('No')]),
      ),
      ...(roster.length === 0 ? [note(`No certifications are recorded for ${s.partner.name}'s people yet.`)] : []),
    ],
    notes: [
      expiring.length > 0 ? `Ask for renewal dates: ${expiring.map((r) => `${r.contactName} (${r.programName}, ${r.expiresOn})`).join('; ')}.` : 'No certification lapses this quarter.',
      tier.kind === 'assessed' && tier.gap.length > 0 ? `To reach ${tier.nextTier}: ${tier.gap.join('; ')}.` : 'Confirm the certification plan for next quarter.',
      tier.kind === 'assessed' ? `Basis: tier rules version ${tier.ruleSetVersion}, certifications counted on ${s.asOf} by their issue and expiry dates.` : `Basis: ${tier.message}`,
    ],
  };
};

/** Joint solutions and how far each commercial model is settled: what stands between it and co-selling. */
export const solutionsView = (s: QbrSnapshot): View => {
  const { solutions } = s.solutions;
  const ready = solutions.filter((x) => x.readyToCoSell).length;
  return {
    subtitle: `${ready} of ${countOf(solutions.length, 'joint solution')} ready to co-sell`,
    blocks: [
      // One bar says no more than its row does.
      ...(solutions.length > 1 ? chartBlock('Commercial model settled', 'ratio', solutions.map((x) => x.name), [{ name: 'Settled', values: solutions.map((x) => x.percent / 100) }]) : []),
      ...tableBlock(
        'Joint solutions',
        [column('Solution', 'text', 2.2), column('Status', 'text', 1), column('Pricing', 'text', 1.4), column('Settled', 'ratio', 1), column('Ready to co-sell', 'text', 1.1), column('Still to settle', 'text', 4.5)],
        solutions.map((x) => [
          text(x.name),
          text(codeWords(x.status)),
          text(x.pricingModel ? codeWords(x.pricingModel) : 'To agree'),
          { value: x.percent / 100, unit: 'ratio', status: x.percent === 100 ? 'green' : x.percent >= 70 ? 'amber' : 'red' },
          yesNo(x.readyToCoSell),
          text(x.blockers.join('; ') || 'Nothing'),
        ]),
      ),
    ],
    notes: [
      ready === solutions.length ? 'Every joint solution is ready to co-sell: agree the target accounts.' : 'For each solution not ready, agree who settles each open point and by when.',
      'Basis: the commercial model recorded for each solution (pricing, revenue share, support split, owners); a solution is ready to co-sell once its model is approved.',
    ],
  };
};

/** The incentive statement: what the partner earned, line by line with its arithmetic, and what reaches the next band. */
export const incentivesView = (s: QbrSnapshot): View => {
  const i = s.incentives;
  const owed = i.payer === 'partner';
  const q = quarterRangeText(s.quarter);
  return {
    subtitle: `${formatCents(i.totalCents)} ${owed ? 'in royalties due' : 'earned'} for ${q}`,
    blocks: [
      ...factsBlock('Statement', [
        { label: 'Programs', value: text(i.programs.join(', ') || null) },
        { label: owed ? 'Total royalties owed' : 'Total incentives earned', value: cents(i.totalCents) },
      ]),
      ...tableBlock(
        'How it was worked out',
        [column('Line', 'text', 2), column('Basis', 'text', 2.6), column('Rate or band', 'text', 1.8), column('Amount', 'cents', 1.3), column('Calculation', 'text', 3.6)],
        i.lines.map((l) => [text(l.label), text(l.basis.description), text(l.rate), cents(l.amountCents), text(l.calculation)]),
      ),
      ...(i.lines.length === 0 ? [note(`Nothing was earned under ${i.programs.join(', ')} in ${q}.`)] : []),
      ...tableBlock(
        'What moves you to the next band',
        [column('Rule', 'text', 2), column('Current band', 'text', 2), column('Next band', 'text', 2), column('What it takes', 'text', 4)],
        i.previews.map((p) => [text(p.label), text(p.currentBand), text(p.next?.band ?? 'Top band'), text(p.next?.message ?? 'Already in the top band')]),
      ),
    ],
    notes: [
      `${owed ? 'Royalties due' : 'Earned'} this quarter: ${formatCents(i.totalCents)}. Walk one line's calculation so the method is clear.`,
      ...i.previews.filter((p) => p.next).map((p) => `Next band on ${p.label}: ${p.next!.message}`),
      `Basis: programs in force in ${q} (${i.programs.join(', ')}), applied to deals won and certifications held in the quarter.`,
      ...i.skipped.map((reason) => `Not applied: ${reason}`),
    ],
  };
};
