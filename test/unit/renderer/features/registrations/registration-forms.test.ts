import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createRepository } from '../../../../../renderer/db/repository';
import { approvalRuleText } from '../../../../../renderer/features/registrations/approval-text';
import { registrationApprovalForm } from '../../../../../renderer/features/registrations/registration-approval-form';
import { registrationStepForm } from '../../../../../renderer/features/registrations/registration-step-form';
import { conflictSentence, registrationStateText, registrationText } from '../../../../../renderer/features/registrations/registration-text';
import { submitWithDomain } from '../../../../../renderer/features/registrations/submit-step';
import { openForm, saveForm } from '../../../../../renderer/ui/record-form';
import type { Draft } from '../../../../../renderer/ui/RecordDialog';
import type { Opportunity } from '../../../../../shared/domain/opportunity';
import type { ProgramSettings } from '../../../../../shared/domain/program-settings';
import { decideRegistration, protectedUntil, registrationState, requestExtension } from '../../../../../shared/registrations/lifecycle';
import { buildDeal, usd } from '../../../../support/records';
import { freshDb } from '../../db/factory';

const NOW = new Date('2026-12-04T10:00:00.000Z');
const TODAY = '2026-12-04';
const repoOf = () => {
  const { db } = freshDb();
  return { db, repo: createRepository(db, { now: () => NOW.getTime() }) };
};
const newDeal = async (repo: ReturnType<typeof repoOf>['repo'], overrides: Partial<Opportunity> = {}) => {
  const { id: _i, updatedAt: _u, deleted: _d, ...fields } = buildDeal({
    partnerId: 'partner-reseller',
    partnerRole: 'sourced',
    channel: 'resale',
    stage: 'develop',
    customerName: 'Northwind Traders',
    amountCents: usd(48_000),
    createdOn: '2026-11-20',
    closeOn: '2027-01-31',
    ...overrides,
  });
  return repo.create('opportunities', fields);
};
const lastPatchKeys = async (db: ReturnType<typeof repoOf>['db']) => Object.keys((await db.outbox.toArray()).at(-1)!.patch).sort();
const decide = (outcome: 'approved' | 'rejected', settings?: ProgramSettings) => (opened: Opportunity, d: Draft) =>
  decideRegistration(opened, { outcome, reason: d.reason ?? '', userId: 'hq-1', today: TODAY, settings });

describe('registration steps through the record save', () => {
  it('submits with the customer domain typed in the dialog, writing only the fields the step changes', async () => {
    const { db, repo } = repoOf();
    const deal = await newDeal(repo);
    const spec = registrationStepForm(deal, { customerDomain: '', note: '' }, submitWithDomain('manager-1', TODAY), ['customerDomain', 'note']);
    const outcome = await saveForm(repo, spec, openForm(spec), { customerDomain: ' northwind.com ', note: 'Met the CFO' });
    expect(outcome.ok).toBe(true);
    const saved = (outcome as { saved: Opportunity }).saved;
    expect(saved).toMatchObject({ customerDomain: 'northwind.com', registeredOn: TODAY, registration: { status: 'submitted', submittedOn: TODAY, note: 'Met the CFO' } });
    expect(registrationState(saved, TODAY)).toBe('submitted');
    expect(await lastPatchKeys(db)).toEqual(['customerDomain', 'registeredOn', 'registration', 'updatedAt']);
  });

  it('refuses a decision without a reason under the reason box and queues nothing', async () => {
    const { db, repo } = repoOf();
    const deal = await newDeal(repo, { registeredOn: TODAY, registration: { status: 'submitted', submittedBy: 'manager-1', submittedOn: TODAY } });
    const spec = registrationStepForm(deal, { reason: '' }, decide('approved'), ['reason']);
    const before = await db.outbox.count();
    const outcome = await saveForm(repo, spec, openForm(spec), { reason: '  ' });
    expect(outcome).toMatchObject({ ok: false, errors: { reason: 'Reason is required: say why, the partner reads it' } });
    expect(await db.outbox.count()).toBe(before);
  });

  it('approves for the program’s protection days and keeps the decision and its reason on the deal', async () => {
    const { repo } = repoOf();
    const deal = await newDeal(repo, { registeredOn: TODAY, registration: { status: 'submitted', submittedBy: 'manager-1', submittedOn: TODAY } });
    const settings = { registrationApproval: { approver: 'hq', protectionDays: 30 } } as ProgramSettings;
    const spec = registrationStepForm(deal, { reason: '' }, decide('approved', settings), ['reason']);
    const outcome = await saveForm(repo, spec, openForm(spec), { reason: 'First to register; customer confirmed' });
    const saved = (outcome as { saved: Opportunity }).saved;
    expect(saved.protectionEndsOn).toBe('2027-01-03');
    expect(saved.registration?.decision).toMatchObject({ outcome: 'approved', reason: 'First to register; customer confirmed', decidedOn: TODAY });
    expect(registrationText(saved, registrationState(saved, TODAY), protectedUntil(saved), TODAY)).toBe(
      'Protected until Jan 3, 2027 (30 days left) · Approved Dec 4, 2026: First to register; customer confirmed',
    );
  });

  it('says in the banner when the registration is not in a state the step can start from', async () => {
    const { repo } = repoOf();
    const deal = await newDeal(repo);
    const spec = registrationStepForm(deal, { reason: '' }, decide('rejected'), ['reason']);
    const outcome = await saveForm(repo, spec, openForm(spec), { reason: 'Not ours' });
    expect(outcome).toMatchObject({ ok: false, banner: 'Registration cannot be decided: the registration is not registered' });
  });
});

