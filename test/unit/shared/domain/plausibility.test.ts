import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { centsSchema } from '../../../../shared/domain/common';
import {
  dealAmountQuestion,
  dueDateQuestion,
  IMPLAUSIBLE_DEAL_CENTS,
  IMPLAUSIBLE_TARGET_CENTS,
  integrationUsersQuestion,
  questionsOf,
  targetAmountQuestion,
} from '../../../../shared/domain/plausibility';
import { validate } from '../../../../shared/domain/validation';

describe('deal amount', () => {
  it('asks about an amount a cent over $100 million, in dollars, and not about $100 million itself', () => {
    expect(dealAmountQuestion('amountCents', IMPLAUSIBLE_DEAL_CENTS)).toBeUndefined();
    expect(dealAmountQuestion('amountCents', IMPLAUSIBLE_DEAL_CENTS + 1)?.question).toBe(
      '$100,000,000.01 is more than any deal on record (over $100,000,000) — is that right?',
    );
  });

  it('names a trillion-dollar deal as the user typed it, never in cents', () => {
    const asked = dealAmountQuestion('amountCents', 100_000_000_000_000);
    expect(asked).toEqual({ field: 'amountCents', question: '$1,000,000,000,000 is more than any deal on record (over $100,000,000) — is that right?' });
    expect(asked?.question).not.toMatch(/cents|100000000000000/);
  });

  it('speaks in the deal currency', () => {
    expect(dealAmountQuestion('amountCents', 20_000_000_000, 'EUR')?.question).toMatch(/^€200,000,000 .* \(over €100,000,000\)/);
  });

  it('asks nothing without an amount', () => {
    expect(dealAmountQuestion('amountCents', undefined)).toBeUndefined();
  });
});

describe('revenue target and commitments', () => {
  it('asks a cent over $1 billion and not at it', () => {
    expect(targetAmountQuestion('revenueTargetCents', IMPLAUSIBLE_TARGET_CENTS)).toBeUndefined();
    expect(targetAmountQuestion('revenueTargetCents', IMPLAUSIBLE_TARGET_CENTS + 1)?.question).toMatch(/^\$1,000,000,000\.01 is more than a partner of any size/);
  });
});

describe('due date', () => {
  it('asks about a date a day more than a year back, not about exactly a year back', () => {
    expect(dueDateQuestion('dueOn', '2025-12-04', '2026-12-04')).toBeUndefined();
    expect(dueDateQuestion('dueOn', '2025-12-03', '2026-12-04')).toEqual({ field: 'dueOn', question: 'Dec 3, 2025 is more than a year ago — is that the right year?' });
  });

  it('counts a year back from 29 February as from the 28th', () => {
    expect(dueDateQuestion('dueOn', '2027-02-28', '2028-02-29')).toBeUndefined();
    expect(dueDateQuestion('dueOn', '2027-02-27', '2028-02-29')).toBeDefined();
  });
});

describe('integration users', () => {
  it('asks when more customers use the integration than there are joint customers, not when all do', () => {
    expect(integrationUsersQuestion('f', 103, 103)).toBeUndefined();
    expect(integrationUsersQuestion('f', 500, 103)?.question).toBe('500 joint customers using the integration is more than the 103 joint customers recorded — is that right?');
  });
});

describe('questionsOf', () => {
  it('keeps the questions asked, in order', () => {
    expect(questionsOf(undefined, { field: 'a', question: 'q' }, undefined).map((q) => q.field)).toEqual(['a']);
  });
});

describe('money limits in validation messages', () => {
  it('states the largest amount in dollars, not as a count of cents', () => {
    const result = validate(z.object({ amountCents: centsSchema }), { amountCents: 1e20 });
    expect(result.ok ? [] : result.errors).toEqual([{ field: 'amountCents', message: 'Amount must be at most $90,071,992,547,409' }]);
  });
});
