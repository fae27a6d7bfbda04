/**
 * "Add to calendar": one iCalendar file per group, each meeting a weekly
 * recurring event in Brunei time.
 *
 * The `ics` package writes the events. It has no notion of time zones (only UTC
 * or floating local times), so we give it floating local times and then, on its
 * output, add `TZID=Asia/Brunei` to DTSTART/DTEND, a VTIMEZONE block (Outlook
 * and Apple Calendar expect one for every TZID used) and re-fold long lines at
 * 75 octets, as RFC 5545 asks (`ics` folds at 75 characters, which is too long
 * for lines with non-ASCII letters).
 */
import { createHash } from 'node:crypto';
import { createEvents, type EventAttributes } from 'ics';
import type { Locale } from '../../i18n/locales';
import { TIME_ZONE } from '../brunei';
import type { Day } from './group-fields';
import { holidayOn, isoOf, isRamadan, type Holiday } from './holidays';
import {
  addDays,
  bruneiDate,
  dayOf,
  firstDateOnOrAfter,
  minutesOf,
  resolveMeeting,
  scheduleFor,
  sortMeetings,
} from './schedule';
import type { Group, Meeting } from '../content/schemas';

/**
 * Neutral event titles a reader can choose from. A calendar event is seen on shared
 * calendars and lock screens, so it never carries the group's name or purpose.
 */
export const CALENDAR_TITLES = {
  perjumpaan: 'Perjumpaan',
  'perjumpaan-mingguan': 'Perjumpaan mingguan',
  'temu-janji': 'Temu janji',
  meeting: 'Meeting',
  'weekly-meeting': 'Weekly meeting',
  appointment: 'Appointment',
} as const;
export type CalendarTitle = keyof typeof CALENDAR_TITLES;

/** The titles offered on a page in each language, the default first. */
export const CALENDAR_TITLES_BY_LOCALE: Record<Locale, readonly CalendarTitle[]> = {
  ms: ['perjumpaan', 'perjumpaan-mingguan', 'temu-janji'],
  en: ['meeting', 'weekly-meeting', 'appointment'],
};

/**
 * The path of a group's calendar file with a chosen title (the plain `/groups/{id}.ics`
 * is titled "Perjumpaan").
 * @example calendarPath('pelangi-tutong', 'meeting') // '/groups/pelangi-tutong/meeting.ics'
 */
export function calendarPath(id: string, title?: CalendarTitle): string {
  return title ? `/groups/${id}/${title}.ics` : `/groups/${id}.ics`;
}

const BYDAY: Record<Day, string> = {
  sunday: 'SU',
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
};

// Nothing in the file names the site, the group or what it is: not the product, not the UIDs.
const PRODUCT_ID = '-//Calendar//EN';

/** The words an online meeting's place reads in the file: the link to join stays on the page. */
const ONLINE_PLACE: Record<Locale, string> = { ms: 'Dalam talian', en: 'Online' };

/**
 * An event's UID: the same on every download, so importing the file again updates the
 * events instead of doubling them, and opaque, so it names neither the group nor the site.
 */
function opaqueUid(site: string, key: string): string {
  return `${createHash('sha256').update(`${site}\n${key}`).digest('hex').slice(0, 32)}@calendar`;
}