describe('an extension request', () => {
  it('refuses a date not past the end of protection under Protect until, naming that end', async () => {
    const { repo } = repoOf();
    const deal = await newDeal(repo, {
      registeredOn: '2026-11-01',
      protectionEndsOn: '2027-03-03',
      registration: { status: 'approved', submittedOn: '2026-11-01', decision: { outcome: 'approved', reason: 'First', decidedBy: 'hq-1', decidedOn: '2026-11-02' } },
    });
    const spec = registrationStepForm(
      deal,
      { until: '', reason: '' },
      (opened, d) => requestExtension(opened, { userId: 'manager-1', today: TODAY, until: d.until ?? '', reason: d.reason ?? '' }),
      ['until', 'reason'],
    );
    const outcome = await saveForm(repo, spec, openForm(spec), { until: '2027-02-01', reason: 'Budget slips to Q2' });
    expect(outcome).toMatchObject({ ok: false, errors: { until: 'Protect until must be after the current end of protection, Mar 3, 2027' } });
    const granted = await saveForm(repo, spec, openForm(spec), { until: '2027-05-01', reason: 'Budget slips to Q2' });
    expect((granted as { saved: Opportunity }).saved.registration?.extensions).toEqual([{ requestedBy: 'manager-1', requestedOn: TODAY, reason: 'Budget slips to Q2', until: '2027-05-01' }]);
  });
});

describe('who approves, in the program settings', () => {
  const stored = {
    id: 'program-settings',
    territoryId: 'global',
    updatedAt: '2026-12-01T00:00:00.000Z',
    deleted: false,
    vendorName: 'Vendor',
    logoDataUrl: null,
    primaryColor: '#1F4E79',
    accentColor: '#2E75B6',
  } as ProgramSettings;

  it('opens as HQ for 90 days, stores the managers’ limit in cents, and drops it when HQ alone approves', () => {
    const spec = registrationApprovalForm(stored);
    const opened = openForm(spec);
    expect(opened.draft).toEqual({ approver: 'hq', managerLimitCents: '', protectionDays: '90' });
    expect(spec.toRecord({ approver: 'territory-manager', managerLimitCents: '25,000', protectionDays: '60' }, stored)).toEqual({
      registrationApproval: { approver: 'territory-manager', managerLimitCents: usd(25_000), protectionDays: 60 },
    });
    expect(spec.toRecord({ approver: 'hq', managerLimitCents: '25000', protectionDays: '60' }, stored)).toEqual({ registrationApproval: { approver: 'hq', protectionDays: 60 } });
  });

  it('refuses 0 days of protection under its input, in days', async () => {
    const { repo } = repoOf();
    const { id: _i, updatedAt: _u, deleted: _d, ...fields } = stored;
    const created = await repo.create('programSettings', { ...fields, id: 'program-settings' });
    const spec = registrationApprovalForm(created);
    const outcome = await saveForm(repo, spec, openForm(spec), { approver: 'hq', managerLimitCents: '', protectionDays: '0' });
    expect(outcome).toMatchObject({ ok: false, errors: { protectionDays: 'Protection (days) must be from 1 to 730 days' } });
    const limit = await saveForm(repo, spec, openForm(spec), { approver: 'territory-manager', managerLimitCents: 'lots', protectionDays: '90' });
    expect(limit).toMatchObject({ ok: false, errors: { managerLimitCents: 'Approval limit for managers must be a number' } });
  });

  it('states the rule above the queue', () => {
    expect(approvalRuleText(undefined)).toBe('HQ decides; an approval protects the deal for 90 days.');
    expect(approvalRuleText({ registrationApproval: { approver: 'territory-manager', managerLimitCents: usd(50_000), protectionDays: 60 } } as ProgramSettings)).toBe(
      'The territory manager decides deals up to $50,000, HQ any deal; an approval protects the deal for 60 days.',
    );
  });
});

describe('registration words', () => {
  it('names the other partner, the end of its protection and the match; a direct deal as the vendor’s own', () => {
    const conflict = { customerName: 'Northwind Traders', kind: 'protected-registration' as const, match: 'same-domain' as const, protectionEndsOn: '2027-03-03' };
    expect(conflictSentence(conflict, 'Olson Consulting')).toBe('Northwind Traders is protected for Olson Consulting until Mar 3, 2027 (same customer domain)');
    expect(conflictSentence({ ...conflict, kind: 'open-direct-deal', match: 'near-same-name', protectionEndsOn: null }, undefined)).toBe(
      'Northwind Traders has an open direct deal with the vendor’s own team (nearly the same customer name)',
    );
  });

  it('says when protection ended with the deal', () => {
    const lost = buildDeal({ partnerId: 'p', partnerRole: 'sourced', stage: 'lost', registeredOn: '2026-06-01', protectionEndsOn: '2026-12-01' });
    expect(registrationStateText(lost, registrationState(lost, TODAY), protectedUntil(lost), TODAY)).toBe('Protection ended: deal lost');
  });
});

describe('a decision on the deal', () => {
  it('says an approval the server held for a conflict protects nothing', () => {
    const flagged = buildDeal({
      partnerId: 'p',
      partnerRole: 'sourced',
      stage: 'develop',
      registeredOn: '2026-08-05',
      registration: { status: 'flagged', submittedOn: '2026-08-05', decision: { outcome: 'approved', reason: 'Customer confirmed', decidedBy: 'hq-1', decidedOn: '2026-08-05' } },
    });
    expect(registrationText(flagged, registrationState(flagged, TODAY), protectedUntil(flagged), TODAY)).toBe(
      'Conflict: awaiting decision since Aug 5, 2026 · Approval of Aug 5, 2026 held by the server for a conflict: Customer confirmed',
    );
  });
});
