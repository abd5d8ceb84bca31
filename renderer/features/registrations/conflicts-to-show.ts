import type { Opportunity } from '../../../shared/domain/opportunity';
import type { RegistrationConflict } from '../../../shared/domain/deal-registration';
import type { ConflictIndex } from '../../../shared/registrations/conflicts';
import { protectedUntil } from '../../../shared/registrations/lifecycle';

/** One deal a registration collides with, as the screens show it, and who found it. */
export interface ShownConflict {
  /** `server`: written on push by the server, which sees every territory; `device`: this device's own check of its copy. */
  foundBy: 'server' | 'device';
  foundOn: string | null;
  kind: RegistrationConflict['kind'];
  match: RegistrationConflict['match'];
  opportunityId: string;
  /** The other deal when this device holds it (the server may have found one in a territory it does not). */
  deal: Opportunity | undefined;
  customerName: string;
  partnerId: string | null;
  amountCents: number;
  protectionEndsOn: string | null;
}

/**
 * What a registration collides with: the server's finding first (it checked
 * every territory), then what this device's copy shows besides. The server's
 * finding is shown as it was written, with the other deal's current copy
 * beside it when this device has one.
 */
export const conflictsToShow = (deal: Opportunity, index: ConflictIndex, byId: ReadonlyMap<string, Opportunity>): ShownConflict[] => {
  const shown: ShownConflict[] = [];
  const found = deal.registration?.conflict;
  if (found) shown.push({ foundBy: 'server', ...found, deal: byId.get(found.opportunityId) });
  for (const local of index.conflictsOf(deal)) {
    if (local.deal.id === found?.opportunityId) continue;
    shown.push({
      foundBy: 'device',
      foundOn: null,
      kind: local.kind,
      match: local.match,
      opportunityId: local.deal.id,
      deal: local.deal,
      customerName: local.deal.customerName,
      partnerId: local.deal.partnerId,
      amountCents: local.deal.amountCents,
      protectionEndsOn: protectedUntil(local.deal) ?? local.deal.protectionEndsOn,
    });
  }
  return shown;
};
