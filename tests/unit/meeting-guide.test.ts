import { describe, expect, it } from 'vitest';
import {
  FEED_TYPES,
  feedProblems,
  meetingGuideFeed,
  RESERVED_TYPES,
  splitAddress,
  type MeetingGuideEntry,
} from '../../src/lib/directory/meeting-guide';
import { loadGroups } from './groups-data';

const groups = loadGroups();
const feed = meetingGuideFeed(groups, { site: 'https://rakanpulih.example.org', editorEmail: 'editors@example.org' });
const entry = (slug: string) => feed.find((e) => e.slug === slug)!;
const withChange = (slug: string, change: Partial<Record<keyof MeetingGuideEntry, unknown>>) =>
  feed.map((e) => (e.slug === slug ? { ...e, ...change } : e));

describe('the Meeting Guide feed (/groups.json)', () => {
  it('keeps every rule of the format', () => {
    expect(feedProblems(feed)).toEqual([]);
  });

  it('has an entry for every group, and a day array for the same time on several days', () => {
    const slugsOf = new Set(feed.map((e) => e.url));
    expect(slugsOf.size).toBe(groups.length);
    // Hijau Bangar meets Monday and Thursday, 20:00–21:30.
    expect(entry('hijau-bangar')).toMatchObject({ day: [1, 4], time: '20:00', end_time: '21:30' });
  });

  it('gives each meeting time its own entry and slug when the times differ', () => {
    const teguh = feed.filter((e) => e.url.endsWith('/teguh-bersama-gadong/'));
    expect(teguh.map((e) => [e.slug, e.day, e.time])).toEqual([
      ['teguh-bersama-gadong-0900', 6, '09:00'],
      ['teguh-bersama-gadong-1930', 2, '19:30'],
    ]);
  });

  it('numbers days from 0 = Sunday and writes times as HH:MM in Asia/Brunei', () => {
    expect(entry('jalan-pagi-muara')).toMatchObject({ day: 0, time: '06:00', timezone: 'Asia/Brunei' });
    expect(entry('pelangi-tutong')).toMatchObject({ day: 5, time: '14:30', end_time: '16:00' });
  });

  it('puts the district in region and the mukim in sub_region', () => {
    expect(entry('pelangi-tutong')).toMatchObject({ region: 'Tutong', sub_region: 'Pekan Tutong' });
  });

  it('gives in-person groups a place with 5-decimal coordinates, and online groups an approximate one', () => {
    expect(entry('tenang-kuala-belait-1930')).toMatchObject({
      latitude: 4.5825,
      longitude: 114.2345,
      approximate: 'no',
      location: 'Bilik mesyuarat pusat komuniti',
      formatted_address: 'Pekan Kuala Belait, Mukim Kuala Belait, Belait, Brunei Darussalam',
    });
    const online = entry('pelita-malam-online');
    expect(online.latitude).toBeUndefined();
    expect(online).toMatchObject({
      approximate: 'yes',
      conference_url: 'https://example.org/meet/pelita-malam-online',
      formatted_address: 'Mukim Kianggeh, Brunei-Muara, Brunei Darussalam',
    });
  });

  it('maps our fields to type codes', () => {
    expect(entry('saudari-pulih-mentiri').types).toEqual(['RP-SUPPORT-GROUP', 'W', 'RP-MALAY']);
    expect(entry('tenang-kuala-belait-1000').types).toEqual(['RP-SUPPORT-GROUP', 'O', 'RP-MALAY', 'EN', 'RP-CHINESE']);
    expect(entry('kasih-subok').types).toContain('RP-FAMILIES');
  });

  it('links each entry to its page, with a way to send corrections, and no update time nobody earned', () => {
    expect(entry('pelangi-tutong')).toMatchObject({
      url: 'https://rakanpulih.example.org/ms/groups/pelangi-tutong/',
      feedback_emails: ['editors@example.org'],
    });
    // No group has a verified: record yet, so no entry claims an update time.
    expect(feed.filter((e) => e.updated !== undefined)).toEqual([]);
    expect(entry('pelangi-tutong').feedback_url).toMatch(/^mailto:editors@example\.org\?subject=/);
  });

  it('gives the verification date, in UTC, as the update time of a verified group', () => {
    const verified = groups.map((g) =>
      g.id === 'pelangi-tutong'
        ? {
            ...g,
            data: {
              ...g.data,
              verified: {
                date: new Date('2026-11-14'),
                by: 'site editor',
                method: 'phone' as const,
                evidence: 'Called the facilitator',
              },
            },
          }
        : g,
    );
    const one = meetingGuideFeed(verified, {
      site: 'https://rakanpulih.example.org',
      editorEmail: 'editors@example.org',
    });
    expect(one.find((e) => e.slug === 'pelangi-tutong')?.updated).toBe('2026-11-14 00:00:00');
  });

  it('says in the notes that a sample group is a sample', () => {
    expect(feed.every((e) => e.notes.includes('Sample listing'))).toBe(true);
  });
});

