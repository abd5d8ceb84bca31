import { describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../../../shared/demo';
import { opportunitySchema } from '../../../../shared/domain/opportunity';
import { ConflictIndex, isProtectedOn } from '../../../../shared/registrations/conflicts';
import { protectedUntil, registrationState, type RegistrationState } from '../../../../shared/registrations/lifecycle';
import { protectionEndingSoon } from '../../../../shared/registrations/protection';

const AS_OF = '2026-11-22';
const { records, users } = demoWorkspace(AS_OF);
const deals = records.opportunities;
const inState = (state: RegistrationState) => deals.filter((d) => registrationState(d, AS_OF) === state);
const hq = users.find((u) => u.role === 'hq')!;

/** The demo's registrations as a new user meets them (issue 15): every state of the lifecycle, and no customer protected twice. */
describe('demo deal registrations', () => {
  it('are valid deals', () => {
    const invalid = deals.filter((d) => d.registration).filter((d) => !opportunitySchema.safeParse(d).success);
    expect(invalid.map((d) => d.id)).toEqual([]);
  });

  it('never protect one customer for two partners, nor against an open direct deal', () => {
    const index = new ConflictIndex(deals, AS_OF);
    const clashing = deals.filter((d) => isProtectedOn(d, AS_OF) && index.conflictsOf(d).length > 0);
    expect(clashing.map((d) => d.customerName)).toEqual([]);
  });

  it('have the latest registrations awaiting HQ’s decision, submitted by the territory’s manager', () => {
    const awaiting = inState('submitted');
    expect(awaiting).toHaveLength(3);
    expect(awaiting.every((d) => d.protectionEndsOn === null && d.registration?.submittedBy !== hq.id && d.registration?.submittedOn === d.registeredOn)).toBe(true);
  });

  it('have one registration flagged against the protected one it collides with', () => {
    const [flagged, ...more] = inState('flagged');
    expect(more).toEqual([]);
    const other = deals.find((d) => d.id === flagged!.registration?.conflict?.opportunityId)!;
    expect(other.partnerId === null || registrationState(other, AS_OF) === 'protected').toBe(true);
    expect(other.partnerId).not.toBe(flagged!.partnerId);
    expect(flagged!.registration?.conflict?.customerName).toBe(other.customerName);
  });

  it('have protected, expired, ended and rejected registrations, each rejection with its reason', () => {
    expect(inState('protected').length).toBeGreaterThan(10);
    expect(inState('expired').length).toBeGreaterThan(0);
    expect(inState('ended').length).toBeGreaterThan(0);
    const rejected = inState('rejected');
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.every((d) => d.registration?.decision?.outcome === 'rejected' && d.registration.decision.reason.length > 10)).toBe(true);
  });

  it('have a protection window ending within the fortnight, with an extension asked for and awaiting a decision', () => {
    const ending = protectionEndingSoon(deals, AS_OF);
    expect(ending.length).toBeGreaterThan(0);
    const asked = deals.filter((d) => d.registration?.extensions?.some((e) => !e.decision));
    expect(asked).toHaveLength(1);
    expect(ending.map((d) => d.id)).toContain(asked[0]!.id);
    expect(asked[0]!.registration!.extensions![0]!.until > protectedUntil(asked[0]!)!).toBe(true);
  });
});
