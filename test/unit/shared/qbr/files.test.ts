import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { qbrRecordSchema } from '../../../../shared/domain';
import { buildQbrSnapshot, packFileName, qbrRecordFor, resolveBranding, safeFileStem, zipQbrFiles } from '../../../../shared/qbr';
import { AS_OF, demoPartner, QUARTER, workspace } from './demo';

describe('QBR files, zip and record', () => {
  it('makes file names every OS accepts', () => {
    expect(packFileName('Acme / Co: "East"', '2026-Q3', 'pptx')).toBe('Acme Co East 2026-Q3 QBR.pptx');
    expect(safeFileStem('..\u0000 ')).toBe('Partner');
    // Never a hidden dot-file, a path, or a name Windows keeps for a device.
    for (const name of ['../../etc/passwd', ' . .hidden', '..\\..\\boot.ini', '.', '. .']) expect(safeFileStem(name)).not.toMatch(/^[. ]|[/\\]|[. ]$/);
    expect(safeFileStem('../../etc/passwd')).toBe('etc passwd');
    expect(packFileName('CON', '2026-Q3', 'pdf')).toBe('Partner CON 2026-Q3 QBR.pdf');
    expect(safeFileStem('nul.txt')).toBe('Partner nul.txt');
    expect(safeFileStem('x'.repeat(119) + ' .')).toBe('x'.repeat(119));
    expect(safeFileStem('🚀'.repeat(130))).toBe('🚀'.repeat(120));
  });

  it('zips files for one download, never overwriting a repeated name', () => {
    const file = { name: 'A 2026-Q3 QBR.pdf', mime: 'application/pdf', data: new Uint8Array([1, 2, 3]) };
    const entries = unzipSync(zipQbrFiles([file, file]));
    expect(Object.keys(entries)).toEqual(['A 2026-Q3 QBR.pdf', 'A 2026-Q3 QBR (2).pdf']);
    expect([...entries['A 2026-Q3 QBR.pdf']!]).toEqual([1, 2, 3]);
  });

  it('records the export as a valid, syncable QBR record', () => {
    const partner = demoPartner('si');
    const snapshot = buildQbrSnapshot(workspace, partner.id, { quarter: QUARTER, asOf: AS_OF });
    const record = qbrRecordFor(snapshot, { id: 'user-7' }, new Date('2026-11-22T10:00:00Z'), ['pptx', 'pdf']);
    expect(qbrRecordSchema.parse(record)).toMatchObject({ partnerId: partner.id, territoryId: partner.territoryId, quarter: QUARTER, formats: ['pptx', 'pdf'], exportedByUserId: 'user-7', metricDefinitionsVersion: snapshot.metricDefinitionsVersion });
  });

  it('checks branding: hex colours, and PNG or JPEG logos with their size', () => {
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP8z8Dwn4GBgQEAEAYB/0xlXQ8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0));
    expect(resolveBranding({ primaryColor: '#0a7f3c', logo: png })).toMatchObject({ primaryColor: '0A7F3C', logo: { mime: 'image/png', width: 2, height: 1 } });
    expect(() => resolveBranding({ accentColor: 'orange' })).toThrow(/hex colour/);
    expect(() => resolveBranding({ logo: new Uint8Array([1, 2, 3]) })).toThrow(/PNG or JPEG/);
  });
});
