export { qualifyTier } from './qualify-tier';
export { ruleSetInForce } from './rule-set-in-force';
export { certificationCountsOn } from './certified-roster';
export type * from './types';
export { qualifiesBelow, tierMovesText, type TierMove } from './tier-below';
