import { describe, expect, it } from 'vitest';
import { entities } from '../../../../shared/domain/entities';
import { validate } from '../../../../shared/domain/validation';
import { asStored, newCertification, newContact, newOpportunity, newPartner } from './factory';

describe('store test factory', () => {
  it.each([
    ['partners', asStored(newPartner())],
    ['contacts', asStored(newContact('p1'))],
    ['certifications', asStored(newCertification('p1', 'c1'))],
    ['opportunities', asStored(newOpportunity('p1'))],
  ] as const)('builds a valid %s record', (table, record) => {
    expect(validate(entities[table].schema, record)).toMatchObject({ ok: true });
  });
});
