import type { IncentiveProgram } from '../../../shared/domain/incentive-program';

/** A version's number: stored programs from before versions were kept are version 1. */
export const versionNumber = (p: Pick<IncentiveProgram, 'version'>): number => p.version ?? 1;

/** The id every version of a program shares: its first version's. */
export const programKey = (p: Pick<IncentiveProgram, 'id' | 'versionOf'>): string => p.versionOf ?? p.id;

/** Each program's live versions, newest first, keyed by `programKey`. */
export const versionsByProgram = (programs: readonly IncentiveProgram[]): Map<string, IncentiveProgram[]> => {
  const byKey = new Map<string, IncentiveProgram[]>();
  for (const p of programs) if (!p.deleted) byKey.set(programKey(p), [...(byKey.get(programKey(p)) ?? []), p]);
  for (const versions of byKey.values()) versions.sort((a, b) => versionNumber(b) - versionNumber(a));
  return byKey;
};

/** One program's versions, newest first: the history the program's row opens. */
export const versionsOf = (programs: readonly IncentiveProgram[], key: string): IncentiveProgram[] => versionsByProgram(programs).get(key) ?? [];

/** The programs as the list shows them: each once, as its latest version; with the day its first version took effect. */
export const latestVersions = (programs: readonly IncentiveProgram[]): { latest: IncentiveProgram; since: string }[] =>
  [...versionsByProgram(programs).values()].map((versions) => ({
    latest: versions[0]!,
    since: versions.reduce((day, v) => (v.effectiveFrom < day ? v.effectiveFrom : day), versions[0]!.effectiveFrom),
  }));
