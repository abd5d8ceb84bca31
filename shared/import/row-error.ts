/**
 * One problem with one row, pointing where the user looks: the row as they
 * count it in the file (header = row 1), the file's column, and our field in
 * words ("Row 7, column "Amount": Amount is not an amount: "12,3,4"").
 */
export interface RowError {
  rowNumber: number;
  /** The file's header, or null when no single column is at fault (a field the file does not have). */
  column: string | null;
  /** Our field's path, e.g. `email` or `partnerId`. */
  field: string;
  /** The problem as a sentence starting with the field's name. */
  message: string;
}

export const describeRowError = (error: RowError): string =>
  `Row ${error.rowNumber}${error.column ? `, column "${error.column}"` : ''}: ${error.message}`;
