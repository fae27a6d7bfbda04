import { DAYS, type Day, type Meeting } from './schemas';

/** Meeting Guide / JavaScript day number: 0 = Sunday … 6 = Saturday. */
export function dayNumber(day: Day): number {
  return DAYS.indexOf(day);
}

/** Minutes after midnight for "HH:MM". */
export function minutesOf(clock: string): number {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  return h * 60 + m;
}

/** Meetings in week order (Sunday first, as in Brunei calendars), then by start time. */
export function sortMeetings(meetings: readonly Meeting[]): Meeting[] {
  return [...meetings].sort((a, b) => dayNumber(a.day) - dayNumber(b.day) || minutesOf(a.start) - minutesOf(b.start));
}
