import { describe, expect, it } from 'vitest';
import { assembleRecord, newRecordDefaults } from '../../../../shared/import';

const context = { territoryId: 't-1', userId: 'u-1', now: '2026-11-22T09:00:00.000Z' };

describe('what new records get in a field the file leaves out', () => {
  it('says a value, or how it is chosen: the importing user, the import\'s date, worked out from the row', () => {
    expect(newRecordDefaults('partners')).toMatchObject({
      tier: { value: 'registered' },
      status: { value: 'active' },
      region: { value: 'Unassigned' },
      enrolledOn: { rule: 'today' },
      ownerUserId: { rule: 'you' },
    });
    expect(newRecordDefaults('certifications')).toMatchObject({ status: { rule: 'derived' }, expiresOn: { rule: 'empty' } });
    expect(newRecordDefaults('opportunities')).toMatchObject({ createdOn: { rule: 'derived' }, channel: { value: 'direct' } });
  });

  it('says what the record is really stored with, the caller\'s own defaults included', () => {
    const defaults = { partners: { tier: 'silver' } };
    const stored = assembleRecord('partners', { name: 'Acme', partnerType: 'reseller' }, {}, { ...context, defaults }, 'p-1');
    const said = newRecordDefaults('partners', { defaults });
    expect(said.tier).toEqual({ value: stored.tier });
    expect(said.segment).toEqual({ value: stored.segment });
    expect(stored.enrolledOn).toBe('2026-11-22');
    expect(stored.ownerUserId).toBe('u-1');
  });
});
