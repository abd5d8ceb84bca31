import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';

/** A column heading; an empty label heads the row-actions column. */
export type RecordColumn = string | { label: string; align: 'right' };

/**
 * The frame of a partner tab's record list: a small table named for screen
 * readers, its headings, and the rows the tab draws (each tab's cells and
 * row actions differ, so the rows stay with the tab).
 */
export function RecordTable({ label, columns, children }: { label: string; columns: readonly RecordColumn[]; children: ReactNode }) {
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          {columns.map((column, index) =>
            typeof column === 'string' ? (
              <TableCell key={index}>{column}</TableCell>
            ) : (
              <TableCell key={index} align={column.align}>
                {column.label}
              </TableCell>
            ),
          )}
        </TableRow>
      </TableHead>
      <TableBody>{children}</TableBody>
    </Table>
  );
}
