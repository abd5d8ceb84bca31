import { GLOBAL_TERRITORY } from '../../../shared/domain/common';
import { PROGRAM_SETTINGS_ID, type ProgramSettings } from '../../../shared/domain/program-settings';
import { DEFAULT_BRANDING } from '../../../shared/qbr/branding';
import type { FormFields } from '../../ui/record-form';

/**
 * What a program-settings editor writes: on the stored record, only its own
 * fields; before HQ has saved any setting there is no record, so the first
 * save makes it, with the packs' default branding beside the setting. One
 * record with a fixed id, so two HQ devices edit the same one.
 */
export const programSettingsFields = (opened: ProgramSettings | undefined, fields: FormFields): FormFields =>
  opened
    ? fields
    : {
        id: PROGRAM_SETTINGS_ID,
        territoryId: GLOBAL_TERRITORY,
        vendorName: DEFAULT_BRANDING.name,
        primaryColor: `#${DEFAULT_BRANDING.primaryColor}`,
        accentColor: `#${DEFAULT_BRANDING.accentColor}`,
        logoDataUrl: null,
        ...fields,
      };
