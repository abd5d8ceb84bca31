import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../../shared/domain/opportunity';
import { buildQbrSnapshot, sourcesIndex } from '../../../../shared/qbr';
import { buildDeal, usd } from '../../../support/records';
import { AS_OF, demo, demoPartner, QUARTER, workspace } from './demo';

const reseller = demoPartner('reseller');
const si = demo.records.partners.find((p) => p.partnerType === 'si' && p.status === 'active' && p.territoryId === reseller.territoryId && p.enrolledOn < '2026-01-01')!;
// The reseller's deal, won in the quarter, with the SI named beside it as influencing it.
const shared: Opportunity = buildDeal({
  id: 'shared-win',
  territoryId: reseller.territoryId,
  partnerId: reseller.id,
  partnerRole: 'sourced',
  channel: 'resale',
  customerName: 'Zebulon Shared Logistics',
  amountCents: usd(987_000),
  createdOn: '2026-07-01',
  closeOn: '2026-08-20',
  coPartners: [{ partnerId: si.id, role: 'influenced' }],
});
const sources = { ...workspace, opportunities: [...workspace.opportunities, shared] };
const packOf = (partnerId: string) => buildQbrSnapshot(sourcesIndex(sources)(partnerId), partnerId, { quarter: QUARTER, asOf: AS_OF, audience: 'partner' });

describe('a deal with two partners in their QBR packs', () => {
  it('shows the win in the SI’s pack in the SI’s own role, and in the reseller’s in its own', () => {
    const siWin = packOf(si.id).pipeline.wins.find((w) => w.customerName === 'Zebulon Shared Logistics');
    expect(siWin).toMatchObject({ role: 'influenced', amountCents: usd(987_000) });
    const resellerWin = packOf(reseller.id).pipeline.wins.find((w) => w.customerName === 'Zebulon Shared Logistics');
    expect(resellerWin).toMatchObject({ role: 'sourced', amountCents: usd(987_000) });
  });
});
