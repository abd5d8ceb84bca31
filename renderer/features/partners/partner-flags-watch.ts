import type { Reads } from '../../db';
import { fiscalCalendarOf, quarterOf } from '../../../shared/domain/quarter';
import { flagAssessor, setFlag, setTierFlags, type FlagInputs, type PartnerFlags } from './partner-flags';

/** Every table a flag depends on: a write to any of them can change a flag. */
const FLAG_TABLES = ['partners', 'contacts', 'certifications', 'opportunities', 'jointSolutions', 'tierRuleSets', 'certificationPrograms', 'programSettings'] as const;

/**
 * What the flags need: every partner with its contacts, certifications and
 * deals (a partner above Registered may qualify below its tier whatever
 * lapses, so each needs its assessment), the joint solutions and the rules.
 * Whole tables, each one getAll request: cheaper than thousands of keyed
 * reads once most partners are read anyway. One read-only transaction, so
 * the inputs are one consistent snapshot.
 */
export const readFlagInputs = (reads: Reads, asOf: string): Promise<FlagInputs> =>
  reads.snapshotOf(FLAG_TABLES, async () => {
    // The program's settings decide the quarter (its fiscal calendar) and how deals count toward the tier (credit, rates).
    const settings = (await reads.rows('programSettings')).find((s) => !s.deleted);
    const calendar = fiscalCalendarOf(settings);
    const quarter = quarterOf(asOf, calendar);
    // Raw rows: the calculators skip tombstones.
    const [partners, contacts, certifications, opportunities, jointSolutions, ruleSets, certificationPrograms] = await Promise.all([
      reads.rows('partners'),
      reads.rows('contacts'),
      reads.rows('certifications'),
      reads.rows('opportunities'),
      reads.rows('jointSolutions'),
      reads.rows('tierRuleSets'),
      reads.rows('certificationPrograms'),
    ]);
    return {
      partners: partners.filter((p) => !p.deleted),
      contacts,
      certifications,
      certificationPrograms,
      opportunities,
      jointSolutions,
      ruleSets: ruleSets.filter((r) => !r.deleted),
      quarter,
      calendar,
      ...(settings?.dealCredit && { dealCredit: settings.dealCredit }),
      ...(settings?.exchangeRates && { exchangeRates: settings.exchangeRates }),
      asOf,
    };
  });

export interface FlagWatchOptions {
  /** Today, asked at every recompute: the flags are about the quarter the day falls in. */
  asOf: () => string;
  /** Called with the flags of the latest snapshot; a partner absent from the map has no flag. */
  onFlags: (flags: ReadonlyMap<string, PartnerFlags>) => void;
  /** Called when a recompute fails; the previous flags stay. */
  onError?: (error: unknown) => void;
  /** Gives the page the thread back between slices of tier assessments. */
  yieldToPage?: () => Promise<void>;
  /** Longest stretch of assessments between two yields. */
  sliceMs?: number;
  /** Writes often come in bursts (a sync page, an import): recompute once the burst has been quiet this long. */
  settleMs?: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Flags for every partner, now and after every write that could change one.
 * The tier assessments run in slices between which the page handles input,
 * so a manager can search while they are computed. Recomputed as
 * the store's watcher schedules it: once per burst of writes, one at a time.
 * Returns the stop function.
 */
export const watchPartnerFlags = (reads: Reads, options: FlagWatchOptions): (() => void) => {
  const { asOf, onFlags, onError, yieldToPage = nextTask, sliceMs = 8, settleMs = 150 } = options;
  const rerun = reads.watch(
    FLAG_TABLES,
    async (stopped) => {
      const inputs = await readFlagInputs(reads, asOf());
      const assessor = flagAssessor(inputs);
      const flags = new Map<string, PartnerFlags>();
      for (const id of assessor.incompleteModels()) setFlag(flags, id, 'commercialModelIncomplete');
      let sliceStart = performance.now();
      for (const partner of inputs.partners) {
        setTierFlags(flags, partner.id, assessor.tier(partner));
        if (performance.now() - sliceStart > sliceMs) {
          await yieldToPage();
          if (stopped()) return;
          sliceStart = performance.now();
        }
      }
      if (!stopped()) onFlags(flags);
    },
    { settleMs, ...(onError && { onError }) },
  );
  return rerun.stop;
};
