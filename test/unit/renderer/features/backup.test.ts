import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../../../shared/demo';
import { checkBackup, makeBackup } from '../../../../renderer/features/settings/backup';
import { importBackup } from '../../../../renderer/features/settings/backup-io';
import { createReads, createRepository, openPartnerDeskDb } from '../../../../renderer/db';

const { records } = generateWorkspace({ seed: 11, asOf: '2026-11-22', territories: 1, partnersPerTerritory: 3 });

describe('backup check', () => {
  it('accepts a backup of valid records', () => {
    const checked = checkBackup(JSON.parse(JSON.stringify(makeBackup({ partners: records.partners, contacts: records.contacts }, '2026-11-22T10:00:00.000Z'))));
    expect(checked.ok && checked.count).toBe(records.partners.length + records.contacts.length);
  });

  it('names every record and field at fault and imports nothing', () => {
    const bad = { ...records.contacts[0]!, email: 'nope' };
    const noId = { ...records.partners[0]!, id: undefined, name: '' };
    const checked = checkBackup(makeBackup({ contacts: [bad, ...records.contacts.slice(1)], partners: [noId as never] }, 'x'));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toContainEqual({ table: 'contacts', record: bad.id, errors: [{ field: 'email', message: 'Email is not a valid email address' }] });
    expect(checked.problems.find((p) => p.table === 'partners')).toMatchObject({ record: 'record 1' });
    expect(checked.message).toMatch(/nothing was imported/);
  });

  it('refuses files that are not backups, or from a newer app', () => {
    expect(checkBackup({ hello: 1 })).toMatchObject({ ok: false, message: 'This file is not a Partner Desk backup.' });
    expect(checkBackup({ ...makeBackup({}, 'x'), version: 99 })).toMatchObject({ ok: false });
    expect(checkBackup({ ...makeBackup({}, 'x'), tables: { gadgets: [] } })).toMatchObject({ ok: false });
  });
});

describe('backup import', () => {
  it('creates missing records and updates stored ones through the repository, so they sync', async () => {
    const db = openPartnerDeskDb(`backup-${Math.random()}`);
    const repo = createRepository(db);
    const [first, ...rest] = records.partners;
    await repo.bulkLoad({ partners: [{ ...first!, name: 'Old name' }] });
    const result = await importBackup(createReads(db), repo, { partners: [first!, ...rest] });
    expect(result).toEqual({ written: records.partners.length, skipped: 0 });
    expect((await db.partners.get(first!.id))!.name).toBe(first!.name);
    // One outbox entry per created or changed record.
    expect(await db.outbox.count()).toBe(records.partners.length);
  });

  it('leaves a record deleted on this device deleted', async () => {
    const db = openPartnerDeskDb(`backup-${Math.random()}`);
    const repo = createRepository(db);
    const partner = records.partners[0]!;
    await repo.bulkLoad({ partners: [{ ...partner, deleted: true }] });
    expect(await importBackup(createReads(db), repo, { partners: [partner] })).toEqual({ written: 0, skipped: 1 });
  });
});
