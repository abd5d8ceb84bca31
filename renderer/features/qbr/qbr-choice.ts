import type { ProgramSettings } from '../../../shared/domain/program-settings';
import { isQuarterLabel, shiftQuarter } from '../../../shared/domain/quarter';
import type { QbrBrandingInput } from '../../../shared/qbr/branding';
import { QbrDataError } from '../../../shared/qbr/errors';
import { safeFileStem } from '../../../shared/qbr/file-names';
import { isFor } from '../../../shared/qbr/audiences';
import { qbrFormats, type QbrAudience, type QbrFormat, type QbrOptions } from '../../../shared/qbr/options';
import { qbrSectionKeys, type QbrSectionKey } from '../../../shared/qbr/sections';

/**
 * What a manager picks before exporting, and how it becomes the pack
 * options. Kept apart from the dialog (and from the heavy writers, which load
 * only when a pack is made) so it is tested under Node.
 */
export interface QbrChoice {
  /** The partner pack unless the manager asks for the internal review: what is handed over is the default. */
  audience: QbrAudience;
  quarter: string;
  formats: QbrFormat[];
  /** Without the cover: every pack opens with it, so it is not offered. */
  sections: QbrSectionKey[];
}

/** The sections a manager may leave out: all but the cover. */
export const optionalSections: readonly QbrSectionKey[] = qbrSectionKeys.filter((k) => k !== 'cover');

export const defaultChoice = (quarter: string): QbrChoice => ({ audience: 'partner', quarter, formats: [...qbrFormats], sections: [...optionalSections] });

/** Adds or removes one item, keeping the canonical order of `all`. */
export const toggle = <T>(all: readonly T[], chosen: readonly T[], item: T, on: boolean): T[] =>
  all.filter((x) => (x === item ? on : chosen.includes(x)));

/** What stops an export before any data is read, in words a manager reads; empty when none. */
export const choiceProblems = (choice: QbrChoice): string[] => {
  const problems: string[] = [];
  if (!isQuarterLabel(choice.quarter)) problems.push(`"${choice.quarter}" is not a quarter; pick one such as 2026-Q3.`);
  if (choice.formats.length === 0) problems.push('Choose at least one format: PowerPoint, PDF or Excel.');
  return problems;
};

/** The program's branding as the pack writers take it; without settings, the writers' defaults. */
export const brandingFrom = (settings: ProgramSettings | null | undefined): QbrBrandingInput | undefined =>
  settings
    ? {
        name: settings.vendorName,
        primaryColor: settings.primaryColor,
        accentColor: settings.accentColor,
        ...(settings.logoDataUrl ? { logo: settings.logoDataUrl } : {}),
      }
    : undefined;

/**
 * The pack options for a choice. `today` caps what the pack treats as "now":
 * a pack for the quarter under way is judged as of today, a past quarter as of its last day.
 */
export const toQbrOptions = (choice: QbrChoice, today: string, branding?: QbrBrandingInput): QbrOptions => ({
  audience: choice.audience,
  quarter: choice.quarter,
  asOf: today,
  formats: qbrFormats.filter((f) => choice.formats.includes(f)),
  // A section the audience's pack never holds (the partner pack's investment) is not asked for, whatever was ticked.
  sections: ['cover', ...optionalSections.filter((s) => choice.sections.includes(s) && isFor(s, choice.audience))],
  ...(branding ? { branding } : {}),
});

/** The quarters a QBR prep looks at: the one reviewed, the one before (commitments due) and the one after (agreed next). */
export const prepQuarters = (quarter: string): { last: string; next: string } => ({
  last: shiftQuarter(quarter, -1),
  next: shiftQuarter(quarter, 1),
});

/** `Acme Corp 2026-Q3 QBR`: the folder (Electron) or .zip (browser) one pack is saved as. */
export const packFolderName = (partnerName: string, quarter: string): string => `${safeFileStem(partnerName)} ${quarter} QBR`;

/** `QBR packs 2026-Q3 North America`: a batch's folder or .zip. */
export const batchFolderName = (scope: string, quarter: string): string => safeFileStem(`QBR packs ${quarter} ${scope}`);

/** Why an export failed, for the manager: what the data lacks when the data is the reason, else the error itself. */
export const exportErrorText = (error: unknown): string => {
  if (error instanceof QbrDataError) return `No pack for ${error.partnerName ?? `partner ${error.partnerId}`}: ${error.reason}`;
  if (error instanceof Error) return `The pack could not be made: ${error.message}`;
  return `The pack could not be made: ${String(error)}`;
};
