import { describe, expect, it } from 'vitest';
import { createImports } from '../../../../renderer/db/imports';
import { createRepository } from '../../../../renderer/db/repository';
import type { PartnerDeskDb } from '../../../../renderer/db/database';
import {
  convertRows,
  detectSource,
  planImport,
  readImportFile,
  suggestColumnMapping,
  suggestValueMapping,
  type ImportStore,
} from '../../../../shared/import';
import { context, fixture, users } from '../../shared/import/support';
import { MAX_PUSH_BYTES } from '../../../../shared/sync/protocol';
import { freshDb, newPartner, reopen } from './factory';

const SAMPLE = 'salesforce-accounts-report.csv';
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
/** The sample with Northwind's industry and Müller's country changed in the CRM. */
const changedSample = () => bytes(text(fixture(SAMPLE)).replace('"Retail"', '"Wholesale"').replace('"Germany"', '"Austria"'));

/** A store, a repository whose clock moves a second a write, and the import API over them. */
const setup = () => {
  const { db } = freshDb();
  let nowMs = Date.UTC(2026, 3, 1, 9);
  const tick = () => (nowMs += 1_000);
  const repo = createRepository(db, { now: tick });
  const imports = createImports(db, repo, { userId: () => 'user-importer', now: () => nowMs });
  return { db, repo, imports };
};
type Setup = ReturnType<typeof setup>;

/** The dialog's steps: read, detect, map, convert, plan against the store and what the last imports read. */
const plan = async ({ imports }: Setup, name: string, file: Uint8Array) => {
  const { table } = await readImportFile(name, file);
  const detection = detectSource(table.headers);
  const entity = detection.entity ?? 'partners';
  const mapping = suggestColumnMapping(table.headers, { source: detection.source, entity, ...(detection.flavor ? { flavor: detection.flavor } : {}) });
  const values = suggestValueMapping(table, mapping, { users });
  const conversion = convertRows(table, { mapping, values, context });
  const store: ImportStore = await imports.importStore(entity);
  const lastImported = new Map(Object.entries(await imports.lastImportedValues(mapping.source, entity)));
  return { entity, mapping, values, source: mapping.source, fileName: name, plan: planImport(conversion, { context, store, lastImported }) };
};

const partnerOutbox = async (db: PartnerDeskDb) => (await db.outbox.toArray()).filter((e) => e.table === 'partners');
const livePartners = async (db: PartnerDeskDb) => (await db.partners.toArray()).filter((p) => !p.deleted);

