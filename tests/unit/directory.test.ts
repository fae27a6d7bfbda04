import { describe, expect, it } from 'vitest';
import {
  applyDirectory,
  countByDistrict,
  countMeetingNow,
  filtersFromQuery,
  withEarlyChoices,
  groupMatcher,
  isOnlineOnly,
  listStatus,
  moreChosen,
  NO_FILTERS,
  normaliseText,
  queryFromFilters,
  sortGroups,
  toDirectoryGroup,
  type DirectoryFilters,
  type DirectoryGroup,
} from '../../src/lib/directory/directory';
import { brunei, loadGroups } from './groups-data';

const all = loadGroups();
const groups: DirectoryGroup[] = sortGroups(all, 'en').map((g) => toDirectoryGroup(g.id, g.data, 'en'));
const friday11 = brunei('2026-11-27 11:00');
const ids = (filters: Partial<DirectoryFilters>, now = friday11) =>
  applyDirectory(groups, { ...NO_FILTERS, ...filters }, now).map((e) => e.group.id);
const byId = (id: string) => groups.find((g) => g.id === id)!;

describe('the sample data', () => {
  it('has at least 24 groups in all four districts and at least 10 mukims', () => {
    expect(all.length).toBeGreaterThanOrEqual(24);
    expect(Object.values(countByDistrict(groups)).every((n) => n > 0)).toBe(true);
    expect(new Set(all.map((g) => g.data.mukim)).size).toBeGreaterThanOrEqual(10);
  });

  it('includes online and family groups, each labelled as a sample with an example.org address', () => {
    expect(all.some((g) => g.data.format === 'online')).toBe(true);
    expect(all.some((g) => g.data.kind === 'family-group')).toBe(true);
    for (const { id, data } of all) {
      expect(data.sample, id).toBe(true);
      expect(data.contact.phone ?? null, id).toBeNull();
      expect(data.contact.email, id).toMatch(/@example\.org$/);
    }
  });
});

describe('filtering the directory', () => {
  it('shows every group when nothing is chosen', () => {
    expect(ids({})).toHaveLength(groups.length);
  });

  it('filters by district, and never hides online groups (they have no place)', () => {
    const belait = ids({ district: 'belait' });
    const inPlace = belait.filter((id) => !isOnlineOnly(byId(id)));
    expect(inPlace.length).toBeGreaterThan(0);
    expect(inPlace.every((id) => byId(id).district === 'belait')).toBe(true);
    const online = groups.filter(isOnlineOnly).map((g) => g.id);
    expect(online.length).toBeGreaterThan(0);
    expect(belait).toEqual(expect.arrayContaining(online));
    expect(online.some((id) => byId(id).district !== 'belait')).toBe(true);
  });

  it('filters by day and by "today" in Brunei', () => {
    const friday = ids({ day: 'friday' });
    expect(friday).toEqual(expect.arrayContaining(['pelangi-tutong', 'sinar-harapan-seria', 'mentor-belia-online']));
    expect(friday.every((id) => byId(id).schedule.some((m) => m.day === 'friday'))).toBe(true);
    expect(ids({ day: 'today' }, friday11)).toEqual(friday);
  });

  it('applies day and time of day to the same meeting', () => {
    // Teguh Bersama meets Tuesday evening and Saturday morning: not on a Tuesday morning.
    expect(ids({ day: 'tuesday', time: 'evening' })).toContain('teguh-bersama-gadong');
    expect(ids({ day: 'saturday', time: 'morning' })).toContain('teguh-bersama-gadong');
    expect(ids({ day: 'tuesday', time: 'morning' })).not.toContain('teguh-bersama-gadong');
  });

  it('finds groups happening now', () => {
    const during = brunei('2026-11-27 15:00'); // Friday, during the after-prayers meetings
    expect(ids({ time: 'now' }, during).sort()).toEqual(['pelangi-tutong', 'sinar-harapan-seria']);
    expect(countMeetingNow(groups, during)).toBe(2);
    expect(ids({ time: 'now' }, friday11)).toEqual([]);
  });

  it('counts a hybrid group as both in person and online', () => {
    expect(ids({ format: 'in-person' })).toContain('teguh-bersama-gadong');
    expect(ids({ format: 'online' })).toContain('teguh-bersama-gadong');
    expect(ids({ format: 'online' })).not.toContain('teratai-bandar');
    expect(ids({ format: 'hybrid' }).every((id) => byId(id).format === 'hybrid')).toBe(true);
  });

  it('matches audience strictly: "women" finds groups for women, not every open group', () => {
    const women = ids({ audience: 'women' });
    expect(women).toContain('saudari-pulih-mentiri');
    expect(women).not.toContain('teratai-bandar');
  });

  it('filters by meeting language and by kind', () => {
    expect(ids({ language: 'zh' }).sort()).toEqual(['tenang-kuala-belait', 'teratai-bandar']);
    expect(ids({ kind: 'family-group' }).every((id) => byId(id).kind === 'family-group')).toBe(true);
  });

  it('combines filters (families in Belait on a Saturday)', () => {
    expect(ids({ audience: 'families', district: 'belait', day: 'saturday' })).toEqual(['keluarga-lumut']);
  });

  it('finds free text in either language’s name and in the place, ignoring case and accents', () => {
    expect(ids({ q: 'KIULAP' })).toEqual(['keluarga-tabah-kiulap']);
    expect(ids({ q: 'Sinar Harapan' })).toEqual(['sinar-harapan-seria']);
    expect(ids({ q: 'seria support' })).toContain('sinar-harapan-seria');
    expect(ids({ q: 'nowhere-at-all' })).toEqual([]);
    expect(normaliseText('  Café  Kampong ')).toBe('cafe kampong');
  });

  it('returns a reusable test for one set of filters', () => {
    const isBelait = groupMatcher({ ...NO_FILTERS, district: 'belait' }, friday11);
    const inPlace = groups.filter((g) => !isOnlineOnly(g));
    expect(inPlace.filter(isBelait).length).toBe(countByDistrict(inPlace).belait);
  });
});

