import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../shared/domain/validation';
import { generateWorkspace } from '../../../../shared/demo';
import { bpsOrUndefined, centsOrUndefined, intOrUndefined, saveFailureOf } from '../../../../renderer/ui/form-state';
import { checkPartnerDraft, draftFromPartner, emptyDraft, partnerInput } from '../../../../renderer/features/partners/partner-draft';
import { draftFromSolution, modelFromDraft } from '../../../../renderer/features/solutions/commercial-model-draft';
import { commercialModelCompleteness } from '../../../../shared/calculators/commercial-model';
import { protectionText } from '../../../../renderer/features/pipeline/protection';

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
      expect(checkPartnerDraft(draftFromPartner(p), p, p.ownerUserId)).toEqual({});
      const { id: _id, updatedAt: _u, deleted: _d, ...fields } = p;
      // Optional fields the partner lacks come back as undefined; compare what is set.
      expect(JSON.parse(JSON.stringify(input))).toEqual(JSON.parse(JSON.stringify(fields)));
    }
  });

  it('reports each field at fault in plain words, under the input it belongs to', () => {
    const draft = { ...emptyDraft('t1', '2026-11-22'), partnerType: 'oem' as const, minimumCommitment: '-5', website: 'not a site' };
    const errors = checkPartnerDraft(draft, undefined, 'u1');
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
    expect(protectionText({ registeredOn: '2026-11-01', protectionEndsOn: '2026-11-23' }, '2026-11-22')).toBe('Protected until 2026-11-23 (1 day left)');
    expect(protectionText({ registeredOn: '2026-09-01', protectionEndsOn: '2026-10-01' }, '2026-11-22')).toBe('Protection ended 2026-10-01');
  });
});
