import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPartnerDeskDb } from '../../../renderer/db/database';
import { createRepository } from '../../../renderer/db/repository';
import { createSyncEngine } from '../../../renderer/sync/sync-engine';
import { createTerritory } from '../../../server/admin/territories';
import { createUser } from '../../../server/admin/users';
import { startServer } from '../../../server/app';
import { writeServerRecords } from '../../../server/sync/server-writes';
import { newId } from '../../../shared/domain/ids';
import type { Opportunity } from '../../../shared/domain/opportunity';
import { PROGRAM_SETTINGS_ID, type ProgramSettings } from '../../../shared/domain/program-settings';
import { ConflictIndex } from '../../../shared/registrations/conflicts';
import { decideExtension, decideRegistration, protectedUntil, registrationState, requestExtension } from '../../../shared/registrations/lifecycle';
import { formatHlc } from '../../../shared/sync/hlc';
import { SCHEMA_VERSION, type Mutation } from '../../../shared/sync/protocol';
import { pullEverything, pushOnce, signIn } from '../../../scripts/hq/client';
import { createMemoryPlatform } from '../../support/memory-platform';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { buildDeal } from '../../support/records';
import { partnerRecord } from './support';

/**
 * Deal registrations against a real HQ server on PostgreSQL (issue 15), with
 * real devices: each its own IndexedDB, sync engine and repository, as the
 * app runs them. Managers approve offline; the server re-checks every step
 * and the channel conflict on push, so one customer is never protected for
 * two partners, whatever order the pushes come in.
 */
const PASSWORD = 'registration pass';
let server: Awaited<ReturnType<typeof startServer>>;
let database: TestDatabase;
const today = new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

const ids = { t1: '', t2: '', hq: '', ana: '', ben: '', sam: '', p1: newId(), p2: newId(), p3: newId(), a: newId(), b: newId(), c: newId(), big: newId(), draft: newId() };
const email = (who: string) => `${who}@registrations.test`;

/** A partner's deal for a customer, submitted a week ago by HQ's partner desk (so no manager decides their own). */
const submittedDeal = (id: string, territoryId: string, partnerId: string, customerName: string, overrides: Partial<Opportunity> = {}): Opportunity =>
  buildDeal({
    id,
    territoryId,
    partnerId,
    partnerRole: 'sourced',
    channel: 'resale',
    customerName,
    stage: 'develop',
    amountCents: 4_000_000,
    createdOn: daysAgo(10),
    closeOn: daysAgo(-60),
    registeredOn: daysAgo(7),
    registration: { status: 'submitted', submittedBy: ids.hq, submittedOn: daysAgo(7) },
    updatedAt: new Date().toISOString(),
    ...overrides,
  });

/** A device of a user: its own database and engine, signed in and synced once. */
const device = async (who: string) => {
  const db = openPartnerDeskDb(`registrations-${who}-${newId()}`, { indexedDB, IDBKeyRange });
  const engine = createSyncEngine({ db, platform: createMemoryPlatform(), baseUrl: server.url });
  await engine.session.signIn(email(who), PASSWORD);
  await engine.sync();
  const repo = createRepository(db, { now: engine.clock.now });
  const deal = async (id: string) => (await db.opportunities.get(id))!;
  return { engine, repo, db, deal };
};

/** A hand-made push, as a forged or old device would send it. */
const rawPush = async (who: string, rowId: string, patch: Record<string, unknown>) => {
  const tokens = await signIn(server.url, email(who), PASSWORD);
  const mutation: Mutation = { mutationId: 1, table: 'opportunities', rowId, op: 'put', patch: { ...patch, updatedAt: new Date().toISOString() }, baseVersion: 0, hlc: formatHlc({ wallMs: Date.now(), counter: 0, node: 'forger' }) };
  const answer = await pushOnce(server.url, tokens, { clientId: newId(), schemaVersion: SCHEMA_VERSION, mutations: [mutation] });
  return answer.results[0]!;
};