describe('ordering the directory', () => {
  it('puts the soonest meeting first by default', () => {
    expect(NO_FILTERS.sort).toBe('next');
    expect(ids({})).toEqual(ids({ sort: 'next' }));
    expect(ids({})).not.toEqual(groups.map((g) => g.id));
  });

  it('keeps the built order (district, then name) when asked', () => {
    expect(ids({ sort: 'district' })).toEqual(groups.map((g) => g.id));
    expect(groups[0]!.district).toBe('brunei-muara');
  });

  it('sorts by next meeting, wrapping across the week', () => {
    const order = applyDirectory(groups, { ...NO_FILTERS, sort: 'next' }, friday11);
    const startsIn = order.map((e) => e.next!.startsIn);
    expect(startsIn).toEqual([...startsIn].sort((a, b) => a - b));
    expect(['pelangi-tutong', 'sinar-harapan-seria']).toContain(order[0]!.group.id);
    // Thursday’s groups have just passed: they come last.
    expect(byId(order.at(-1)!.group.id).schedule.some((m) => m.day === 'thursday')).toBe(true);
  });

  it('sorts by distance from a point, with online groups last', () => {
    const kualaBelait = { lat: 4.5833, lng: 114.2317 };
    const order = applyDirectory(groups, { ...NO_FILTERS, sort: 'distance' }, friday11, kualaBelait);
    expect(order[0]!.group.id).toBe('tenang-kuala-belait');
    expect(order[0]!.km).toBeLessThan(1);
    const kms = order.map((e) => e.km ?? Infinity);
    expect(kms).toEqual([...kms].sort((a, b) => a - b));
    const firstOnline = order.findIndex((e) => e.group.format === 'online');
    expect(order.slice(firstOnline).every((e) => e.km === undefined)).toBe(true);
  });

  it('falls back to the next meeting when sorting by distance without a point', () => {
    const order = applyDirectory(groups, { ...NO_FILTERS, sort: 'distance' }, friday11);
    expect(order.every((e) => e.km === undefined)).toBe(true);
    expect(order.map((e) => e.group.id)).toEqual(ids({ sort: 'next' }));
  });
});

describe('choices made before the island starts', () => {
  it('keeps what the reader typed or chose over the URL, and the URL where the form is untouched', () => {
    const fromUrl = { ...NO_FILTERS, district: 'belait', day: 'friday' } as const;
    expect(withEarlyChoices(fromUrl, { ...NO_FILTERS, q: 'se', district: 'tutong' })).toEqual({
      ...fromUrl,
      q: 'se',
      district: 'tutong',
    });
    expect(withEarlyChoices(fromUrl, NO_FILTERS)).toEqual(fromUrl);
    expect(withEarlyChoices(NO_FILTERS, { ...NO_FILTERS, sort: 'distance' })).toEqual({
      ...NO_FILTERS,
      sort: 'distance',
    });
  });
});

describe('filters in the URL', () => {
  it('reads the filters a link carries, like the home page’s families link', () => {
    expect(filtersFromQuery('?audience=families')).toEqual({ ...NO_FILTERS, audience: 'families' });
    expect(filtersFromQuery('?district=belait&day=friday&audience=families')).toMatchObject({
      district: 'belait',
      day: 'friday',
      audience: 'families',
    });
  });

  it('ignores unknown keys and values', () => {
    expect(filtersFromQuery('?district=atlantis&day=someday&sort=random&near=../x&evil=1')).toEqual(NO_FILTERS);
  });

  it('writes only what is set, in a fixed order, and reads back the same', () => {
    const filters: DirectoryFilters = {
      ...NO_FILTERS,
      day: 'friday',
      district: 'belait',
      q: 'seria',
      near: 'kuala-belait',
      sort: 'distance',
    };
    const query = queryFromFilters(filters);
    expect(query).toBe('?district=belait&day=friday&q=seria&near=kuala-belait&sort=distance');
    expect(filtersFromQuery(query)).toEqual(filters);
    expect(queryFromFilters(NO_FILTERS)).toBe('');
  });
});

describe('counts and interface strings', () => {
  it('counts groups in every district, zero included', () => {
    expect(countByDistrict([{ district: 'belait' }, { district: 'belait' }])).toEqual({
      'brunei-muara': 0,
      belait: 2,
      tutong: 0,
      temburong: 0,
    });
  });
});

describe('what the list says about itself', () => {
  const words = {
    showingAll: { one: 'Showing the 1 group', other: 'Showing all {count} groups' },
    showing: 'Showing {shown} of {total} groups',
    none: 'No group matches. Try removing a filter.',
  };

  it('says all, some or none of the groups are shown', () => {
    expect(listStatus(26, 26, words, 'en')).toBe('Showing all 26 groups');
    expect(listStatus(1, 1, words, 'en')).toBe('Showing the 1 group');
    expect(listStatus(3, 26, words, 'en')).toBe('Showing 3 of 26 groups');
    expect(listStatus(0, 26, words, 'en')).toBe(words.none);
  });

  it('counts the filters set under "more filters", never the compact bar’s', () => {
    expect(moreChosen(NO_FILTERS)).toBe(0);
    expect(moreChosen({ ...NO_FILTERS, district: 'belait', audience: 'women' })).toBe(0);
    expect(moreChosen({ ...NO_FILTERS, day: 'today', language: 'ms', district: 'belait' })).toBe(2);
  });
});
