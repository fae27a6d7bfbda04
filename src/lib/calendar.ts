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
import { createEvents, type EventAttributes } from 'ics';
import type { Locale } from '../i18n/locales';
import { TIME_ZONE } from './brunei';
import type { Day } from './group-fields';
import { firstDateOnOrAfter, minutesOf, sortMeetings } from './schedule';
import type { Group } from './schemas';

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

const PRODUCT_ID = '-//Rakan Pulih//Calendar//EN';

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
}

/**
 * The iCalendar file for a group: one weekly event per meeting in its schedule.
 * Privacy first: the event's title is a neutral word the reader chose, with no
 * description and no link to the page, so nothing on a shared calendar or a lock
 * screen says what the meeting is. The place stays: the reader needs it.
 */
export function groupCalendar(id: string, group: Group, { now, site, title: choice }: CalendarOptions): string {
  const title = CALENDAR_TITLES[choice ?? 'perjumpaan'];
  const location = group.address ? group.address.ms : (group.conferenceUrl ?? 'Online');
  const host = new URL(site).hostname;

  const events = sortMeetings(group.schedule).map((meeting) => {
    const startDate = firstDateOnOrAfter(meeting.day, now);
    // An end at or before the start is on the next day (the meeting runs past midnight).
    const endDate = minutesOf(meeting.end) <= minutesOf(meeting.start) ? dayAfter(startDate) : startDate;
    const event: EventAttributes & { timestamp: number } = {
      uid: `${id}-${meeting.day}-${meeting.start.replace(':', '')}@${host}`,
      title,
      location,
      start: localStamp(startDate, meeting.start),
      end: localStamp(endDate, meeting.end),
      recurrenceRule: `FREQ=WEEKLY;BYDAY=${BYDAY[meeting.day]}`,
      status: group.sample ? 'TENTATIVE' : 'CONFIRMED',
      timestamp: now.getTime(),
      ...(group.coordinates ? { geo: { lat: group.coordinates.lat, lon: group.coordinates.lng } } : {}),
    };
    return event;
  });

  const { error, value } = createEvents(events, { productId: PRODUCT_ID, method: 'PUBLISH', calName: title });
  if (error || !value)
    throw new Error(`Could not make the calendar file for group "${id}": ${error?.message ?? 'no output'}`);
  return withBruneiTimeZone(value);
}

/** Anchors floating DTSTART/DTEND to Asia/Brunei, adds its VTIMEZONE, re-folds every line. */
function withBruneiTimeZone(ics: string): string {
  const lines = ics
    .replace(/\r\n[ \t]/g, '') // unfold
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/^(DTSTART|DTEND):(\d{8}T\d{6})$/, `$1;TZID=${TIME_ZONE}:$2`));
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
