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
