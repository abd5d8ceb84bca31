import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

/** The parts of electron-builder.yml the tests read. */
export interface BuilderConfig {
  appId: string;
  productName: string;
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string };
  win: { target: string; icon: string };
  mac: { target: string; icon: string; hardenedRuntime: boolean; entitlements: string };
  publish: { provider: string; url: string };
}

export const readBuilderConfig = (): BuilderConfig => load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;
