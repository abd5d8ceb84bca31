import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../../shared/domain/opportunity';
import { protectionEndingSoon } from '../../../../shared/registrations/protection';
import { buildDeal } from '../../../support/records';

const TODAY = '2026-11-20';
const registered = (id: string, protectionEndsOn: string, overrides: Partial<Opportunity> = {}): Opportunity =>
  buildDeal({ id, partnerId: 'p', partnerRole: 'sourced', channel: 'resale', stage: 'develop', createdOn: '2026-09-01', closeOn: '2027-02-01', registeredOn: '2026-09-01', protectionEndsOn, ...overrides });

describe('protection windows ending soon', () => {
  it('lists windows ending today to 14 days ahead, soonest first, and not one already ended, a later one, or a closed deal', () => {
    const deals = [
      registered('in-14-days', '2026-12-04'),
      registered('today', '2026-11-20'),
      registered('in-15-days', '2026-12-05'),
      registered('ended', '2026-11-19'),
      registered('won', '2026-11-25', { stage: 'won', closeOn: '2026-11-10' }),
    ];
    expect(protectionEndingSoon(deals, TODAY).map((o) => o.id)).toEqual(['today', 'in-14-days']);
  });
});
