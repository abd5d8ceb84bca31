import { describe, expect, it } from 'vitest';
import { CALENDAR_YEAR } from '../../../../shared/domain/quarter';
import { countRecords, demoWorkspace } from '../../../../shared/demo';
import {
  certificationStatuses,
  incentiveRuleSchema,
  investmentKinds,
  lifecycleStatuses,
  partnerTypes,
  quarterRange,
  shiftQuarter,
} from '../../../../shared/domain';
import { integrityProblems, schemaProblems } from './audit';

const AS_OF = '2026-11-22';
const quarter = quarterRange('2026-Q4', CALENDAR_YEAR);
const previous = quarterRange('2026-Q3', CALENDAR_YEAR);
const next = quarterRange('2027-Q1', CALENDAR_YEAR);
const w = demoWorkspace(AS_OF);
const { records } = w;
const distinct = <T>(values: T[]): Set<T> => new Set(values);

describe('demo workspace', () => {
  it('is about sixty partners in two territories', () => {
    expect(records.territories).toHaveLength(2);
    expect(records.partners).toHaveLength(60);
    expect(countRecords(w)).toBeGreaterThan(800);
  });

  it('passes every schema, record by record', () => {
    expect(schemaProblems(w)).toEqual([]);
  });

  it('keeps every reference and territory consistent', () => {
    expect(integrityProblems(w)).toEqual([]);
  });

  it('has an HQ user over every territory and one manager per territory owning its partners', () => {
    const [hq, ...managers] = w.users;
    expect(hq).toMatchObject({ email: 'hq@demo.test', role: 'hq', territoryIds: records.territories.map((t) => t.id) });
    expect(managers.map((m) => [m.email, m.role])).toEqual([
      ['manager1@demo.test', 'manager'],
      ['manager2@demo.test', 'manager'],
    ]);
    for (const p of records.partners) {
      expect(managers.find((m) => m.id === p.ownerUserId)?.territoryIds).toEqual([p.territoryId]);
    }
  });

  it('never marks a record deleted nor edits one after asOf', () => {
    for (const table of Object.values(records)) {
      for (const record of table) {
        expect(record.deleted).toBe(false);
        expect(record.updatedAt.slice(0, 10) <= AS_OF).toBe(true);
      }
    }
  });

  it('has partners of every type and lifecycle status, some new ones without commercial activity', () => {
    expect(distinct(records.partners.map((p) => p.partnerType))).toEqual(new Set(partnerTypes));
    expect(distinct(records.partners.map((p) => p.status))).toEqual(new Set(lifecycleStatuses));
    expect(records.partners.some((p) => p.firstCommercialActivityOn === null && p.status === 'prospect')).toBe(true);
    const oems = records.partners.flatMap((p) => (p.attributes.partnerType === 'oem' ? [p.attributes] : []));
    expect(oems.some((a) => a.usageReports.some((r) => r.quarter === previous.label))).toBe(true);
  });

  it('gives every partner 2–6 contacts with one primary', () => {
    for (const p of records.partners) {
      const contacts = records.contacts.filter((c) => c.partnerId === p.id);
      expect(contacts.length).toBeGreaterThanOrEqual(2);
      expect(contacts.length).toBeLessThanOrEqual(6);
      expect(contacts.filter((c) => c.primary)).toHaveLength(1);
    }
  });

  it('has certifications in every status, some expiring before the asOf quarter ends, some expired', () => {
    const certs = records.certifications;
    expect(distinct(certs.map((c) => c.status))).toEqual(new Set(certificationStatuses));
    expect(certs.filter((c) => c.expiresOn && c.expiresOn >= AS_OF && c.expiresOn <= quarter.end).length).toBeGreaterThan(3);
    expect(certs.some((c) => c.status === 'expired' && c.expiresOn! < AS_OF)).toBe(true);
  });

  it('has joint solutions at every stage of the commercial model', () => {
    const solutions = records.jointSolutions;
    expect(distinct(solutions.map((s) => s.status))).toEqual(new Set(['draft', 'defined', 'approved']));
    const drafts = solutions.filter((s) => s.status === 'draft');
    expect(drafts.some((s) => Object.keys(s.commercialModel).length === 1 && Object.keys(s.commercialModel.support).length === 0)).toBe(true);
    expect(drafts.some((s) => s.commercialModel.pricingModel !== undefined)).toBe(true);
    for (const s of solutions.filter((s) => s.status === 'approved')) {
      expect(s.commercialModel).toMatchObject({ integrationCertification: 'certified', support: { l1: expect.any(String), l2: expect.any(String), l3: expect.any(String) } });
      expect(s.commercialModel.renewalModel).toBeDefined();
    }
  });

  it('has sourced, influenced, co-sell and direct-only deals in every territory, won, lost and open', () => {
    for (const t of records.territories) {
      const deals = records.opportunities.filter((o) => o.territoryId === t.id);
      expect(distinct(deals.map((o) => o.partnerRole))).toEqual(new Set(['sourced', 'influenced', 'co-sell', null]));
      expect(deals.some((o) => o.partnerId === null && o.partnerRole === null && o.registeredOn === null)).toBe(true);
      expect(distinct(deals.map((o) => (o.stage === 'won' || o.stage === 'lost' ? o.stage : 'open')))).toEqual(new Set(['won', 'lost', 'open']));
    }
  });

  it('spreads deals over the six quarters before asOf and the current one', () => {
    const deals = records.opportunities;
    const start = quarterRange(shiftQuarter(quarter.label, -6), CALENDAR_YEAR).start;
    expect(deals.every((o) => o.createdOn >= start && o.createdOn <= AS_OF)).toBe(true);
    for (let back = 0; back <= 6; back++) {
      const q = quarterRange(shiftQuarter(quarter.label, -back), CALENDAR_YEAR);
      expect(deals.some((o) => o.createdOn >= q.start && o.createdOn <= q.end)).toBe(true);
    }
    expect(deals.filter((o) => o.stage === 'won' || o.stage === 'lost').every((o) => o.closeOn < AS_OF)).toBe(true);
    expect(deals.filter((o) => o.stage !== 'won' && o.stage !== 'lost').every((o) => o.closeOn >= AS_OF)).toBe(true);
  });

  it('registers partner deals with a protection window and transacts them as the partner type does', () => {
    const partners = new Map(records.partners.map((p) => [p.id, p]));
    const deals = records.opportunities.filter((o) => o.partnerId !== null);
    // Every sourced deal is registered; one awaiting a decision, flagged or rejected has no protection window (yet).
    const windowless = (o: (typeof deals)[number]) => ['submitted', 'flagged', 'rejected'].includes(o.registration?.status ?? '');
    expect(deals.filter((o) => o.partnerRole === 'sourced').every((o) => o.registeredOn && (windowless(o) || o.protectionEndsOn! > o.registeredOn))).toBe(true);
    const typeOf = (o: (typeof deals)[number]) => partners.get(o.partnerId!)!.partnerType;
    expect(deals.filter((o) => typeOf(o) === 'reseller').every((o) => o.channel === 'resale')).toBe(true);
    expect(deals.some((o) => typeOf(o) === 'isv' && o.channel === 'marketplace')).toBe(true);
    expect(deals.filter((o) => typeOf(o) === 'si').every((o) => o.servicesAttachedCents > 0)).toBe(true);
    expect(records.opportunities.filter((o) => o.partnerId === null || typeOf(o) !== 'si').every((o) => o.servicesAttachedCents === 0)).toBe(true);
    expect(deals.some((o) => o.newCustomer)).toBe(true);
  });

  it('has investments of every kind', () => {
    expect(distinct(records.investments.map((i) => i.kind))).toEqual(new Set(investmentKinds));
  });

  it('has tier rules and an incentive program in force today for every partner type, using every rule kind', () => {
    for (const type of partnerTypes) {
      expect(records.tierRuleSets.some((s) => s.partnerType === type && s.effectiveFrom <= AS_OF)).toBe(true);
      const inForce = records.incentivePrograms.filter(
        (p) => p.partnerType === type && p.effectiveFrom <= AS_OF && (p.effectiveTo === null || p.effectiveTo >= AS_OF),
      );
      expect(inForce).toHaveLength(1);
    }
    const kinds = distinct(records.incentivePrograms.flatMap((p) => p.rules.map((r) => r.kind)));
    expect(kinds).toEqual(new Set(incentiveRuleSchema.options.map((o) => o.shape.kind.value)));
  });

  it('changes the marketplace rate in the middle of a quarter', () => {
    const changes = records.incentivePrograms
      .flatMap((p) => p.rules)
      .flatMap((r) => (r.kind === 'marketplace-revenue-share' ? r.rates.slice(1) : []));
    expect(changes.some((c) => c.from > previous.start && c.from < previous.end)).toBe(true);
  });

  it('logs activities in the last quarter and keeps commitments from last quarter to next', () => {
    expect(records.activities.some((a) => a.occurredAt >= previous.start && a.occurredAt <= `${previous.end}T23:59:59Z`)).toBe(true);
    const quarters = distinct(records.commitments.map((c) => c.quarter));
    expect(quarters).toEqual(new Set([previous.label, quarter.label, next.label]));
    expect(records.commitments.filter((c) => c.quarter === next.label).every((c) => c.dueOn > AS_OF)).toBe(true);
    expect(records.qbrRecords.length).toBeGreaterThan(0);
  });

  it('credits some wins: a return on last quarter’s win after it closed, and a service credit within this quarter', () => {
    const credited = records.opportunities.filter((o) => (o.creditNotes?.length ?? 0) > 0);
    const late = credited.filter((o) => o.closeOn <= previous.end && o.creditNotes!.every((n) => n.issuedOn >= quarter.start && n.issuedOn < AS_OF));
    const within = credited.filter((o) => o.closeOn >= quarter.start && o.creditNotes!.every((n) => n.issuedOn >= o.closeOn && n.issuedOn < AS_OF));
    expect(late.length).toBeGreaterThanOrEqual(3);
    expect(within.length).toBeGreaterThanOrEqual(3);
    // A part of each sale, never all of it.
    expect(credited.every((o) => o.creditNotes!.reduce((sum, n) => sum + n.amountCents, 0) < o.amountCents)).toBe(true);
  });
});