describe('applying a Salesforce accounts report', () => {
  it('stores every new partner through the repository, one outbox entry each, and records the import', async () => {
    const s = setup();
    const input = await plan(s, 'accounts.csv', fixture(SAMPLE));
    const progress: number[] = [];
    const result = await s.imports.applyImport(input, { onProgress: (p) => progress.push(p.done) });

    expect(result).toMatchObject({ status: 'applied', done: 4, total: 4, error: null });
    const partners = await livePartners(s.db);
    expect(partners.map((p) => p.name).sort()).toEqual(['Acme Software, Inc.', 'Globex Devices Corp.', 'Müller Systemhaus GmbH', 'Northwind Traders Ltd'].sort());
    const outbox = await partnerOutbox(s.db);
    expect(outbox).toHaveLength(4);
    expect(outbox.every((e) => e.op === 'put' && e.patch.importSource === 'salesforce')).toBe(true);
    expect(progress).toEqual([4]);

    const [run] = await s.imports.listImportRuns();
    expect(run).toMatchObject({
      id: result.runId,
      territoryId: context.territoryId,
      userId: 'user-importer',
      fileName: 'accounts.csv',
      source: 'salesforce',
      entity: 'partners',
      status: 'applied',
      total: 4,
      done: 4,
      counts: { new: 4, updated: 0, unchanged: 0, skipped: 1, errors: 0 },
      parts: 1,
      error: null,
    });
    expect(JSON.parse(run!.mapping)).toEqual(input.mapping);
    expect(run!.finishedAt).not.toBeNull();
    // The record and its part sync like any record.
    expect((await s.db.outbox.toArray()).filter((e) => e.table === 'importRunParts')).toHaveLength(1);
  });

  it('a second import of the same file finds every partner unchanged and writes none', async () => {
    const s = setup();
    await s.imports.applyImport(await plan(s, 'accounts.csv', fixture(SAMPLE)));
    const before = await partnerOutbox(s.db);
    const again = await plan(s, 'accounts.csv', fixture(SAMPLE));
    expect(again.plan.summary).toMatchObject({ new: 0, updated: 0, unchanged: 4 });

    const result = await s.imports.applyImport(again);
    expect(result).toMatchObject({ status: 'applied', done: 4 });
    expect(await partnerOutbox(s.db)).toEqual(before);
    expect((await s.imports.listImportRuns())[0]!.counts).toMatchObject({ new: 0, updated: 0, unchanged: 4 });
  });

  it('a changed file sends only the fields the CRM changed, and keeps an edit made in the app', async () => {
    const s = setup();
    await s.imports.applyImport(await plan(s, 'accounts.csv', fixture(SAMPLE)));
    const northwind = (await livePartners(s.db)).find((p) => p.name.startsWith('Northwind'))!;
    // In the app, the manager moved Northwind to another region; the CRM still says United Kingdom.
    await s.repo.update('partners', northwind.id, { region: 'EMEA' });
    const pushed = (await partnerOutbox(s.db)).length;

    const changed = await plan(s, 'accounts.csv', changedSample());
    await s.imports.applyImport(changed);

    const patches = (await partnerOutbox(s.db)).slice(pushed).map((e) => Object.keys(e.patch).sort());
    expect(patches).toEqual([
      ['updatedAt', 'vertical'],
      ['region', 'updatedAt'],
    ]);
    const after = await s.db.partners.get(northwind.id);
    expect(after).toMatchObject({ vertical: 'Wholesale', region: 'EMEA' });
  });

  it('stops between chunks when cancelled, with the chunks done applied and the record saying how far it got', async () => {
    const s = setup();
    const input = await plan(s, 'accounts.csv', fixture(SAMPLE));
    const cancel = new AbortController();
    const result = await s.imports.applyImport(input, { chunkSize: 2, signal: cancel.signal, onProgress: () => cancel.abort() });

    expect(result).toMatchObject({ status: 'cancelled', done: 2, total: 4, error: null });
    expect((await livePartners(s.db)).map((p) => p.name)).toEqual(['Acme Software, Inc.', 'Northwind Traders Ltd']);
    expect(await s.db.importRuns.get(result.runId)).toMatchObject({ status: 'cancelled', done: 2, total: 4, counts: { new: 2 }, parts: 1 });
    // What the cancelled import wrote counts for the next one: the two partners are found, the others are new.
    const next = await plan(s, 'accounts.csv', fixture(SAMPLE));
    expect(next.plan.summary).toMatchObject({ new: 2, unchanged: 2 });
  });

  it('fails at the chunk that cannot be written, leaving the chunks before it and saying why', async () => {
    const s = setup();
    const input = await plan(s, 'accounts.csv', fixture(SAMPLE));
    // Another window made a record with the id planned for the third row.
    const third = input.plan.rows.filter((r) => r.outcome === 'new')[2]!;
    if (third.outcome !== 'new') throw new Error('expected a new row');
    await s.repo.create('partners', { ...third.record, name: 'Taken' } as never);

    const result = await s.imports.applyImport(input, { chunkSize: 2 });
    expect(result).toMatchObject({ status: 'failed', done: 2 });
    expect(result.error).toMatch(/^Row 4: /);
    expect(await s.db.importRuns.get(result.runId)).toMatchObject({ status: 'failed', done: 2, counts: { new: 2 } });
    expect((await livePartners(s.db)).map((p) => p.name).sort()).toEqual(['Acme Software, Inc.', 'Northwind Traders Ltd', 'Taken']);
  });
});

describe('a contacts export after the accounts', () => {
  it('finds each contact\'s partner among the stored partners, and an undo of the accounts waits for the contacts', async () => {
    const s = setup();
    const accounts = await s.imports.applyImport(await plan(s, 'accounts.csv', fixture(SAMPLE)));
    const input = await plan(s, 'contacts.csv', fixture('salesforce-contacts-dataloader.csv'));
    expect(input.entity).toBe('contacts');
    expect(input.plan.summary.errors).toBe(0);
    const contacts = await s.imports.applyImport(input);
    expect(contacts).toMatchObject({ status: 'applied', error: null });
    const partnerIds = new Set((await livePartners(s.db)).map((p) => p.id));
    const stored = (await s.db.contacts.toArray()).filter((c) => !c.deleted);
    expect(stored.length).toBe(input.plan.summary.new);
    expect(stored.every((c) => partnerIds.has(c.partnerId))).toBe(true);

    expect((await s.imports.undoImport(accounts.runId)).kept.map((k) => k.reason)).toEqual(
      expect.arrayContaining([expect.stringMatching(/has records added after the import \(Contact: \d\)/)]),
    );
    expect(await s.imports.undoImport(contacts.runId)).toMatchObject({ kept: [] });
    expect(await s.imports.undoImport(accounts.runId)).toEqual({ undone: 4, kept: [] });
  });
});

