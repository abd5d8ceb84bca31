import { describe, expect, it } from 'vitest';
import { opportunitySchema, type Opportunity } from '../../../../shared/domain/opportunity';
import type { ProgramSettings } from '../../../../shared/domain/program-settings';
import {
  decideExtension,
  decideRegistration,
  draftRegistration,
  mayDecide,
  protectedUntil,
  registrationState,
  requestExtension,
  submitRegistration,
  type RegistrationStep,
} from '../../../../shared/registrations/lifecycle';
import { buildDeal } from '../../../support/records';

const TODAY = '2026-11-20';
const open = (overrides: Partial<Opportunity> = {}): Opportunity =>
  buildDeal({ id: 'deal', partnerId: 'partner-a', partnerRole: 'sourced', channel: 'resale', customerName: 'Acme', stage: 'develop', createdOn: '2026-10-01', closeOn: '2027-02-01', amountCents: 5_000_000, ...overrides });

/** The deal after a step, checked against the schema a save checks it with. */
const after = (deal: Opportunity, step: RegistrationStep): Opportunity => {
  if (!step.ok) throw new Error(`refused: ${step.field} ${step.message}`);
  return opportunitySchema.parse({ ...deal, ...step.patch });
};
const refusal = (step: RegistrationStep) => (step.ok ? 'ok' : [step.field, step.message]);

const settings = (approval: ProgramSettings['registrationApproval']): ProgramSettings =>
  ({ id: 'program-settings', territoryId: 'global', updatedAt: '2026-01-01T00:00:00.000Z', deleted: false, vendorName: 'V', logoDataUrl: null, primaryColor: '#000000', accentColor: '#FFFFFF', registrationApproval: approval }) as ProgramSettings;

const submitted = (overrides: Partial<Opportunity> = {}) => after(open(overrides), submitRegistration(open(overrides), { userId: 'manager-1', today: '2026-11-01', note: 'First meeting held' }));
const approved = (today = '2026-11-02', days = 30) =>
  after(submitted(), decideRegistration(submitted(), { outcome: 'approved', reason: 'Customer confirmed', userId: 'hq-1', today, settings: settings({ approver: 'hq', protectionDays: days }) }));

describe('registration state', () => {
  it('reads a deal with no registration as unregistered, and one recorded before the lifecycle with its dates as approved', () => {
    expect(registrationState(open(), TODAY)).toBe('unregistered');
    const legacy = open({ registeredOn: '2026-10-01', protectionEndsOn: '2026-12-31' });
    expect(registrationState(legacy, TODAY)).toBe('protected');
    expect(protectedUntil(legacy)).toBe('2026-12-31');
    expect(registrationState(legacy, '2027-01-01')).toBe('expired');
  });
  it('ends protection when the deal is won or lost, whatever the date', () => {
    const deal = approved();
    expect(registrationState({ ...deal, stage: 'lost' }, TODAY)).toBe('ended');
    expect(registrationState({ ...deal, stage: 'won' }, TODAY)).toBe('ended');
  });
  it('protects through the last day and not the day after', () => {
    const deal = approved('2026-11-02', 30);
    expect(deal.protectionEndsOn).toBe('2026-12-02');
    expect(registrationState(deal, '2026-12-02')).toBe('protected');
    expect(registrationState(deal, '2026-12-03')).toBe('expired');
  });
  it('has no protection end before approval', () => {
    expect(protectedUntil(submitted())).toBeNull();
    expect(registrationState(submitted(), TODAY)).toBe('submitted');
  });
});

