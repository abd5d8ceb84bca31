import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../../server/auth/users';
import { registrationOnPush, type RegistrationOnPush } from '../../../../server/sync/registration-rules';
import type { StoredRow } from '../../../../server/sync/rows';
import type { Opportunity } from '../../../../shared/domain/opportunity';
import { decideRegistration, submitRegistration } from '../../../../shared/registrations/lifecycle';
import { buildDeal } from '../../../support/records';

/**
 * The server's side of a registration step (server/sync/registration-rules.ts),
 * without a database: the stored deal, the merged one a push would store, and
 * what the server stores instead or why it refuses. The push itself, the
 * conflict candidates and real devices are in
 * test/integration/server/registration-conflicts.test.ts.
 */
const TODAY = '2026-11-20';
const caller = (id: string, role: 'manager' | 'hq' = 'hq'): Caller => ({ id, email: `${id}@x.test`, displayName: id, role, sessionId: 's', tokenExpiresAt: 0 });
const deal = (overrides: Partial<Opportunity> = {}): Opportunity =>
  buildDeal({ id: 'deal', partnerId: 'partner-a', partnerRole: 'sourced', channel: 'resale', customerName: 'Acme', stage: 'develop', createdOn: '2026-10-01', closeOn: '2027-02-01', ...overrides });
const row = (data: Opportunity): StoredRow => ({ tbl: 'opportunities', id: data.id, territoryId: data.territoryId, data, fields: {}, version: 1, deleted: false });

const onPush = (stored: Opportunity | undefined, merged: Opportunity, who = caller('hq-1'), others: Opportunity[] = []): RegistrationOnPush =>
  registrationOnPush(stored, merged, { caller: who, today: TODAY, work: { settings: null, candidates: new Map(others.map((o) => [o.id, row(o)])) }, batchRows: [] });

const step = (s: ReturnType<typeof submitRegistration>) => {
  if (!s.ok) throw new Error(s.message);
  return s.patch;
};
const submitted = (): Opportunity => ({ ...deal(), ...step(submitRegistration(deal(), { userId: 'manager-1', today: '2026-11-01' })) });
const approvedBy = (d: Opportunity, userId: string, today = TODAY): Opportunity => ({
  ...d,
  ...step(decideRegistration(d, { outcome: 'approved', reason: 'ok', userId, today, settings: null })),
});

describe('a registration step on push', () => {
  it('leaves a deal without a registration as deals were before the lifecycle, but never gives it protection', () => {
    // A registration date from a CRM is a record of the past; protection is granted only by an approval.
    expect(onPush(deal(), { ...deal(), registeredOn: '2026-10-02' })).toEqual({ ok: true, patch: {} });
    expect(onPush(deal(), { ...deal(), registeredOn: '2026-10-02', protectionEndsOn: '2026-12-31' })).toEqual({
      ok: false,
      code: 'forbidden',
      field: 'protectionEndsOn',
      message: 'is granted only by approving the deal’s registration; submit the registration for review instead',
    });
    // A deal recorded with protection before the lifecycle keeps it, or gives it up.
    const legacy = { ...deal(), registeredOn: '2026-10-02', protectionEndsOn: '2026-12-31' };
    expect(onPush(legacy, { ...legacy, nextStep: 'Call the buyer' })).toEqual({ ok: true, patch: {} });
    expect(onPush(legacy, { ...legacy, protectionEndsOn: null })).toEqual({ ok: true, patch: {} });
  });

  it('stamps a submission with the caller and the server’s day, whatever the device wrote', () => {
    const sent = { ...deal(), registration: { status: 'submitted' as const, submittedBy: 'someone', submittedOn: '2020-01-01' }, registeredOn: '2020-01-01' };
    const answer = onPush(deal(), sent, caller('manager-2', 'manager'));
    expect(answer).toEqual({ ok: true, patch: { registration: { status: 'submitted', submittedBy: 'manager-2', submittedOn: TODAY }, registeredOn: TODAY, protectionEndsOn: null } });
  });

  it('keeps the first approval when a second approver’s copy arrives later, dates included', () => {
    const first = approvedBy(submitted(), 'hq-1', '2026-11-10');
    const second = approvedBy(submitted(), 'hq-2', TODAY);
    const answer = onPush(first, second, caller('hq-2'));
    expect(answer.ok && { ...first, ...answer.patch }).toMatchObject({ registration: first.registration, protectionEndsOn: first.protectionEndsOn });
  });

  it('refuses a rejection of a registration already approved, a flag or a removal written by a device', () => {
    const approved = approvedBy(submitted(), 'hq-1');
    const rejected = { ...approved, registration: { ...approved.registration!, status: 'rejected' as const } };
    expect(onPush(approved, rejected)).toMatchObject({ ok: false, field: 'registration.status', message: 'cannot be decided: the registration is protected' });
    const flagged = { ...submitted(), registration: { ...submitted().registration!, status: 'flagged' as const } };
    expect(onPush(submitted(), flagged)).toMatchObject({ ok: false, field: 'registration.status' });
    expect(onPush(submitted(), { ...submitted(), registration: undefined })).toMatchObject({ ok: false, field: 'registration' });
  });

  it('lets only the note change on a registration awaiting its decision', () => {
    const sent = { ...submitted(), registration: { ...submitted().registration!, note: 'More to say', submittedBy: 'forged' } };
    expect(onPush(submitted(), sent)).toEqual({ ok: true, patch: { registration: { ...submitted().registration, note: 'More to say' } } });
  });

  it('flags an approval into another partner’s protected registration and keeps a submission with the conflict attached', () => {
    const other = approvedBy({ ...submitted(), id: 'other', partnerId: 'partner-b', customerName: 'ACME Inc.' }, 'hq-1', '2026-11-05');
    const approved = onPush(submitted(), approvedBy(submitted(), 'hq-1'), caller('hq-1'), [other]);
    expect(approved).toMatchObject({ ok: true, patch: { registration: { status: 'flagged', conflict: { opportunityId: 'other', match: 'same-name', foundOn: TODAY } }, protectionEndsOn: null } });
    const sent = onPush(deal(), submitted(), caller('manager-1', 'manager'), [other]);
    expect(sent).toMatchObject({ ok: true, patch: { registration: { status: 'submitted', conflict: { opportunityId: 'other' } } } });
  });

  it('does not flag against an expired registration or the same partner’s own deal', () => {
    const expired = approvedBy({ ...submitted(), id: 'old', partnerId: 'partner-b' }, 'hq-1', '2026-07-01');
    const own = approvedBy({ ...submitted(), id: 'own' }, 'hq-1', '2026-11-05');
    const answer = onPush(submitted(), approvedBy(submitted(), 'hq-1'), caller('hq-1'), [expired, own]);
    expect(answer).toMatchObject({ ok: true, patch: { registration: { status: 'approved' } } });
    expect(answer.ok && answer.patch.registration?.conflict).toBeUndefined();
  });
});
