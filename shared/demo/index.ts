export type { DemoUser, GeneratorOptions, RecordsByEntity, Workspace } from './types';
export { countRecords, demoWorkspace, generateWorkspace, loadSet, DEMO_SEED, LOAD_SEED } from './workspace';
