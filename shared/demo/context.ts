import { Faker, en, generateMersenne53Randomizer } from '@faker-js/faker';
import { halfOf, planPeriodRange, type PlanPeriodRange } from '../domain/plan-period';
import { CALENDAR_YEAR, quarterOf, quarterRange, shiftQuarter, type FiscalCalendar, type QuarterRange } from '../domain/quarter';
import { addDays, fromDayNumber, isCalendarDate, laterOf, toDayNumber } from './calendar';

/** How far back the deal history reaches: the six quarters before today's, as the scorecards look back. */
const HISTORY_QUARTERS = 6;

const hex = (value: number, width: number): string => value.toString(16).padStart(width, '0');

export type Weighted<T> = readonly (readonly [T, number])[];

/**
 * The one source of randomness and of "today" for a generator run. Every
 * random choice goes through the seeded faker held here, never Math.random or
 * the clock, so the same seed and asOf give byte-identical records.
 */
export class DemoContext {
  readonly faker: Faker;
  /** The asOf quarter, the one before it (the last complete one) and the one after. */
  readonly quarter: QuarterRange;
  readonly previousQuarter: QuarterRange;
  readonly nextQuarter: QuarterRange;
  /** The history quarters and the asOf quarter, oldest first. */
  readonly historyQuarters: QuarterRange[];
  /** First day of the oldest history quarter. */
  readonly historyStart: string;
  /** The half asOf falls in: the period of the joint business plans in force. Kept here, built once: the load set asks for it per partner. */
  readonly half: PlanPeriodRange;
  /** Records were last edited within the 90 days before asOf. */
  private readonly editedSince: string;

  constructor(
    seed: number,
    readonly asOf: string,
    /** The program's fiscal calendar: the app's demo runs on calendar quarters; a generator option sets another. */
    readonly calendar: FiscalCalendar = CALENDAR_YEAR,
  ) {
    if (!isCalendarDate(asOf)) throw new RangeError(`asOf must be a calendar date like 2026-11-22, got "${asOf}"`);
    // A fresh instance per run: the shared `faker` singleton would couple runs (and tests) to each other.
    // Seeding through the randomizer keeps Faker from drawing a throwaway seed from Math.random first.
    this.faker = new Faker({ locale: [en], randomizer: generateMersenne53Randomizer(seed) });
    const label = quarterOf(asOf, this.calendar);
    this.quarter = this.range(label);
    this.previousQuarter = this.range(shiftQuarter(label, -1));
    this.nextQuarter = this.range(shiftQuarter(label, 1));
    this.historyQuarters = Array.from({ length: HISTORY_QUARTERS + 1 }, (_, i) => this.range(shiftQuarter(label, i - HISTORY_QUARTERS)));
    this.historyStart = this.historyQuarters[0]!.start;
    this.half = planPeriodRange(halfOf(asOf, this.calendar), this.calendar);
    this.editedSince = addDays(asOf, -90);
  }

  /** A quarter of the demo program's calendar. */
  range(label: string): QuarterRange {
    return quarterRange(label, this.calendar);
  }

  /**
   * A UUID v4 from four seeded 32-bit words. Same shape as
   * `faker.string.uuid()`, at a tenth of its cost: the load set makes
   * hundreds of thousands of ids and must build in seconds.
   */
  id(): string {
    const a = this.word();
    const b = this.word();
    const c = this.word();
    const d = this.word();
    return `${hex(a, 8)}-${hex(b >>> 16, 4)}-${hex((b & 0x0fff) | 0x4000, 4)}-${hex(((c >>> 16) & 0x3fff) | 0x8000, 4)}-${hex(c & 0xffff, 4)}${hex(d, 8)}`;
  }

  private word(): number {
    return this.faker.number.int({ max: 0xffff_ffff });
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  chance(probability: number): boolean {
    return this.faker.number.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return this.faker.helpers.arrayElement(items);
  }

  /** Distinct items, in the order of the list, so output does not depend on shuffle details. */
  pickSome<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set(this.faker.helpers.arrayElements(items, Math.min(count, items.length)));
    return items.filter((item) => chosen.has(item));
  }

  weighted<T>(choices: Weighted<T>): T {
    let roll = this.faker.number.float() * choices.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return choices[choices.length - 1]![0];
  }

  /** A day in [from, to]; `from` when the range is empty, so callers can clamp loosely. */
  dayBetween(from: string, to: string): string {
    const start = toDayNumber(from);
    const end = toDayNumber(to);
    return end <= start ? from : fromDayNumber(this.int(start, end));
  }

  /** A moment in office hours on the day, UTC. */
  timeOn(day: string): string {
    const minutes = this.int(7 * 60, 18 * 60);
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    return `${day}T${hh}:${mm}:00.000Z`;
  }

  /** `updatedAt` for a record that exists since `since`: its last edit within the last quarter, never after asOf. */
  touched(since: string): string {
    const from = laterOf(since, this.editedSince);
    return this.timeOn(from > this.asOf ? this.asOf : this.dayBetween(from, this.asOf));
  }

  /** Whole dollars in [min, max] rounded to the step, as cents: quotes are round numbers. */
  dollars(min: number, max: number, step = 100): number {
    return Math.round(this.int(min, max) / step) * step * 100;
  }
}
