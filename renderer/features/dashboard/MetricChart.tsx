import { useColorScheme, useTheme, type Theme } from '@mui/material/styles';
import { useEffect, useMemo, useRef } from 'react';
import { Chart } from './chart-setup';
import type { ChartSeries } from './dashboard-series';
import { formatSeriesValue } from './series-format';

/** One dashboard chart on a canvas; colours follow the theme, so it reads in light and dark. */
export function MetricChart({ series }: { series: ChartSeries }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const theme = useTheme();
  const { mode, systemMode } = useColorScheme();
  // A canvas cannot read CSS variables: take the resolved scheme's real colours, so dark mode gets light text.
  const scheme = (mode === 'system' || !mode ? systemMode : mode) ?? 'light';
  const schemes = (theme as Theme & { colorSchemes?: Partial<Record<'light' | 'dark', { palette: Theme['palette'] }>> }).colorSchemes;
  const colors = schemes?.[scheme]?.palette ?? theme.palette;
  const palette = useMemo(
    () => [colors.primary.main, colors.secondary.main, colors.warning.main, colors.info.main],
    [colors],
  );
  const text = colors.text.secondary;
  const grid = colors.divider;

  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: series.kind,
      data: {
        labels: series.labels,
        datasets: series.datasets.map((d, i) => ({
          label: d.label,
          data: d.data,
          backgroundColor: palette[i % palette.length],
          borderColor: palette[i % palette.length],
          spanGaps: true,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        color: text,
        scales: {
          x: {
            ticks: {
              color: text,
              // "2027-Q1 (1 Feb – 30 Apr 2026)": the label, and under it the days of a fiscal quarter.
              callback(value) {
                const label = this.getLabelForValue(Number(value));
                const dated = /^(.+) \((.+)\)$/.exec(label);
                return dated ? [dated[1]!, dated[2]!] : label;
              },
            },
            grid: { color: grid },
          },
          y: {
            beginAtZero: true,
            ticks: { color: text, callback: (v) => formatSeriesValue(Number(v), series.unit) },
            grid: { color: grid },
          },
        },
        plugins: {
          legend: { labels: { color: text }, display: series.datasets.length > 1 },
          tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatSeriesValue(c.parsed.y, series.unit)}` } },
        },
      },
    });
    return () => chart.destroy();
  }, [series, palette, text, grid]);

  return <canvas ref={canvas} role="img" aria-label={series.title} />;
}
