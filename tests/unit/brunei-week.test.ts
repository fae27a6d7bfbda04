/**
 * Schedules that follow Brunei's week: meetings after a prayer, Ramadan
 * schedules, holidays in "now / next", Hijri dates — across midnight and the
 * turn of the year.
 */
import { describe, expect, it, vi } from 'vitest';
import { holidayYearIssues } from '../../tools/content-check/holidays';
import { hijriDate, holidayOn, isRamadan, type Holiday } from '../../src/lib/directory/holidays';
import {
  meetingWords,
  nextMeetingText,
  nextMeetingWhen,
  ramadanListDate,
  scheduleLines,
} from '../../src/lib/directory/meeting-text';
import { prayerMinute } from '../../src/lib/directory/prayer-times';
import {
  clockOf,
  holidaysAfter,
  isMeetingNow,
  nextMeeting,
  resolveMeeting,
  type ScheduleOptions,
} from '../../src/lib/directory/schedule';
import { groupSchema, meetingSchema, type Meeting } from '../../src/lib/content/schemas';
import { dictionaries } from '../../src/i18n/ui';
import { brunei, loadGroups, loadHolidays } from './groups-data';

const en = meetingWords('en', (key) => dictionaries.en[key]);
const ms = meetingWords('ms', (key) => dictionaries.ms[key]);

// A small list like content/holidays.yaml, fixed here so the tests do not move when editors update the file.
const HOLIDAYS: Holiday[] = [
  {
    id: 'ny',
    kind: 'new-year',
    name: { ms: 'Awal Tahun Masihi', en: "New Year's Day" },
    start: '2027-01-01',
    end: '2027-01-01',
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
    id: 'nd',
    kind: 'national-day',
    name: { ms: 'Hari Kebangsaan', en: 'National Day' },
    start: '2027-02-23',
    end: '2027-02-23',
    expected: true,
  },
  {
    id: 'hr',
    kind: 'hari-raya-aidilfitri',
    name: { ms: 'Hari Raya Aidilfitri', en: 'Hari Raya Aidilfitri' },
    start: '2027-03-09',
    end: '2027-03-11',
    expected: true,
  },
];

const afterIsyak: Meeting = { day: 'wednesday', after: 'isyak', offset: 15, duration: 90 };
const afterTarawih: Meeting = { day: 'wednesday', after: 'isyak', offset: 75, duration: 60 };

describe('a meeting after a prayer', () => {
  it('starts the offset after that date’s Isyak and lasts its duration', () => {
    const date = { year: 2026, month: 12, day: 9 };
    const timed = resolveMeeting(afterIsyak, date);
    const isyak = prayerMinute('isyak', date);
    expect(timed.start).toBe(clockOf(isyak + 15));
    expect(timed.end).toBe(clockOf(isyak + 15 + 90));
  });

  it('moves with the prayer time through the year', () => {
    const june = resolveMeeting(afterIsyak, { year: 2027, month: 6, day: 23 }).start;
    const november = resolveMeeting(afterIsyak, { year: 2026, month: 11, day: 4 }).start;
    expect(june).not.toBe(november);
  });

  it('reads "after Isyak (about …)" in both languages, with the offset when there is one', () => {
    const date = { year: 2026, month: 12, day: 9 };
    const plain = resolveMeeting({ day: 'wednesday', after: 'isyak', duration: 60 }, date);
    const [line] = scheduleLines([{ day: 'wednesday', after: 'isyak', duration: 60 }], brunei('2026-12-04 12:00'), en);
    expect(line?.time).toBe(`after Isyak (about ${plain.start})–${plain.end}`);
    const [offsetLine] = scheduleLines([afterIsyak], brunei('2026-12-04 12:00'), ms);
    expect(offsetLine?.time).toMatch(/^15 minit selepas Isyak \(kira-kira \d\d:\d\d\)–\d\d:\d\d$/);
    expect(offsetLine?.dayName).toBe('Rabu');
  });

  it('is "now" from its computed start until its computed end', () => {
    const timed = resolveMeeting(afterIsyak, { year: 2026, month: 12, day: 9 });
    expect(isMeetingNow(afterIsyak, brunei(`2026-12-09 ${timed.start}`))).toBe(true);
    expect(
      isMeetingNow(
        afterIsyak,
        brunei(`2026-12-09 ${clockOf(Number(timed.start.slice(0, 2)) * 60 + Number(timed.start.slice(3)) - 1)}`),
      ),
    ).toBe(false);
    expect(isMeetingNow(afterIsyak, brunei(`2026-12-09 ${timed.end}`))).toBe(false);
  });

  it('runs past midnight when the offset takes it there, and is "now" after midnight', () => {
    const late: Meeting = { day: 'wednesday', after: 'isyak', offset: 240, duration: 90 };
    const timed = resolveMeeting(late, { year: 2026, month: 12, day: 9 });
    expect(timed.start > '23:00').toBe(true);
    expect(timed.end < '01:30').toBe(true);
    expect(isMeetingNow(late, brunei('2026-12-10 00:30'))).toBe(true);
    const next = nextMeeting([late], brunei('2026-12-10 00:30'))!;
    expect(next).toMatchObject({ inProgress: true, daysAhead: -1, date: { year: 2026, month: 12, day: 9 } });
  });
});