describe('registration steps', () => {
  it('drafts, submits (registered today) and approves for the program’s protection days', () => {
    const draft = after(open(), draftRegistration(open(), { note: '  Met the CIO  ' }));
    expect(registrationState(draft, TODAY)).toBe('draft');
    expect(draft.registration).toEqual({ status: 'draft', note: 'Met the CIO' });
    const sent = after(draft, submitRegistration(draft, { userId: 'manager-1', today: '2026-11-01' }));
    expect(sent.registration).toEqual({ status: 'submitted', submittedBy: 'manager-1', submittedOn: '2026-11-01', note: 'Met the CIO' });
    expect(sent.registeredOn).toBe('2026-11-01');
    const yes = after(sent, decideRegistration(sent, { outcome: 'approved', reason: 'ok', userId: 'hq-1', today: '2026-11-03', settings: null }));
    expect(yes.protectionEndsOn).toBe('2027-02-01'); // 90 days, the default
    expect(yes.registration?.decision).toEqual({ outcome: 'approved', reason: 'ok', decidedBy: 'hq-1', decidedOn: '2026-11-03' });
    expect(registrationState(yes, TODAY)).toBe('protected');
  });
  it('returns only the fields a step changes', () => {
    const step = submitRegistration(open(), { userId: 'm', today: TODAY });
    expect(step.ok && Object.keys(step.patch).sort()).toEqual(['protectionEndsOn', 'registeredOn', 'registration']);
  });
  it('refuses a direct deal, naming the partner field', () => {
    const direct = open({ partnerId: null, partnerRole: null, channel: 'direct' });
    expect(refusal(draftRegistration(direct, {}))).toEqual(['partnerId', 'needs a partner on the deal before it can be registered']);
    expect(refusal(submitRegistration(direct, { userId: 'm', today: TODAY }))).toEqual(['partnerId', 'needs a partner on the deal before it can be registered']);
  });
  it('refuses to jump a step: a draft cannot be approved, a protected one cannot be submitted again', () => {
    const draft = after(open(), draftRegistration(open(), {}));
    expect(refusal(decideRegistration(draft, { outcome: 'approved', reason: 'ok', userId: 'hq', today: TODAY, settings: null }))).toEqual([
      'registration.status',
      'cannot be decided: the registration is a draft',
    ]);
    expect(refusal(submitRegistration(approved(), { userId: 'm', today: TODAY }))).toEqual(['registration.status', 'cannot be submitted: the registration is protected']);
    expect(refusal(draftRegistration(submitted(), {}))).toEqual(['registration.status', 'cannot be drafted: the registration is awaiting approval']);
  });
  it('needs a reason to decide, and a rejection keeps its reason and protects nothing', () => {
    expect(refusal(decideRegistration(submitted(), { outcome: 'rejected', reason: '  ', userId: 'hq', today: TODAY, settings: null }))).toEqual([
      'registration.decision.reason',
      'is required: say why, the partner reads it',
    ]);
    const no = after(submitted(), decideRegistration(submitted(), { outcome: 'rejected', reason: 'Customer is a direct account', userId: 'hq', today: TODAY, settings: null }));
    expect(registrationState(no, TODAY)).toBe('rejected');
    expect(no.registration?.decision?.reason).toBe('Customer is a direct account');
    expect(protectedUntil(no)).toBeNull();
    // Sent again with more to say: the old decision goes.
    const again = after(no, submitRegistration(no, { userId: 'manager-1', today: '2026-11-25', note: 'Customer signed an NDA with us' }));
    expect(registrationState(again, '2026-11-25')).toBe('submitted');
    expect(again.registration?.decision).toBeUndefined();
  });
  it('approving a flagged registration drops the old conflict (the server checks again)', () => {
    const flagged = submitted({});
    const withConflict: Opportunity = {
      ...flagged,
      registration: {
        ...flagged.registration!,
        status: 'flagged',
        conflict: { opportunityId: 'other', partnerId: 'partner-b', customerName: 'Acme', match: 'same-name', kind: 'protected-registration', amountCents: 1, protectionEndsOn: '2026-11-10', foundOn: '2026-11-02' },
      },
    };
    expect(registrationState(withConflict, TODAY)).toBe('flagged');
    const yes = after(withConflict, decideRegistration(withConflict, { outcome: 'approved', reason: 'Other one lapsed', userId: 'hq', today: TODAY, settings: null }));
    expect(yes.registration?.conflict).toBeUndefined();
    expect(yes.registration?.status).toBe('approved');
  });
});

