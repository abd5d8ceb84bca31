import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../../../shared/demo';
import { draftFromPartner, editedPartnerInput } from '../../../../renderer/features/partners/partner-draft';

const { partners } = generateWorkspace({ seed: 3, asOf: '2026-11-22', territories: 1, partnersPerTerritory: 20 }).records;

describe('partner edit', () => {
  it('writes only the fields changed in the dialog, not the ones another device changed behind it', () => {
    const opened = partners[0]!;
    // A sync landed while the dialog was open: another device changed the region.
    const live = { ...opened, region: 'Baltics' };
    const draft = { ...draftFromPartner(opened), vertical: 'Energy' };
    expect(editedPartnerInput(draft, opened, live, 'u1')).toEqual({ vertical: 'Energy' });
  });

  it('writes nothing for an unchanged dialog, and a cleared field as cleared', () => {
    const opened = { ...partners[1]!, website: 'https://example.com' };
    expect(editedPartnerInput(draftFromPartner(opened), opened, opened, 'u1')).toEqual({});
    const cleared = editedPartnerInput({ ...draftFromPartner(opened), website: '' }, opened, opened, 'u1');
    expect(Object.keys(cleared)).toEqual(['website']);
    expect(cleared.website).toBeUndefined();
  });
});
