import { quarterRangeText } from '../../domain/quarter';
import { qbrSectionTitles } from '../sections';
import type { QbrSnapshot } from '../snapshot';
import { text } from '../units';
import { column, note, type QbrSectionView } from './blocks';
import { pipelineView } from './deal-views';
import { investmentView, scorecardView } from './internal-views';
import { commitmentsLastView, commitmentsNextView, commitmentsThisView, visitsView } from './meeting-views';
import { factsBlock, tableBlock } from './parts';
import { planView } from './plan-view';
import { certificationsView, incentivesView, solutionsView } from './standing-views';

type Key = Exclude<QbrSectionView['key'], 'agenda'>;
type Builder = (s: QbrSnapshot) => Omit<QbrSectionView, 'key' | 'title'>;

const builders: Record<Key, Builder> = {
  glance: (s) => ({
    subtitle: `${s.cover.partnerType} partner, ${s.glance.facts.find((f) => f.label === 'Tier')?.value.value} tier`,
    blocks: factsBlock('Profile', s.glance.facts),
    notes: ['Confirm the profile is right: contacts, tier and what they carry. Anything out of date is corrected after the meeting.'],
  }),
  plan: planView,
  scorecard: scorecardView,
  pipeline: pipelineView,
  certifications: certificationsView,
  solutions: solutionsView,
  incentives: incentivesView,
  investment: investmentView,
  visits: visitsView,
  commitmentsLast: commitmentsLastView,
  commitmentsThis: commitmentsThisView,
  commitmentsNext: commitmentsNextView,
  appendix: (s) => ({
    subtitle: `How the figures in this pack are worked out; metric definitions version ${s.appendix.version}`,
    blocks: [
      ...tableBlock('Joint business plan', [column('Term', 'text', 1.4), column('How it is worked out', 'text', 6)], s.appendix.planTerms.map((t) => [text(t.name), text(t.definition)])),
      ...tableBlock(`Metrics (definitions version ${s.appendix.version})`, [column('Metric', 'text', 1.4), column('Definition', 'text', 6)], s.appendix.definitions.map((d) => [text(d.name), text(d.definition)])),
    ],
    notes: ['For reference: the definitions behind every figure, so both sides read them the same way.'],
  }),
};

/** The agenda: each section with its headline, and what was left out this quarter and why. */
const agendaView = (s: QbrSnapshot, views: QbrSectionView[]): QbrSectionView => ({
  key: 'agenda',
  title: qbrSectionTitles.agenda,
  subtitle: `${s.partner.name} and ${s.branding.name}, ${quarterRangeText(s.quarter)}`,
  blocks: [
    ...tableBlock(
      'In this review',
      [column('', 'count', 0.4), column('Topic', 'text', 2.6), column('In one line', 'text', 6)],
      views.filter((v) => v.key !== 'appendix').map((v, i) => [{ value: i + 1, unit: 'count' }, text(v.title), text(v.subtitle)]),
    ),
    ...(s.omitted.length > 0 ? [note(`Not included this quarter: ${s.omitted.map((o) => `${o.title} (${o.reason.replace(/\.$/, '')})`).join('; ')}.`)] : []),
  ],
  notes: [
    'Agree the agenda and the time for each topic; ask what they want to add.',
    ...(s.omitted.length > 0 ? [`Left out for lack of data: ${s.omitted.map((o) => o.title).join(', ')}. Say why if asked.`] : []),
  ],
});

/** The snapshot's sections, cover excepted, as format-neutral blocks in reading order. */
export const sectionViews = (snapshot: QbrSnapshot): QbrSectionView[] => {
  const views = snapshot.sections.flatMap((key): QbrSectionView[] =>
    key === 'cover' || key === 'agenda' ? [] : [{ key, title: qbrSectionTitles[key], ...builders[key](snapshot) }],
  );
  return snapshot.sections.includes('agenda') ? [agendaView(snapshot, views), ...views] : views;
};
