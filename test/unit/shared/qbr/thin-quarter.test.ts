import { describe, expect, it } from 'vitest';
import { buildQbrSnapshot, type QbrSnapshot } from '../../../../shared/qbr';
import { formatCell, NO_DATA } from '../../../../shared/qbr/format';
import { sectionViews } from '../../../../shared/qbr/view/section-views';
import { AS_OF, QUARTER } from './demo';
import { storyOf, withoutDeals } from './story';

const story = storyOf();

/** Every row, fact and chart the writers would draw, as text. */
const drawn = (snapshot: QbrSnapshot) =>
  sectionViews(snapshot).flatMap((v) =>
    v.blocks.map((b) => {
      switch (b.kind) {
        case 'table':
          return { title: b.title, rows: b.rows.length, cells: b.rows.flat().map(formatCell) };
        case 'facts':
          return { title: b.title, rows: b.facts.length, cells: b.facts.map((f) => formatCell(f.value)) };
        case 'chart':
          return { title: b.title, rows: b.categories.length, cells: b.series.flatMap((s) => s.values.map(String)) };
        case 'note':
          return { title: 'note', rows: 1, cells: [b.text] };
      }
    }),
  );

describe('a partner with no deals in the quarter', () => {
  const snapshot = buildQbrSnapshot(withoutDeals(story), story.partner.id, { quarter: QUARTER, asOf: AS_OF });

  it('drops the pipeline section and the agenda says why', () => {
    expect(snapshot.sections).not.toContain('pipeline');
    expect(snapshot.omitted.map((o) => o.key)).toContain('pipeline');
    const agenda = sectionViews(snapshot).find((v) => v.key === 'agenda')!;
    const left = agenda.blocks.find((b) => b.kind === 'note' && b.text.startsWith('Not included this quarter:'));
    expect(left && left.kind === 'note' && left.text).toContain('Joint pipeline and wins (');
  });

  it('draws no empty table, fact or chart, and never says "no data"', () => {
    for (const block of drawn(snapshot)) {
      expect(block.rows, block.title).toBeGreaterThan(0);
      for (const cell of block.cells) expect(cell, block.title).not.toBe(NO_DATA);
    }
    // The plan is still told: its revenue objective simply has nothing won yet.
    expect(snapshot.plan.objectives.find((o) => o.kind === 'partner-sourced-revenue')!.actualToDate).toBe(0);
  });

  it('keeps the full story when the partner has deals', () => {
    const full = buildQbrSnapshot(story.sources, story.partner.id, { quarter: QUARTER, asOf: AS_OF });
    expect(full.sections).toEqual(['cover', 'agenda', 'glance', 'plan', 'pipeline', 'certifications', 'solutions', 'incentives', 'visits', 'commitmentsThis', 'commitmentsNext', 'appendix']);
    for (const block of drawn(full)) for (const cell of block.cells) expect(cell, block.title).not.toBe(NO_DATA);
  });
});
