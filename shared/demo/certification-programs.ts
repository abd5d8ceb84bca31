import type { CertificationProgram } from '../domain/certification';
import { GLOBAL_TERRITORY, partnerTypes, type PartnerType } from '../domain/common';
import type { DemoContext } from './context';

/** The HQ catalogue; `code` is how tier rules and learning paths refer to a program. */
const catalogue = [
  { code: 'SALES-PRO', name: 'Sales Professional', track: 'sales', validityMonths: 24 },
  { code: 'PRESALES-SA', name: 'Presales Solution Architect', track: 'presales', validityMonths: 24 },
  { code: 'TECH-INT', name: 'Integration Engineer', track: 'technical', validityMonths: 12 },
  { code: 'TECH-ADMIN', name: 'Platform Administrator', track: 'technical', validityMonths: 36 },
  { code: 'SVC-IMPL', name: 'Implementation Consultant', track: 'services', validityMonths: 24 },
  { code: 'SVC-EXPERT', name: 'Solution Architect Expert', track: 'services', validityMonths: 18 },
] as const satisfies readonly Pick<CertificationProgram, 'code' | 'name' | 'track' | 'validityMonths'>[];

export type ProgramCode = (typeof catalogue)[number]['code'];

/**
 * The order HQ recommends each kind of partner takes its programs in. Tier
 * ladders climb the same path and people take the first steps most, so a
 * program is open to exactly the types whose path includes it.
 */
export const learningPaths: Record<PartnerType, readonly ProgramCode[]> = {
  isv: ['TECH-INT', 'SALES-PRO', 'PRESALES-SA'],
  reseller: ['SALES-PRO', 'PRESALES-SA', 'TECH-ADMIN', 'SVC-IMPL'],
  oem: ['TECH-INT', 'TECH-ADMIN', 'SALES-PRO'],
  si: ['SVC-IMPL', 'PRESALES-SA', 'SVC-EXPERT', 'SALES-PRO', 'TECH-ADMIN'],
};

export interface CertificationCatalogue {
  programs: CertificationProgram[];
  byCode: Record<ProgramCode, CertificationProgram>;
  /** The programs a contact at this kind of partner can take, in learning-path order. */
  forType: Record<PartnerType, CertificationProgram[]>;
}

export const makeCertificationPrograms = (ctx: DemoContext): CertificationCatalogue => {
  const programs = catalogue.map(
    (entry): CertificationProgram => ({
      id: ctx.id(),
      territoryId: GLOBAL_TERRITORY,
      updatedAt: ctx.timeOn(ctx.historyStart),
      deleted: false,
      ...entry,
      partnerTypes: partnerTypes.filter((type) => learningPaths[type].includes(entry.code)),
    }),
  );
  const byCode = Object.fromEntries(programs.map((p) => [p.code, p])) as Record<ProgramCode, CertificationProgram>;
  const forType = (type: PartnerType) => learningPaths[type].map((code) => byCode[code]);
  return { programs, byCode, forType: { isv: forType('isv'), reseller: forType('reseller'), oem: forType('oem'), si: forType('si') } };
};
