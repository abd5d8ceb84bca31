import { describe, expect, it } from 'vitest';
import { buildQbrSnapshot, metricAudiences, qbrSectionKeys, sectionAudiences, sectionsFor } from '../../../../shared/qbr';
import { sectionViews } from '../../../../shared/qbr/view/section-views';
import { AS_OF, QUARTER } from './demo';
import { INTERNAL_NOTE, SHARED_NOTE, storyOf } from './story';

const story = storyOf();

describe('which section belongs to which audience', () => {
  it('says it once, for every section: the partner pack has all but the scorecard and the investment', () => {
    expect(Object.keys(sectionAudiences).sort()).toEqual([...qbrSectionKeys].sort());
    expect(qbrSectionKeys.filter((k) => !sectionAudiences[k].includes('partner'))).toEqual(['scorecard', 'investment']);
    expect(sectionsFor('internal')).toEqual([...qbrSectionKeys]);
    // The partner pack quotes only the metrics that compare deals with and without the partner.
    expect(Object.entries(metricAudiences).filter(([, a]) => a.includes('partner')).map(([k]) => k)).toEqual(['winRatePartnerVsDirect', 'dealSizeCoSellVsDirect']);
  });

  it('makes the partner pack by default, and the internal review only when asked', () => {
    const partner = buildQbrSnapshot(story.sources, story.partner.id, { quarter: QUARTER, asOf: AS_OF });
    const internal = buildQbrSnapshot(story.sources, story.partner.id, { quarter: QUARTER, asOf: AS_OF, audience: 'internal' });
    expect(partner.audience).toBe('partner');
    expect(partner.sections).not.toContain('scorecard');
    expect(partner.sections).not.toContain('investment');
    expect(internal.audience).toBe('internal');
    expect(internal.sections).toEqual(expect.arrayContaining(['scorecard', 'investment']));
    // Asking the partner pack for an internal section does not bring it in.
    const asked = buildQbrSnapshot(story.sources, story.partner.id, { quarter: QUARTER, asOf: AS_OF, sections: ['investment', 'plan'] });
    expect(asked.sections).toEqual(['cover', 'plan']);
    // The appendix defines only what the pack quotes.
    expect(partner.appendix.definitions.map((d) => d.key)).toEqual(['winRatePartnerVsDirect', 'dealSizeCoSellVsDirect']);
    expect(internal.appendix.definitions.map((d) => d.key)).toEqual(internal.scorecard.rows.map((r) => r.key));
  });

  it("shows the partner only the quarter's notes marked to share; the internal review shows both and says which", () => {
    const text = (audience: 'partner' | 'internal') => JSON.stringify(sectionViews(buildQbrSnapshot(story.sources, story.partner.id, { quarter: QUARTER, asOf: AS_OF, audience })));
    expect(text('partner')).toContain(SHARED_NOTE);
    expect(text('partner')).not.toContain(INTERNAL_NOTE);
    expect(text('partner')).not.toContain('Lifecycle status');
    expect(text('internal')).toContain(INTERNAL_NOTE);
    expect(text('internal')).toContain('Shared with partner');
  });
});
