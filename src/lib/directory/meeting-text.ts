/**
 * The words around a meeting's time, shared by the build (group cards, group
 * pages, printed lists) and the islands (next meeting, "now / next"): the
 * schedule lines, the next meeting with its Gregorian and approximate Hijri
 * date, and the holiday notice. Ships to the browser: no schema library here.
 */
import { fillSlots } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { TextKey } from '../../i18n/ui';
import { formatDate } from '../dates';
import { DAYS, type Day } from './group-fields';
import { hijriDate, isoOf, upcomingRamadan, type Holiday } from './holidays';
import type { LatLng } from './prayer-times';
import {
  addDays,
  bruneiDate,
  dayNumber,
  dayOf,
  nextMeeting,
  nextMeetingLabel,
  resolveMeeting,
  sortMeetings,
  startLabel,
  type NextMeeting,
  type ScheduleOptions,
  type ScheduleWords,
} from './schedule';
import type { Group, Meeting } from '../content/schemas';
import type { CalendarDate } from './prayer-times';

/** Everything the next-meeting text needs, in one language. */
export interface MeetingWords extends ScheduleWords {
  locale: Locale;
  /** "No meeting on {holiday} ({date}) unless the group says otherwise." */
  holiday: string;
  /** "{date} (approximate)": the date names its era (AH, H) */
  hijri: string;
  /** "Ramadan schedule" */
  ramadanNext: string;
}

/** The interface strings a translator gives, as `MeetingWords`. */
export function meetingWords(locale: Locale, t: (key: TextKey) => string): MeetingWords {
  return {
    locale,
    days: DAYS.map((d) => t(`day.${d}`)),
    today: t('directory.today'),
    tomorrow: t('directory.tomorrow'),
    now: t('directory.nowUntil'),
    prayers: {
      subuh: t('prayer.subuh'),
      zohor: t('prayer.zohor'),
      asar: t('prayer.asar'),
      maghrib: t('prayer.maghrib'),
      isyak: t('prayer.isyak'),
    },
    after: t('schedule.after'),
    afterOffset: t('schedule.afterOffset'),
    holiday: t('schedule.holiday'),
    hijri: t('schedule.hijri'),
    ramadanNext: t('schedule.ramadanNext'),
  };
}

/** Midday in Brunei on a date: an instant that formats as that date in Brunei. */
export function middayOf(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day, 4));
}

/**
 * One line per weekly meeting, in week order: its day and its time, as
 * "after Isyak (about 19:25)–20:55" or "14:30–16:00". A prayer time is the one
 * on the meeting's next date after `now` (the build, for printed and static lists).
 */
export function scheduleLines(
  meetings: readonly Meeting[],
  now: Date,
  words: MeetingWords,
  at?: LatLng,
): { day: Day; dayName: string; time: string }[] {
  const today = bruneiDate(now);
  return sortMeetings(meetings).map((m) => {
    const ahead = (dayNumber(m.day) - dayNumber(dayOf(today)) + 7) % 7;
    const timed = resolveMeeting(m, addDays(today, ahead), at);
    return {
      day: m.day,
      dayName: words.days[dayNumber(m.day)] ?? m.day,
      time: `${startLabel(timed, words)}–${timed.end}`,
    };
  });
}

/**
 * When to work out Ramadan meetings' prayer times for a list: the first day of the
 * coming Ramadan in the holidays list (its Isyak, not December's), or `now` during it.
 */
export function ramadanListDate(now: Date, holidays: readonly Holiday[]): Date {
  const ramadan = upcomingRamadan(isoOf(bruneiDate(now)), holidays);
  if (!ramadan) return now;
  const start = middayOf(calendarDateOf(ramadan.start));
  return start > now ? start : now;
}

/** The date an ISO day (`2026-02-18`) names. */
export function calendarDateOf(iso: string): CalendarDate {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month, day };
}

/** A group's fields that say when it meets. */
export type GroupTimes = Pick<Group, 'schedule' | 'ramadan' | 'meetsOnHolidays' | 'coordinates'>;

/**
 * A group's Ramadan lines for a list, with prayer times as on the first day of the
 * coming Ramadan (`ramadanListDate`); none when it keeps no Ramadan schedule.
 */
