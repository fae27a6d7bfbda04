/**
 * Calendar files and the feed for meetings whose time moves: dated events for a
 * 12-week window, holidays as EXDATEs, Ramadan meetings on Ramadan's dates.
 * Every file is read back with ical.js.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DATED_WINDOW_WEEKS, groupCalendar } from '../../src/lib/directory/calendar';
import type { Holiday } from '../../src/lib/directory/holidays';
import { meetingGuideFeed } from '../../src/lib/directory/meeting-guide';
import { bruneiDate, resolveMeeting } from '../../src/lib/directory/schedule';
import type { Group } from '../../src/lib/content/schemas';
import { brunei, loadGroups } from './groups-data';

const site = 'https://rakanpulih.example.org';
const groups = loadGroups();
const base = groups.find((g) => g.id === 'keluarga-lambak-kanan')!.data;
const HOLIDAYS: Holiday[] = [
  {
    id: 'c',
    kind: 'christmas',
    name: { ms: 'Hari Natal', en: 'Christmas Day' },
    start: '2026-12-25',
    end: '2026-12-25',
    expected: true,
  },
  {
    id: 'i',
    kind: 'israk-mikraj',
    name: { ms: 'Israk dan Mikraj', en: 'Israk Mikraj' },
    start: '2027-01-06',
    end: '2027-01-06',
    expected: true,
  },
  {
    id: 'r',
    kind: 'ramadan',
    name: { ms: 'Bulan Ramadan', en: 'Ramadan' },
    start: '2027-02-08',
    end: '2027-03-08',
    expected: true,
  },
  {
    id: 'h',
    kind: 'hari-raya-aidilfitri',
    name: { ms: 'Hari Raya Aidilfitri', en: 'Hari Raya Aidilfitri' },
    start: '2027-03-09',
    end: '2027-03-11',
    expected: true,
  },
];

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** "YYYY-MM-DD HH:MM" in Brunei for an event's start. */
function bruneiStart(event: ICAL.Event): string {
  const instant = event.startDate.toJSDate();
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

describe('a meeting after Isyak in the calendar file', () => {
  const now = brunei('2026-12-04 12:00'); // a Friday
  const group: Group = {
    ...base,
    ramadan: undefined,
    schedule: [{ day: 'wednesday', after: 'isyak', offset: 15, duration: 90 }],
  };
  const events = parse(groupCalendar('lambak', group, { now, site, holidays: HOLIDAYS }));

  it('is a dated event on each Wednesday of the 12 weeks, none repeating, none on a holiday', () => {
    expect(events.every((e) => !e.isRecurring())).toBe(true);
    const dates = events.map((e) => bruneiStart(e).slice(0, 10));
    // 12 Wednesdays from 9 December, less 6 January (Israk Mikraj).
    expect(dates).toHaveLength(DATED_WINDOW_WEEKS - 1);
    expect(dates[0]).toBe('2026-12-09');
    expect(dates).not.toContain('2027-01-06');
    expect(dates.every((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 3)).toBe(true);
  });

  it('starts each date at that date’s Isyak plus 15 minutes, in Asia/Brunei', () => {
    for (const event of events) {
      const [date = '', clock] = bruneiStart(event).split(' ');
      const [year, month, day] = date.split('-').map(Number);
      const expected = resolveMeeting(group.schedule[0]!, { year: year!, month: month!, day: day! });
      expect(clock).toBe(expected.start);
      expect(event.startDate.zone?.tzid).toBe('Asia/Brunei');
      expect(event.duration.toSeconds()).toBe(90 * 60);
    }
  });
});

describe('a clock-time meeting with holidays and a Ramadan schedule', () => {
  const now = brunei('2026-12-04 12:00');
  const group: Group = {
    ...base,
    schedule: [{ day: 'friday', start: '14:30', end: '16:00' }],
    ramadan: { schedule: [{ day: 'friday', after: 'isyak', offset: 75, duration: 60 }] },
  };
  const events = parse(groupCalendar('friday-group', group, { now, site, holidays: HOLIDAYS }));
  const weekly = events.find((e) => e.isRecurring())!;

  it('repeats weekly, with Christmas and the Ramadan Fridays as EXDATEs', () => {
    const iterator = weekly.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next && starts.length < 20; next = iterator.next()) {
      starts.push(new Date(next.toJSDate().getTime() + 8 * 3_600_000).toISOString().slice(0, 10));
    }
    expect(starts[0]).toBe('2026-12-04');
    expect(starts).not.toContain('2026-12-25');
    expect(starts).toContain('2027-01-01');
    for (const ramadanFriday of ['2027-02-12', '2027-02-19', '2027-02-26', '2027-03-05']) {
      expect(starts).not.toContain(ramadanFriday);
    }
    expect(starts).toContain('2027-03-12');
  });

  it('has the Ramadan meetings inside the window as dated events after tarawih', () => {
    const dated = events.filter((e) => !e.isRecurring()).map(bruneiStart);
    // The window is 12 weeks from 4 December: Ramadan Fridays up to 25 February.
    expect(dated.map((d) => d.slice(0, 10))).toEqual(['2027-02-12', '2027-02-19']);
    expect(dated.every((d) => d.slice(11) > '20:00')).toBe(true);
  });
});

describe('the feed for a meeting after a prayer', () => {
  const now = brunei('2026-12-04 12:00');
  const feed = meetingGuideFeed(groups, { site, editorEmail: 'editors@example.org', now });
  const entry = feed.find((e) => e.slug === 'keluarga-lambak-kanan')!;

  it('carries today’s computed clock time and says in notes that it follows a prayer', () => {
    const today = resolveMeeting({ day: 'wednesday', after: 'isyak', offset: 15, duration: 90 }, bruneiDate(now));
    expect(entry).toMatchObject({ day: 3, time: today.start, end_time: today.end });
    expect(entry.notes).toContain('Masa perjumpaan mengikut waktu sembahyang: 15 minit selepas Isyak');
    expect(entry.notes).toContain('The meeting time follows a prayer');
    expect(entry.notes).toContain('Pada bulan Ramadan: Rabu, 75 minit selepas Isyak');
  });
});
