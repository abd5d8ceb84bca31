import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportRun, ImportRunEntry, ImportRunPart } from '../../../shared/domain/import-run';
import { newId } from '../../../shared/domain/ids';
import { pullAll, push, signIn, type World } from './support';

const run = (territoryId: string, userId: string): ImportRun => ({
  id: newId(),
  territoryId,
  updatedAt: new Date().toISOString(),
  deleted: false,
  userId,
  fileName: 'accounts.csv',
  source: 'salesforce',
  entity: 'partners',
  mapping: JSON.stringify({ version: 1, source: 'salesforce', entity: 'partners', fields: { name: 'Account Name', externalId: 'Account ID' } }),
  values: JSON.stringify({ version: 1, fields: { partnerType: { 'Channel Partner / Reseller': 'reseller' } } }),
  startedAt: new Date().toISOString(),
  finishedAt: null,
  status: 'applying',
  total: 2,
  done: 0,
  counts: { new: 0, updated: 0, unchanged: 0, skipped: 1, errors: 0 },
  parts: 0,
  error: null,
  undoneAt: null,
});

const part = (of: ImportRun, entries: ImportRunEntry[]): ImportRunPart => ({
  id: newId(),
  territoryId: of.territoryId,
  updatedAt: new Date().toISOString(),
  deleted: false,
  runId: of.id,
  index: 0,
  entries: JSON.stringify(entries),
});

/**
 * The record of a CRM import (issue 13) syncs like any record of its
 * territory: the server takes it and its parts from a manager of the
 * territory, checks the JSON they carry against the shared schema, and keeps
 * them from everyone outside the territory.
 */
export const importRunsSuite = (getWorld: () => World): void =>
  void describe('import records', () => {
    let world: World;
    beforeAll(() => {
      world = getWorld();
    });

    it('are taken from a manager of the territory with their parts, merged per field, and pulled back', async () => {
      const record = run(world.t1, 'user-m1');
      const entries: ImportRunEntry[] = [
        { id: newId(), row: 2, outcome: 'new', writtenAt: new Date().toISOString(), fileValues: { name: 'Acme Software, Inc.', website: 'https://www.acme-software.com' } },
        { id: newId(), row: 3, outcome: 'updated', writtenAt: new Date().toISOString(), fileValues: { vertical: 'Wholesale' }, previous: { vertical: 'Retail' }, absent: ['externalId'] },
      ];
      const first = part(record, entries);
      const made = await push(world, world.m1, [
        { table: 'importRuns', rowId: record.id, op: 'put', patch: record },
        { table: 'importRunParts', rowId: first.id, op: 'put', patch: first },
      ]);
      expect(made.body.results.map((r: { status: string; reason?: string }) => r.reason ?? r.status)).toEqual(['applied', 'applied']);
      const finished = { status: 'applied', done: 2, counts: { ...record.counts, new: 1, updated: 1 }, parts: 1, finishedAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
      const done = await push(world, world.m1, [{ table: 'importRuns', rowId: record.id, op: 'put', patch: finished }]);
      expect(done.body.results[0].status).toBe('applied');

      const { rows } = await pullAll(world, await signIn(world.server.url, world.m1.email));
      expect(rows.find((r) => r.table === 'importRuns' && r.row.id === record.id)?.row).toMatchObject({ ...record, ...finished });
      const pulledPart = rows.find((r) => r.table === 'importRunParts' && r.row.runId === record.id)?.row;
      expect(JSON.parse(pulledPart!.entries)).toEqual(entries);

      const other = await pullAll(world, await signIn(world.server.url, world.m2.email));
      expect(other.rows.filter((r) => r.row.id === record.id || r.row.runId === record.id)).toEqual([]);
    });

    it('refuses a part whose entries are not what an import writes, and a record in a territory the caller does not work', async () => {
      const record = run(world.t1, 'user-m1');
      const broken = { ...part(record, []), entries: '[{"id": 1}' };
      const wrongShape = { ...part(record, []), entries: JSON.stringify([{ id: newId(), row: 0, outcome: 'deleted', fileValues: {} }]) };
      const answer = await push(world, world.m1, [
        { table: 'importRunParts', rowId: broken.id, op: 'put', patch: broken },
        { table: 'importRunParts', rowId: wrongShape.id, op: 'put', patch: wrongShape },
      ]);
      expect(answer.body.results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'rejected']);
      expect(answer.body.results[0].fields).toHaveProperty('entries');

      const elsewhere = run(world.t2, 'user-m1');
      const refused = await push(world, world.m1, [{ table: 'importRuns', rowId: elsewhere.id, op: 'put', patch: elsewhere }]);
      expect(refused.body.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    });
  });
