/**
 * Meeting times, always in Brunei time (Asia/Brunei, UTC+8 all year).
 * The directory island and the build both use these functions, so "now",
 * "today" and "next meeting" mean the same thing on every reader's device,
 * whatever zone its clock is set to.
 */
import { UTC_OFFSET_MINUTES } from '../brunei';
import { fillSlots } from '../../i18n/format';
import { DAYS, type Day } from './group-fields';
import { holidayOn, isoOf, isRamadan, type Holiday, type HolidayKind } from './holidays';
import { prayerMinute, type CalendarDate, type LatLng, type Prayer } from './prayer-times';
import type { Meeting, Ramadan } from '../content/schemas';

/** A meeting with its clock times worked out for one date (a clock-time meeting as it is). */
export type TimedMeeting = Meeting & { start: string; end: string };

/** What, besides the weekly schedule, decides when a group meets. */
export interface ScheduleOptions {
  /** The group's Ramadan schedule, or that it pauses. */
  ramadan?: Ramadan | undefined;
  /** Holidays and Ramadan's dates, from content/holidays.yaml. */
  holidays?: readonly Holiday[];
  /** Holiday kinds the group still meets on. */
  meetsOnHolidays?: readonly HolidayKind[];
  /** Where prayer times are computed (the meeting place). */
  at?: LatLng | undefined;
}

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

// Where each prayer roughly falls in Brunei, only to put meetings in order.
const PRAYER_ORDER: Record<Prayer, number> = { subuh: 300, zohor: 750, asar: 950, maghrib: 1100, isyak: 1170 };

/** A meeting's start for ordering: its clock time, or roughly when its prayer is. */
function orderMinute(m: Meeting): number {
  return m.after ? PRAYER_ORDER[m.after] + (m.offset ?? 0) : minutesOf(m.start ?? '00:00');
}

/** Meetings in week order (Sunday first, as in Brunei calendars), then by start time. */
export function sortMeetings<M extends Meeting>(meetings: readonly M[]): M[] {
  return [...meetings].sort((a, b) => dayNumber(a.day) - dayNumber(b.day) || orderMinute(a) - orderMinute(b));
}

/**
 * A meeting's clock times on a date: a prayer-relative meeting starts `offset`
 * minutes after that day's prayer time and lasts `duration` minutes.
 * @example resolveMeeting({ day: 'friday', after: 'isyak', offset: 15, duration: 90 }, { year: 2026, month: 12, day: 4 }).start // '19:3x'
 */
export function resolveMeeting(meeting: Meeting, date: CalendarDate, at?: LatLng): TimedMeeting {
  if (meeting.after === undefined) return meeting as TimedMeeting;
  const start = prayerMinute(meeting.after, date, at) + (meeting.offset ?? 0);
  return { ...meeting, start: clockOf(start), end: clockOf(start + (meeting.duration ?? 60)) };
}

