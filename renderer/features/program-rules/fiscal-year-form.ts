import type { ProgramSettings } from '../../../shared/domain/program-settings';
import { fieldError } from '../../../shared/domain/validation';
import type { RecordFormSpec } from '../../ui/record-form';
import { programSettingsFields } from './program-settings-fields';

export interface FiscalYearDraft {
  /** The month the fiscal year starts, "1" (January) to "12". */
  fiscalYearStartMonth: string;
}

export const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/**
 * When the program's fiscal year starts, kept in the one program-settings
 * record. Stored quarter labels (closed statements, usage reports,
 * commitments, exchange rates) mean the quarter of the calendar they were
 * made under, so once a statement is closed the start month stays as it is:
 * moving it would silently move every closed quarter's days.
 */
export const fiscalYearForm = (stored: ProgramSettings | undefined, closedStatements: number): RecordFormSpec<'programSettings', FiscalYearDraft> => ({
  table: 'programSettings',
  record: stored,
  draftOf: (s) => ({ fiscalYearStartMonth: String(s?.fiscalYearStartMonth ?? 1) }),
  toRecord: (d, opened) => programSettingsFields(opened, { fiscalYearStartMonth: Number(d.fiscalYearStartMonth) }),
  // A record saved before the setting existed reads as January, and saving that unchanged writes nothing.
  image: (s) => ({ fiscalYearStartMonth: s.fiscalYearStartMonth ?? 1 }),
  shownFields: ['fiscalYearStartMonth'],
  check: (fields, { opened }) =>
    closedStatements > 0 && fields.fiscalYearStartMonth !== (opened?.fiscalYearStartMonth ?? 1)
      ? [
          fieldError(
            'fiscalYearStartMonth',
            `cannot change once incentive statements are closed (${closedStatements} are): their quarters would cover other days than the ones they were closed on`,
          ),
        ]
      : [],
});