export function ramadanLines(group: GroupTimes, now: Date, holidays: readonly Holiday[], words: MeetingWords) {
  return group.ramadan?.schedule
    ? scheduleLines(group.ramadan.schedule, ramadanListDate(now, holidays), words, group.coordinates)
    : [];
}

/** Schedule lines on one line of text: "Monday, 19:30–21:00; Friday, 14:30–16:00". */
export function joinLines(lines: readonly { dayName: string; time: string }[]): string {
  return lines.map((line) => `${line.dayName}, ${line.time}`).join('; ');
}

/** Whether any of a group's meetings, weekly or in Ramadan, starts after a prayer. */
export function followsPrayer(group: GroupTimes): boolean {
  return [...group.schedule, ...(group.ramadan?.schedule ?? [])].some((m) => m.after);
}

/** The first and last day of a Ramadan, as the page's language writes dates. */
export function ramadanRange(ramadan: Pick<Holiday, 'start' | 'end'>, locale: Locale): { start: string; end: string } {
  return {
    start: formatDate(middayOf(calendarDateOf(ramadan.start)), locale),
    end: formatDate(middayOf(calendarDateOf(ramadan.end)), locale),
  };
}

/**
 * What the next-meeting island reads from an element's `data-next` attribute: the
 * build cannot know "now", so the reader's device works the next meeting out.
 */
export interface NextMeetingData {
  schedule: Meeting[];
  options: ScheduleOptions;
  words: MeetingWords;
}

/** A group's `NextMeetingData`: its meetings, Ramadan, holidays and place, and the words. */
export function nextMeetingData(group: GroupTimes, holidays: Holiday[], words: MeetingWords): NextMeetingData {
  return {
    schedule: group.schedule,
    options: { ramadan: group.ramadan, holidays, meetsOnHolidays: group.meetsOnHolidays, at: group.coordinates },
    words,
  };
}

/**
 * When the next meeting is, in words, and any holiday it skips: what a directory card
 * shows. It formats no date unless a holiday is skipped, so the directory starts
 * without making a date formatter (the first one costs a phone tens of milliseconds).
 */
export function nextMeetingWhen(next: NextMeeting, words: MeetingWords): { when: string; holiday: string } {
  const label = nextMeetingLabel(next, words);
  return {
    when: next.ramadan ? `${label} (${words.ramadanNext})` : label,
    holiday: next.skipped ? holidayNotice(next.skipped.holiday, next.skipped.date, words) : '',
  };
}

/**
 * The longest "when" the group page can show for this group (in characters), so the
 * page can keep room for it before its island fills it in: every next meeting a
 * reader could see in the eight days after the build, hour by hour. Left out, because
 * room for them would leave an empty line under most answers: the words for a meeting
 * under way (an hour or two a week; they may take a line more), and a Ramadan
 * schedule's longer words unless Ramadan falls in those days.
 */
export function longestNextMeeting(data: NextMeetingData, from: Date): number {
  let longest = 0;
  for (let hour = 0; hour < 8 * 24; hour++) {
    const next = nextMeeting(data.schedule, new Date(from.getTime() + hour * 3_600_000), data.options);
    if (next && !next.inProgress) longest = Math.max(longest, nextMeetingWhen(next, data.words).when.length);
  }
  return longest;
}

/** The next meeting in words: when, its date in both calendars, and any holiday notice. */
export function nextMeetingText(
  next: NextMeeting,
  words: MeetingWords,
): { when: string; date: string; hijri: string; hijriParts: [string, string, string]; holiday: string } {
  const instant = middayOf(next.date);
  const hijri = hijriDate(instant, words.locale);
  // The Hijri date alone, between the label's words, so a page can keep the date whole on a
  // line ("1448 AH" never apart from its day) and still break before "(approximate)".
  const [before = '', after = ''] = words.hijri.split('{date}');
  return {
    ...nextMeetingWhen(next, words),
    date: formatDate(instant, words.locale),
    hijri: fillSlots(words.hijri, { date: hijri }),
    hijriParts: [before, hijri, after],
  };
}

/** "No meeting on Hari Raya Aidilfitri (9 March 2027) unless the group says otherwise." */
export function holidayNotice(holiday: Holiday, date: CalendarDate, words: MeetingWords): string {
  return fillSlots(words.holiday, {
    holiday: holiday.name[words.locale],
    date: formatDate(middayOf(date), words.locale),
  });
}
