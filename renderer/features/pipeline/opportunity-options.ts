/** The schema's enums for deals that shared/ does not export as lists. */
export const dealTypes = ['new-business', 'expansion', 'renewal'] as const;
export const opportunityChannels = ['direct', 'resale', 'marketplace'] as const;
