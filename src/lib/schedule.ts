/**
 * Meeting times, always in Brunei time (Asia/Brunei, UTC+8 all year).
 * The directory island and the build both use these functions, so "now",
 * "today" and "next meeting" mean the same thing on every reader's device,
 * whatever zone its clock is set to.
 */
import { UTC_OFFSET_MINUTES } from './brunei';
import { fillSlots } from '../i18n/format';
import { DAYS, type Day } from './group-fields';
import type { Meeting } from './schemas';

export const MINUTES_PER_DAY = 24 * 60;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** Meeting Guide / JavaScript day number: 0 = Sunday … 6 = Saturday. */
export function dayNumber(day: Day): number {
  return DAYS.indexOf(day);
}

/** Minutes after midnight for "HH:MM". @example minutesOf('14:30') // 870 */
export function minutesOf(clock: string): number {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  return h * 60 + m;
}

/** "HH:MM" for minutes after midnight (wrapping past 24:00). @example clockOf(870) // '14:30' */
export function clockOf(minutes: number): string {
  const m = modulo(minutes, MINUTES_PER_DAY);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Meetings in week order (Sunday first, as in Brunei calendars), then by start time. */
export function sortMeetings(meetings: readonly Meeting[]): Meeting[] {
  return [...meetings].sort((a, b) => dayNumber(a.day) - dayNumber(b.day) || minutesOf(a.start) - minutesOf(b.start));
}

// `%` keeps the sign of the dividend; week arithmetic needs a result in [0, n).
function modulo(value: number, n: number): number {
  return ((value % n) + n) % n;
}

/**
 * Minutes since Sunday 00:00 in Brunei for an instant, to the minute.
 * A fixed offset is exact here: Brunei has had no daylight saving.
 * @example bruneiWeekMinute(new Date('2026-11-27T03:00:00Z')) // Friday 11:00 → 5 * 1440 + 660
 */
export function bruneiWeekMinute(now: Date): number {
  const localMinute = Math.floor(now.getTime() / 60_000) + UTC_OFFSET_MINUTES;
  const localDay = Math.floor(localMinute / MINUTES_PER_DAY);
  // 1 January 1970 was a Thursday (day 4).
  return modulo(localDay + 4, 7) * MINUTES_PER_DAY + modulo(localMinute, MINUTES_PER_DAY);
}

/** The day of the week it is in Brunei. */
export function bruneiDay(now: Date): Day {
  return DAYS[Math.floor(bruneiWeekMinute(now) / MINUTES_PER_DAY)] ?? 'sunday';
}

/** Where a meeting sits in the week: its start (minutes since Sunday 00:00) and length in minutes. */
export function meetingSpan(meeting: Meeting): { start: number; length: number } {
  const start = minutesOf(meeting.start);
  // An end at or before the start means the meeting runs past midnight.
  const length = modulo(minutesOf(meeting.end) - start, MINUTES_PER_DAY) || MINUTES_PER_DAY;
  return { start: dayNumber(meeting.day) * MINUTES_PER_DAY + start, length };
}

/** True from a meeting's start minute up to, not including, its end minute (Brunei time). */
export function isMeetingNow(meeting: Meeting, now: Date): boolean {
  const { start, length } = meetingSpan(meeting);
  // Minutes since its most recent start, counting back across the week's end.
  return modulo(bruneiWeekMinute(now) - start, MINUTES_PER_WEEK) < length;
}

/** Minutes until a meeting next starts: 0 at its start minute, else up to a week ahead. */
export function minutesUntilStart(meeting: Meeting, now: Date): number {
  return modulo(meetingSpan(meeting).start - bruneiWeekMinute(now), MINUTES_PER_WEEK);
}

export interface NextMeeting {
  meeting: Meeting;
  /** Minutes from now to its start; zero or negative when it is under way. */
  startsIn: number;
  inProgress: boolean;
  /** 0 when it starts today in Brunei, 1 tomorrow, and so on (negative only if under way since yesterday). */
  daysAhead: number;
}

/**
 * The meeting a reader could go to next: one under way now, else the soonest
 * start, wrapping from Saturday into the following week.
 */
export function nextMeeting(schedule: readonly Meeting[], now: Date): NextMeeting | undefined {
  const weekMinute = bruneiWeekMinute(now);
  let best: NextMeeting | undefined;
  for (const meeting of schedule) {
    const { start, length } = meetingSpan(meeting);
    const since = modulo(weekMinute - start, MINUTES_PER_WEEK);
    const inProgress = since < length;
    const startsIn = inProgress ? -since : modulo(-since, MINUTES_PER_WEEK);
    if (!best || startsIn < best.startsIn) {
      const daysAhead = Math.floor((modulo(weekMinute, MINUTES_PER_DAY) + startsIn) / MINUTES_PER_DAY);
      best = { meeting, startsIn, inProgress, daysAhead };
    }
  }
  return best;
}

/** The instant a meeting next starts (or started, when under way), to the minute. */
export function startInstant(next: Pick<NextMeeting, 'startsIn'>, now: Date): Date {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000 + next.startsIn * 60_000);
}

export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'night'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/**
 * The part of the day a meeting starts in: morning 05:00–11:59, afternoon
 * 12:00–16:59, evening 17:00–20:59, night 21:00–04:59.
 * @example timeOfDay('14:30') // 'afternoon'
 */
export function timeOfDay(clock: string): TimeOfDay {
  const m = minutesOf(clock);
  if (m >= 5 * 60 && m < 12 * 60) return 'morning';
  if (m >= 12 * 60 && m < 17 * 60) return 'afternoon';
  if (m >= 17 * 60 && m < 21 * 60) return 'evening';
  return 'night';
}

/**
 * The calendar date (in Brunei) of the first meeting on or after `from`:
 * where a weekly calendar event starts.
 * @example firstDateOnOrAfter('friday', new Date('2026-11-26T00:00:00Z')) // { year: 2026, month: 11, day: 27 }
 */
export function firstDateOnOrAfter(day: Day, from: Date): { year: number; month: number; day: number } {
  const weekMinute = bruneiWeekMinute(from);
  const daysAhead = modulo(dayNumber(day) - Math.floor(weekMinute / MINUTES_PER_DAY), 7);
  // Midday in Brunei on that date, read back in UTC, gives the Brunei calendar date.
  const localMidnight = from.getTime() + (UTC_OFFSET_MINUTES - modulo(weekMinute, MINUTES_PER_DAY)) * 60_000;
  const date = new Date(localMidnight + daysAhead * MINUTES_PER_DAY * 60_000 + 12 * 3_600_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Words for describing a meeting, in the reader's language. */
export interface ScheduleWords {
  /** Day names, Sunday first. */
  days: readonly string[];
  today: string;
  tomorrow: string;
  /** e.g. "Meeting now, until {end}". */
  now: string;
}

/**
 * "Today, 19:30", "Tomorrow, 09:00", "Tuesday, 19:30" or "Meeting now, until 21:00".
 * @example nextMeetingLabel({ meeting: { day: 'friday', start: '14:30', end: '16:00' }, startsIn: 210, inProgress: false, daysAhead: 0 }, words) // 'Today, 14:30'
 */
export function nextMeetingLabel(next: NextMeeting, words: ScheduleWords): string {
  const { meeting } = next;
  if (next.inProgress) return fillSlots(words.now, { end: meeting.end });
  const day =
    next.daysAhead === 0
      ? words.today
      : next.daysAhead === 1
        ? words.tomorrow
        : (words.days[dayNumber(meeting.day)] ?? '');
  return `${day}, ${meeting.start}`;
}
