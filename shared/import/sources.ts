import type { ImportEntity } from './fields';
import { headerProfiles, type CrmSource, type ExportFlavor, type HeaderProfile } from './known-headers';

/** Where a file came from: a CRM we know, or any other file read through a saved mapping. */
export type ImportSource = CrmSource | 'generic';

export interface SourceDetection {
  source: ImportSource;
  /** Salesforce: report export or Data Loader; HubSpot: its export. Absent for a generic file. */
  flavor?: ExportFlavor;
  /** The entity the headers look like; absent when nothing fits (the user picks it). */
  entity?: ImportEntity;
  /** Share of the export's signature headers present, 0–1: the dialog can say "looks like". */
  confidence: number;
}

/** Below this share of a profile's signature the file is treated as generic: a lone "Type" or "Email" proves nothing. */
const MIN_CONFIDENCE = 0.6;

const key = (header: string): string => header.trim().toLowerCase();

const score = (profile: HeaderProfile, headers: ReadonlySet<string>): number =>
  profile.signature.filter((h) => headers.has(key(h))).length / profile.signature.length;

/**
 * Says which export a file is from its headers alone. Headers are compared
 * exactly (ignoring case), not loosely: "Account ID" is a report and
 * "AccountId" is Data Loader, and the two map differently. With `entity`
 * (the user already chose what they import), only that entity's exports count.
 */
export const detectSource = (fileHeaders: readonly string[], entity?: ImportEntity): SourceDetection => {
  const headers = new Set(fileHeaders.map(key));
  let best: { profile: HeaderProfile; confidence: number } | undefined;
  for (const profile of headerProfiles) {
    if (entity && profile.entity !== entity) continue;
    const confidence = score(profile, headers);
    if (!best || confidence > best.confidence) best = { profile, confidence };
  }
  if (!best || best.confidence < MIN_CONFIDENCE) return { source: 'generic', confidence: 0, ...(entity ? { entity } : {}) };
  return { source: best.profile.source, flavor: best.profile.flavor, entity: best.profile.entity, confidence: best.confidence };
};

export const profileFor = (source: ImportSource, flavor: ExportFlavor | undefined, entity: ImportEntity): HeaderProfile | undefined =>
  headerProfiles.find((p) => p.source === source && p.entity === entity && (flavor === undefined || p.flavor === flavor));
