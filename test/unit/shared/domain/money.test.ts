import { describe, expect, it } from 'vitest';
import { applyBps, formatBps, formatCents, roundDiv } from '../../../../shared/domain';

describe('money in cents', () => {
  it('rounds half away from zero without floating-point drift', () => {
    // 12,345¢ × 2.5% = 308.625¢ → 309¢ (a float product gives 308.62499…)
    expect(applyBps(12_345, 250)).toBe(309);
    // 10,001¢ × 0.05% = 5.0005¢ → 5¢
    expect(applyBps(10_001, 5)).toBe(5);
    expect(roundDiv(-5, 2)).toBe(-3);
    expect(applyBps(0, 1_000)).toBe(0);
  });

  it('formats amounts and rates the way a manager reads them', () => {
    expect(formatCents(4_000_000)).toBe('$40,000');
    expect(formatCents(4_000_050)).toBe('$40,000.50');
    expect(formatBps(1_000)).toBe('10%');
    expect(formatBps(250)).toBe('2.5%');
  });
});
