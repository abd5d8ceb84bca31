import { describe, expect, it } from 'vitest';
import { batchProgressText, batchReport } from '../../../../../renderer/features/qbr/qbr-batch-report';

const failure = { partnerId: 'p2', partnerName: 'Beta', reason: 'no partner with this id is in the data.' };
const late = { partnerId: 'p9', partnerName: 'Latecomer', reason: 'enrolled on 2026-10-02, after 2026-Q3 ended' };
const later = { partnerId: 'p10', partnerName: 'Newcomer', reason: 'enrolled on 2026-11-05, after 2026-Q3 ended' };
const none = { failures: [], skipped: [] };

describe('batch export report', () => {
  it('says all was saved, and where', () => {
    expect(batchReport({ ...none, exported: 3, total: 3, cancelled: false, saved: true, where: 'packs.zip' })).toEqual({
      severity: 'success',
      headline: 'Saved 3 packs of 3 to packs.zip.',
      failures: [],
      skippedHeading: null,
      skipped: [],
    });
  });

  it('goes on past a partner without a pack and names it with the reason', () => {
    const report = batchReport({ ...none, exported: 2, total: 3, failures: [failure], cancelled: false, saved: true, where: '/tmp/QBR' });
    expect(report.severity).toBe('warning');
    expect(report.headline).toBe('Saved 2 packs of 3 to /tmp/QBR; 1 without a pack.');
    expect(report.failures).toEqual(['Beta: no partner with this id is in the data.']);
  });

  it('counts a partner enrolled after the quarter as skipped, with why, apart from failures: packs and skips are a success', () => {
    const report = batchReport({ ...none, exported: 2, total: 2, skipped: [late, later], cancelled: false, saved: true, where: 'packs.zip' });
    expect(report).toEqual({
      severity: 'success',
      headline: 'Saved 2 packs of 2 to packs.zip; 2 skipped.',
      failures: [],
      skippedHeading: '2 partners skipped:',
      skipped: ['Latecomer: enrolled on 2026-10-02, after 2026-Q3 ended.', 'Newcomer: enrolled on 2026-11-05, after 2026-Q3 ended.'],
    });
  });

  it('keeps failures and skips in their own lists when a batch has both', () => {
    const report = batchReport({ exported: 1, total: 2, failures: [failure], skipped: [late], cancelled: false, saved: true, where: '/tmp/QBR' });
    expect(report.severity).toBe('warning');
    expect(report.headline).toBe('Saved 1 pack of 2 to /tmp/QBR; 1 without a pack; 1 skipped.');
    expect(report.failures).toEqual(['Beta: no partner with this id is in the data.']);
    expect(report.skippedHeading).toBe('1 partner skipped:');
    expect(report.skipped).toEqual(['Latecomer: enrolled on 2026-10-02, after 2026-Q3 ended.']);
  });

  it('is no error when every partner chosen was skipped: there was nothing to make', () => {
    expect(batchReport({ ...none, exported: 0, total: 0, skipped: [late, later], cancelled: false, saved: false })).toMatchObject({
      severity: 'info',
      headline: 'No pack to make: all 2 partners chosen were skipped.',
      failures: [],
      skippedHeading: '2 partners skipped:',
    });
    expect(batchReport({ ...none, exported: 0, total: 0, skipped: [late], cancelled: false, saved: false }).headline).toBe('No pack to make: the partner chosen was skipped.');
  });

  it('reports a cancel with what was saved before it', () => {
    expect(batchReport({ ...none, exported: 1, total: 5, cancelled: true, saved: true, where: 'x.zip' }).headline).toBe('Cancelled: saved 1 pack of 5 to x.zip.');
    expect(batchReport({ ...none, exported: 1, total: 5, skipped: [late], cancelled: true, saved: true, where: 'x.zip' }).headline).toBe('Cancelled: saved 1 pack of 5 to x.zip; 1 skipped.');
    expect(batchReport({ ...none, exported: 0, total: 5, cancelled: true, saved: false })).toMatchObject({ severity: 'info', headline: 'Cancelled before any pack was made.' });
  });

  it('is an error when no partner could make a pack, naming each', () => {
    const report = batchReport({ ...none, exported: 0, total: 1, failures: [{ ...failure, partnerName: null }], cancelled: false, saved: false });
    expect(report.severity).toBe('error');
    expect(report.headline).toBe('No pack could be made for the partner chosen.');
    expect(report.failures).toEqual(['Partner p2: no partner with this id is in the data.']);
    expect(batchReport({ ...none, exported: 0, total: 3, failures: [failure], skipped: [late], cancelled: false, saved: false }).headline).toBe(
      'No pack could be made for the 3 partners chosen; 1 skipped.',
    );
  });

  it('says so when the save dialog was closed', () => {
    expect(batchReport({ ...none, exported: 2, total: 2, cancelled: false, saved: false }).headline).toBe('2 packs made, but not saved: the save was cancelled.');
  });

  it('counts progress over the partners the quarter applies to and says how many were skipped', () => {
    expect(batchProgressText({ done: 2, total: 5, partnerName: 'Alpha', skipped: 0 })).toBe('2 of 5: Alpha');
    expect(batchProgressText({ done: 2, total: 5, partnerName: 'Alpha', skipped: 3 })).toBe('2 of 5: Alpha; 3 skipped');
  });
});
