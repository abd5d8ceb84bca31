import { Box, Button, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import type { ChartSeries } from './dashboard-series';
import { MetricChart } from './MetricChart';
import { formatSeriesValue } from './series-format';

/** A chart with its definition and a switch to the same figures as a table (for reading exact values, and for screen readers). */
export function ChartCard({ series }: { series: ChartSeries }) {
  const [asTable, setAsTable] = useState(false);
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center' }}>
          <Typography variant="subtitle1" component="h3" sx={{ flexGrow: 1, fontWeight: 600 }}>
            {series.title}
          </Typography>
          <Button size="small" onClick={() => setAsTable((t) => !t)} aria-pressed={asTable} aria-label={`${asTable ? 'Show as chart' : 'Show as table'}: ${series.title}`}>
            {asTable ? 'Show as chart' : 'Show as table'}
          </Button>
        </Stack>
        <Typography variant="caption" color="text.secondary">
          {series.note}
        </Typography>
        {asTable ? (
          <Table size="small" aria-label={`${series.title} table`} sx={{ mt: 1 }}>
            <TableHead>
              <TableRow>
                <TableCell />
                {series.datasets.map((d) => (
                  <TableCell key={d.label} align="right">
                    {d.label}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {series.labels.map((label, row) => (
                <TableRow key={label}>
                  <TableCell component="th" scope="row">
                    {label}
                  </TableCell>
                  {series.datasets.map((d) => (
                    <TableCell key={d.label} align="right">
                      {formatSeriesValue(d.data[row] ?? null, series.unit)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Box sx={{ height: 220, mt: 1 }}>
            <MetricChart series={series} />
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