describe('our custom type codes', () => {
  const custom = Object.values(FEED_TYPES)
    .flatMap((table) => Object.values(table))
    .filter((code) => !RESERVED_TYPES.includes(code));

  it('avoid every reserved or proposed code and every ISO 639 shape', () => {
    expect(custom.length).toBeGreaterThan(0);
    for (const code of custom) {
      expect(code).toMatch(/^RP-[A-Z-]+$/);
      expect(code).not.toMatch(/^[A-Za-z]{2,3}$/);
    }
  });

  it('use spec codes only with their spec meaning', () => {
    expect(FEED_TYPES.audience).toMatchObject({ everyone: 'O', women: 'W', men: 'M', 'young-people': 'Y' });
    expect(FEED_TYPES.language.en).toBe('EN');
  });
});

describe('the feed checker catches broken feeds', () => {
  it.each([
    ['a day out of range', withChange('pelangi-tutong', { day: 7 }), /day must be/],
    ['a 12-hour time', withChange('pelangi-tutong', { time: '2:30 PM' }), /time must be/],
    ['a duplicate slug', withChange('pelangi-tutong', { slug: 'kasih-subok' }), /unique/],
    ['a name over 255 characters', withChange('pelangi-tutong', { name: 'x'.repeat(256) }), /name/],
    ['too many decimals', withChange('pelangi-tutong', { latitude: 4.801234 }), /5 decimals/],
    ['a point outside Brunei', withChange('pelangi-tutong', { latitude: 1.3, longitude: 103.8 }), /outside Brunei/],
    ['an unknown type code', withChange('pelangi-tutong', { types: ['ZZZ'] }), /unknown type/],
    ['a wrong update format', withChange('pelangi-tutong', { updated: '2026-11-14' }), /updated/],
    ['a bad time zone', withChange('pelangi-tutong', { timezone: 'Brunei/Bandar' }), /timezone/],
    ['HTML in the notes', withChange('pelangi-tutong', { notes: '<b>hi</b>' }), /plain text/],
    ['an online meeting without a link', withChange('pelita-malam-online', { conference_url: undefined }), /online/],
    ['a plain http link', withChange('pelangi-tutong', { url: 'http://example.org/' }), /https/],
  ])('finds %s', (_, broken, message) => {
    const problems = feedProblems(broken);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(message);
  });

  it('refuses something that is not a list', () => {
    expect(feedProblems({ meetings: [] })).toHaveLength(1);
  });
});

describe('reading an address written for people', () => {
  it('separates the building, the note in brackets, and the geocodable rest', () => {
    expect(splitAddress('Village hall (full address given when you get in touch), Kampong Lumut, Mukim Liang')).toEqual(
      {
        location: 'Village hall',
        note: 'full address given when you get in touch',
        rest: ['Kampong Lumut', 'Mukim Liang'],
      },
    );
  });
});
