import { newId } from '../domain/ids';
import type { QbrRecord } from '../domain/qbr';
import type { QbrAudience, QbrFormat } from './options';
import type { QbrSnapshot } from './snapshot';

/**
 * The QBR record of an export, for the app to store through its repository
 * (and so sync to HQ): who exported which formats for which partner,
 * quarter and audience, and the metric-definition version the figures
 * follow. An export is not a delivery: the record starts undelivered, and
 * only the manager's own "mark delivered" sets `delivery`.
 */
export const qbrRecordFor = (
  snapshot: QbrSnapshot,
  user: { id: string },
  now: Date,
  formats: readonly QbrFormat[],
  // The packs' own default (QbrOptions.audience).
  audience: QbrAudience = 'partner',
): QbrRecord => ({
  id: newId(),
  territoryId: snapshot.partner.territoryId,
  updatedAt: now.toISOString(),
  deleted: false,
  partnerId: snapshot.partner.id,
  quarter: snapshot.quarter.label,
  formats: [...formats],
  exportedByUserId: user.id,
  exportedAt: now.toISOString(),
  metricDefinitionsVersion: snapshot.metricDefinitionsVersion,
  audience,
  delivery: null,
});
