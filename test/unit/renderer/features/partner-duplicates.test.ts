import { describe, expect, it } from 'vitest';
import { createRepository } from '../../../../renderer/db/repository';
import { contactForm } from '../../../../renderer/features/partners/contact-form';
import { emptyDraft, partnerForm } from '../../../../renderer/features/partners/partner-draft';
import { contactEmailIndex, partnerDuplicateIndex } from '../../../../renderer/features/partners/partner-duplicates';
import { openForm, saveForm } from '../../../../renderer/ui/record-form';
import { contactSchema } from '../../../../shared/domain/contact';
import { partnerSchema } from '../../../../shared/domain/partner';
import type { Contact } from '../../../../shared/domain/contact';
import { buildPartner, syncFields } from '../../../support/records';
import { freshDb } from '../db/factory';

const northwind = buildPartner('reseller', { id: 'p-north', name: 'Northwind Traders, Inc.', website: 'https://www.northwind.example/about' });
const contoso = buildPartner('isv', { id: 'p-contoso', name: 'Contoso Software' });
const lookalikeOf = partnerDuplicateIndex([northwind, contoso, buildPartner('si', { id: 'p-gone', name: 'Fabrikam', deleted: true })]);

describe('a partner that looks like a stored one', () => {
  it('names the stored partner with the same domain first, whatever the name', () => {
    expect(lookalikeOf({ name: 'NW Group', website: 'northwind.example' })).toEqual({ id: 'p-north', name: 'Northwind Traders, Inc.', match: 'same-domain' });
  });

  it('finds the same name without case, punctuation or legal form, and a near-same one a letter off', () => {
    expect(lookalikeOf({ name: 'northwind traders', website: '' })?.match).toBe('same-name');
    expect(lookalikeOf({ name: 'Nortwind Traders', website: '' })).toMatchObject({ id: 'p-north', match: 'near-same-name' });
    expect(lookalikeOf({ name: 'Contoso Sofware', website: '' })).toMatchObject({ id: 'p-contoso', match: 'near-same-name' });
  });

  it('says nothing for another company, a deleted partner, a name too short to tell, or the partner being edited', () => {
    expect(lookalikeOf({ name: 'Litware', website: '' })).toBeUndefined();
    expect(lookalikeOf({ name: 'Fabrikam', website: '' })).toBeUndefined();
    expect(lookalikeOf({ name: 'No', website: '' })).toBeUndefined();
    expect(lookalikeOf({ name: 'Northwind Traders', website: '' }, 'p-north')).toBeUndefined();
  });

  it('records the look-alike on a partner saved anyway, a valid and bounded field', async () => {
    const spec = partnerForm(undefined, { ownerUserId: 'u1', firstTerritoryId: 't1', today: '2026-11-22', lookalikeOf });
    const draft = { ...emptyDraft('t1', '2026-11-22'), name: 'Nortwind Traders', region: 'EMEA', vertical: 'Retail' };
    const saved = await saveForm(createRepository(freshDb().db), spec, openForm(spec), draft);
    expect(saved).toMatchObject({ ok: true, saved: { duplicateAcknowledged: { of: 'p-north', match: 'near-same-name', on: '2026-11-22' } } });
    expect(partnerSchema.safeParse({ ...northwind, duplicateAcknowledged: { of: 'x'.repeat(65), match: 'same-name', on: '2026-11-22' } }).success).toBe(false);
  });
});

describe('a contact email already in use', () => {
  const ana: Contact = { ...syncFields('contact', { id: 'c-ana' }), partnerId: 'p-north', name: 'Ana Lopez', role: 'Alliances', email: 'ana@northwind.example', primary: true };
  const elsewhere = contactEmailIndex([ana]);

  it('names the other contact and its partner, case aside, and never the contact being edited', () => {
    expect(elsewhere(' ANA@northwind.example ')).toEqual({ contactId: 'c-ana', contactName: 'Ana Lopez', partnerId: 'p-north' });
    expect(elsewhere('ana@northwind.example', 'c-ana')).toBeUndefined();
    expect(elsewhere('bo@northwind.example')).toBeUndefined();
  });

  it('records the other contact on a contact saved anyway', async () => {
    const spec = contactForm({ id: 'p-contoso', territoryId: 't1' }, undefined, { today: '2026-11-22', emailElsewhere: elsewhere });
    const saved = await saveForm(createRepository(freshDb().db), spec, openForm(spec), { name: 'Ana Lopez', role: 'Alliances', email: 'ana@northwind.example', phone: '', primary: 'no' });
    expect(saved).toMatchObject({ ok: true, saved: { duplicateAcknowledged: { of: 'c-ana', match: 'same-email', on: '2026-11-22' } } });
    expect(contactSchema.safeParse({ ...ana, duplicateAcknowledged: { of: 'c-x', match: 'same-domain', on: '2026-11-22' } }).success).toBe(false);
  });
});
