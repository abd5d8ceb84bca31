import { GLOBAL_TERRITORY } from '../../../shared/domain/common';
import { PROGRAM_SETTINGS_ID, type ProgramSettings } from '../../../shared/domain/program-settings';
import { DEFAULT_BRANDING } from '../../../shared/qbr/branding';
import type { RecordFormSpec } from '../../ui/record-form';

/** The branding inputs: the colours as the colour pickers give them, the logo as a data URL or none. */
export interface BrandingDraft {
  vendorName: string;
  primaryColor: string;
  accentColor: string;
  logoDataUrl: string | null;
}

/** The one program-settings record; until HQ first saves it, the packs' default branding. */
export const brandingForm = (stored: ProgramSettings | undefined): RecordFormSpec<'programSettings', BrandingDraft> => ({
  table: 'programSettings',
  record: stored,
  draftOf: (s) =>
    s
      ? { vendorName: s.vendorName, primaryColor: s.primaryColor, accentColor: s.accentColor, logoDataUrl: s.logoDataUrl }
      : { vendorName: '', primaryColor: `#${DEFAULT_BRANDING.primaryColor}`, accentColor: `#${DEFAULT_BRANDING.accentColor}`, logoDataUrl: null },
  toRecord: (d) => ({
    // A fixed id, so two HQ devices edit one record instead of making two.
    id: PROGRAM_SETTINGS_ID,
    territoryId: GLOBAL_TERRITORY,
    vendorName: d.vendorName.trim(),
    primaryColor: d.primaryColor.toUpperCase(),
    accentColor: d.accentColor.toUpperCase(),
    logoDataUrl: d.logoDataUrl,
  }),
  // The logo has no input to show an error under: its problems go in the banner.
  shownFields: ['vendorName', 'primaryColor', 'accentColor'],
});
