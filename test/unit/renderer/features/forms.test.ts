import { describe, expect, it } from 'vitest';
import { CALENDAR_YEAR } from '../../../../shared/domain/quarter';
import { ValidationError } from '../../../../shared/domain/validation';
import { generateWorkspace } from '../../../../shared/demo';
import { bpsOrUndefined, centsOrUndefined, intOrUndefined, saveFailureOf } from '../../../../renderer/ui/form-state';
import { partnerSchema } from '../../../../shared/domain/partner';
import { validate } from '../../../../shared/domain/validation';
import { createRepository } from '../../../../renderer/db/repository';
import { openForm, saveForm } from '../../../../renderer/ui/record-form';
import { draftFromPartner, emptyDraft, partnerForm, partnerInput, type PartnerDraft } from '../../../../renderer/features/partners/partner-draft';
import { commitmentForm } from '../../../../renderer/features/partners/commitment-form';
import { incentiveProgramForm } from '../../../../renderer/features/program-rules/incentive-rules-program';
import { freshDb } from '../db/factory';
import { draftFromSolution, modelFromDraft } from '../../../../renderer/features/solutions/commercial-model-draft';
import { commercialModelCompleteness } from '../../../../shared/calculators/commercial-model';
import { protectionSortText, protectionText } from '../../../../renderer/features/pipeline/protection';

const { partners, jointSolutions } = generateWorkspace({ seed: 3, asOf: '2026-11-22', territories: 1, partnersPerTerritory: 20 }).records;

describe('number inputs', () => {
  it('reads dollars as cents and percent as basis points, empty as not given', () => {
    expect(centsOrUndefined('1,250.50')).toBe(125_050);
    expect(centsOrUndefined('$40000')).toBe(4_000_000);
    expect(centsOrUndefined(' ')).toBeUndefined();
    expect(bpsOrUndefined('12.5')).toBe(1_250);
    expect(bpsOrUndefined('12.5%')).toBe(1_250);
    expect(intOrUndefined('abc')).toBeNaN();
  });
});

describe('save failures', () => {
  it('puts field errors under their inputs and names the ones no input shows', () => {
    const error = new ValidationError('Partner', [
      { field: 'name', message: 'Name is required' },
      { field: 'ownerUserId', message: 'Owner is required' },
    ]);
    const failure = saveFailureOf(error, ['name']);
    expect(failure.fields).toEqual({ name: 'Name is required', ownerUserId: 'Owner is required' });
    expect(failure.message).toBe('Owner is required');
  });

  it('explains a full disk in plain words', () => {
    expect(saveFailureOf(new DOMException('full', 'QuotaExceededError')).message).toMatch(/out of storage space/);
  });
});

describe('partner draft', () => {
  it('round-trips every stored partner of every type without a change', () => {
    for (const p of partners) {
      const input = partnerInput(draftFromPartner(p), p, p.ownerUserId);
      expect(validate(partnerSchema, { ...input, id: p.id, updatedAt: p.updatedAt, deleted: false }).ok).toBe(true);
      const { id: _id, updatedAt: _u, deleted: _d, ...fields } = p;
      // Optional fields the partner lacks come back as undefined; compare what is set.
      expect(JSON.parse(JSON.stringify(input))).toEqual(JSON.parse(JSON.stringify(fields)));
    }
  });

  it('reports each field at fault in plain words, under the input it belongs to', async () => {
    const draft: PartnerDraft = { ...emptyDraft('t1', '2026-11-22'), partnerType: 'oem', minimumCommitment: '-5', website: 'not a site' };
    const spec = partnerForm(undefined, { ownerUserId: 'u1', firstTerritoryId: 't1', today: '2026-11-22' });
    const outcome = await saveForm(createRepository(freshDb().db), spec, openForm(spec), draft);
    if (outcome.ok) throw new Error('expected the save to be refused');
    const { errors } = outcome;
    expect(outcome.banner).toBe('Some fields need attention before this can be saved.');
    expect(errors.name).toBe('Name is required');
    expect(errors.region).toBe('Region is required');
    expect(errors.embeddedProduct).toBe('Embedded product is required');
    expect(errors.minimumCommitment).toMatch(/^Minimum commitment must be at least 0/);
    expect(errors.website).toBe('Website must be a web address starting with https://');
  });

  it('keeps integrations when an ISV is edited, and starts empty lists when the type changes', () => {
    const isv = partners.find((p) => p.partnerType === 'isv')!;
    const kept = partnerInput(draftFromPartner(isv), isv, isv.ownerUserId).attributes as { integrations: unknown[] };
    expect(kept.integrations).toEqual(isv.attributes.partnerType === 'isv' ? isv.attributes.integrations : null);
    const changed = partnerInput({ ...draftFromPartner(isv), partnerType: 'reseller' }, isv, isv.ownerUserId).attributes;
    expect(changed).toEqual({ partnerType: 'reseller', productLines: [], renewalManagedCustomers: 0 });
  });
});