describe('Ramadan', () => {
  const options: ScheduleOptions = { ramadan: { schedule: [afterTarawih] }, holidays: HOLIDAYS };

  it('takes its dates from the holidays list, not a guess', () => {
    expect(isRamadan('2027-02-07', HOLIDAYS)).toBe(false);
    expect(isRamadan('2027-02-08', HOLIDAYS)).toBe(true);
    expect(isRamadan('2027-03-08', HOLIDAYS)).toBe(true);
    expect(isRamadan('2027-02-10', [])).toBe(false);
  });

  it('uses the usual schedule the week before Ramadan and the Ramadan schedule once it starts', () => {
    const before = nextMeeting([afterIsyak], brunei('2027-02-02 12:00'), options)!;
    expect(before.ramadan).toBe(false);
    expect(before.meeting.offset).toBe(15);
    const during = nextMeeting([afterIsyak], brunei('2027-02-09 12:00'), options)!;
    expect(during).toMatchObject({ ramadan: true, date: { year: 2027, month: 2, day: 10 } });
    expect(during.meeting.offset).toBe(75);
    expect(nextMeetingText(during, en).when).toMatch(
      /^Tomorrow, 75 min after Isyak \(about \d\d:\d\d\) \(Ramadan schedule\)$/,
    );
  });

  it('switches back after Ramadan, skipping the Hari Raya days, with the notice', () => {
    const next = nextMeeting([afterIsyak], brunei('2027-03-08 23:00'), options)!;
    // Wednesday 10 March is Hari Raya; the next Wednesday is 17 March, on the usual schedule.
    expect(next).toMatchObject({ ramadan: false, date: { year: 2027, month: 3, day: 17 } });
    expect(next.skipped?.holiday.kind).toBe('hari-raya-aidilfitri');
    expect(nextMeetingText(next, en).holiday).toBe(
      'No meeting on Hari Raya Aidilfitri (10 March 2027) unless the group says otherwise.',
    );
  });

  it('gives a directory card its words without making a date formatter unless a holiday is skipped', () => {
    const during = nextMeeting([afterIsyak], brunei('2027-02-09 12:00'), options)!;
    const skipping = nextMeeting([afterIsyak], brunei('2027-03-08 23:00'), options)!;
    for (const next of [during, skipping]) {
      const { when, holiday } = nextMeetingText(next, en);
      expect(nextMeetingWhen(next, en)).toEqual({ when, holiday });
    }
    // Neither a new formatter nor a cached one is used.
    const used = vi.spyOn(Intl.DateTimeFormat.prototype as unknown as Record<'format', unknown>, 'format', 'get');
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      nextMeetingWhen(during, en);
      expect(made).not.toHaveBeenCalled();
      expect(used).not.toHaveBeenCalled();
      nextMeetingWhen(skipping, en);
      expect(used).toHaveBeenCalled();
    } finally {
      made.mockRestore();
      used.mockRestore();
    }
  });

  it('lists Ramadan meetings with Ramadan’s prayer times, not those of the week the site was built', () => {
    const built = brunei('2026-12-04 12:00');
    const from = ramadanListDate(built, HOLIDAYS);
    expect(from.toISOString()).toBe('2027-02-08T04:00:00.000Z');
    const [line] = scheduleLines([afterTarawih], from, en);
    const firstRamadanWednesday = resolveMeeting(afterTarawih, { year: 2027, month: 2, day: 10 });
    expect(line?.time).toBe(`75 min after Isyak (about ${firstRamadanWednesday.start})–${firstRamadanWednesday.end}`);
    expect(ramadanListDate(brunei('2027-02-20 12:00'), HOLIDAYS)).toEqual(brunei('2027-02-20 12:00'));
  });

  it('finds nothing during Ramadan for a group that pauses, and its first meeting after Hari Raya', () => {
    const paused: ScheduleOptions = { ramadan: { paused: true }, holidays: HOLIDAYS };
    const next = nextMeeting([afterIsyak], brunei('2027-02-09 12:00'), paused)!;
    expect(next.date).toEqual({ year: 2027, month: 3, day: 17 });
  });
});

