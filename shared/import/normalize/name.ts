/**
 * A company name reduced to what tells companies apart: "ACME, Inc.",
 * "Acme Inc" and "acme" are one partner; "Müller GmbH" and "Muller" too.
 * Case, accents, punctuation and the legal form at the end are dropped.
 */
const legalForms = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'plc', 'corp', 'corporation', 'co', 'company',
  'gmbh', 'ag', 'kg', 'ug', 'se', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'pty', 'oy', 'ab', 'as', 'aps', 'kk', 'pvt', 'sl',
]);

export const normalizeName = (name: string): string => {
  const tokens = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    // Dots and apostrophes join ("S.A." is "sa", "O'Neil" is "oneil"); every other mark separates words.
    .replace(/[.'’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  // Legal forms are stripped from the end only ("Pty Ltd", "GmbH & Co KG"), keeping at least one word.
  while (tokens.length > 1 && (legalForms.has(tokens.at(-1)!) || tokens.at(-1) === 'and')) tokens.pop();
  return tokens.join(' ');
};
