import { METRIC_DEFINITIONS, METRIC_DEFINITIONS_VERSION, type MetricDefinition } from '../../metrics/definitions';
import type { MetricKey } from '../../metrics/types';
import { BEHIND_PACE, ON_TRACK_PACE } from '../../plans';

export interface AppendixSection {
  version: string;
  definitions: Pick<MetricDefinition, 'key' | 'name' | 'definition'>[];
  /** How the plan page's figures are worked out, when the pack has one. */
  planTerms: { name: string; definition: string }[];
}

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** The plan calculator's rules (shared/plans/progress.ts) in words, with its own thresholds. */
const PLAN_TERMS: AppendixSection['planTerms'] = [
  { name: 'Attainment', definition: "An objective's actual to date divided by its target; actuals come from the records (won deals, pipeline created, certified people, joint activities), a custom objective's as entered." },
  {
    name: 'Weighted plan attainment',
    definition: "Each measured objective's attainment, capped at 100%, times its weight, over the weights measured: one objective far over target cannot hide another far under.",
  },
  {
    name: 'On track, behind, at risk',
    definition: `Attainment against the share of the plan period gone by: on track at ${percent(ON_TRACK_PACE)} of that pace or better (or once the target is reached), behind from ${percent(BEHIND_PACE)}, at risk below.`,
  },
];

/** The definitions of the metrics the pack shows, with the version they follow, and the plan's terms when it has a plan. */
export const buildAppendix = (keys: readonly MetricKey[], withPlan: boolean): AppendixSection => ({
  version: METRIC_DEFINITIONS_VERSION,
  definitions: keys.map((key) => {
    const { name, definition } = METRIC_DEFINITIONS[key];
    return { key, name, definition };
  }),
  planTerms: withPlan ? PLAN_TERMS : [],
});
