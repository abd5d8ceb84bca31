import type { EntityName, EntityOf } from '../domain/entities';

/** A person who signs in to the demo: HQ sees every territory, a manager works one. */
export interface DemoUser {
  id: string;
  email: string;
  displayName: string;
  role: 'manager' | 'hq';
  territoryIds: string[];
}

export interface GeneratorOptions {
  /** Same seed and options give byte-identical output. */
  seed: number;
  /** The day the workspace is "today", e.g. '2026-11-22'; every date is placed relative to it. */
  asOf: string;
  territories: number;
  partnersPerTerritory: number;
  /** The program's fiscal year start (1–12), written to its settings and followed by every quarter made; absent: January. */
  fiscalYearStartMonth?: number;
}

/** Every synced table, filled. */
export type RecordsByEntity = { [N in EntityName]: EntityOf<N>[] };

export interface Workspace {
  options: GeneratorOptions;
  users: DemoUser[];
  records: RecordsByEntity;
}
