import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoWorkspace, generateWorkspace, type GeneratorOptions } from '../../../../shared/demo';

const options: GeneratorOptions = { seed: 7, asOf: '2026-11-22', territories: 3, partnersPerTerritory: 25 };

describe('generator determinism', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('gives byte-identical output for the same options', () => {
    const first = generateWorkspace(options);
    const second = generateWorkspace(options);
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('depends on neither the clock nor Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    vi.useFakeTimers({ now: new Date('2031-01-01T00:00:00Z') });
    const later = JSON.stringify(demoWorkspace('2026-11-22'));
    vi.setSystemTime(new Date('2020-06-15T12:00:00Z'));
    const earlier = JSON.stringify(demoWorkspace('2026-11-22'));
    expect(later).toBe(earlier);
    expect(random).not.toHaveBeenCalled();
  });

  it('differs for a different seed', () => {
    const other = generateWorkspace({ ...options, seed: 8 });
    const base = generateWorkspace(options);
    expect(other.records.partners.map((p) => p.id)).not.toEqual(base.records.partners.map((p) => p.id));
    expect(other.records.partners.map((p) => p.name)).not.toEqual(base.records.partners.map((p) => p.name));
  });

  it('places every date relative to asOf', () => {
    const later = generateWorkspace({ ...options, asOf: '2027-05-10' });
    const latestUpdate = later.records.partners.map((p) => p.updatedAt).sort().at(-1)!;
    expect(latestUpdate.slice(0, 10) <= '2027-05-10').toBe(true);
    expect(latestUpdate > '2026-11-22').toBe(true);
  });

  it('refuses an asOf that is not a calendar date and counts that are not whole numbers', () => {
    expect(() => demoWorkspace('2026-02-30')).toThrow('asOf must be a calendar date');
    expect(() => generateWorkspace({ ...options, territories: 1.5 })).toThrow('territories must be a whole number');
  });
});