describe('holidays in "now / next"', () => {
  const friday: Meeting = { day: 'friday', start: '14:30', end: '16:00' };

  it('skips a meeting on a holiday and says so', () => {
    // Friday 1 January 2027 is New Year's Day: the next meeting is Friday 8 January.
    const next = nextMeeting([friday], brunei('2026-12-31 12:00'), { holidays: HOLIDAYS })!;
    expect(next.date).toEqual({ year: 2027, month: 1, day: 8 });
    expect(next.daysAhead).toBe(8);
    expect(nextMeetingText(next, ms).holiday).toBe(
      'Tiada perjumpaan pada Awal Tahun Masihi (1 Januari 2027) kecuali jika kumpulan memberitahu sebaliknya.',
    );
  });

  it('is not "now" on the holiday, at the usual time', () => {
    expect(isMeetingNow(friday, brunei('2027-01-01 15:00'), { holidays: HOLIDAYS })).toBe(false);
    expect(isMeetingNow(friday, brunei('2027-01-01 15:00'))).toBe(true);
  });

  it('keeps the meeting when the group says it meets on that holiday', () => {
    const next = nextMeeting([friday], brunei('2026-12-31 12:00'), {
      holidays: HOLIDAYS,
      meetsOnHolidays: ['new-year'],
    })!;
    expect(next.date).toEqual({ year: 2027, month: 1, day: 1 });
    expect(next.skipped).toBeUndefined();
  });

  it('lets a meeting that starts the evening before a holiday run on past midnight', () => {
    const thursdayNight: Meeting = { day: 'thursday', start: '23:00', end: '00:30' };
    expect(isMeetingNow(thursdayNight, brunei('2027-01-01 00:15'), { holidays: HOLIDAYS })).toBe(true);
  });

  it('never counts Ramadan itself as a day off', () => {
    expect(holidayOn('2027-02-10', HOLIDAYS)).toBeUndefined();
    expect(holidayOn('2027-02-23', HOLIDAYS)?.kind).toBe('national-day');
  });
});

describe('across the turn of the year', () => {
  it('finds next year’s meeting from the last evening of the year, by date', () => {
    const saturday: Meeting = { day: 'saturday', after: 'maghrib', duration: 60 };
    const next = nextMeeting([saturday], brunei('2026-12-31 22:00'), { holidays: HOLIDAYS })!;
    expect(next.date).toEqual({ year: 2027, month: 1, day: 2 });
    expect(next.meeting.start).toBe(resolveMeeting(saturday, { year: 2027, month: 1, day: 2 }).start);
    expect(next.daysAhead).toBe(2);
  });
});

