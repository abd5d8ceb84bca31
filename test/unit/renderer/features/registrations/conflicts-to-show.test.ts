import { describe, expect, it } from 'vitest';
import { conflictsToShow } from '../../../../../renderer/features/registrations/conflicts-to-show';
import { ConflictIndex } from '../../../../../shared/registrations/conflicts';
import { buildDeal, usd } from '../../../../support/records';

const TODAY = '2026-12-04';
const protectedFor = (partnerId: string, id: string) =>
  buildDeal({ id, partnerId, partnerRole: 'sourced', stage: 'develop', customerName: 'Northwind Traders', amountCents: usd(20_000), createdOn: '2026-10-01', closeOn: '2027-02-01', registeredOn: '2026-10-02', protectionEndsOn: '2027-01-02' });

describe('the conflicts a registration shows', () => {
  it('puts the server’s finding first, then what this device finds besides, each deal once', () => {
    const other = protectedFor('partner-b', 'deal-b');
    const direct = buildDeal({ id: 'deal-direct', stage: 'propose', customerName: 'Northwind Traders Inc.', amountCents: usd(9_000), createdOn: '2026-11-01', closeOn: '2027-01-15' });
    const registration = buildDeal({
      id: 'deal-a',
      partnerId: 'partner-a',
      partnerRole: 'sourced',
      stage: 'qualify',
      customerName: 'Northwind Traders',
      createdOn: '2026-12-01',
      closeOn: '2027-03-01',
      registeredOn: TODAY,
      registration: {
        status: 'submitted',
        submittedOn: TODAY,
        conflict: { opportunityId: 'deal-b', partnerId: 'partner-b', customerName: 'Northwind Traders', match: 'same-name', kind: 'protected-registration', amountCents: usd(20_000), protectionEndsOn: '2027-01-02', foundOn: TODAY },
      },
    });
    const deals = [other, direct, registration];
    const shown = conflictsToShow(registration, new ConflictIndex(deals, TODAY), new Map(deals.map((d) => [d.id, d])));
    expect(shown.map((c) => [c.foundBy, c.opportunityId, c.kind])).toEqual([
      ['server', 'deal-b', 'protected-registration'],
      ['device', 'deal-direct', 'open-direct-deal'],
    ]);
    // The server's finding carries this device's copy of the other deal when it holds one.
    expect(shown[0]!.deal).toBe(other);
  });

  it('shows a server finding about a deal this device does not hold, as the server wrote it', () => {
    const registration = buildDeal({
      id: 'deal-a',
      partnerId: 'partner-a',
      partnerRole: 'sourced',
      stage: 'qualify',
      registeredOn: TODAY,
      createdOn: '2026-12-01',
      closeOn: '2027-03-01',
      registration: {
        status: 'flagged',
        submittedOn: TODAY,
        conflict: { opportunityId: 'elsewhere', partnerId: 'partner-z', customerName: 'Contoso', match: 'same-domain', kind: 'protected-registration', amountCents: usd(5_000), protectionEndsOn: '2027-01-02', foundOn: TODAY },
      },
    });
    const [only, ...rest] = conflictsToShow(registration, new ConflictIndex([registration], TODAY), new Map());
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ foundBy: 'server', deal: undefined, partnerId: 'partner-z', protectionEndsOn: '2027-01-02' });
  });
});