/** The calendar date in Brunei of an instant. */
export function bruneiDate(now: Date): CalendarDate {
  const local = new Date(now.getTime() + UTC_OFFSET_MINUTES * 60_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** The date `days` after a date (negative: before), across months and years. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The day of the week of a calendar date. */
export function dayOf(date: CalendarDate): Day {
  return DAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()] ?? 'sunday';
}

/** The schedule in force on a date: the Ramadan one during Ramadan (none if paused), else the usual. */
export function scheduleFor(iso: string, schedule: readonly Meeting[], options: ScheduleOptions): readonly Meeting[] {
  if (options.ramadan && isRamadan(iso, options.holidays ?? [])) return options.ramadan.schedule ?? [];
  return schedule;
}

/** What happens on one date: the meetings (with their times), or the holiday that cancels them. */
export function meetingsOn(
  date: CalendarDate,
  schedule: readonly Meeting[],
  options: ScheduleOptions = {},
): { meetings: TimedMeeting[]; holiday?: Holiday; ramadan: boolean } {
  const iso = isoOf(date);
  const ramadan = isRamadan(iso, options.holidays ?? []);
  const day = dayOf(date);
  const meetings = scheduleFor(iso, schedule, options)
    .filter((m) => m.day === day)
    .map((m) => resolveMeeting(m, date, options.at));
  const holiday = meetings.length ? holidayOn(iso, options.holidays ?? [], options.meetsOnHolidays) : undefined;
  return holiday ? { meetings: [], holiday, ramadan } : { meetings, ramadan };
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
  // A clock-time meeting; a prayer-relative one has no fixed place in the week.
  const start = minutesOf(meeting.start ?? '00:00');
  // An end at or before the start means the meeting runs past midnight.
  const length = modulo(minutesOf(meeting.end ?? '00:00') - start, MINUTES_PER_DAY) || MINUTES_PER_DAY;
  return { start: dayNumber(meeting.day) * MINUTES_PER_DAY + start, length };
}

/**
 * True from a meeting's start minute up to, not including, its end minute
 * (Brunei time), on the dates it takes place (not on a holiday, not when
 * Ramadan replaces it).
 */
export function isMeetingNow(meeting: Meeting, now: Date, options: ScheduleOptions = {}): boolean {
  return nextMeeting([meeting], now, options)?.inProgress ?? false;
}

/** Minutes until a clock-time meeting next starts: 0 at its start minute, else up to a week ahead. */
export function minutesUntilStart(meeting: Meeting, now: Date): number {
  return modulo(meetingSpan(meeting).start - bruneiWeekMinute(now), MINUTES_PER_WEEK);
}

export interface NextMeeting {
  /** The meeting, with its clock times for that date. */
  meeting: TimedMeeting;
  /** Minutes from now to its start; zero or negative when it is under way. */
  startsIn: number;
  inProgress: boolean;
  /** 0 when it starts today in Brunei, 1 tomorrow, and so on (negative only if under way since yesterday). */
  daysAhead: number;
  /** Its date in Brunei. */
  date: CalendarDate;
  /** True when it is on the group's Ramadan schedule. */
  ramadan: boolean;
  /** The first holiday before it on which the group would have met, and that day's date. */
  skipped?: { holiday: Holiday; date: CalendarDate } | undefined;
}

/** How far ahead to look: past a month of Ramadan pause and the Hari Raya days after it. */
export const LOOK_AHEAD_DAYS = 45;

/**
 * The meeting a reader could go to next: one under way now, else the soonest
 * start, date by date in Brunei, skipping holidays and following Ramadan.
 * Looks back to yesterday for a meeting that runs past midnight.
 */
export function nextMeeting(
  schedule: readonly Meeting[],
  now: Date,
  options: ScheduleOptions = {},
): NextMeeting | undefined {
  const today = bruneiDate(now);
  const nowMinute = modulo(bruneiWeekMinute(now), MINUTES_PER_DAY);
  let best: NextMeeting | undefined;
  let skipped: NextMeeting['skipped'];
  for (let offset = -1; offset <= LOOK_AHEAD_DAYS; offset++) {
    // Every meeting on a later date starts later than one already found.
    if (best && offset * MINUTES_PER_DAY - nowMinute > best.startsIn) break;
    const date = addDays(today, offset);
    const day = meetingsOn(date, schedule, options);
    if (day.holiday && offset >= 0 && !skipped) skipped = { holiday: day.holiday, date };
    for (const meeting of day.meetings) {
      const start = offset * MINUTES_PER_DAY + minutesOf(meeting.start);
      const length = modulo(minutesOf(meeting.end) - minutesOf(meeting.start), MINUTES_PER_DAY) || MINUTES_PER_DAY;
      const since = nowMinute - start;
      if (since >= length) continue;
      const startsIn = since > 0 ? -since : -since || 0;
      if (!best || startsIn < best.startsIn) {
        best = { meeting, startsIn, inProgress: since >= 0, daysAhead: offset, date, ramadan: day.ramadan };
      }
    }
  }
  if (best && skipped && isoOf(skipped.date) < isoOf(best.date)) best.skipped = skipped;
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
  /** Prayer names, e.g. { isyak: 'Isyak', … }; English names when left out. */
  prayers?: Partial<Record<Prayer, string>>;
  /** e.g. "after {prayer} (about {time})". */
  after?: string;
  /** e.g. "{minutes} min after {prayer} (about {time})". */
  afterOffset?: string;
}

const PRAYER_NAMES: Record<Prayer, string> = {
  subuh: 'Subuh',
  zohor: 'Zohor',
  asar: 'Asar',
  maghrib: 'Maghrib',
  isyak: 'Isyak',
};

/**
 * A meeting's start as a reader should see it: "19:30", or "after Isyak (about 19:55)".
 * @example startLabel({ day: 'friday', after: 'isyak', start: '19:25', end: '21:00' }, words) // 'after Isyak (about 19:25)'
 */
export function startLabel(
  meeting: TimedMeeting,
  words: Pick<ScheduleWords, 'prayers' | 'after' | 'afterOffset'>,
): string {
  if (!meeting.after) return meeting.start;
  const prayer = words.prayers?.[meeting.after] ?? PRAYER_NAMES[meeting.after];
  const template = meeting.offset
    ? (words.afterOffset ?? '{minutes} min after {prayer} (about {time})')
    : (words.after ?? 'after {prayer} (about {time})');
  return fillSlots(template, { minutes: meeting.offset ?? 0, prayer, time: meeting.start });
}

/**
 * "Today, 19:30", "Tomorrow, after Isyak (about 19:25)", "Tuesday, 19:30" or "Meeting now, until 21:00".
 * @example nextMeetingLabel({ meeting: { day: 'friday', start: '14:30', end: '16:00' }, startsIn: 210, inProgress: false, daysAhead: 0, … }, words) // 'Today, 14:30'
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
  return `${day}, ${startLabel(meeting, words)}`;
}

/**
 * The holidays a page built at `built` can still need: those not over by the day
 * before (a reader's "now" is never before the build, and `nextMeeting` looks from
 * yesterday). A group page carries them for its island, so entries already over would
 * be bytes in every group page for nothing as the file grows year by year.
 */
export function holidaysAfter(holidays: readonly Holiday[], built: Date): Holiday[] {
  const yesterday = isoOf(addDays(bruneiDate(built), -1));
  return holidays.filter((h) => h.end >= yesterday);
}
