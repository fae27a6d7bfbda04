/**
 * What the directory, group and district pages compute at build time, outside their
 * markup: filter menus, the islands' data, schedule lines on one line, Ramadan dates.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { dictionaries, useTranslations, withTranslator } from '../../src/i18n/ui';
import { FILTER_CHOICES } from '../../src/lib/directory/directory';
import {
  COMPACT_FILTERS,
  directoryIslandData,
  filterSelect,
  MORE_FILTERS,
} from '../../src/lib/directory/directory-page';
import {
  groupLead,
  listSentence,
  meetingLengths,
  reservedLines,
  untoldFields,
  untoldFirstTime,
} from '../../src/lib/directory/group-page';
import type { Holiday } from '../../src/lib/directory/holidays';
import {
  calendarDateOf,
  followsPrayer,
  joinLines,
  meetingWords,
  nextMeetingData,
  ramadanLines,
  ramadanRange,
} from '../../src/lib/directory/meeting-text';
import { homePaths, HOME_PATHS } from '../../src/lib/home';
import { placeName, townOf } from '../../src/lib/directory/places';
import { loadGroups, loadPlaces } from './groups-data';

const ramadan: Holiday = {
  id: 'ramadan-2027',
  kind: 'ramadan',
  name: { ms: 'Bulan Ramadan', en: 'Ramadan' },
  start: '2027-02-08',
  end: '2027-03-08',
  expected: true,
};

describe('the directory’s filter menus', () => {
  it('offers every filter once, the compact two first', () => {
    expect([...COMPACT_FILTERS, ...MORE_FILTERS].sort()).toEqual(Object.keys(FILTER_CHOICES).sort());
    expect(COMPACT_FILTERS).toEqual(['district', 'audience']);
  });

  for (const locale of LOCALES) {
    it(`names every choice in ${locale}, in the order of FILTER_CHOICES`, () => {
      const t = useTranslations(locale);
      for (const name of Object.keys(FILTER_CHOICES) as (keyof typeof FILTER_CHOICES)[]) {
        const select = filterSelect(name, t);
        expect(select.label).toBe(`directory.${name}`);
        expect(select.options.map((o) => o.value)).toEqual([...FILTER_CHOICES[name]]);
        for (const option of select.options) expect(option.label).not.toMatch(/^$|\.|\{/);
      }
    });
  }

  it('words "today" and "now" from the directory’s own strings', () => {
    const t = useTranslations('en');
    expect(filterSelect('day', t).options[0]).toEqual({ value: 'today', label: t('directory.today') });
    expect(filterSelect('time', t).options[0]).toEqual({ value: 'now', label: t('directory.now') });
  });
});

describe('the directory island’s data', () => {
  it('carries the locale, the holidays, the words and the banner’s plural forms', () => {
    const data = directoryIslandData('en', useTranslations('en'), [ramadan]);
    expect(data.locale).toBe('en');
    expect(data.holidays).toEqual([ramadan]);
    expect(data.words.banner).toEqual(dictionaries.en['directory.nowBanner']);
    expect(data.words.districts['belait']).toBe('Belait');
    // Slots stay for the island to fill.
    expect(data.words.showing).toContain('{shown}');
  });
});

describe('schedule text for pages', () => {
  const words = meetingWords('en', useTranslations('en'));
  const now = new Date('2026-12-05T04:00:00Z');
  const group = {
    schedule: [{ day: 'friday' as const, start: '14:30', end: '16:00' }],
    ramadan: { schedule: [{ day: 'monday' as const, after: 'isyak' as const, duration: 60 }] },
    meetsOnHolidays: [],
    coordinates: { lat: 4.89, lng: 114.94 },
  };

  it('joins lines as "day, time; day, time"', () => {
    expect(
      joinLines([
        { dayName: 'Monday', time: '19:30–21:00' },
        { dayName: 'Friday', time: '14:30–16:00' },
      ]),
    ).toBe('Monday, 19:30–21:00; Friday, 14:30–16:00');
  });

  it('lists Ramadan meetings only for a group that keeps a Ramadan schedule', () => {
    expect(ramadanLines(group, now, [ramadan], words)).toHaveLength(1);
    expect(ramadanLines({ ...group, ramadan: { paused: true } }, now, [ramadan], words)).toEqual([]);
    expect(ramadanLines({ ...group, ramadan: undefined }, now, [ramadan], words)).toEqual([]);
  });

  it('knows when a meeting follows a prayer, in the week or in Ramadan', () => {
    expect(followsPrayer(group)).toBe(true);
    expect(followsPrayer({ ...group, ramadan: undefined })).toBe(false);
  });

  it('writes Ramadan’s first and last day as the page’s language does', () => {
    expect(calendarDateOf('2027-02-08')).toEqual({ year: 2027, month: 2, day: 8 });
    expect(ramadanRange(ramadan, 'en')).toEqual({ start: '8 February 2027', end: '8 March 2027' });
  });

  it('hands the next-meeting island the group’s meetings, holidays, place and words', () => {
    expect(nextMeetingData(group, [ramadan], words)).toEqual({
      schedule: group.schedule,
      options: { ramadan: group.ramadan, holidays: [ramadan], meetsOnHolidays: [], at: group.coordinates },
      words,
    });
  });

  it('gives each meeting length once, in week order', () => {
    expect(
      meetingLengths([
        { day: 'friday', start: '14:30', end: '16:00' },
        { day: 'monday', start: '19:00', end: '20:00' },
        { day: 'tuesday', start: '19:00', end: '20:00' },
      ]),
    ).toEqual([60, 90]);
  });
});

describe('the home page’s paths', () => {
  it('resolves each path’s articles in the reader’s locale', () => {
    const pages = HOME_PATHS.flatMap((p) =>
      p.articles.map((ref) => {
        const [section = '', slug = ''] = ref.split('/');
        return { locale: 'en' as const, slug, entry: { data: { section, title: `Title of ${slug}` } } };
      }),
    );
    const paths = homePaths(pages, 'en');
    expect(paths.map((p) => p.id)).toEqual(HOME_PATHS.map((p) => p.id));
    expect(paths[0]?.resolved[0]?.href).toMatch(/^\/en\//);
  });
});

describe('a component’s translator', () => {
  it('keeps the props and adds the translator for their locale', () => {
    const { locale, id, t } = withTranslator({ locale: 'ms' as const, id: 'x' });
    expect([locale, id]).toEqual(['ms', 'x']);
    expect(t('nav.groups')).toBe(dictionaries.ms['nav.groups']);
  });
});

describe('room for the next meeting (review finding R8)', () => {
  it('keeps a line on a phone for every 27 characters, up to four, and from 640 px for every 60, up to two', () => {
    expect(reservedLines(12)).toEqual({ phone: 'min-h-[1lh]', wide: 'sm:min-h-[1lh]' });
    expect(reservedLines(27)).toEqual({ phone: 'min-h-[1lh]', wide: 'sm:min-h-[1lh]' });
    expect(reservedLines(28)).toEqual({ phone: 'min-h-[2lh]', wide: 'sm:min-h-[1lh]' });
    expect(reservedLines(61)).toEqual({ phone: 'min-h-[3lh]', wide: 'sm:min-h-[2lh]' });
    expect(reservedLines(500)).toEqual({ phone: 'min-h-[4lh]', wide: 'sm:min-h-[2lh]' });
  });
});

describe('the line under a group’s name (review of N3)', () => {
  const en = useTranslations('en');
  const ms = useTranslations('ms');
  it('says the kind, who it is for and how it meets', () => {
    expect(groupLead({ kind: 'support-group', audience: ['everyone'], format: 'hybrid' }, 'en', en)).toEqual([
      'Support group',
      'open to all',
      'in person and online',
    ]);
    expect(groupLead({ kind: 'support-group', audience: ['everyone'], format: 'hybrid' }, 'ms', ms)).toEqual([
      'Kumpulan sokongan',
      'terbuka kepada semua',
      'bersemuka dan dalam talian',
    ]);
  });
  it('joins several audiences as a sentence would, in each language', () => {
    expect(groupLead({ kind: 'mentoring', audience: ['women', 'young-people'], format: 'online' }, 'en', en)[1]).toBe(
      'for women and young people',
    );
    expect(groupLead({ kind: 'mentoring', audience: ['women', 'young-people'], format: 'online' }, 'ms', ms)[1]).toBe(
      'untuk wanita dan golongan muda',
    );
  });
  it('does not say a family group is for families', () => {
    expect(groupLead({ kind: 'family-group', audience: ['families'], format: 'in-person' }, 'en', en)).toEqual([
      'Family group',
      'in person',
    ]);
    expect(groupLead({ kind: 'family-group', audience: ['women', 'families'], format: 'online' }, 'ms', ms)).toEqual([
      'Kumpulan keluarga',
      'untuk wanita',
      'dalam talian',
    ]);
    expect(
      groupLead({ kind: 'support-group', audience: ['families', 'women'], format: 'in-person' }, 'en', en)[1],
    ).toBe('for families and women');
  });
});

describe('what a group has not told us (review R30)', () => {
  it('names the missing details in the page order', () => {
    expect(untoldFields({})).toEqual(['cost', 'families', 'runBy']);
    expect(untoldFields({ cost: { ms: 'Percuma', en: 'Free' }, runBy: { ms: 'x', en: 'x' } })).toEqual(['families']);
  });

  it('does not ask whether family members may come to a group that is for families', () => {
    expect(untoldFields({ kind: 'family-group', audience: ['families'] })).toEqual(['cost', 'runBy']);
    expect(untoldFields({ kind: 'support-group', audience: ['women', 'families'] })).toEqual(['cost', 'runBy']);
    expect(untoldFields({ kind: 'support-group', audience: ['everyone'] })).toEqual(['cost', 'families', 'runBy']);
  });

  it('names the missing first-time answers the same way (review N7)', () => {
    expect(untoldFirstTime(undefined)).toEqual(['bring', 'late', 'speak']);
    expect(untoldFirstTime({ late: { ms: 'Boleh', en: 'Yes' } })).toEqual(['bring', 'speak']);
  });

  it('makes one sentence of them, or nothing', () => {
    expect(listSentence(['the cost', 'who runs it'], 'en')).toBe('The cost; who runs it.');
    expect(listSentence(['bayaran'], 'ms')).toBe('Bayaran.');
    expect(listSentence([], 'en')).toBe('');
  });
});

describe('the town a card names (issue 12)', () => {
  const places = loadPlaces();
  const hall = (en: string) => ({ ms: en, en });

  it('is the listed place in the group’s mukim that its address names, never the mukim’s own name', () => {
    expect(townOf({ mukim: 'Gadong B', address: hall('Hall, Kampong Kiulap, Mukim Gadong B') }, places)).toBe('Kiulap');
    expect(townOf({ mukim: 'Gadong B', address: hall('Hall, Mukim Gadong B') }, places)).toBeUndefined();
    expect(townOf({ mukim: 'Kianggeh', address: hall('Room, Bandar Seri Begawan, Mukim Kianggeh') }, places)).toBe(
      'Bandar Seri Begawan',
    );
    // A place of another mukim is not this group's town, and a name inside a word is not a name.
    expect(townOf({ mukim: 'Telisai', address: hall('Hall near Tutong, Kampong Telisai') }, places)).toBe('Telisai');
    expect(townOf({ mukim: 'Seria', address: hall('Hall, Seriamas') }, places)).toBeUndefined();
    expect(townOf({ mukim: 'Seria' }, places)).toBeUndefined();
  });

  it('names the mukim where the group has no listed town, or its town shares the district’s name', () => {
    expect(
      placeName({ mukim: 'Gadong B', address: hall('Hall, Kampong Kiulap, Mukim Gadong B') }, places, 'Brunei-Muara'),
    ).toBe('Kiulap');
    expect(placeName({ mukim: 'Gadong B', address: hall('Hall, Mukim Gadong B') }, places, 'Brunei-Muara')).toBe(
      'Gadong B',
    );
    expect(
      placeName({ mukim: 'Pekan Tutong', address: hall('Hall, Tutong town, Mukim Pekan Tutong') }, places, 'Tutong'),
    ).toBe('Pekan Tutong');
  });

  it('is found for every sample group with an address', () => {
    const missing = loadGroups()
      .filter((g) => g.data.address)
      .filter((g) => !townOf(g.data, places))
      .map((g) => g.id);
    expect(missing).toEqual([]);
  });
});
