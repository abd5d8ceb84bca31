import { demoWorkspace } from '../../../../shared/demo';
import type { Partner } from '../../../../shared/domain';
import type { QbrSources } from '../../../../shared/qbr';

/** The demo workspace every QBR test reads, built once per file. */
export const AS_OF = '2026-11-22';
export const QUARTER = '2026-Q3';

export const demo = demoWorkspace(AS_OF);
export const workspace: QbrSources = { ...demo.records, people: demo.users };

/** The first demo partner of a type and status: deterministic, so figures are stable run to run. */
export const demoPartner = (partnerType: Partner['partnerType'], status: Partner['status'] = 'active'): Partner => {
  const partner = demo.records.partners.find((p) => p.partnerType === partnerType && p.status === status && p.enrolledOn < '2026-01-01');
  if (!partner) throw new Error(`The demo has no ${status} ${partnerType} partner`);
  return partner;
};