describe('protection extensions', () => {
  it('extends protection once an approver grants the request, and not before', () => {
    const deal = approved('2026-11-02', 30);
    expect(refusal(requestExtension(deal, { userId: 'm', today: TODAY, until: '2026-12-02', reason: 'Legal review' }))).toEqual([
      'registration.extensions.until',
      'must be after the current end of protection, Dec 2, 2026',
    ]);
    expect(refusal(requestExtension(deal, { userId: 'm', today: TODAY, until: '2027-01-15', reason: '' }))).toEqual(['registration.extensions.reason', 'is required: say why the deal needs longer']);
    const asked = after(deal, requestExtension(deal, { userId: 'manager-1', today: TODAY, until: '2027-01-15', reason: 'Legal review' }));
    expect(protectedUntil(asked)).toBe('2026-12-02');
    expect(refusal(requestExtension(asked, { userId: 'm', today: TODAY, until: '2027-02-15', reason: 'More' }))).toEqual(['registration.extensions', 'already has an extension awaiting a decision']);
    const granted = after(asked, decideExtension(asked, { index: 0, outcome: 'approved', reason: 'Fair', userId: 'hq-1', today: '2026-11-21' }));
    expect(protectedUntil(granted)).toBe('2027-01-15');
    expect(registrationState(granted, '2027-01-10')).toBe('protected');
    expect(refusal(decideExtension(granted, { index: 0, outcome: 'rejected', reason: 'No', userId: 'hq-1', today: TODAY }))).toEqual([
      'registration.extensions',
      'this extension request was already decided',
    ]);
  });
  it('a refused extension leaves the end date as it was', () => {
    const deal = approved('2026-11-02', 30);
    const asked = after(deal, requestExtension(deal, { userId: 'manager-1', today: TODAY, until: '2027-01-15', reason: 'Legal review' }));
    const refused = after(asked, decideExtension(asked, { index: 0, outcome: 'rejected', reason: 'Long enough', userId: 'hq-1', today: TODAY }));
    expect(protectedUntil(refused)).toBe('2026-12-02');
    expect(refused.registration?.extensions?.[0]?.decision?.reason).toBe('Long enough');
  });
  it('cannot be asked for an expired or ended registration', () => {
    const deal = approved('2026-11-02', 30);
    expect(refusal(requestExtension(deal, { userId: 'm', today: '2026-12-03', until: '2027-01-15', reason: 'Late' }))).toEqual(['registration.status', 'cannot be extended: the registration is past its protection']);
    expect(refusal(requestExtension({ ...deal, stage: 'lost' }, { userId: 'm', today: TODAY, until: '2027-01-15', reason: 'x' }))).toEqual([
      'registration.status',
      'cannot be extended: the registration is ended with the deal',
    ]);
  });
  it('gives a deal registered before the lifecycle the registration it lacked', () => {
    const legacy = open({ registeredOn: '2026-10-01', protectionEndsOn: '2026-12-31' });
    const asked = after(legacy, requestExtension(legacy, { userId: 'm', today: TODAY, until: '2027-01-31', reason: 'Budget slipped' }));
    expect(asked.registration?.status).toBe('approved');
    expect(registrationState(asked, TODAY)).toBe('protected');
  });
});

describe('who may decide', () => {
  const managers = settings({ approver: 'territory-manager', managerLimitCents: 5_000_000, protectionDays: 60 });
  it('lets HQ decide always, and a manager only when the settings say so, up to the limit', () => {
    const deal = submitted();
    expect(mayDecide(null, { id: 'hq-1', role: 'hq' }, deal)).toBe(true);
    expect(mayDecide(null, { id: 'manager-2', role: 'manager' }, deal)).toBe(false);
    expect(mayDecide(settings({ approver: 'hq', protectionDays: 60 }), { id: 'manager-2', role: 'manager' }, deal)).toBe(false);
    expect(mayDecide(managers, { id: 'manager-2', role: 'manager' }, deal)).toBe(true);
    expect(mayDecide(managers, { id: 'manager-2', role: 'manager' }, submitted({ amountCents: 5_000_001 }))).toBe(false);
  });
  it('never lets a manager decide their own submission', () => {
    expect(mayDecide(managers, { id: 'manager-1', role: 'manager' }, submitted())).toBe(false);
  });
  it('measures a deal in another currency at its quarter’s rate, and sends it to HQ without one', () => {
    const euros = submitted({ currency: 'EUR', amountCents: 4_800_000 });
    expect(mayDecide(managers, { id: 'manager-2', role: 'manager' }, euros)).toBe(false);
    const withRate = { ...managers, exchangeRates: [{ quarter: '2026-Q4', currency: 'EUR', rateMillionths: 1_100_000 }] } as ProgramSettings;
    expect(mayDecide(withRate, { id: 'manager-2', role: 'manager' }, euros)).toBe(false); // 52,800 USD > 50,000
    expect(mayDecide(withRate, { id: 'manager-2', role: 'manager' }, { ...euros, amountCents: 4_000_000 })).toBe(true);
  });
});
