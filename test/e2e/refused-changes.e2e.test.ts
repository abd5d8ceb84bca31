import { mkdir, readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../shared/demo';
import type { Partner } from '../../shared/domain/partner';
import type { Territory } from '../../shared/domain/organization';
import { DEMO_PASSWORD } from '../../server/admin/demo';
import { choose } from './choose';
import { openHqSession, SYNC_TIMEOUT, waitSynced, type HqSession } from './hq-session';
import { SHOTS, shoot } from './screenshots';

const AS_OF = '2026-11-22';
const MANAGER = 'manager1@demo.test';

// The demo the server seeds: manager1 works the first territory, HQ every territory.
const demo = demoWorkspace(AS_OF);
const managerTerritory = demo.users.find((u) => u.email === MANAGER)!.territoryIds[0]!;
const territories = demo.records.territories as Territory[];
const otherTerritory = territories.find((t) => t.id !== managerTerritory)!;
const ours = (demo.records.partners as Partner[]).filter((p) => p.territoryId === managerTerritory).sort((a, b) => a.name.localeCompare(b.name));
/** HQ moves this one to the other territory while the manager edits it offline. */
const MOVED = ours[0]!.name;
/** This one gets a vertical past its limit, written past the form as an old app version could have. */
const MENDED = ours[1]!.name;
/** The SI partner both of the manager's devices edit offline: two overwritten values for the Conflict Center. */
const contested = ours.find((p) => p.partnerType === 'si' && p.name !== MOVED && p.name !== MENDED)!;
const CONTESTED = contested.name;
/** Two competency levels other than the partner's own, one for each device, so both are changes. */
const [FIRST_LEVEL, SECOND_LEVEL] = (['Foundational', 'Advanced', 'Expert'] as const).filter(
  (level) => contested.attributes.partnerType === 'si' && level.toLowerCase() !== contested.attributes.competencyLevel,
);
const OTHER_MANAGER = demo.users.find((u) => u.email === 'manager2@demo.test')!;

const heading = (page: Page) => page.getByRole('heading', { level: 2 }).first();
const pending = (page: Page) => page.getByTestId('pending-count');
const refusedCount = (page: Page) => page.getByTestId('refused-count');
const cards = (page: Page) => page.getByTestId('refused-change');
const cardOf = (page: Page, name: string) => cards(page).filter({ hasText: name });


const openPartner = async (page: Page, name: string) => {
  await page.getByRole('link', { name: 'Partners', exact: true }).click();
  await page.getByLabel('Search partners').fill(name);
  await expect.poll(() => page.getByTestId('partner-count').textContent(), SYNC_TIMEOUT).toBe('1 partner');
  await page.getByRole('link', { name }).click();
  await expect.poll(() => heading(page).textContent()).toBe(name);
};

const editPartner = async (page: Page, edit: (dialog: Locator) => Promise<void>) => {
  await page.getByRole('button', { name: 'Edit partner' }).click();
  await edit(page.getByRole('dialog'));
  await page.getByRole('button', { name: 'Save partner' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
};

const showsVertical = (page: Page, value: string) => page.getByText(new RegExp(` · ${value}$`)).count();

const openNeedsAttention = async (page: Page) => {
  await page.getByRole('link', { name: /Needs attention/ }).click();
  await expect.poll(() => heading(page).textContent()).toBe('Needs attention');
};

/**
 * A pending change the device's own checks would stop today but an older
 * version of the app let through: the partner's vertical past its 100
 * characters, written straight into the page's store with its outbox entry,
 * as the repository would have written it. The server's schema refuses it.
 */
const writeOverlongVertical = (page: Page, partnerId: string, vertical: string) =>
  page.evaluate(
    async ({ partnerId, vertical }) => {
      const name = (await indexedDB.databases()).map((d) => d.name).find((n) => n?.startsWith('partner-desk@'))!;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['partners', 'outbox', 'syncMeta'], 'readwrite');
      const read = <T,>(store: string, key: string) =>
        new Promise<T>((resolve) => {
          const r = tx.objectStore(store).get(key);
          r.onsuccess = () => resolve(r.result as T);
        });
      const partner = await read<{ territoryId: string }>('partners', partnerId);
      const cursor = await read<{ version: number } | undefined>('syncMeta', `cursor:${partner.territoryId}`);
      const client = await read<{ clientId: string }>('syncMeta', 'client');
      const now = new Date().toISOString();
      tx.objectStore('partners').put({ ...partner, vertical, updatedAt: now });
      tx.objectStore('outbox').add({
        table: 'partners',
        rowId: partnerId,
        op: 'put',
        patch: { vertical, updatedAt: now },
        baseVersion: cursor?.version ?? 0,
        hlc: `${now}-0000-${client.clientId}`,
        createdAt: now,
      });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { partnerId, vertical },
  );

// Issue 11, "Refused changes, shown": what the server refuses stays in front of the user, with
// its reason, until they correct and send it again or discard it; never cleared without their word.
describe('changes the server refuses, in Needs attention', () => {
  let session: HqSession;
  let a: Page;
  let b: Page;
  let hq: Page;
  const signIn = (email: string) => session.signIn(email);

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    session = await openHqSession(AS_OF);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('lists a change to a partner HQ moved out of the territory, with its reason; Discard removes it and Undo brings it back', async () => {
    a = await signIn(MANAGER);
    hq = await signIn('hq@demo.test');
    await openPartner(a, MOVED);
    await a.context().setOffline(true);
    await editPartner(a, (dialog) => dialog.getByLabel('Vertical').fill('Moved Away Vertical'));
    await expect.poll(() => pending(a).textContent()).toBe('1 change to sync');

    // Meanwhile HQ moves the partner to a territory the manager does not work.
    await openPartner(hq, MOVED);
    await editPartner(hq, (dialog) => choose(hq, 'Territory', otherTerritory.name, dialog));
    await waitSynced(hq);

    await a.context().setOffline(false);
    await waitSynced(a);
    await expect.poll(() => refusedCount(a).textContent(), SYNC_TIMEOUT).toBe('1');
    await openNeedsAttention(a);
    const card = cardOf(a, MOVED);
    await expect.poll(() => card.count()).toBe(1);
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Partner');
    expect(text).toMatch(/VerticalMoved Away Vertical/);
    expect(text).toContain('This partner is no longer yours to change: HQ may have moved it to a territory you do not work');
    expect(text).toContain('The server said: The partner is not on the server, or is not yours to change.');
    expect(text).toMatch(/Made \w{3} \d{1,2}, \d{4}, \d\d:\d\d · Refused \w{3} \d{1,2}, \d{4}/);
    // The partner left the device: no link to it, and nothing to send again, only discard.
    expect(await card.getByRole('link').count()).toBe(0);
    expect(await card.getByRole('button', { name: 'Edit and send again' }).count()).toBe(0);
    expect(text).toContain('The partner is not on this device any more, so the change cannot be sent again.');
    await shoot(a, 'needs-attention-moved', { fullPage: true });

    await card.getByRole('button', { name: 'Discard' }).click();
    await a.getByRole('dialog').getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => cards(a).count()).toBe(0);
    await expect.poll(() => refusedCount(a).count()).toBe(0);
    await expect.poll(() => a.getByText('No refused changes').count()).toBe(1);
    await a.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cardOf(a, MOVED).count()).toBe(1);
    await expect.poll(() => refusedCount(a).textContent()).toBe('1');
    // Kept across a reload too: only the user's word clears it.
    await a.reload();
    await expect.poll(() => cardOf(a, MOVED).count(), SYNC_TIMEOUT).toBe(1);
  });

  it('takes a value the server refused, corrected here, sent again, to the other device', async () => {
    b = await signIn(MANAGER);
    await openPartner(b, MENDED);
    await openPartner(a, MENDED);
    const partnerId = decodeURIComponent(a.url().split('#/partners/')[1]!.split('/')[0]!);
    const overlong = `Freight ${'and logistics '.repeat(11)}`.trim();
    expect(overlong.length).toBeGreaterThan(100);
    await writeOverlongVertical(a, partnerId, overlong);
    await a.keyboard.press('Control+s');
    await expect.poll(() => refusedCount(a).textContent(), SYNC_TIMEOUT).toBe('2');
    await waitSynced(a);

    await openNeedsAttention(a);
    const card = cardOf(a, MENDED);
    await expect.poll(() => card.count()).toBe(1);
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('The server did not accept a value in this change.');
    expect(text).toContain('Vertical must be at most 100 characters');
    // Still on the device (back as the server has it), so it links to the partner.
    expect(await card.getByRole('link', { name: MENDED }).count()).toBe(1);
    await shoot(a, 'needs-attention', { fullPage: true });

    await card.getByRole('button', { name: 'Edit and send again' }).click();
    const dialog = a.getByRole('dialog');
    const vertical = dialog.getByLabel('Vertical');
    expect(await vertical.inputValue()).toBe(overlong);
    expect(await dialog.textContent()).toContain('Vertical must be at most 100 characters');
    await shoot(a, 'needs-attention-resend', { fullPage: true });
    expect(await vertical.getAttribute('aria-invalid')).toBe('true');
    await vertical.fill('Freight and logistics');
    // Checked as typed, against the same schema the server uses.
    await expect.poll(() => vertical.getAttribute('aria-invalid')).toBe('false');
    await dialog.getByRole('button', { name: 'Send again' }).click();
    await expect.poll(() => a.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => cardOf(a, MENDED).count()).toBe(0);
    await expect.poll(() => refusedCount(a).textContent()).toBe('1');
    await waitSynced(a);

    // The other device has the partner open and sees the corrected value arrive.
    await expect.poll(() => showsVertical(b, 'Freight and logistics'), SYNC_TIMEOUT).toBe(1);
    // Nothing more was refused.
    expect(await refusedCount(a).textContent()).toBe('1');
  });

  it('shows overwritten values as people read them in the Conflict Center', async () => {
    await openPartner(a, CONTESTED);
    await openPartner(b, CONTESTED);
    await a.context().setOffline(true);
    await b.context().setOffline(true);
    await editPartner(a, async (dialog) => {
      await dialog.getByLabel('Revenue target ($)').fill('150000');
      await choose(a, 'Competency level', FIRST_LEVEL!, dialog);
    });
    await editPartner(b, async (dialog) => {
      await dialog.getByLabel('Revenue target ($)').fill('175000.50');
      await choose(b, 'Competency level', SECOND_LEVEL!, dialog);
    });
    await a.context().setOffline(false);
    await waitSynced(a);
    await b.context().setOffline(false);
    await waitSynced(b);

    await a.getByRole('link', { name: /Conflicts/ }).click();
    const conflicts = a.getByTestId('conflict');
    await expect.poll(() => conflicts.count(), SYNC_TIMEOUT).toBe(2);
    const revenue = (await conflicts.filter({ hasText: 'Revenue target' }).textContent()) ?? '';
    expect(revenue).toMatch(/Kept \(the record holds this now\)\$175,000\.50.*Overwritten\$150,000/);
    // The partner's details are one field to sync: each side shows them whole, one detail a line.
    const details = (await conflicts.filter({ hasText: 'Partner details' }).textContent()) ?? '';
    expect(details).toMatch(new RegExp(`Kept \\(the record holds this now\\)Practice size: [\\d,]+.*Competency level: ${SECOND_LEVEL}.*Overwritten.*Competency level: ${FIRST_LEVEL}`, 's'));
    expect(details).not.toMatch(/[{}"]/);
    await shoot(a, 'conflict-center', { fullPage: true });
  });

  it('says so before signing in as another user would remove refused changes, and offers to export them first', async () => {
    await a.goto(`${session.server.url}/#/sign-in`);
    const signInAs = async (email: string) => {
      await a.getByLabel('Email').fill(email);
      await a.getByLabel('Password').fill(DEMO_PASSWORD);
      await a.getByRole('button', { name: 'Sign in' }).click();
    };
    await signInAs(OTHER_MANAGER.email);
    const warning = a.getByRole('dialog', { name: 'Refused changes on this device' });
    await expect.poll(() => warning.count()).toBe(1);
    const text = (await warning.textContent()) ?? '';
    expect(text).toContain(`refused 1 change ${MANAGER} made on this device`);
    expect(text).toContain(`Partner ${MOVED}: Vertical`);
    expect(text).toContain('Signing in as someone else removes it from this device.');
    await shoot(a, 'sign-in-refused-changes', { fullPage: true });

    // Cancel: nothing happens, still the same user with the same refused change.
    await warning.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => warning.count()).toBe(0);
    expect(await refusedCount(a).textContent()).toBe('1');

    await signInAs(OTHER_MANAGER.email);
    const [download] = await Promise.all([a.waitForEvent('download'), warning.getByRole('button', { name: 'Export refused changes' }).click()]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { kind: string; owner: string; changes: { patch: { vertical?: string }; rowLabel?: string; code: string }[] };
    expect(exported).toMatchObject({ kind: 'partner-desk-refused-changes', owner: MANAGER });
    expect(exported.changes).toEqual([expect.objectContaining({ rowLabel: MOVED, code: 'not_found', patch: expect.objectContaining({ vertical: 'Moved Away Vertical' }) })]);
    await expect.poll(() => warning.getByText('Saved to your downloads.').count()).toBe(1);

    await warning.getByRole('button', { name: 'Remove it and sign in' }).click();
    await expect.poll(() => a.getByText(`${OTHER_MANAGER.displayName} · Manager`).count(), SYNC_TIMEOUT).toBe(1);
    await waitSynced(a);
    expect(await refusedCount(a).count()).toBe(0);
    await openNeedsAttention(a);
    // The page's heading draws before its list has been read from the device's store.
    await expect.poll(() => a.getByText('No refused changes').count()).toBe(1);
    expect(session.errors).toEqual([]);
  });
});
