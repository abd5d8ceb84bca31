import { beforeAll, describe, expect, it } from 'vitest';
import { countRecords, loadSet, type Workspace } from '../../../../shared/demo';
import { integrityProblems, schemaProblems } from './audit';

const CHILD_TABLES = ['contacts', 'certifications', 'opportunities', 'activities', 'commitments', 'investments', 'jointSolutions'] as const;

describe('load set', () => {
  let w: Workspace;
  // Generating 10,000 partners takes seconds, more on a busy machine: past the default hook timeout.
  beforeAll(() => {
    w = loadSet('2026-11-22');
  }, 120_000);

  it('has 10,000 partners and at least 100,000 child records', () => {
    expect(w.records.partners).toHaveLength(10_000);
    const children = CHILD_TABLES.reduce((sum, name) => sum + w.records[name].length, 0);
    expect(children).toBeGreaterThanOrEqual(100_000);
    expect(countRecords(w)).toBeGreaterThan(children + 10_000);
  });

  it('passes its schemas on a sample of every 50th record', () => {
    expect(schemaProblems(w, 50)).toEqual([]);
  });

  it('keeps every reference and territory consistent', () => {
    expect(integrityProblems(w)).toEqual([]);
  });

  it('gives every partner a unique name', () => {
    expect(new Set(w.records.partners.map((p) => p.name)).size).toBe(10_000);
  });
});