describe('Hijri dates', () => {
  it('gives the Umm al-Qura date in Malay and English', () => {
    expect(hijriDate(new Date('2027-03-09T04:00:00Z'), 'ms')).toBe('1 Syawal 1448\u00a0H');
    expect(hijriDate(new Date('2027-03-09T04:00:00Z'), 'en')).toBe('1 Shawwal 1448\u00a0AH');
  });

  it('makes no new formatter per call (the directory asks on every card at every filter change)', () => {
    hijriDate(new Date('2027-03-09T04:00:00Z'), 'ms');
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      for (let day = 1; day <= 28; day++) hijriDate(new Date(Date.UTC(2027, 1, day, 4)), 'ms');
      expect(made).not.toHaveBeenCalled();
      expect(hijriDate(new Date('2027-03-10T04:00:00Z'), 'ms')).toBe('2 Syawal 1448\u00a0H');
    } finally {
      made.mockRestore();
    }
  });

  it('is labelled approximate beside the next meeting’s date', () => {
    const next = nextMeeting([{ day: 'tuesday', start: '19:30', end: '21:00' }], brunei('2026-12-04 12:00'))!;
    const text = nextMeetingText(next, en);
    expect(text.date).toBe('8 December 2026');
    expect(text.hijri).toBe(`${hijriDate(new Date('2026-12-08T04:00:00Z'), 'en')} (approximate)`);
    expect(text.hijri).toMatch(/ 1448\u00a0AH /);
    expect(nextMeetingText(next, ms).hijri).toMatch(/\sH \(anggaran\)$/);
    // The date alone between the label's words, for a page to keep it whole on a line.
    expect(text.hijriParts).toEqual(['', hijriDate(new Date('2026-12-08T04:00:00Z'), 'en'), ' (approximate)']);
    expect(text.hijriParts.join('')).toBe(text.hijri);
  });
});

describe('what editors write', () => {
  it('suggests "isyak" for "isya"', () => {
    const result = meetingSchema.safeParse({ day: 'friday', after: 'isya', duration: 60 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['after']);
  });

  it('refuses a meeting with both a clock time and a prayer, or a prayer without a duration', () => {
    expect(
      meetingSchema.safeParse({ day: 'friday', start: '14:30', end: '16:00', after: 'asar', duration: 60 }).success,
    ).toBe(false);
    expect(meetingSchema.safeParse({ day: 'friday', after: 'asar' }).success).toBe(false);
    expect(meetingSchema.safeParse({ day: 'friday', after: 'asar', duration: 60 }).success).toBe(true);
  });

  it('warns when next year has no holidays yet, and not when it has', () => {
    const thisYear = [{ start: new Date('2026-12-25') }];
    expect(holidayYearIssues('holidays.yaml', thisYear, brunei('2026-12-04 12:00'))).toHaveLength(1);
    expect(
      holidayYearIssues('holidays.yaml', [...thisYear, { start: new Date('2027-01-01') }], brunei('2026-12-04 12:00')),
    ).toEqual([]);
    // On 1 January in Brunei (still 31 December in UTC) "next year" is already the one after.
    expect(
      holidayYearIssues('holidays.yaml', [{ start: new Date('2027-01-01') }], brunei('2027-01-01 06:00')),
    ).toHaveLength(1);
  });
});

describe('the real data', () => {
  const holidays = loadHolidays();
  const groups = loadGroups();

  it('lists next year’s Ramadan and Hari Raya', () => {
    expect(holidays.some((h) => h.kind === 'ramadan' && h.start.startsWith('2027'))).toBe(true);
    expect(holidays.some((h) => h.kind === 'hari-raya-aidilfitri' && h.start.startsWith('2027'))).toBe(true);
  });

  it('has at least four sample groups, in different districts, using the new kinds of schedule', () => {
    const using = groups.filter((g) => g.data.ramadan || g.data.schedule.some((m) => m.after));
    expect(using.every((g) => g.data.sample)).toBe(true);
    expect(new Set(using.map((g) => g.data.district)).size).toBeGreaterThanOrEqual(4);
    expect(groupSchema.safeParse(using[0]?.data).success).toBe(true);
  });
});

describe('holidays a page carries', () => {
  const day = (id: string, start: string, end = start) =>
    ({ id, kind: 'national-day', start, end, name: { ms: id, en: id }, status: 'announced' }) as unknown as Holiday;
  it('keeps those not over by the day before the build, in Brunei time', () => {
    const list = [
      day('old', '2026-02-23'),
      day('yesterday', '2026-12-04'),
      day('span', '2026-12-01', '2026-12-06'),
      day('next', '2027-02-23'),
    ];
    // 5 December 2026, 00:30 in Brunei (16:30 UTC the day before).
    expect(holidaysAfter(list, new Date('2026-12-04T16:30:00Z')).map((h) => h.id)).toEqual([
      'yesterday',
      'span',
      'next',
    ]);
    expect(holidaysAfter(list, new Date('2026-12-06T16:30:00Z')).map((h) => h.id)).toEqual(['span', 'next']);
  });
});
