import { describe, expect, it } from 'vitest';
import {
  bruneiDay,
  bruneiWeekMinute,
  clockOf,
  firstDateOnOrAfter,
  isMeetingNow,
  minutesUntilStart,
  nextMeeting,
  nextMeetingLabel,
  startInstant,
  timeOfDay,
} from '../../src/lib/directory/schedule';
import type { Meeting } from '../../src/lib/content/schemas';
import { brunei } from './groups-data';

// 2026-11-27 is a Friday; 2026-11-28 a Saturday; 2026-11-29 a Sunday.
const fridayAfterPrayers: Meeting = { day: 'friday', start: '14:30', end: '16:00' };
const words = {
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  today: 'Today',
  tomorrow: 'Tomorrow',
  now: 'Meeting now, until {end}',
};

describe('Brunei time, whatever the clock zone of the device', () => {
  it('reads the day and minute in Brunei (UTC+8) from a UTC instant', () => {
    // 20:30 UTC on Thursday is 04:30 on Friday in Brunei.
    const now = new Date('2026-11-26T20:30:00Z');
    expect(bruneiDay(now)).toBe('friday');
    expect(clockOf(bruneiWeekMinute(now))).toBe('04:30');
  });

  it('gives the same answer for the same instant written with any offset', () => {
    const asLondon = new Date('2026-11-27T03:00:00+00:00');
    const asNewYork = new Date('2026-11-26T22:00:00-05:00');
    expect(bruneiWeekMinute(asLondon)).toBe(bruneiWeekMinute(asNewYork));
    expect(bruneiWeekMinute(asLondon)).toBe(5 * 1440 + 11 * 60);
  });

  it('starts the week on Sunday at midnight', () => {
    expect(bruneiWeekMinute(brunei('2026-11-29 00:00'))).toBe(0);
    expect(bruneiWeekMinute(brunei('2026-11-28 23:59'))).toBe(7 * 1440 - 1);
  });
});

describe('whether a meeting is happening now', () => {
  it('is happening from its start minute', () => {
    expect(isMeetingNow(fridayAfterPrayers, brunei('2026-11-27 14:30'))).toBe(true);
    expect(isMeetingNow(fridayAfterPrayers, brunei('2026-11-27 14:29'))).toBe(false);
  });

  it('is over at its end minute', () => {
    expect(isMeetingNow(fridayAfterPrayers, brunei('2026-11-27 15:59'))).toBe(true);
    expect(isMeetingNow(fridayAfterPrayers, brunei('2026-11-27 16:00'))).toBe(false);
  });

  it('is not happening on another day at the same time', () => {
    expect(isMeetingNow(fridayAfterPrayers, brunei('2026-11-26 15:00'))).toBe(false);
  });

  it('carries on past midnight when it ends before it starts', () => {
    const lateThursday: Meeting = { day: 'thursday', start: '23:00', end: '00:30' };
    expect(isMeetingNow(lateThursday, brunei('2026-11-26 23:30'))).toBe(true);
    expect(isMeetingNow(lateThursday, brunei('2026-11-27 00:15'))).toBe(true);
    expect(isMeetingNow(lateThursday, brunei('2026-11-27 00:30'))).toBe(false);
  });

  it('carries on from Saturday night into Sunday morning, across the week’s end', () => {
    const saturdayNight: Meeting = { day: 'saturday', start: '23:30', end: '01:00' };
    expect(isMeetingNow(saturdayNight, brunei('2026-11-29 00:45'))).toBe(true);
    expect(isMeetingNow(saturdayNight, brunei('2026-11-29 01:00'))).toBe(false);
  });
});

describe('the next meeting', () => {
  it('shows the next meeting after Friday prayers when today is Friday 11:00', () => {
    const schedule: Meeting[] = [{ day: 'monday', start: '19:00', end: '20:30' }, fridayAfterPrayers];
    const next = nextMeeting(schedule, brunei('2026-11-27 11:00'))!;
    expect(next.meeting).toBe(fridayAfterPrayers);
    expect(next).toMatchObject({ startsIn: 210, inProgress: false, daysAhead: 0 });
    expect(nextMeetingLabel(next, words)).toBe('Today, 14:30');
    expect(startInstant(next, brunei('2026-11-27 11:00')).toISOString()).toBe('2026-11-27T06:30:00.000Z');
  });

  it('wraps from Saturday to the following Sunday', () => {
    const sundayMorning: Meeting = { day: 'sunday', start: '09:00', end: '10:30' };
    const next = nextMeeting([sundayMorning], brunei('2026-11-28 20:00'))!;
    expect(next.startsIn).toBe(13 * 60);
    expect(next.daysAhead).toBe(1);
    expect(nextMeetingLabel(next, words)).toBe('Tomorrow, 09:00');
  });

  it('waits a whole week when the only meeting has just finished', () => {
    const next = nextMeeting([fridayAfterPrayers], brunei('2026-11-27 16:00'))!;
    expect(next.inProgress).toBe(false);
    expect(next.startsIn).toBe(7 * 1440 - 90);
    expect(nextMeetingLabel(next, words)).toBe('Friday, 14:30');
  });

  it('puts a meeting under way first, with when it ends', () => {
    const schedule: Meeting[] = [{ day: 'friday', start: '15:00', end: '17:00' }, fridayAfterPrayers];
    const next = nextMeeting(schedule, brunei('2026-11-27 15:30'))!;
    expect(next.meeting).toBe(fridayAfterPrayers);
    expect(next).toMatchObject({ inProgress: true, startsIn: -60 });
    expect(nextMeetingLabel(next, words)).toBe('Meeting now, until 16:00');
  });

  it('counts minutes to the start as 0 at the start minute', () => {
    expect(minutesUntilStart(fridayAfterPrayers, brunei('2026-11-27 14:30'))).toBe(0);
    expect(minutesUntilStart(fridayAfterPrayers, brunei('2026-11-27 14:31'))).toBe(7 * 1440 - 1);
  });

  it('names a day two or more days ahead', () => {
    const next = nextMeeting([{ day: 'tuesday', start: '19:30', end: '21:00' }], brunei('2026-11-27 11:00'))!;
    expect(next.daysAhead).toBe(4);
    expect(nextMeetingLabel(next, words)).toBe('Tuesday, 19:30');
  });
});

describe('time of day', () => {
  it.each([
    ['04:59', 'night'],
    ['05:00', 'morning'],
    ['11:59', 'morning'],
    ['12:00', 'afternoon'],
    ['16:59', 'afternoon'],
    ['17:00', 'evening'],
    ['20:59', 'evening'],
    ['21:00', 'night'],
    ['00:00', 'night'],
  ])('puts a meeting starting at %s in the %s', (clock, part) => {
    expect(timeOfDay(clock)).toBe(part);
  });
});

describe('the first date of a weekly calendar event', () => {
  it('is today when the meeting day is today in Brunei, even if it is still yesterday in UTC', () => {
    // 01:00 on Friday in Brunei is 17:00 on Thursday in UTC.
    expect(firstDateOnOrAfter('friday', brunei('2026-11-27 01:00'))).toEqual({ year: 2026, month: 11, day: 27 });
  });

  it('crosses into the next month and the next year', () => {
    expect(firstDateOnOrAfter('tuesday', brunei('2026-11-27 12:00'))).toEqual({ year: 2026, month: 12, day: 1 });
    expect(firstDateOnOrAfter('friday', brunei('2026-12-30 12:00'))).toEqual({ year: 2027, month: 1, day: 1 });
  });
});
