import type { Certification } from '../../domain/certification';

/** A certification with both dates, as every one that counts has. */
export type DatedCertification = Certification & { issuedOn: string; expiresOn: string };

/**
 * Certifications that count, by program id then contact id. Keying by contact
 * makes each person count once per program however many records they have.
 */
export type CertifiedRoster = ReadonlyMap<string, ReadonlyMap<string, DatedCertification>>;

/**
 * Whether a certification counts on a day. The dates decide, not only the
 * recorded status, so a status nobody updated cannot keep a lapsed
 * certification alive; "expiring" is still a valid certification.
 */
export const certificationCountsOn = (c: Certification, day: string): c is DatedCertification =>
  !c.deleted &&
  (c.status === 'certified' || c.status === 'expiring') &&
  c.issuedOn !== null &&
  c.expiresOn !== null &&
  c.issuedOn <= day &&
  day <= c.expiresOn;

/**
 * The roster on a day, counting only contacts in `liveContactIds` (a deleted
 * contact's certifications no longer belong to anyone at the partner). Where a
 * contact holds two records in a program, the one that lasts longer is kept:
 * it is the one that decides whether they still count later in the quarter.
 */
export const certifiedRoster = (
  certifications: readonly Certification[],
  liveContactIds: ReadonlySet<string>,
  day: string,
): CertifiedRoster => {
  const roster = new Map<string, Map<string, DatedCertification>>();
  for (const c of certifications) {
    if (!liveContactIds.has(c.contactId) || !certificationCountsOn(c, day)) continue;
    const program = roster.get(c.programId) ?? new Map<string, DatedCertification>();
    const held = program.get(c.contactId);
    if (!held || held.expiresOn < c.expiresOn) program.set(c.contactId, c);
    roster.set(c.programId, program);
  }
  return roster;
};

/** The part of a roster still valid on `day` (its expiry day included). */
export const lastingThrough = (roster: CertifiedRoster, day: string): CertifiedRoster =>
  new Map(
    [...roster].map(([programId, holders]) => [
      programId,
      new Map([...holders].filter(([, c]) => c.expiresOn >= day)),
    ]),
  );

export const headcountByProgram = (roster: CertifiedRoster): Record<string, number> =>
  Object.fromEntries([...roster].filter(([, holders]) => holders.size > 0).map(([programId, holders]) => [programId, holders.size]));
