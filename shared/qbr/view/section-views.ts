import { formatCents } from '../../domain/money';
import { countOf } from '../../domain/text';
import { formatValue, NO_DATA } from '../format';
import { qbrSectionTitles } from '../sections';
import type { CommitmentsSection } from '../sections/commitments';
import type { QbrSnapshot } from '../snapshot';
import { cents, count, date, ratio, text, type QbrCell, type RagStatus } from '../units';
import { codeWords } from '../words';
import { column, noDataNote, note, type QbrBlock, type QbrSectionView } from './blocks';

type Builder = (s: QbrSnapshot) => Omit<QbrSectionView, 'key' | 'title'>;

const flagged = (value: string, status: RagStatus): QbrCell => ({ value, unit: 'text', status });
const yesNo = (yes: boolean, good = true): QbrCell => flagged(yes ? 'Yes' : 'No', yes === good ? 'green' : 'red');
const statusWords: Record<RagStatus, string> = { green: 'On target', amber: 'Watch', red: 'Off target', none: NO_DATA };

const commitmentStatus: Record<CommitmentsSection['items'][number]['status'], RagStatus> = {
  done: 'green',
  'in-progress': 'amber',
  open: 'none',
  missed: 'red',
};

const commitments = (c: CommitmentsSection, headline: (done: number, total: number) => string) => ({
  subtitle: c.noData ?? headline(c.done, c.items.length),
  blocks: [
    ...noDataNote(c.noData),
    {
      kind: 'table',
      title: `Commitments for ${c.quarter}`,
      columns: [column('Commitment', 'text', 4), column('Side', 'text', 1), column('Owner', 'text', 2), column('Due', 'date', 1.3), column('Status', 'text', 1.2)],
      rows: c.items.map((i) => [text(i.description), text(codeWords(i.ownerSide)), text(i.ownerName), date(i.dueOn), flagged(codeWords(i.status), commitmentStatus[i.status])]),
      empty: `No commitments for ${c.quarter}.`,
    },
  ] satisfies QbrBlock[],
});