describe('commercial model draft', () => {
  it('round-trips stored models', () => {
    for (const s of jointSolutions) expect(JSON.parse(JSON.stringify(modelFromDraft(draftFromSolution(s))))).toEqual(JSON.parse(JSON.stringify(s.commercialModel)));
  });

  it('reaches complete once every required item is filled', () => {
    let draft = draftFromSolution({ status: 'draft', commercialModel: { support: {} } });
    expect(commercialModelCompleteness({ status: 'draft', commercialModel: modelFromDraft(draft) }).complete).toBe(false);
    draft = {
      ...draft,
      pricingModel: 'bundle',
      listPrice: '1200',
      partnerDiscount: '15',
      l1: 'partner',
      l2: 'shared',
      l3: 'vendor',
      customerSuccessOwner: 'partner',
      renewalOwner: 'vendor',
      renewalModel: 'co-termed',
      integrationCertification: 'certified',
    };
    const model = modelFromDraft(draft);
    expect(model.listPriceCents).toBe(120_000);
    expect(model.partnerDiscountBps).toBe(1_500);
    expect(commercialModelCompleteness({ status: 'draft', commercialModel: model }).missing).toEqual([]);
  });
});

describe('deal protection', () => {
  it('says how long a registration protects the deal', () => {
    expect(protectionText({ registeredOn: null, protectionEndsOn: null }, '2026-11-22')).toBe('Not registered');
    expect(protectionText({ registeredOn: '2026-11-01', protectionEndsOn: '2026-11-23' }, '2026-11-22')).toBe('Protected until Nov 23, 2026 (1 day left)');
    expect(protectionText({ registeredOn: '2026-09-01', protectionEndsOn: '2026-10-01' }, '2026-11-22')).toBe('Protection ended Oct 1, 2026');
    expect(protectionText({ registeredOn: '2026-09-01', protectionEndsOn: null }, '2026-11-22')).toBe('Registered Sep 1, 2026, no protection window');
  });

  it('sorts by the same words with ISO dates, so deals under one phrase follow the calendar', () => {
    expect(protectionSortText({ registeredOn: '2026-11-01', protectionEndsOn: '2026-11-23' }, '2026-11-22')).toBe('Protected until 2026-11-23 (1 day left)');
    const ends = ['2027-02-01', '2026-12-05', '2027-01-15'].map((protectionEndsOn) => protectionSortText({ registeredOn: '2026-11-01', protectionEndsOn }, '2026-11-22'));
    expect([...ends].sort()).toEqual([ends[1], ends[2], ends[0]]);
  });
});

describe('commitment dates', () => {
  const partner = { id: 'p1', territoryId: 't1' };
  const fresh = { ownerSide: 'vendor' as const, ownerName: 'Sam Rivera', dueOn: '', quarter: '2026-Q4' };
  const typed = { description: 'Joint webinar', ownerSide: 'vendor', ownerName: 'Sam Rivera' };

  it('refuses a new commitment due in the past, under its due date, in plain words', async () => {
    const spec = commitmentForm(partner, undefined, fresh, '2026-11-22', CALENDAR_YEAR);
    const outcome = await saveForm(createRepository(freshDb().db), spec, openForm(spec), { ...typed, dueOn: '2020-03-31' });
    expect(outcome).toMatchObject({ ok: false, errors: { dueOn: 'Due date cannot be in the past for a new commitment (today is Nov 22, 2026)' } });
    const today = await saveForm(createRepository(freshDb().db), spec, openForm(spec), { ...typed, dueOn: '2026-11-22' });
    expect(today).toMatchObject({ ok: true, saved: { dueOn: '2026-11-22', quarter: '2026-Q4', status: 'open' } });
  });

  it('still lets an old commitment be corrected after its due date has passed', async () => {
    const repo = createRepository(freshDb().db);
    const create = commitmentForm(partner, undefined, fresh, '2026-01-10', CALENDAR_YEAR);
    const made = await saveForm(repo, create, openForm(create), { ...typed, dueOn: '2026-02-01' });
    if (!made.ok) throw new Error('expected the commitment to save');
    const edit = commitmentForm(partner, made.saved, fresh, '2026-11-22', CALENDAR_YEAR);
    expect(await saveForm(repo, edit, openForm(edit), { ...openForm(edit).draft, description: 'Joint webinar, recorded' })).toMatchObject({
      ok: true,
      saved: { description: 'Joint webinar, recorded', dueOn: '2026-02-01' },
    });
  });
});

describe('incentive program dates', () => {
  it('puts a SPIFF that ends before it starts under its To date', async () => {
    const spec = incentiveProgramForm(undefined, '2026-01-01');
    const draft = { ...openForm(spec).draft, name: 'Q3 push', rules: [{ kind: 'spiff' as const, values: { name: 'Kick-off', productLine: 'Suite', from: '2026-09-01', to: '2026-08-01', amountPerDealCents: '500' }, rows: [] }] };
    const outcome = await saveForm(createRepository(freshDb().db), spec, openForm(spec), draft);
    expect(outcome).toMatchObject({ ok: false, errors: { 'rules.0.to': 'To (item 1) cannot be before From' } });
  });
});
