import { describe, expect, it } from 'vitest';
import { batchReport } from '../../../../../renderer/features/qbr/qbr-batch-report';

const failure = { partnerId: 'p2', partnerName: 'Beta', reason: 'enrolled on 2026-10-02, after 2026-Q3 ended.' };

describe('batch export report', () => {
  it('says all was saved, and where', () => {
    expect(batchReport({ exported: 3, total: 3, failures: [], cancelled: false, saved: true, where: 'packs.zip' })).toEqual({
      severity: 'success',
      headline: 'Saved 3 packs of 3 to packs.zip.',
      failures: [],
    });
  });

  it('goes on past a partner without a pack and names it with the reason', () => {
    const report = batchReport({ exported: 2, total: 3, failures: [failure], cancelled: false, saved: true, where: '/tmp/QBR' });
    expect(report.severity).toBe('warning');
    expect(report.headline).toBe('Saved 2 packs of 3 to /tmp/QBR; 1 without a pack.');
    expect(report.failures).toEqual(['Beta: enrolled on 2026-10-02, after 2026-Q3 ended.']);
  });

  it('reports a cancel with what was saved before it', () => {
    expect(batchReport({ exported: 1, total: 5, failures: [], cancelled: true, saved: true, where: 'x.zip' }).headline).toBe('Cancelled: saved 1 pack of 5 to x.zip.');
    expect(batchReport({ exported: 0, total: 5, failures: [], cancelled: true, saved: false })).toMatchObject({ severity: 'info', headline: 'Cancelled before any pack was made.' });
  });

  it('is an error when no partner could make a pack, naming each', () => {
    const report = batchReport({ exported: 0, total: 1, failures: [{ ...failure, partnerName: null }], cancelled: false, saved: false });
    expect(report.severity).toBe('error');
    expect(report.failures).toEqual(['Partner p2: enrolled on 2026-10-02, after 2026-Q3 ended.']);
  });

  it('says so when the save dialog was closed', () => {
    expect(batchReport({ exported: 2, total: 2, failures: [], cancelled: false, saved: false }).headline).toBe('2 packs made, but not saved: the save was cancelled.');
  });
});