const builders: Record<QbrSectionView['key'], Builder> = {
  glance: (s) => ({
    subtitle: `${s.cover.partnerType} partner, ${s.glance.facts.find((f) => f.label === 'Tier')?.value.value} tier`,
    blocks: [{ kind: 'facts', title: 'Profile', facts: s.glance.facts }],
  }),

  scorecard: (s) => {
    const { quarters, rows } = s.scorecard;
    const onTarget = rows.filter((r) => r.status === 'green').length;
    return {
      subtitle: `${onTarget} of ${rows.length} metrics on target in ${s.quarter.label}; definitions version ${s.metricDefinitionsVersion}`,
      blocks: [
        {
          kind: 'table',
          title: 'Metrics, trailing four quarters',
          columns: [column('Metric', 'text', 3), ...quarters.map((q) => column(q, 'text', 1.1)), column('Target', 'text', 1.4), column('Status', 'text', 1.2), column('Basis', 'text', 3.2)],
          rows: rows.map((r) => [
            text(r.name),
            ...r.values.map((v, i): QbrCell => ({ value: v, unit: r.unit, ...(i === r.values.length - 1 ? { status: r.status } : {}) })),
            text(r.targetText),
            flagged(statusWords[r.status], r.status),
            text(r.basis),
          ]),
          empty: 'No metrics.',
        },
      ],
    };
  },

  pipeline: (s) => {
    const p = s.pipeline;
    const open = p.byRole.reduce((sum, r) => sum + r.openCents, 0);
    return {
      subtitle: p.noData ?? `${formatCents(open)} open pipeline; win rate ${formatValue(p.winRate.partner.rate, 'ratio')} vs ${formatValue(p.winRate.direct.rate, 'ratio')} direct`,
      blocks: [
        ...noDataNote(p.noData),
        {
          kind: 'chart',
          title: 'Pipeline created by partner role',
          chart: 'bar',
          unit: 'cents',
          categories: p.quarters,
          series: p.byRole.map((r) => ({ name: codeWords(r.role), values: r.createdCents })),
        },
        {
          kind: 'facts',
          title: `Win rate and deal size, ${s.quarter.label}`,
          facts: [
            { label: `Win rate with partner (${p.winRate.partner.won} of ${p.winRate.partner.closed} closed)`, value: ratio(p.winRate.partner.rate) },
            { label: `Win rate direct-only (${p.winRate.direct.won} of ${p.winRate.direct.closed} closed)`, value: ratio(p.winRate.direct.rate) },
            { label: 'Win-rate lift', value: { value: p.winRate.liftPp, unit: 'percentage-points' } },
            { label: `Average co-sell deal (${countOf(p.dealSize.coSellDeals, 'deal')})`, value: cents(p.dealSize.coSellCents) },
            { label: `Average direct deal (${countOf(p.dealSize.directDeals, 'deal')})`, value: cents(p.dealSize.directCents) },
            { label: 'Co-sell vs direct deal size', value: { value: p.dealSize.ratio, unit: 'multiple' } },
          ],
        },
        {
          kind: 'table',
          title: 'Sourced vs influenced',
          columns: [column('Role', 'text', 2), column('Open pipeline', 'cents', 2), column('Open deals', 'count', 1.5), column(`Won in ${s.quarter.label}`, 'cents', 2)],
          rows: p.byRole.map((r) => [text(codeWords(r.role)), cents(r.openCents), count(r.openDeals), cents(r.wonCents)]),
          empty: 'No deals.',
        },
        {
          kind: 'table',
          title: 'Top open opportunities',
          columns: [column('Customer', 'text', 2.4), column('Role', 'text', 1.2), column('Stage', 'text', 1.2), column('Amount', 'cents', 1.4), column('Close', 'date', 1.3), column('Next step', 'text', 3.5)],
          rows: p.top.map((o) => [text(o.customerName), text(codeWords(o.role)), text(codeWords(o.stage)), cents(o.amountCents), date(o.closeOn), text(o.nextStep ?? 'none agreed')]),
          empty: 'No open opportunities on the pack day.',
        },
      ],
    };
  },

  certifications: (s) => {
    const { tier, roster, noData } = s.certifications;
    const expiring = roster.filter((r) => r.expiresBeforeQuarterEnd);
    const tierBlocks: QbrBlock[] =
      tier.kind === 'no-rules'
        ? [note(`No data: ${tier.message} Tier on record: ${tier.recordedTier}.`, 'warning')]
        : [
            note(`${tier.headline} (tier rules version ${tier.ruleSetVersion})`, tier.gap.length === 0 ? 'good' : 'info'),
            ...(tier.atRisk ? [note(`Tier at risk: ${tier.atRisk.message}`, 'warning')] : []),
            ...(tier.nextTier && tier.gap.length > 0 ? [note(`Still needed for ${tier.nextTier}: ${tier.gap.join('; ')}.`)] : []),
            {
              kind: 'table',
              title: 'Tier requirements',
              columns: [column('Tier', 'text', 1), column('Requirement', 'text', 3.5), column('Need', 'text', 1.3), column('Have', 'text', 1.3), column('Met', 'text', 0.8)],
              rows: tier.requirements.map((r) => [text(r.tier), text(r.label), { value: r.need, unit: r.unit }, { value: r.have, unit: r.unit }, yesNo(r.met)]),
              empty: 'The entry tier needs nothing.',
            },
          ];
    return {
      subtitle:
        tier.kind === 'no-rules'
          ? `Tier on record ${tier.recordedTier}; no tier rules to assess against`
          : `${tier.qualifiedTier} qualified; ${countOf(expiring.length, 'certification')} expiring before ${s.quarter.end}`,
      blocks: [
        ...tierBlocks,
        ...noDataNote(noData),
        {
          kind: 'table',
          title: 'Certifications of partner contacts',
          columns: [column('Contact', 'text', 2), column('Program', 'text', 2.4), column('Status', 'text', 1.2), column('Expires', 'date', 1.3), column('Counts', 'text', 0.9), column('Expires before quarter end', 'text', 1.6)],
          rows: roster.map((r) => [
            text(r.contactName),
            text(r.programName),
            text(codeWords(r.status)),
            date(r.expiresOn),
            yesNo(r.counts),
            r.expiresBeforeQuarterEnd ? flagged('Yes', 'red') : text('No'),
          ]),
          empty: 'No certifications recorded.',
        },
      ],
    };
  },

  solutions: (s) => {
    const { solutions, noData } = s.solutions;
    const ready = solutions.filter((x) => x.readyToCoSell).length;
    return {
      subtitle: noData ?? `${ready} of ${countOf(solutions.length, 'joint solution')} ready to co-sell`,
      blocks: [
        ...noDataNote(noData),
        ...(solutions.length === 0
          ? []
          : [
              {
                kind: 'chart',
                title: 'Commercial-model completeness',
                chart: 'bar',
                unit: 'ratio',
                categories: solutions.map((x) => x.name),
                series: [{ name: 'Complete', values: solutions.map((x) => x.percent / 100) }],
              } satisfies QbrBlock,
            ]),
        {
          kind: 'table',
          title: 'Joint solutions',
          columns: [column('Solution', 'text', 2.2), column('Status', 'text', 1), column('Pricing', 'text', 1.4), column('Complete', 'ratio', 1), column('Ready to co-sell', 'text', 1.1), column('What blocks co-selling', 'text', 4.5)],
          rows: solutions.map((x) => [
            text(x.name),
            text(codeWords(x.status)),
            text(x.pricingModel && codeWords(x.pricingModel)),
            { value: x.percent / 100, unit: 'ratio', status: x.percent === 100 ? 'green' : x.percent >= 70 ? 'amber' : 'red' },
            yesNo(x.readyToCoSell),
            text(x.blockers.join('; ') || 'Nothing'),
          ]),
          empty: 'No joint solutions.',
        },
      ],
    };
  },

  incentives: (s) => {
    const i = s.incentives;
    const payerWords = i.payer === 'partner' ? 'owed by the partner (royalties)' : 'payable to the partner';
    return {
      subtitle: i.noData ?? `${formatCents(i.totalCents)} ${payerWords} for ${s.quarter.label}`,
      blocks: [
        ...noDataNote(i.noData),
        {
          kind: 'facts',
          title: 'Statement',
          facts: [
            { label: 'Programs', value: text(i.programs.join(', ') || null) },
            { label: i.payer === 'partner' ? 'Total royalties owed' : 'Total incentives earned', value: cents(i.totalCents) },
          ],
        },
        {
          kind: 'table',
          title: 'Statement lines',
          columns: [column('Line', 'text', 2), column('Basis', 'text', 2.6), column('Rate or band', 'text', 1.8), column('Amount', 'cents', 1.3), column('Calculation', 'text', 3.6)],
          rows: i.lines.map((l) => [text(l.label), text(l.basis.description), text(l.rate), cents(l.amountCents), text(l.calculation)]),
          empty: 'No lines: nothing earned in the quarter.',
        },
        {
          kind: 'table',
          title: 'What moves you to the next band',
          columns: [column('Rule', 'text', 2), column('Current band', 'text', 2), column('Next band', 'text', 2), column('What it takes', 'text', 4)],
          rows: i.previews.map((p) => [text(p.label), text(p.currentBand), text(p.next?.band ?? 'top band'), text(p.next?.message ?? 'Already in the top band')]),
          empty: 'No banded rules in the quarter.',
        },
        ...i.skipped.map((reason) => note(reason)),
      ],
    };
  },

  investment: (s) => {
    const inv = s.investment;
    const current = inv.trend[inv.trend.length - 1]!;
    return {
      subtitle: inv.noData ?? `${formatCents(inv.totalCents)} invested in ${s.quarter.label}; ROI ${formatValue(current.roi, 'ratio')}`,
      blocks: [
        ...noDataNote(inv.noData),
        {
          kind: 'chart',
          title: 'Investment vs partner revenue won',
          chart: 'bar',
          unit: 'cents',
          categories: inv.trend.map((t) => t.quarter),
          series: [
            { name: 'Invested', values: inv.trend.map((t) => t.investedCents) },
            { name: 'Revenue won', values: inv.trend.map((t) => t.wonCents) },
          ],
        },
        {
          kind: 'facts',
          title: `Return, ${s.quarter.label}`,
          facts: [
            { label: 'Invested', value: cents(inv.totalCents) },
            { label: 'Partner revenue won', value: cents(current.wonCents) },
            { label: 'ROI', value: ratio(current.roi) },
            { label: 'Investment as % of partner revenue', value: ratio(inv.investmentShare) },
          ],
        },
        {
          kind: 'table',
          title: `Investment by kind, ${s.quarter.label}`,
          columns: [column('Kind', 'text', 2), column('Amount', 'cents', 1)],
          rows: inv.byKind.map((k) => [text(k.kind === 'mdf' ? 'MDF' : codeWords(k.kind)), cents(k.cents)]),
          empty: 'No investment.',
        },
      ],
    };
  },

  commitmentsLast: (s) => commitments(s.commitmentsLast, (done, total) => `${done} of ${countOf(total, 'commitment')} done`),
  commitmentsNext: (s) => commitments(s.commitmentsNext, (_done, total) => `${countOf(total, 'commitment')} agreed, with owners and dates`),

  appendix: (s) => ({
    subtitle: `Metric definitions version ${s.appendix.version}`,
    blocks: [
      {
        kind: 'table',
        title: `Definitions (version ${s.appendix.version})`,
        columns: [column('Metric', 'text', 1.4), column('Definition', 'text', 6)],
        rows: s.appendix.definitions.map((d) => [text(d.name), text(d.definition)]),
        empty: 'No metrics.',
      },
    ],
  }),
};

/** The snapshot's sections, cover excepted, as format-neutral blocks in reading order. */
export const sectionViews = (snapshot: QbrSnapshot): QbrSectionView[] =>
  snapshot.sections.flatMap((key) => (key === 'cover' ? [] : [{ key, title: qbrSectionTitles[key], ...builders[key](snapshot) }]));
