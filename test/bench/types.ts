/** One measured figure; printed as one JSON line by the harness. */
export interface Metric {
  /** Stable name, e.g. `local-store.bulk-load`, for comparing runs. */
  metric: string;
  value: number;
  unit: string;
  /** What was measured, in words, for the summary. */
  label: string;
  /** Context worth keeping with the figure, e.g. row counts. */
  [detail: string]: unknown;
}

export interface Bench {
  name: string;
  run(): Promise<Metric[]>;
}
