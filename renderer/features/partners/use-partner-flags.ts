import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { PartnerDeskDb } from '../../db';
import type { Table } from 'dexie';
import type { EntityOf } from '../../../shared/domain/entities';
import { quarterRange } from '../../../shared/domain/quarter';
import { currentQuarter, today } from '../../ui/today';
import { flagAssessor, setFlag, type FlagInputs, type PartnerFlags } from './partner-flags';

/** Longest stretch of flag work before the page gets the thread back: well under a frame, so typing stays smooth. */
const SLICE_MS = 8;

/**
 * What the flags need, live: the certifications lapsing this quarter (by the
 * expiry index), the children of those few partners only, and the joint
 * solutions. Never the whole store.
 */
const readFlagInputs = async (db: PartnerDeskDb): Promise<FlagInputs> => {
  const quarter = currentQuarter();
  const asOf = today();
  const lapsing = await db.certifications.where('expiresOn').between(asOf, quarterRange(quarter).end, true, true).toArray();
  const ids = [...new Set(lapsing.filter((c) => !c.deleted).map((c) => c.partnerId))];
  // One indexed read per partner and table: Dexie's anyOf over thousands of keys walks a cursor key by
  // key (seconds per table here), while a plain equal-key read is one getAll request, and they pipeline.
  // No .filter() on the query, which would turn it back into a cursor: the calculators skip tombstones.
  const childrenOf = <N extends 'contacts' | 'certifications' | 'opportunities'>(table: N) =>
    Promise.all(ids.map((id) => (db[table] as unknown as Table<EntityOf<N>, string>).where('partnerId').equals(id).toArray())).then((groups) =>
      groups.flat(),
    );
  const [partners, contacts, certifications, opportunities, jointSolutions, ruleSets, certificationPrograms] = await Promise.all([
    db.partners.bulkGet(ids),
    childrenOf('contacts'),
    childrenOf('certifications'),
    childrenOf('opportunities'),
    db.jointSolutions.toArray(),
    db.tierRuleSets.toArray(),
    db.certificationPrograms.toArray(),
  ]);
  return {
    partners: partners.filter((p) => p !== undefined),
    contacts,
    certifications,
    certificationPrograms,
    opportunities,
    jointSolutions,
    ruleSets: ruleSets.filter((r) => !r.deleted),
    quarter,
    asOf,
  };
};

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Flags for every partner, recomputed when a record they depend on changes.
 * The tier assessments run in slices of a few milliseconds between which the
 * page handles input, so a manager can search while they are computed.
 * `enabled` lets the list draw first.
 */
export const usePartnerFlags = (db: PartnerDeskDb, enabled: boolean): ReadonlyMap<string, PartnerFlags> | undefined => {
  const inputs = useLiveQuery(() => (enabled ? readFlagInputs(db) : undefined), [db, enabled]);
  const [flags, setFlags] = useState<ReadonlyMap<string, PartnerFlags>>();
  useEffect(() => {
    if (!inputs) return;
    let cancelled = false;
    void (async () => {
      const assessor = flagAssessor(inputs);
      const next = new Map<string, PartnerFlags>();
      for (const id of assessor.incompleteModels()) setFlag(next, id, 'commercialModelIncomplete');
      let sliceStart = performance.now();
      for (const partner of inputs.partners) {
        if (assessor.tierAtRisk(partner)) setFlag(next, partner.id, 'tierAtRisk');
        if (performance.now() - sliceStart > SLICE_MS) {
          await nextTask();
          if (cancelled) return;
          sliceStart = performance.now();
        }
      }
      if (!cancelled) setFlags(next);
    })();
    return () => {
      cancelled = true;
    };
  }, [inputs]);
  return flags;
};