describe('undoing an import', () => {
  it('gives the records a later import patched their earlier values back', async () => {
    const s = setup();
    const first = await s.imports.applyImport(await plan(s, 'accounts.csv', fixture(SAMPLE)));
    const stored = await livePartners(s.db);
    expect(first.status).toBe('applied');
    const second = await s.imports.applyImport(await plan(s, 'accounts.csv', changedSample()));

    expect(await s.imports.undoImport(second.runId)).toEqual({ undone: 2, kept: [] });
    expect(await livePartners(s.db)).toEqual(stored.map((p) => expect.objectContaining({ id: p.id, vertical: p.vertical, region: p.region })));
    expect(await s.db.importRuns.get(second.runId)).toMatchObject({ status: 'undone' });
    // The undone import's values no longer count: the next plan of the changed file patches the same two.
    expect((await plan(s, 'accounts.csv', changedSample())).plan.summary).toMatchObject({ updated: 2 });

    // The later import undone, the records are as the first left them: it can be undone in turn.
    expect(await s.imports.undoImport(first.runId)).toEqual({ undone: 4, kept: [] });
    expect(await livePartners(s.db)).toEqual([]);
  });

  it('takes the link to the CRM off a partner made in the app that the import found by its domain', async () => {
    const s = setup();
    const made = await s.repo.create('partners', newPartner({ territoryId: context.territoryId, name: 'Acme Software', website: 'https://acme-software.com', vertical: 'Retail' }));
    const input = await plan(s, 'accounts.csv', fixture(SAMPLE));
    expect(input.plan.rows.find((r) => 'targetId' in r && r.targetId === made.id)).toMatchObject({ outcome: 'update', matchedBy: 'domain' });
    const result = await s.imports.applyImport(input);
    expect(await s.db.partners.get(made.id)).toMatchObject({ importSource: 'salesforce', vertical: 'Software' });

    expect(await s.imports.undoImport(result.runId)).toEqual({ undone: 4, kept: [] });
    const back = await s.db.partners.get(made.id);
    expect(back).toMatchObject({ name: 'Acme Software', vertical: 'Retail', website: 'https://acme-software.com' });
    expect(back).not.toHaveProperty('importSource');
    expect(back).not.toHaveProperty('externalId');
  });

  it('counts an edit made after a later import was undone as a change', async () => {
    const s = setup();
    const first = await s.imports.applyImport(await plan(s, 'accounts.csv', fixture(SAMPLE)));
    const second = await s.imports.applyImport(await plan(s, 'accounts.csv', changedSample()));
    await s.imports.undoImport(second.runId);
    const northwind = (await livePartners(s.db)).find((p) => p.name.startsWith('Northwind'))!;
    await s.repo.update('partners', northwind.id, { tier: 'gold' });
    expect((await s.imports.undoImport(first.runId)).kept.map((k) => k.id)).toEqual([northwind.id]);
  });

  it('deletes what the import made, as tombstones that sync', async () => {
    const s = setup();
    const first = await s.imports.applyImport(await plan(s, 'accounts.csv', fixture(SAMPLE)));
    expect(await s.imports.undoImport(first.runId)).toEqual({ undone: 4, kept: [] });
    expect(await livePartners(s.db)).toEqual([]);
    expect((await partnerOutbox(s.db)).filter((e) => e.op === 'delete')).toHaveLength(4);
    await expect(s.imports.undoImport(first.runId)).rejects.toThrow(/already undone/);
    // Imported again, the file makes the partners anew.
    expect((await plan(s, 'accounts.csv', fixture(SAMPLE))).plan.summary).toMatchObject({ new: 4 });
  });

  it('undoes nothing while one of its records was changed since, and names it', async () => {
    const s = setup();
    const first = await s.imports.applyImport(await plan(s, 'accounts.csv', fixture(SAMPLE)));
    const acme = (await livePartners(s.db)).find((p) => p.name.startsWith('Acme'))!;
    await s.repo.update('partners', acme.id, { tier: 'gold' });
    const before = { partners: await s.db.partners.toArray(), outbox: await s.db.outbox.toArray() };

    const result = await s.imports.undoImport(first.runId);
    expect(result.undone).toBe(0);
    expect(result.kept).toEqual([{ id: acme.id, reason: expect.stringMatching(/^Partner Acme Software, Inc\. was changed after the import/) }]);
    expect({ partners: await s.db.partners.toArray(), outbox: await s.db.outbox.toArray() }).toEqual(before);
    expect(await s.db.importRuns.get(first.runId)).toMatchObject({ status: 'applied' });
  });

  it('keeps a partner the import made that has contacts added since', async () => {
    const s = setup();
    const first = await s.imports.applyImport(await plan(s, 'accounts.csv', fixture(SAMPLE)));
    const acme = (await livePartners(s.db)).find((p) => p.name.startsWith('Acme'))!;
    await s.repo.create('contacts', { territoryId: acme.territoryId, partnerId: acme.id, name: 'Ada Byron', role: 'Alliances', email: 'ada@acme.example', primary: true });

    const result = await s.imports.undoImport(first.runId);
    expect(result).toEqual({ undone: 0, kept: [{ id: acme.id, reason: 'Partner Acme Software, Inc. has records added after the import (Contact: 1)' }] });
  });
});

