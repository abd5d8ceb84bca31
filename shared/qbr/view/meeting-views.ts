import { calendarOfRange, quarterRangeText, quarterText } from '../../domain/quarter';
import { countOf } from '../../domain/text';
import type { CommitmentsSection } from '../sections/commitments';
import type { QbrSnapshot } from '../snapshot';
import { date, text, type RagStatus } from '../units';
import { codeWords } from '../words';
import { column, type QbrSectionView } from './blocks';
import { flagged, tableBlock } from './parts';

type View = Omit<QbrSectionView, 'key' | 'title'>;

const commitmentStatus: Record<CommitmentsSection['items'][number]['status'], RagStatus> = {
  done: 'green',
  'in-progress': 'amber',
  open: 'none',
  missed: 'red',
};

/** The meetings of the quarter as the partner was told they would be shared, with what was agreed at each. */
export const visitsView = (s: QbrSnapshot): View => {
  const { visits } = s.visits;
  const internal = s.audience === 'internal';
  const agreed = visits.reduce((n, v) => n + v.decisions.length, 0);
  return {
    subtitle: `${countOf(visits.length, 'meeting')} in ${quarterRangeText(s.quarter)}${agreed > 0 ? `; ${countOf(agreed, 'decision')} recorded` : ''}`,
    blocks: tableBlock(
      internal ? 'Meetings and notes (shared and internal)' : 'Meetings and notes',
      [
        column('Date', 'date', 1.3),
        column('Meeting', 'text', 2),
        column('Notes', 'text', 5),
        column('Agreed', 'text', 3),
        ...(internal ? [column('Shared with partner', 'text', 1)] : []),
      ],
      visits.map((v) => [
        date(v.on),
        text(`${v.subject} (${codeWords(v.kind).toLowerCase()})`),
        text(v.notes || v.subject),
        text(v.decisions.join('; ') || 'Nothing recorded'),
        ...(internal ? [text(v.sharedWithPartner ? 'Yes' : 'No')] : []),
      ]),
    ),
    notes: [
      'Recap what we heard and decided in each meeting this quarter, and check it matches their notes.',
      internal
        ? 'Basis: every activity logged this quarter; the partner pack shows only the ones marked to share.'
        : `Basis: the notes marked to share with ${s.partner.name}, logged in ${quarterRangeText(s.quarter)} up to ${s.asOf}; internal notes are not in this pack.`,
    ],
  };
};

const commitments = (s: QbrSnapshot, c: CommitmentsSection, subtitle: string, talk: string): View => ({
  subtitle,
  // The section heading names the quarter; a title over its one table would only repeat it.
  blocks: tableBlock(
    '',
    [column('Commitment', 'text', 4), column('Owner', 'text', 3), column('Due', 'date', 1.2), column('Status', 'text', 1.1)],
    c.items.map((i) => [text(i.description), text(`${i.ownerName}, ${i.ownerSide === 'vendor' ? s.branding.name : s.partner.name}`), date(i.dueOn), flagged(codeWords(i.status), commitmentStatus[i.status])]),
  ),
  notes: [talk, `Basis: commitments recorded for ${quarterText(c.quarter, calendarOfRange(s.quarter))}, status as of ${s.asOf}.`],
});

const doneWords = (c: CommitmentsSection): string => `${c.done} of ${countOf(c.items.length, 'commitment')} done`;

export const commitmentsLastView = (s: QbrSnapshot): View =>
  commitments(s, s.commitmentsLast, doneWords(s.commitmentsLast), 'Close the loop on last quarter: what was done, and what carries over.');

export const commitmentsThisView = (s: QbrSnapshot): View =>
  commitments(
    s,
    s.commitmentsThis,
    `${doneWords(s.commitmentsThis)}; ${s.commitmentsThis.items.filter((i) => i.status === 'missed').length} missed`,
    'Go through each of this quarter’s commitments: done, under way or missed, and what happens to the missed ones.',
  );

export const commitmentsNextView = (s: QbrSnapshot): View =>
  commitments(
    s,
    s.commitmentsNext,
    `${countOf(s.commitmentsNext.items.length, 'commitment')} for ${quarterText(s.commitmentsNext.quarter, calendarOfRange(s.quarter))}, each with an owner and a date`,
    'Confirm every owner and date in the room; add anything agreed today.',
  );
