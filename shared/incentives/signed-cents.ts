import { formatCents } from '../domain/money';

/** Money as a statement writes it, a credit with a true minus sign: "$6,000", "−$6,000". */
export const signedCents = (cents: number): string => (cents < 0 ? `−${formatCents(-cents)}` : formatCents(cents));
