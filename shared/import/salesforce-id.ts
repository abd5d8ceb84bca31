/**
 * Salesforce record ids come in two forms for one record: 15 characters,
 * case-sensitive (reports show these), and 18 characters, the 15 plus a
 * 3-character suffix that encodes which of the 15 are upper case (the API and
 * Data Loader give these, so that tools that ignore case, like Excel's
 * lookups, still tell records apart). Imported records keep the 15-character
 * form, so a report export and a Data Loader export match the same record.
 */
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID_CHARS = /^[a-zA-Z0-9]+$/;

const isUpper = (c: string): boolean => c >= 'A' && c <= 'Z';

/** The 3-character suffix of a 15-character id: each of its 5-character chunks gives one suffix character. */
export const salesforceIdSuffix = (id15: string): string => {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) if (isUpper(id15[chunk * 5 + i]!)) bits |= 1 << i;
    suffix += SUFFIX_ALPHABET[bits];
  }
  return suffix;
};

/** The 18-character form of a 15-character id. */
export const toSalesforceId18 = (id15: string): string => id15 + salesforceIdSuffix(id15);

/**
 * The 15-character, case-sensitive form of a Salesforce id, or null when the
 * text is not one. An 18-character id is read case-insensitively: its suffix
 * says the case of every letter, so even an id a spreadsheet lowered to
 * "001xx000003dgb2iam" comes back as "001xx000003DGb2".
 */
export const toSalesforceId15 = (text: string): string | null => {
  const id = text.trim();
  if (!ID_CHARS.test(id)) return null;
  if (id.length === 15) return id;
  if (id.length !== 18) return null;
  let restored = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    const bits = SUFFIX_ALPHABET.indexOf(id[15 + chunk]!.toUpperCase());
    for (let i = 0; i < 5; i++) {
      const c = id[chunk * 5 + i]!;
      const upper = (bits & (1 << i)) !== 0;
      // A digit flagged as upper case means the suffix does not belong to these 15 characters.
      if (upper && !/[a-zA-Z]/.test(c)) return null;
      restored += upper ? c.toUpperCase() : c.toLowerCase();
    }
  }
  return restored;
};

/** Whether two ids, in either form, name the same Salesforce record. */
export const sameSalesforceRecord = (a: string, b: string): boolean => {
  const left = toSalesforceId15(a);
  return left !== null && left === toSalesforceId15(b);
};
