import { describe, expect, it } from 'vitest';
import { partnerRetention } from '../../../../shared/metrics';
import { ALL, Q3, makeDataset, makePartner, partnerScope } from './factory';

// 2026-Q3 runs 2026-07-01 … 2026-09-30; its start is the end of 2026-06-30.
const stayed = makePartner('reseller', { enrolledOn: '2025-03-01', status: 'active' });
// Went inactive in August: enrolled at the start, not at the end.
const leftInAugust = makePartner('si', { enrolledOn: '2025-03-01', status: 'inactive', statusHistory: [{ on: '2026-08-12', from: 'active', to: 'inactive' }] });
// Inactive today, but only since October: judged with the status it had then, it stayed through Q3.
const leftInOctober = makePartner('isv', { enrolledOn: '2025-03-01', status: 'inactive', statusHistory: [{ on: '2026-10-02', from: 'at-risk', to: 'inactive' }] });
// Enrolled in Q3 itself: not enrolled at its start, so not in the cohort.
const joinedInQ3 = makePartner('reseller', { enrolledOn: '2026-07-01' });
// Still a prospect at the start (became active in July): not in the cohort.
const prospectAtStart = makePartner('oem', { enrolledOn: '2026-01-01', status: 'active', statusHistory: [{ on: '2026-07-15', from: 'prospect', to: 'active' }] });
// Inactive at the start, back in September: not in the cohort either.
const backInSeptember = makePartner('reseller', {
  enrolledOn: '2025-01-01',
  status: 'onboarding',
  statusHistory: [
    { on: '2026-02-01', from: 'active', to: 'inactive' },
    { on: '2026-09-01', from: 'inactive', to: 'onboarding' },
  ],
});
// A status change on the quarter's last day counts in the quarter.
const leftOnLastDay = makePartner('reseller', { enrolledOn: '2025-03-01', status: 'inactive', statusHistory: [{ on: '2026-09-30', from: 'active', to: 'inactive' }] });

const dataset = makeDataset({ partners: [stayed, leftInAugust, leftInOctober, joinedInQ3, prospectAtStart, backInSeptember, leftOnLastDay] });

describe('partner retention: enrolled at the end among those enrolled at the start', () => {
  it('judges each partner with the status it had on each day', () => {
    // Enrolled at the start (end of 06-30): stayed, leftInAugust, leftInOctober (at-risk then), leftOnLastDay = 4.
    // Still enrolled at the end (09-30): stayed, leftInOctober = 2. 2 / 4 = 0.5.
    expect(partnerRetention(dataset, ALL, Q3)).toEqual({ key: 'partnerRetention', value: 0.5, numerator: 2, denominator: 4, unit: 'ratio' });
  });

  it('is about enrollment, not sales: a partner with no deals that stays enrolled is retained', () => {
    // stayed has no deals at all: 1 / 1.
    expect(partnerRetention(dataset, partnerScope(stayed), Q3).value).toBe(1);
  });

  it('is null for a partner not enrolled at the start, and 0 for one that left', () => {
    expect(partnerRetention(dataset, partnerScope(joinedInQ3), Q3)).toMatchObject({ value: null, denominator: 0 });
    expect(partnerRetention(dataset, partnerScope(leftInAugust), Q3)).toMatchObject({ value: 0, denominator: 1 });
  });

  it('reads the quarter after with the later changes: leftInOctober left in Q4, backInSeptember was enrolled at its start', () => {
    // Q4 starts at the end of 09-30: stayed, leftInOctober (at-risk), joinedInQ3, prospectAtStart (active), backInSeptember (onboarding) = 5.
    // At the end of 12-31: stayed, joinedInQ3, prospectAtStart, backInSeptember = 4. 4 / 5.
    expect(partnerRetention(dataset, ALL, '2026-Q4')).toMatchObject({ numerator: 4, denominator: 5 });
  });
});
