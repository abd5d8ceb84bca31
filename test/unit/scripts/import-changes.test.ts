import { describe, expect, it } from 'vitest';
import { localDate } from '../../../shared/domain/local-date';
import type { ImportPlan } from '../../../shared/import';
import { planChanges } from '../../../scripts/import/changes';
import { buildPartner } from '../../support/records';

describe('the command line import pushes what the app would write', () => {
  it("records a partner's status change in its status history, as the app's repository does", () => {
    const stored = buildPartner('reseller', { id: 'p-1', territoryId: 't-1', status: 'active', statusHistory: [{ on: '2025-05-01', from: 'onboarding', to: 'active' }] });
    const plan = {
      entity: 'partners',
      source: 'salesforce',
      rows: [
        { rowNumber: 2, outcome: 'update', targetId: 'p-1', matchedBy: 'external-id', patch: { status: 'inactive' }, fileValues: {} },
        { rowNumber: 3, outcome: 'update', targetId: 'p-1', matchedBy: 'external-id', patch: { vertical: 'Retail' }, fileValues: {} },
      ],
      summary: {},
    } as unknown as ImportPlan;
    const nowMs = Date.UTC(2026, 10, 22, 9, 0, 0);
    const [statusChange, otherChange] = planChanges(plan, { partners: [stored] }, { clientId: 'cli-1', cursors: {}, nowMs });
    expect(statusChange!.change.patch).toEqual({
      status: 'inactive',
      statusHistory: [
        { on: '2025-05-01', from: 'onboarding', to: 'active' },
        { on: localDate(new Date(nowMs)), from: 'active', to: 'inactive' },
      ],
      updatedAt: '2026-11-22T09:00:00.000Z',
    });
    // A change that leaves the status alone carries no history.
    expect(otherChange!.change.patch).toEqual({ vertical: 'Retail', updatedAt: '2026-11-22T09:00:00.000Z' });
  });
});
