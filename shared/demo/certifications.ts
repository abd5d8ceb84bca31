import type { Certification, CertificationProgram, CertificationStatus } from '../domain/certification';
import type { Tier } from '../domain/common';
import type { Contact } from '../domain/contact';
import type { LifecycleStatus } from '../domain/partner';
import { addDays, addMonths, earlierOf, laterOf } from './calendar';
import type { CertificationCatalogue } from './certification-programs';
import type { DemoContext, Weighted } from './context';
import type { PartnerProfile } from './partners';

const statusWeights = (status: LifecycleStatus): Weighted<CertificationStatus> =>
  status === 'prospect'
    ? [['not-started', 55], ['in-progress', 45]]
    : status === 'inactive'
      ? [['expired', 45], ['certified', 20], ['not-started', 20], ['expiring', 5], ['in-progress', 10]]
      : [['certified', 62], ['expiring', 10], ['expired', 8], ['in-progress', 12], ['not-started', 8]];

/**
 * Issue and expiry dates that agree with the recorded status: certified ones
 * stay valid past the quarter's end; expiring ones lapse soon, most of them
 * before the asOf quarter ends (the "tier at risk" case); expired ones lapsed
 * within the last year or so.
 */
const datesFor = (
  ctx: DemoContext,
  status: CertificationStatus,
  program: CertificationProgram,
  enrolledOn: string,
): Pick<Certification, 'issuedOn' | 'expiresOn'> => {
  const months = program.validityMonths;
  switch (status) {
    case 'not-started':
    case 'in-progress':
      return { issuedOn: null, expiresOn: null };
    case 'certified': {
      // A few days of margin: month-end clamping (Aug 31 → Feb 28) must not pull the expiry back into the quarter.
      const earliest = laterOf(addDays(addMonths(ctx.quarter.end, -months), 5), enrolledOn);
      const issuedOn = ctx.dayBetween(earliest, laterOf(earliest, ctx.asOf));
      return { issuedOn, expiresOn: addMonths(issuedOn, months) };
    }
    case 'expiring': {
      const expiresOn = ctx.chance(0.75)
        ? ctx.dayBetween(ctx.asOf, ctx.quarter.end)
        : ctx.dayBetween(addDays(ctx.quarter.end, 1), addDays(ctx.quarter.end, 60));
      return { issuedOn: addMonths(expiresOn, -months), expiresOn };
    }
    case 'expired': {
      const expiresOn = ctx.dayBetween(addDays(ctx.asOf, -400), addDays(ctx.asOf, -1));
      return { issuedOn: addMonths(expiresOn, -months), expiresOn };
    }
  }
};

/** Not everyone at a partner takes a vendor certification; at gold and platinum partners most do. */
const programsPerContact = (tier: Tier): Weighted<number> =>
  tier === 'gold' || tier === 'platinum' ? [[0, 15], [1, 50], [2, 35]] : [[0, 35], [1, 45], [2, 20]];

/** Early steps of the learning path are taken most; distinct programs per person. */
const pathWeights = [60, 25, 12, 6, 4];
const takenPrograms = (ctx: DemoContext, path: readonly CertificationProgram[], count: number): CertificationProgram[] => {
  const taken: CertificationProgram[] = [];
  while (taken.length < Math.min(count, path.length)) {
    const program = ctx.weighted(path.filter((p) => !taken.includes(p)).map((p) => [p, pathWeights[path.indexOf(p)] ?? 5] as const));
    taken.push(program);
  }
  return taken;
};

/** Programs per contact among those open to the partner's type. */
export const makeCertifications = (
  ctx: DemoContext,
  profile: PartnerProfile,
  contacts: readonly Contact[],
  catalogue: CertificationCatalogue,
): Certification[] => {
  const { partner } = profile;
  const open = catalogue.forType[partner.partnerType];
  return contacts.flatMap((contact) => {
    const count = partner.status === 'prospect' ? ctx.int(0, 1) : ctx.weighted(programsPerContact(partner.tier));
    return takenPrograms(ctx, open, count).map((program): Certification => {
      const status = ctx.weighted(statusWeights(partner.status));
      const dates = datesFor(ctx, status, program, partner.enrolledOn);
      return {
        id: ctx.id(),
        territoryId: partner.territoryId,
        updatedAt: ctx.touched(earlierOf(dates.issuedOn ?? partner.enrolledOn, ctx.asOf)),
        deleted: false,
        partnerId: partner.id,
        contactId: contact.id,
        programId: program.id,
        status,
        ...dates,
      };
    });
  });
};
