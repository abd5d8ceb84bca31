import { addMonths, format, parseISO } from 'date-fns';
import type { CertificationProgram, CertificationTerms } from './certification';
import { dateText } from './date-text';
import type { PartnerType } from './common';
import { dayBefore } from './quarter';

/**
 * A certification program's terms are versioned by effective date: HQ's
 * change to how long a certification stays valid, or to which partner types
 * may take it, takes effect from a day, and the terms before keep governing
 * what was issued while they were in force. A certification's default expiry
 * is read from the terms in force on its issue date; certifications already
 * recorded keep the dates they were recorded with. The current terms are the
 * program's own fields (every reader of a program sees today's), the ones
 * they replaced are `earlierTerms`, oldest first.
 */
export interface TermsInForce {
  version: number;
  effectiveFrom: string | null;
  validityMonths: number;
  partnerTypes: readonly PartnerType[];
}

/** The program's current terms. */
export const currentTerms = (p: CertificationProgram): TermsInForce => ({
  version: p.version ?? 1,
  effectiveFrom: p.effectiveFrom ?? null,
  validityMonths: p.validityMonths,
  partnerTypes: p.partnerTypes,
});

/** Every version of the terms, newest first: the program's history. */
export const termsVersions = (p: CertificationProgram): TermsInForce[] => [currentTerms(p), ...[...(p.earlierTerms ?? [])].reverse()];

/** The terms in force on a day: the earliest version whose last day is on or after it, else the current. */
export const termsOn = (p: CertificationProgram, day: string): TermsInForce => p.earlierTerms?.find((t) => t.until >= day) ?? currentTerms(p);

/** The day a certification issued on `issuedOn` stops being valid, under the terms in force that day. */
export const defaultExpiry = (p: CertificationProgram, issuedOn: string): string =>
  format(addMonths(parseISO(issuedOn), termsOn(p, issuedOn).validityMonths), 'yyyy-MM-dd');

export interface NewTerms {
  validityMonths: number;
  partnerTypes: readonly PartnerType[];
}

const sameTerms = (a: NewTerms, b: NewTerms): boolean =>
  a.validityMonths === b.validityMonths && [...a.partnerTypes].sort().join() === [...b.partnerTypes].sort().join();

/** Why the terms cannot take effect on `from`: before the current version took effect. */
export const termsStartProblem = (p: CertificationProgram, from: string): string | undefined =>
  p.effectiveFrom && from < p.effectiveFrom ? `must be on or after ${dateText(p.effectiveFrom)}, the day version ${p.version ?? 1} took effect` : undefined;

/**
 * The program's version fields with `next` as its terms from `from`: the same
 * terms change nothing; a start on the current version's own first day (or a
 * program whose terms always applied, changed from its start) replaces them
 * in place; a later start ends the current terms the day before and keeps
 * them as an earlier version.
 */
export const withNewTerms = (
  p: CertificationProgram,
  next: NewTerms,
  from: string,
): Pick<CertificationProgram, 'validityMonths' | 'partnerTypes' | 'version' | 'effectiveFrom' | 'earlierTerms'> => {
  const unchanged = { validityMonths: p.validityMonths, partnerTypes: p.partnerTypes, version: p.version, effectiveFrom: p.effectiveFrom, earlierTerms: p.earlierTerms };
  if (sameTerms(next, p)) return unchanged;
  const version = (p.version ?? 1) + 1;
  if (p.effectiveFrom === from) return { ...unchanged, ...next, partnerTypes: [...next.partnerTypes] };
  const ended: CertificationTerms = { version: p.version ?? 1, effectiveFrom: p.effectiveFrom ?? null, until: dayBefore(from), validityMonths: p.validityMonths, partnerTypes: p.partnerTypes };
  return { validityMonths: next.validityMonths, partnerTypes: [...next.partnerTypes], version, effectiveFrom: from, earlierTerms: [...(p.earlierTerms ?? []), ended].slice(-40) };
};
