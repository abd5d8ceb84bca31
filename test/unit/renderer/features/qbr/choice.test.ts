import { describe, expect, it } from 'vitest';
import type { ProgramSettings } from '../../../../../shared/domain/program-settings';
import { QbrDataError } from '../../../../../shared/qbr/errors';
import { qbrSectionKeys } from '../../../../../shared/qbr/sections';
import {
  batchFolderName,
  brandingFrom,
  choiceProblems,
  defaultChoice,
  exportErrorText,
  optionalSections,
  packFolderName,
  prepQuarters,
  toggle,
  toQbrOptions,
} from '../../../../../renderer/features/qbr/qbr-choice';

describe('QBR export choice', () => {
  it('starts with the partner pack, every format and every section but the cover, which is always kept', () => {
    const choice = defaultChoice('2026-Q3');
    expect(choice).toEqual({ audience: 'partner', quarter: '2026-Q3', formats: ['pptx', 'pdf', 'xlsx'], sections: qbrSectionKeys.filter((k) => k !== 'cover') });
    expect(optionalSections).not.toContain('cover');
  });

  it('toggles an item on and off, keeping the canonical order', () => {
    expect(toggle(['pptx', 'pdf', 'xlsx'], ['xlsx'], 'pptx', true)).toEqual(['pptx', 'xlsx']);
    expect(toggle(['pptx', 'pdf', 'xlsx'], ['pptx', 'xlsx'], 'pptx', false)).toEqual(['xlsx']);
    expect(toggle(['pptx', 'pdf', 'xlsx'], ['pdf'], 'pdf', true)).toEqual(['pdf']);
  });

  it('names what stops an export: no format, or a quarter that is not one', () => {
    expect(choiceProblems(defaultChoice('2026-Q3'))).toEqual([]);
    expect(choiceProblems({ ...defaultChoice('2026-Q3'), formats: [] })).toEqual(['Choose at least one format: PowerPoint, PDF or Excel.']);
    expect(choiceProblems({ ...defaultChoice('2026-Q5'), formats: [] })).toHaveLength(2);
  });

  it('becomes pack options: the audience, the cover first, sections in reading order, formats in writer order, as of today', () => {
    const options = toQbrOptions({ audience: 'internal', quarter: '2026-Q3', formats: ['xlsx', 'pdf'], sections: ['appendix', 'scorecard'] }, '2026-08-10');
    expect(options).toEqual({ audience: 'internal', quarter: '2026-Q3', asOf: '2026-08-10', formats: ['pdf', 'xlsx'], sections: ['cover', 'scorecard', 'appendix'] });
    expect(toQbrOptions(defaultChoice('2026-Q3'), '2026-08-10', { name: 'Acme' }).branding).toEqual({ name: 'Acme' });
    // The partner pack never asks for the internal-only sections, though they stay ticked for the internal review.
    expect(toQbrOptions({ audience: 'partner', quarter: '2026-Q3', formats: ['pdf'], sections: ['scorecard', 'investment', 'appendix'] }, '2026-08-10').sections).toEqual(['cover', 'appendix']);
  });

  it('takes the branding from the program settings, the logo only when there is one', () => {
    expect(brandingFrom(undefined)).toBeUndefined();
    const settings: ProgramSettings = {
      id: 'program-settings',
      territoryId: 'global',
      updatedAt: '2026-01-01T00:00:00.000Z',
      deleted: false,
      vendorName: 'Acme Cloud',
      logoDataUrl: null,
      primaryColor: '#112233',
      accentColor: '#445566',
    };
    expect(brandingFrom(settings)).toEqual({ name: 'Acme Cloud', primaryColor: '#112233', accentColor: '#445566' });
    expect(brandingFrom({ ...settings, logoDataUrl: 'data:image/png;base64,AAAA' })?.logo).toBe('data:image/png;base64,AAAA');
  });

  it('looks at the quarter before and after for the prep', () => {
    expect(prepQuarters('2026-Q1')).toEqual({ last: '2025-Q4', next: '2026-Q2' });
  });

  it('names folders and zips safely', () => {
    expect(packFolderName('Acme / Sons: "IT"', '2026-Q3')).toBe('Acme Sons IT 2026-Q3 QBR');
    expect(batchFolderName('North America', '2026-Q3')).toBe('QBR packs 2026-Q3 North America');
  });

  it('says what the data lacks when a partner cannot make a pack, and passes other errors on in words', () => {
    const error = new QbrDataError('not-enrolled-yet', 'p1', 'Acme', 'enrolled on 2026-10-02, after 2026-Q3 ended.');
    expect(exportErrorText(error)).toBe('No pack for Acme: enrolled on 2026-10-02, after 2026-Q3 ended.');
    expect(exportErrorText(new QbrDataError('partner-not-found', 'p9', null, 'no partner with this id is in the data.'))).toBe(
      'No pack for partner p9: no partner with this id is in the data.',
    );
    expect(exportErrorText(new Error('disk full'))).toBe('The pack could not be made: disk full');
  });
});