describe('mappings saved per source and entity', () => {
  it('come back as saved, and only for their source and entity', async () => {
    const s = setup();
    const input = await plan(s, 'accounts.csv', fixture(SAMPLE));
    expect(await s.imports.savedColumnMapping('salesforce', 'partners')).toBeNull();
    await s.imports.saveColumnMapping(input.mapping);
    await s.imports.saveValueMapping('salesforce', 'partners', input.values);
    expect(await s.imports.savedColumnMapping('salesforce', 'partners')).toEqual(input.mapping);
    expect(await s.imports.savedValueMapping('salesforce', 'partners')).toEqual(input.values);
    expect(await s.imports.savedColumnMapping('hubspot', 'partners')).toBeNull();
    expect(await s.imports.savedValueMapping('salesforce', 'contacts')).toBeNull();
    // Local to the device: nothing to sync.
    expect(await s.db.outbox.count()).toBe(0);
  });
});

describe('the list of imports', () => {
  it('is told of each new import, newest first', async () => {
    const s = setup();
    const seen: string[][] = [];
    const stop = s.imports.watchImportRuns((runs) => seen.push(runs.map((r) => r.status)));
    await s.imports.applyImport(await plan(s, 'accounts.csv', fixture(SAMPLE)));
    await s.imports.applyImport(await plan(s, 'accounts.csv', fixture(SAMPLE)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    expect(seen[0]).toEqual([]);
    expect(seen.at(-1)).toEqual(['applied', 'applied']);
  });
});

describe('a store made before imports were recorded', () => {
  it('gains the import tables on upgrade and keeps its records', async () => {
    const { db: old, name } = freshDb(6);
    const partner = await createRepository(old).create('partners', newPartner());
    old.close();
    const db = reopen(name);
    expect(await db.partners.get(partner.id)).toEqual(partner);
    const imports = createImports(db, createRepository(db), { userId: () => 'user-1' });
    expect(await imports.listImportRuns()).toEqual([]);
    expect(await imports.lastImportedValues('salesforce', 'partners')).toEqual({});
    db.close();
  });
});

describe('a large import', () => {
  it('goes in chunks of 500 rows, with parts no larger than one push', async () => {
    const s = setup();
    const header = '"Account ID","Account Name","Type","Website","Billing Country","Industry","Description"';
    const rows = Array.from({ length: 1_100 }, (_, i) => {
      const n = String(i).padStart(6, '0');
      return `"0015g0000${n}","Partner ${n} Ltd","Channel Partner / Reseller","partner-${n}.example","Germany","Retail","${'Long description. '.repeat(20)}"`;
    });
    const input = await plan(s, 'big.csv', bytes([header, ...rows].join('\r\n')));
    expect(input.plan.summary).toMatchObject({ new: 1_100, errors: 0 });
    const progress: number[] = [];
    const result = await s.imports.applyImport(input, { onProgress: (p) => progress.push(p.done) });
    expect(result).toMatchObject({ status: 'applied', done: 1_100 });
    expect(progress).toEqual([500, 1_000, 1_100]);
    const parts = await s.db.importRunParts.toArray();
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(JSON.stringify(part).length).toBeLessThan(MAX_PUSH_BYTES / 6);
    expect(Object.keys(await s.imports.lastImportedValues('salesforce', 'partners'))).toHaveLength(1_100);
  }, 60_000);
});
