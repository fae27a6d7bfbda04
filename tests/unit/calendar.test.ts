import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarPath, foldLine, groupCalendar } from '../../src/lib/directory/calendar';
import type { Group } from '../../src/lib/content/schemas';
import { brunei, loadGroups } from './groups-data';

const site = 'https://rakanpulih.example.org';
const now = brunei('2026-11-26 14:59'); // a Thursday
const groups = loadGroups();
const group = (id: string) => groups.find((g) => g.id === id)!.data;

/** Parses a file with ical.js and lists its events, with their time zone registered. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

/** The first `n` occurrences of an event, as UTC instants. */
function occurrences(event: ICAL.Event, n: number): string[] {
  const iterator = event.iterator();
  const found: string[] = [];
  for (let next = iterator.next(); next && found.length < n; next = iterator.next())
    found.push(next.toJSDate().toISOString());
  return found;
}

describe('the calendar file for a group', () => {
  const twoMeetings = groupCalendar('teguh-bersama-gadong', group('teguh-bersama-gadong'), { now, site });
  const { calendar, events } = parseCalendar(twoMeetings);

  beforeAll(() => {
    expect(events.length).toBeGreaterThan(0);
  });

  it('is served at /groups/{id}.ics', () => {
    expect(calendarPath('teguh-bersama-gadong')).toBe('/groups/teguh-bersama-gadong.ics');
  });

  it('has one weekly event per meeting, each with its own UID and a DTSTAMP', () => {
    expect(events).toHaveLength(2);
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(2);
    // Opaque and stable: the same on every download (an import updates, not doubles), naming nothing.
    expect(uids.every((uid) => /^[0-9a-f]{32}@calendar$/.test(uid))).toBe(true);
    expect(
      parseCalendar(groupCalendar('teguh-bersama-gadong', group('teguh-bersama-gadong'), { now, site })).events.map(
        (e) => e.uid,
      ),
    ).toEqual(uids);
    for (const v of calendar.getAllSubcomponents('vevent')) {
      expect(v.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-26T06:59:00Z');
      expect(String(v.getFirstPropertyValue('rrule'))).toMatch(/^FREQ=WEEKLY;BYDAY=(TU|SA)$/);
    }
  });

  it('repeats every week at the right Brunei time (Tuesday 19:30 and Saturday 09:00)', () => {
    const tuesday = events.find((e) => e.startDate.dayOfWeek() === ICAL.Time.TUESDAY)!;
    const saturday = events.find((e) => e.startDate.dayOfWeek() === ICAL.Time.SATURDAY)!;
    expect(tuesday.startDate.zone?.tzid).toBe('Asia/Brunei');
    expect(occurrences(tuesday, 3)).toEqual([
      '2026-12-01T11:30:00.000Z',
      '2026-12-08T11:30:00.000Z',
      '2026-12-15T11:30:00.000Z',
    ]);
    expect(occurrences(saturday, 2)).toEqual(['2026-11-28T01:00:00.000Z', '2026-12-05T01:00:00.000Z']);
    expect(tuesday.endDate.toJSDate().toISOString()).toBe('2026-12-01T13:00:00.000Z');
  });

  it('starts today when the meeting is later today', () => {
    const thursday = groupCalendar('keluarga-tabah-kiulap', group('keluarga-tabah-kiulap'), { now, site });
    const [event] = parseCalendar(thursday).events;
    expect(occurrences(event!, 1)).toEqual(['2026-11-26T11:30:00.000Z']);
  });

  it('ends on the next day when a meeting runs past midnight', () => {
    const late: Group = {
      ...group('pelita-malam-online'),
      schedule: [{ day: 'saturday', start: '23:00', end: '00:30' }],
    };
    const [event] = parseCalendar(groupCalendar('late', late, { now, site })).events;
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-11-28T15:00:00.000Z');
    expect(event!.endDate.toJSDate().toISOString()).toBe('2026-11-28T16:30:00.000Z');
  });

  it('carries a VTIMEZONE for Asia/Brunei at +0800, which Outlook and Apple Calendar need', () => {
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Asia/Brunei');
    const standard = zone.getFirstSubcomponent('standard')!;
    expect(String(standard.getFirstPropertyValue('tzoffsetto'))).toBe('+08:00');
    expect(twoMeetings).toContain('DTSTART;TZID=Asia/Brunei:20261201T193000\r\n');
  });

  it('says nothing about the group: a neutral title, no description, no link to its page', () => {
    const [event] = events;
    expect(event!.summary).toBe('Perjumpaan');
    expect(event!.description).toBeNull();
    expect(event!.component.getFirstPropertyValue('url')).toBeNull();
    const g = group('teguh-bersama-gadong');
    for (const words of [
      g.name.ms,
      g.name.en,
      'Teguh',
      'support',
      'sokongan',
      'drug',
      'dadah',
      'pemulihan',
      'recovery',
    ])
      expect(twoMeetings.replace(/^LOCATION:.*$/gm, '').toLowerCase()).not.toContain(words.toLowerCase());
    for (const words of ['rakan', 'pulih', 'teguh-bersama']) expect(twoMeetings.toLowerCase()).not.toContain(words);
    expect(event!.location).toContain('Gadong');
    expect(event!.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('says "Online" for an online meeting, not its link, which names the group', () => {
    const online = group('ibu-cekal-online');
    expect(online.conferenceUrl).toContain('ibu-cekal-online');
    const malay = groupCalendar('ibu-cekal-online', online, { now, site });
    const english = groupCalendar('ibu-cekal-online', online, { now, site, title: 'meeting' });
    expect(parseCalendar(malay).events.map((e) => e.location)).toContain('Dalam talian');
    expect(new Set(parseCalendar(english).events.map((e) => e.location))).toEqual(new Set(['Online']));
    for (const file of [malay, english]) {
      expect(file).not.toContain(online.conferenceUrl);
      expect(file.toLowerCase()).not.toContain('cekal');
    }
  });

  it('uses the neutral title the reader chose, and names the calendar with it', () => {
    const file = groupCalendar('teguh-bersama-gadong', group('teguh-bersama-gadong'), {
      now,
      site,
      title: 'weekly-meeting',
    });
    expect(parseCalendar(file).events.every((e) => e.summary === 'Weekly meeting')).toBe(true);
    expect(file).toContain('X-WR-CALNAME:Weekly meeting');
    expect(calendarPath('teguh-bersama-gadong', 'weekly-meeting')).toBe(
      '/groups/teguh-bersama-gadong/weekly-meeting.ics',
    );
  });

  it('uses CRLF line endings and folds every line at 75 octets', () => {
    expect(twoMeetings.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(twoMeetings.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = twoMeetings.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });
});

describe('folding a long line', () => {
  it('never splits a multi-byte character and keeps the text when unfolded', () => {
    const line = `DESCRIPTION:${'Contoh sahaja — bukan kumpulan sebenar. '.repeat(5)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replaceAll('\r\n ', '')).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});

describe('every group’s calendar file', () => {
  it.each(groups.map((g) => [g.id, g.data] as const))('%s parses; clock-time meetings recur weekly', (id, data) => {
    const { events } = parseCalendar(groupCalendar(id, data, { now, site }));
    const weekly = events.filter((e) => e.isRecurring());
    // Without holidays given, no Ramadan dates are known: one weekly event per clock-time
    // meeting, and 12 dated events (one a week) per meeting after a prayer.
    expect(weekly).toHaveLength(data.schedule.filter((m) => !m.after).length);
    expect(events.length - weekly.length).toBe(12 * data.schedule.filter((m) => m.after).length);
    for (const event of weekly) {
      const [first, second] = occurrences(event, 2);
      expect(new Date(second!).getTime() - new Date(first!).getTime()).toBe(7 * 24 * 3600 * 1000);
    }
  });
});
