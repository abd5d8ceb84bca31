/**
 * How dates and times read on every screen and in every statement line, in
 * one place so no two disagree (issue 13: ISO dates, `toLocaleString` times
 * and mm/dd/yyyy sat side by side). Calendar dates read "Sep 30, 2026"; times of day on the
 * 24-hour clock, "14:05", in the device's time zone. Stored values stay ISO;
 * date inputs keep the browser's own control.
 */

// One formatter each: building an Intl formatter costs far more than using one.
const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' });
const timeFormat = new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "2026-09-30" → "Sep 30, 2026": a calendar date, the same day wherever the reader is. */
export const dateText = (iso: string): string => {
  const at = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(at) ? iso : dateFormat.format(at);
};

/** An instant in the reader's own time: "Nov 22, 2026, 09:41". */
export const dateTimeText = (iso: string): string => {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso : dateTimeFormat.format(at);
};

/** An instant's time of day in the reader's own time, "14:05": what "synced at" needs at a glance. */
export const timeText = (iso: string): string => {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso : timeFormat.format(at);
};