/** Every deal as HQ's device would hold it after a full pull. */
const hqDeal = async (id: string): Promise<Opportunity> => {
  const tokens = await signIn(server.url, email('hq'), PASSWORD);
  return (await pullEverything(server.url, tokens, { clientId: newId() })).records.opportunities.find((o) => o.id === id) as Opportunity;
};

const approval = (deal: Opportunity, userId: string) => {
  const step = decideRegistration(deal, { outcome: 'approved', reason: 'Customer confirmed the partner leads', userId, today, settings: null });
  if (!step.ok) throw new Error(step.message);
  return step.patch;
};

beforeAll(async () => {
  database = await createTestDatabase({ prefix: 'pd_registrations' });
  server = await startServer({ port: 0, databaseUrl: database.url, signInLimit: { max: 1_000, timeWindowMs: 60_000 } });
  ids.t1 = (await createTerritory(server.store, { name: 'North', region: 'EMEA' })).id;
  ids.t2 = (await createTerritory(server.store, { name: 'South', region: 'EMEA' })).id;
  ids.hq = (await createUser(server.store, { email: email('hq'), displayName: 'Hana HQ', role: 'hq', password: PASSWORD })).id;
  ids.ana = (await createUser(server.store, { email: email('ana'), displayName: 'Ana North', role: 'manager', password: PASSWORD, territoryIds: [ids.t1] })).id;
  ids.ben = (await createUser(server.store, { email: email('ben'), displayName: 'Ben North', role: 'manager', password: PASSWORD, territoryIds: [ids.t1] })).id;
  ids.sam = (await createUser(server.store, { email: email('sam'), displayName: 'Sam South', role: 'manager', password: PASSWORD, territoryIds: [ids.t2] })).id;
  const settings = {
    id: PROGRAM_SETTINGS_ID,
    territoryId: 'global',
    updatedAt: new Date().toISOString(),
    deleted: false,
    vendorName: 'Vendor',
    logoDataUrl: null,
    primaryColor: '#1F4E79',
    accentColor: '#F2A900',
    registrationApproval: { approver: 'territory-manager', managerLimitCents: 5_000_000, protectionDays: 60 },
  } satisfies ProgramSettings;
  const partners = [partnerRecord(ids.t1, { id: ids.p1 }), partnerRecord(ids.t1, { id: ids.p2 }), partnerRecord(ids.t2, { id: ids.p3 })];
  const deals = [
    submittedDeal(ids.a, ids.t1, ids.p1, 'Northwind Traders Ltd'),
    submittedDeal(ids.b, ids.t1, ids.p2, 'Northwind Traders'),
    submittedDeal(ids.c, ids.t2, ids.p3, 'NORTHWIND TRADERS GmbH'),
    submittedDeal(ids.big, ids.t1, ids.p2, 'Tailspin Toys', { amountCents: 9_000_000 }),
    submittedDeal(ids.draft, ids.t1, ids.p1, 'Wingtip Holdings', { registeredOn: null, registration: { status: 'draft' } }),
  ];
  await writeServerRecords(
    server.store,
    [
      { table: 'programSettings', data: settings },
      ...partners.map((data) => ({ table: 'partners' as const, data })),
      ...deals.map((data) => ({ table: 'opportunities' as const, data })),
    ],
    ids.hq,
    Date.now(),
  );
}, 120_000);
afterAll(async () => {
  await server?.close();
  await database?.drop();
});

