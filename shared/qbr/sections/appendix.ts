import { METRIC_DEFINITIONS, METRIC_DEFINITIONS_VERSION, type MetricDefinition } from '../../metrics/definitions';
import type { MetricKey } from '../../metrics/types';

export interface AppendixSection {
  version: string;
  definitions: Pick<MetricDefinition, 'key' | 'name' | 'definition'>[];
}

/** The definitions of the metrics the pack shows, with the version they follow. */
export const buildAppendix = (keys: readonly MetricKey[]): AppendixSection => ({
  version: METRIC_DEFINITIONS_VERSION,
  definitions: keys.map((key) => {
    const { name, definition } = METRIC_DEFINITIONS[key];
    return { key, name, definition };
  }),
});
