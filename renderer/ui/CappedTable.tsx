import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { countOf } from '../../shared/domain/text';

/** Rows shown at most on an overview list; these lists point at partners, the detail lives on the partner page. */
const CAP = 300;

export interface Column<T> {
  label: string;
  cell(row: T): ReactNode;
  align?: 'right';
}

/** A plain table of the first rows, saying how many more there are rather than drawing thousands. */
export function CappedTable<T>({ label, rows, columns, rowKey }: { label: string; rows: readonly T[]; columns: Column<T>[]; rowKey(row: T): string }) {
  return (
    <>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {columns.map((c) => (
              <TableCell key={c.label} align={c.align}>
                {c.label}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.slice(0, CAP).map((row) => (
            <TableRow key={rowKey(row)} hover>
              {columns.map((c) => (
                <TableCell key={c.label} align={c.align}>
                  {c.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.length > CAP && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          Showing the first {CAP} of {countOf(rows.length, 'row')}; open a partner for the rest.
        </Typography>
      )}
    </>
  );
}