describe('deal registrations on an HQ server on PostgreSQL', () => {
  it('two managers approve conflicting registrations offline: the first push stays protected, the second is flagged, and both devices show it', async () => {
    const ana = await device('ana');
    const ben = await device('ben');
    // Offline, each device checks its own copy: neither registration protects yet, so neither sees a conflict.
    for (const [who, id] of [[ana, ids.a], [ben, ids.b]] as const) {
      const local = await who.db.opportunities.toArray();
      expect(new ConflictIndex(local, today).conflictsOf(await who.deal(id))).toEqual([]);
    }
    await ana.repo.update('opportunities', ids.a, approval(await ana.deal(ids.a), ids.ana));
    await ben.repo.update('opportunities', ids.b, approval(await ben.deal(ids.b), ids.ben));
    expect(registrationState(await ana.deal(ids.a), today)).toBe('protected');
    expect(registrationState(await ben.deal(ids.b), today)).toBe('protected');

    await ana.engine.sync();
    await ben.engine.sync();
    await ana.engine.sync();

    for (const who of [ana, ben]) {
      const [a, b] = [await who.deal(ids.a), await who.deal(ids.b)];
      expect(registrationState(a, today)).toBe('protected');
      expect(a.registration?.decision).toMatchObject({ outcome: 'approved', decidedBy: ids.ana, decidedOn: today });
      expect(registrationState(b, today)).toBe('flagged');
      expect(b.protectionEndsOn).toBeNull();
      expect(b.registration?.conflict).toEqual({
        opportunityId: ids.a,
        partnerId: ids.p1,
        customerName: 'Northwind Traders Ltd',
        match: 'same-name',
        kind: 'protected-registration',
        amountCents: 4_000_000,
        protectionEndsOn: a.protectionEndsOn,
        foundOn: today,
      });
      expect(await who.repo.pendingCount()).toBe(0);
    }
    // Both devices hold what the server holds.
    expect(await ana.deal(ids.b)).toEqual(await ben.deal(ids.b));
    expect(await hqDeal(ids.b)).toMatchObject({ registration: { status: 'flagged' } });
  }, 60_000);

  it('finds the conflict across territories: a manager in the South is flagged against the North’s protected registration', async () => {
    const sam = await device('sam');
    expect(await sam.db.opportunities.get(ids.a)).toBeUndefined(); // Sam cannot read the North's deal
    await sam.repo.update('opportunities', ids.c, approval(await sam.deal(ids.c), ids.sam));
    await sam.engine.sync();
    const c = await sam.deal(ids.c);
    expect(registrationState(c, today)).toBe('flagged');
    expect(c.registration?.conflict).toMatchObject({ opportunityId: ids.a, customerName: 'Northwind Traders Ltd', kind: 'protected-registration' });
  }, 60_000);

  it('stamps who submitted and decided from the signed-in caller and the server’s date, and drops a conflict the device wrote', async () => {
    const answer = await rawPush('ana', ids.draft, {
      registration: {
        status: 'submitted',
        submittedBy: ids.hq,
        submittedOn: '2020-01-01',
        note: 'Met their CIO',
        conflict: { opportunityId: ids.b, partnerId: null, customerName: 'x', match: 'same-name', kind: 'open-direct-deal', amountCents: 0, protectionEndsOn: null, foundOn: '2020-01-01' },
      },
      registeredOn: '2020-01-01',
    });
    expect(['applied', 'merged']).toContain(answer.status); // merged: the hand-made push claims to have seen nothing (base version 0)
    const stored = await hqDeal(ids.draft);
    expect(stored.registration).toEqual({ status: 'submitted', submittedBy: ids.ana, submittedOn: today, note: 'Met their CIO' });
    expect(stored.registeredOn).toBe(today);
  }, 60_000);

  it('refuses a step skipped, a decision the settings keep from the caller, and a manager deciding their own submission, naming the field', async () => {
    const draft = buildDeal({ id: newId(), territoryId: ids.t1, partnerId: ids.p1, partnerRole: 'sourced', channel: 'resale', customerName: 'Litware', stage: 'develop', createdOn: daysAgo(3), closeOn: daysAgo(-30) });
    await writeServerRecords(server.store, [{ table: 'opportunities', data: { ...draft, registration: { status: 'draft' } } }], ids.hq, Date.now());
    const skipped = await rawPush('ana', draft.id, { registration: { status: 'approved', decision: { outcome: 'approved', reason: 'ok', decidedBy: ids.ana, decidedOn: today } }, protectionEndsOn: daysAgo(-60), registeredOn: today });
    expect(skipped).toMatchObject({ status: 'rejected', code: 'bad_request', fields: { 'registration.status': 'cannot be decided: the registration is a draft' } });

    const tooBig = await rawPush('ana', ids.big, { registration: { status: 'approved', decision: { outcome: 'approved', reason: 'ok', decidedBy: ids.ana, decidedOn: today } }, protectionEndsOn: daysAgo(-60) });
    expect(tooBig).toMatchObject({ status: 'rejected', code: 'forbidden', fields: { 'registration.decision': expect.stringContaining('above the amount a territory manager may approve') } });

    // Ana submitted the Wingtip registration above; she may not approve it herself.
    const own = await rawPush('ana', ids.draft, { registration: { status: 'approved', decision: { outcome: 'approved', reason: 'mine', decidedBy: ids.ana, decidedOn: today } }, protectionEndsOn: daysAgo(-60) });
    expect(own).toMatchObject({ status: 'rejected', code: 'forbidden', fields: { 'registration.decision': expect.stringContaining('manager who asked for it') } });

    const noReason = await rawPush('hq', ids.big, { registration: { status: 'rejected', decision: { outcome: 'rejected', reason: ' ', decidedBy: ids.hq, decidedOn: today } } });
    expect(noReason).toMatchObject({ status: 'rejected' });
    expect(Object.keys(noReason.status === 'rejected' ? (noReason.fields ?? {}) : {})).toEqual(['registration.decision.reason']);

    // Nothing of the refused changes was stored.
    expect((await hqDeal(draft.id)).registration).toEqual({ status: 'draft' });
    expect((await hqDeal(ids.big)).registration?.status).toBe('submitted');
  }, 60_000);

  it('takes an extension asked by the manager and granted by HQ, each stamped by the server', async () => {
    const ana = await device('ana');
    const held = await ana.deal(ids.a);
    const until = daysAgo(-120);
    const asked = requestExtension(held, { userId: 'device-says-someone-else', today, until, reason: 'Legal review moved the signature' });
    if (!asked.ok) throw new Error(asked.message);
    await ana.repo.update('opportunities', ids.a, asked.patch);
    await ana.engine.sync();
    const pending = await hqDeal(ids.a);
    expect(pending.registration?.extensions).toEqual([{ requestedBy: ids.ana, requestedOn: today, reason: 'Legal review moved the signature', until }]);
    expect(protectedUntil(pending)).toBe(held.protectionEndsOn);

    const granted = decideExtension(pending, { index: 0, outcome: 'approved', reason: 'Fair', userId: ids.hq, today });
    if (!granted.ok) throw new Error(granted.message);
    expect(await rawPush('hq', ids.a, granted.patch)).toMatchObject({ status: expect.stringMatching(/applied|merged/) });
    await ana.engine.sync();
    const extended = await ana.deal(ids.a);
    expect(protectedUntil(extended)).toBe(until);
    expect(extended.registration?.extensions?.[0]?.decision).toMatchObject({ outcome: 'approved', decidedBy: ids.hq, decidedOn: today });
  }, 60_000);

  it('flags the second of two conflicting approvals in one push, and finds deals stored before the terms existed', async () => {
    const [d1, d2] = [newId(), newId()];
    await writeServerRecords(
      server.store,
      [
        { table: 'opportunities', data: submittedDeal(d1, ids.t1, ids.p1, 'Fabrikam, Inc.', { customerDomain: 'fabrikam.com' }) },
        { table: 'opportunities', data: submittedDeal(d2, ids.t2, ids.p3, 'Fabrikam Group', { customerDomain: 'https://www.fabrikam.com' }) },
      ],
      ids.hq,
      Date.now(),
    );
    // As on a server upgraded with deals already stored: no terms yet, built on the first check.
    await server.store.query("delete from registration_terms; delete from meta where key = 'registration_terms_built'");
    const tokens = await signIn(server.url, email('hq'), PASSWORD);
    const hlc = (counter: number) => formatHlc({ wallMs: Date.now(), counter, node: 'hq-device' });
    const stored = [await hqDeal(d1), await hqDeal(d2)];
    const mutations: Mutation[] = stored.map((deal, i) => ({ mutationId: i + 1, table: 'opportunities', rowId: deal.id, op: 'put', patch: approval(deal, ids.hq), baseVersion: 0, hlc: hlc(i) }));
    const answer = await pushOnce(server.url, tokens, { clientId: newId(), schemaVersion: SCHEMA_VERSION, mutations });
    expect(answer.results.map((r) => r.status === 'rejected')).toEqual([false, false]);
    const [first, second] = [await hqDeal(d1), await hqDeal(d2)];
    expect(registrationState(first, today)).toBe('protected');
    expect(registrationState(second, today)).toBe('flagged');
    expect(second.registration?.conflict).toMatchObject({ opportunityId: d1, match: 'same-domain' });
    // The Northwind registration approved in the first test, stored before the terms were rebuilt, is found again.
    const late = await rawPush('sam', ids.c, approval(await hqDeal(ids.c), ids.sam));
    expect(late.status === 'rejected').toBe(false);
    expect((await hqDeal(ids.c)).registration?.conflict?.opportunityId).toBe(ids.a);
  }, 60_000);

  it('keeps the first of two approvals of one deal, and its conflict record says so', async () => {
    const id = newId();
    await writeServerRecords(server.store, [{ table: 'opportunities', data: submittedDeal(id, ids.t1, ids.p2, 'Contoso Pharma') }], ids.hq, Date.now());
    const ana = await device('ana');
    const ben = await device('ben');
    const approve = async (who: typeof ana, userId: string, reason: string) => {
      const step = decideRegistration(await who.deal(id), { outcome: 'approved', reason, userId, today, settings: null });
      if (!step.ok) throw new Error(step.message);
      await who.repo.update('opportunities', id, step.patch);
    };
    await approve(ana, ids.ana, 'Ana checked with the customer');
    await approve(ben, ids.ben, 'Ben checked too');
    await ana.engine.sync();
    await ben.engine.sync();
    await ana.engine.sync();
    for (const who of [ana, ben]) expect((await who.deal(id)).registration?.decision).toMatchObject({ decidedBy: ids.ana, reason: 'Ana checked with the customer' });
    const conflicts = (await ben.db.conflicts.toArray()).filter((c) => c.rowId === id && c.field === 'registration');
    const decidedBy = (side: { value: unknown }) => (side.value as { decision?: { decidedBy: string } }).decision?.decidedBy;
    // Ben's copy lost to the first decision, not to a clock: the record keeps Ana's and offers Ben's as lost.
    expect(conflicts.map((c) => [decidedBy(c.kept), decidedBy(c.lost)])).toEqual([[ids.ana, ids.ben]]);
  }, 60_000);

  it('moves protection dates only through a step', async () => {
    const moved = await rawPush('ana', ids.a, { protectionEndsOn: daysAgo(-400) });
    expect(moved).toMatchObject({ status: 'rejected', code: 'bad_request', fields: { protectionEndsOn: expect.stringContaining('ask for an extension') } });
  }, 60_000);

  it('never gives protection dates to a deal without a registration, new or stored: they would protect a customer no one approved', async () => {
    // A new deal pushed with dates a registration would have, by a device that skipped the lifecycle.
    const forged = buildDeal({ id: newId(), territoryId: ids.t1, partnerId: ids.p1, partnerRole: 'sourced', channel: 'resale', customerName: 'Northwind Traders', registeredOn: daysAgo(1), protectionEndsOn: daysAgo(-90), updatedAt: new Date().toISOString() });
    const created = await rawPush('ana', forged.id, forged as unknown as Record<string, unknown>);
    expect(created).toMatchObject({ status: 'rejected', code: 'forbidden', fields: { protectionEndsOn: expect.stringContaining('only by approving the deal’s registration') } });
    // The same deal without the protection date (a registration date from a CRM, say) is taken.
    expect(await rawPush('ana', forged.id, { ...forged, protectionEndsOn: null })).toMatchObject({ status: 'applied' });
    // And it cannot gain one afterwards.
    expect(await rawPush('ana', forged.id, { protectionEndsOn: daysAgo(-90) })).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect((await hqDeal(forged.id)).protectionEndsOn).toBeNull();
  }, 60_000);
});