/**
 * Asia/Brunei has been UTC+8 without daylight saving since 1933, so one
 * STANDARD rule from 1970 describes every date a calendar will show.
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:+08',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
];

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** `20261127T143000`: a local date-time as iCalendar writes it. */
function localStamp(date: CalendarDate, clock: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}${pad(date.month)}${pad(date.day)}T${clock.replace(':', '')}00`;
}

function dayAfter(date: CalendarDate): CalendarDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

export interface CalendarOptions {
  /** When the file is made: the first event starts on or after this date, and it is the DTSTAMP. */
  now: Date;
  /** The site's address, for the event UIDs. */
  site: URL | string;
  /** The neutral title the reader chose; "Perjumpaan" when none. */
  title?: CalendarTitle;
  /** Holidays and Ramadan's dates (content/holidays.yaml): EXDATEs, and the Ramadan schedule. */
  holidays?: readonly Holiday[];
}

/**
 * How far ahead dated events go for meetings whose time moves (after a prayer)
 * or that only happen in Ramadan: a repeating rule cannot say "after Isyak".
 */
export const DATED_WINDOW_WEEKS = 12;

/**
 * The iCalendar file for a group: one weekly event per clock-time meeting, dated events
 * for meetings after a prayer or in Ramadan. Privacy first: the event's title is a neutral
 * word the reader chose, with no description and no link to the page, so nothing on a
 * shared calendar or a lock screen says what the meeting is. The place stays: the reader needs it;
 * an online meeting's place reads "Online", since its link often names the group. The UIDs
 * and the product name say nothing either.
 */
export function groupCalendar(
  id: string,
  group: Group,
  { now, site, title: choice, holidays = [] }: CalendarOptions,
): string {
  const title = CALENDAR_TITLES[choice ?? 'perjumpaan'];
  const language = CALENDAR_TITLES_BY_LOCALE.en.includes(choice ?? 'perjumpaan') ? 'en' : 'ms';
  // An online meeting's link often names the group, so the file says only "Online" (review of issue 12).
  const location = group.address ? group.address.ms : ONLINE_PLACE[language];
  const host = new URL(site).hostname;

  const at = group.coordinates;
  const meetsOn = group.meetsOnHolidays ?? [];
  const common = {
    title,
    location,
    status: group.sample ? ('TENTATIVE' as const) : ('CONFIRMED' as const),
    timestamp: now.getTime(),
    ...(group.coordinates ? { geo: { lat: group.coordinates.lat, lon: group.coordinates.lng } } : {}),
  };
  /** Days the weekly rule must skip: holidays, and Ramadan when the group has a Ramadan plan. */
  const skipped = (iso: string) =>
    holidayOn(iso, holidays, meetsOn) !== undefined || (group.ramadan !== undefined && isRamadan(iso, holidays));
  const exclusions = new Map<string, string[]>();
  const events: (EventAttributes & { timestamp: number })[] = [];

  // A clock-time meeting: one weekly event, with every listed holiday (and Ramadan day) it falls on as an EXDATE.
  for (const meeting of sortMeetings(group.schedule)) {
    if (meeting.after || !meeting.start || !meeting.end) continue;
    const startDate = firstDateOnOrAfter(meeting.day, now);
    const uid = opaqueUid(host, `${id}-${meeting.day}-${meeting.start.replace(':', '')}`);
    const exdates = datesOn(meeting.day, holidays, startDate)
      .filter((date) => skipped(isoOf(date)))
      .map((date) => localStamp(date, meeting.start!));
    if (exdates.length) exclusions.set(uid, exdates);
    events.push({
      ...common,
      uid,
      start: localStamp(startDate, meeting.start),
      end: localStamp(endDateOf(startDate, meeting), meeting.end),
      recurrenceRule: `FREQ=WEEKLY;BYDAY=${BYDAY[meeting.day]}`,
    });
  }

  // Meetings after a prayer, and Ramadan meetings: a dated event on each date in the window.
  const today = bruneiDate(now);
  for (let offset = 0; offset < DATED_WINDOW_WEEKS * 7; offset++) {
    const date = addDays(today, offset);
    const iso = isoOf(date);
    if (holidayOn(iso, holidays, meetsOn)) continue;
    const inRamadan = group.ramadan !== undefined && isRamadan(iso, holidays);
    const dated: readonly Meeting[] = inRamadan
      ? scheduleFor(iso, group.schedule, { ramadan: group.ramadan, holidays })
      : group.schedule.filter((m) => m.after);
    for (const meeting of sortMeetings(dated.filter((m) => m.day === dayOf(date)))) {
      const timed = resolveMeeting(meeting, date, at);
      const kind = meeting.after ? `${meeting.after}${meeting.offset ?? 0}` : timed.start.replace(':', '');
      events.push({
        ...common,
        uid: opaqueUid(host, `${id}-${iso.replaceAll('-', '')}-${kind}${inRamadan ? '-ramadan' : ''}`),
        start: localStamp(date, timed.start),
        end: localStamp(endDateOf(date, timed), timed.end),
      });
    }
  }

  const { error, value } = createEvents(events, { productId: PRODUCT_ID, method: 'PUBLISH', calName: title });
  if (error || !value)
    throw new Error(`Could not make the calendar file for group "${id}": ${error?.message ?? 'no output'}`);
  return withBruneiTimeZone(value, exclusions);
}

/** An end at or before the start is on the next day (the meeting runs past midnight). */
function endDateOf(
  date: CalendarDate,
  meeting: { start?: string | undefined; end?: string | undefined },
): CalendarDate {
  return minutesOf(meeting.end ?? '00:00') <= minutesOf(meeting.start ?? '00:00') ? dayAfter(date) : date;
}

/** Every date on a weekday from `from` to the last date in the holiday list. */
function datesOn(day: Day, holidays: readonly Holiday[], from: CalendarDate): CalendarDate[] {
  const last = holidays.reduce((latest, h) => (h.end > latest ? h.end : latest), '');
  const dates: CalendarDate[] = [];
  for (let date = from; isoOf(date) <= last; date = addDays(date, 7)) {
    if (dayOf(date) === day) dates.push(date);
  }
  return dates;
}

/**
 * Anchors floating DTSTART/DTEND to Asia/Brunei, adds its VTIMEZONE and each
 * event's EXDATEs (the `ics` package cannot write them), re-folds every line.
 */
function withBruneiTimeZone(ics: string, exclusions: ReadonlyMap<string, string[]> = new Map()): string {
  let uid = '';
  const lines = ics
    .replace(/\r\n[ \t]/g, '') // unfold
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/^(DTSTART|DTEND):(\d{8}T\d{6})$/, `$1;TZID=${TIME_ZONE}:$2`))
    .flatMap((line) => {
      if (line.startsWith('UID:')) uid = line.slice(4);
      const exdates = line === 'END:VEVENT' ? exclusions.get(uid) : undefined;
      return exdates ? [`EXDATE;TZID=${TIME_ZONE}:${exdates.join(',')}`, line] : [line];
    });
  const firstEvent = lines.indexOf('BEGIN:VEVENT');
  lines.splice(firstEvent === -1 ? lines.length - 1 : firstEvent, 0, `X-WR-TIMEZONE:${TIME_ZONE}`, ...VTIMEZONE);
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1),
 * never splitting a multi-byte character.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // a continuation line starts with one space
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
