import { describe, expect, it } from 'vitest';
import { integrationAdoptionRate } from '../../../../shared/metrics';
import { ALL, NORTH, Q3, SOUTH, isvAdoption, makeDataset, makePartner, partnerScope, territory } from './factory';

const northIsv = makePartner('isv', { attributes: isvAdoption(30, 40) });
const southIsv = makePartner('isv', { territoryId: SOUTH, attributes: isvAdoption(5, 60) });
const prospectIsv = makePartner('isv', { status: 'prospect', attributes: isvAdoption(10, 10) });
const deletedIsv = makePartner('isv', { deleted: true, attributes: isvAdoption(10, 10) });
const lateIsv = makePartner('isv', { enrolledOn: '2026-10-01', attributes: isvAdoption(10, 10) });
const reseller = makePartner('reseller');

const dataset = makeDataset({ partners: [northIsv, southIsv, prospectIsv, deletedIsv, lateIsv, reseller] });

describe('integration adoption rate', () => {
  it('sums joint customers across ISVs before dividing', () => {
    // (30 + 5) / (40 + 60) = 35 / 100 = 0.35 — not the mean of 75 % and 8.3 %.
    // Prospect, deleted and enrolled-after-quarter ISVs and the reseller are left out.
    expect(integrationAdoptionRate(dataset, ALL, Q3)).toEqual({
      key: 'integrationAdoptionRate',
      value: 0.35,
      numerator: 35,
      denominator: 100,
      unit: 'ratio',
    });
  });

  it('follows the scope', () => {
    // North: 30 / 40 = 0.75. Southern ISV alone: 5 / 60.
    expect(integrationAdoptionRate(dataset, territory(NORTH), Q3).value).toBe(0.75);
    expect(integrationAdoptionRate(dataset, partnerScope(southIsv), Q3)).toMatchObject({ numerator: 5, denominator: 60 });
  });

  it('is null without joint customers', () => {
    // 0 / 0 → null; a reseller has no integration figures at all.
    const noCustomers = makeDataset({ partners: [makePartner('isv', { attributes: isvAdoption(0, 0) })] });
    expect(integrationAdoptionRate(noCustomers, ALL, Q3).value).toBeNull();
    expect(integrationAdoptionRate(dataset, partnerScope(reseller), Q3).value).toBeNull();
  });
});

describe('each quarter with its own counts', () => {
  const withHistory = (history: { quarter: string; using: number; joint: number }[], using: number, joint: number) =>
    makePartner('isv', {
      attributes: {
        ...isvAdoption(using, joint),
        adoptionHistory: history.map((h) => ({ quarter: h.quarter as '2026-Q1', jointCustomersUsingIntegration: h.using, jointCustomers: h.joint })),
      } as ReturnType<typeof isvAdoption>,
    });

  it('reads the counts recorded in the quarter or before it, not today\'s in every quarter', () => {
    // Recorded: Q1 4 of 20, Q3 12 of 24; today 18 of 30 (recorded in Q4).
    const isv = withHistory([{ quarter: '2026-Q1', using: 4, joint: 20 }, { quarter: '2026-Q3', using: 12, joint: 24 }, { quarter: '2026-Q4', using: 18, joint: 30 }], 18, 30);
    const dataset = makeDataset({ partners: [isv] });
    // Q1: 4 / 20 = 0.2; Q2: nothing recorded in it, Q1's still stand: 0.2; Q3: 12 / 24 = 0.5; Q4: 18 / 30 = 0.6.
    expect(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].map((q) => integrationAdoptionRate(dataset, ALL, q).value)).toEqual([0.2, 0.2, 0.5, 0.6]);
  });

  it('leaves an ISV out of a quarter before its counts were first recorded', () => {
    const isv = withHistory([{ quarter: '2026-Q3', using: 12, joint: 24 }], 12, 24);
    // 2026-Q2: nothing known of it yet; with the north ISV alone, 30 / 40.
    expect(integrationAdoptionRate(makeDataset({ partners: [isv, northIsv] }), ALL, '2026-Q2')).toMatchObject({ numerator: 30, denominator: 40 });
  });
});
