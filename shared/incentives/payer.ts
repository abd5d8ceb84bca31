import type { PartnerType } from '../domain/common';
import type { IncentiveRuleKind } from '../domain/incentive-program';

export type Payer = 'vendor' | 'partner';

/** The vendor pays every incentive; royalties (on volume or on revenue) are the one thing a partner (an OEM) pays the vendor. */
export const payerOfRule = (kind: IncentiveRuleKind): Payer => (kind === 'volume-royalty' || kind === 'revenue-royalty' ? 'partner' : 'vendor');

/**
 * An OEM statement is what the OEM owes; every other statement is what the
 * vendor pays. A statement holds one direction only, so its total means one thing.
 */
export const payerOfStatement = (partnerType: PartnerType): Payer => (partnerType === 'oem' ? 'partner' : 'vendor');
