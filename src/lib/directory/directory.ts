/**
 * The support group directory: which groups match the reader's filters, and in
 * what order. The build renders every group; the browser island runs these same
 * functions to filter and sort them, so both agree and one test suite covers both.
 * No schema library here: this module ships to the browser.
 */
import { formatMessage, type Plural } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { DISTRICTS, type District } from '../brunei';
import { distanceKm, type LatLng } from './distance';
import {
  AUDIENCES,
  DAYS,
  FORMATS,
  GROUP_KINDS,
  MEETING_LANGUAGES,
  type Audience,
  type Day,
  type Format,
  type GroupKind,
  type MeetingLanguage,
} from './group-fields';
import { HOLIDAY_KINDS, type Holiday, type HolidayKind } from './holidays';
import { PRAYERS, type Prayer } from './prayer-times';
import {
  bruneiDate,
  bruneiDay,
  isMeetingNow,
  nextMeeting,
  resolveMeeting,
  TIMES_OF_DAY,
  timeOfDay,
  type NextMeeting,
  type ScheduleOptions,
  type TimeOfDay,
} from './schedule';
import type { Group, Meeting, Ramadan } from '../content/schemas';

/** Directory order: district (west to east as listed), then name in the reader's language. */
export function sortGroups<T extends { data: Group }>(groups: readonly T[], locale: Locale): T[] {
  return [...groups].sort(
    (a, b) =>
      DISTRICTS.indexOf(a.data.district) - DISTRICTS.indexOf(b.data.district) ||
      a.data.name[locale].localeCompare(b.data.name[locale], locale),
  );
}

/**
 * Ways to order the list: soonest meeting first (the default), nearest first, or as
 * built (district, then name). Choosing a place switches "soonest" to "nearest".
 */
export const SORTS = ['next', 'distance', 'district'] as const;
export type Sort = (typeof SORTS)[number];

/** What the reader asked for. An empty string means "any". */
export interface DirectoryFilters {
  district: District | '';
  day: Day | 'today' | '';
  time: TimeOfDay | 'now' | '';
  language: MeetingLanguage | '';
  format: Format | '';
  audience: Audience | '';
  kind: GroupKind | '';
  /** Free text: every word must appear in the group's name, place or description. */
  q: string;
  /** Id of a place from `content/places.yaml`, for distances. */
  near: string;
  sort: Sort;
}

export const NO_FILTERS: DirectoryFilters = {
  district: '',
  day: '',
  time: '',
  language: '',
  format: '',
  audience: '',
  kind: '',
  q: '',
  near: '',
  sort: 'next',
};

/** The accepted values of each choice, also the order of keys in the URL. */
export const FILTER_CHOICES = {
  district: DISTRICTS,
  day: ['today', ...DAYS],
  time: ['now', ...TIMES_OF_DAY],
  language: MEETING_LANGUAGES,
  format: FORMATS,
  audience: AUDIENCES,
  kind: GROUP_KINDS,
} as const;

type ChoiceKey = keyof typeof FILTER_CHOICES;
const CHOICE_KEYS = Object.keys(FILTER_CHOICES) as ChoiceKey[];

/**
 * The order people choose in: place, who it is for, day, then the rest. The first
 * two sit in the compact bar; the others under "more filters".
 */
export const COMPACT_FILTERS = ['district', 'audience'] as const satisfies readonly ChoiceKey[];
export const MORE_FILTERS = ['day', 'time', 'language', 'format', 'kind'] as const satisfies readonly ChoiceKey[];

/** How many of the filters under "more filters" are set: the closed summary says so. */
export function moreChosen(filters: DirectoryFilters): number {
  return MORE_FILTERS.filter((name) => filters[name]).length;
}

/**
 * The line that says what the list shows: every group, some of them, or none.
 * @example listStatus(3, 26, words, 'en') // "Showing 3 of 26 groups"
 */
export function listStatus(
  shown: number,
  total: number,
  words: { showingAll: Plural; showing: string; none: string },
  locale: Locale,
): string {
  if (shown === 0) return words.none;
  return shown === total
    ? formatMessage(words.showingAll, locale, {}, total)
    : formatMessage(words.showing, locale, { shown, total });
}
const PLACE_ID = /^[a-z0-9-]{1,64}$/;

/**
 * Filters from a query string; unknown keys and values are ignored, so an old
 * or mistyped link still opens the directory.
 * @example filtersFromQuery('?district=belait&day=friday').district // 'belait'
 */
export function filtersFromQuery(search: string): DirectoryFilters {
  const params = new URLSearchParams(search);
  const filters: DirectoryFilters = { ...NO_FILTERS };
  for (const key of CHOICE_KEYS) {
    const value = params.get(key) ?? '';
    if ((FILTER_CHOICES[key] as readonly string[]).includes(value)) Object.assign(filters, { [key]: value });
  }
  filters.q = (params.get('q') ?? '').trim().slice(0, 100);
  const near = params.get('near') ?? '';
  if (PLACE_ID.test(near)) filters.near = near;
  const sort = params.get('sort') ?? '';
  if ((SORTS as readonly string[]).includes(sort)) filters.sort = sort as Sort;
  return filters;
}

/**
 * The filters to start from: the URL's, except where the form already says otherwise. On a slow
 * phone a reader can type or choose before the island runs, and the static page's form starts
 * empty, so a field that is no longer at its default was set by the reader and wins.
 * @example withEarlyChoices({ ...NO_FILTERS, district: 'belait' }, { ...NO_FILTERS, q: 'se' }) // district belait, q 'se'
 */
export function withEarlyChoices(fromUrl: DirectoryFilters, fromForm: DirectoryFilters): DirectoryFilters {
  const keys = Object.keys(fromForm) as (keyof DirectoryFilters)[];
  const chosen = keys.filter((key) => fromForm[key] !== NO_FILTERS[key]);
  return { ...fromUrl, ...Object.fromEntries(chosen.map((key) => [key, fromForm[key]])) };
}

/**
 * The query string for filters: only those set, in a fixed order, '' when none.
 * @example queryFromFilters({ ...NO_FILTERS, audience: 'families' }) // '?audience=families'
 */
export function queryFromFilters(filters: DirectoryFilters): string {
  const params = new URLSearchParams();
  for (const key of CHOICE_KEYS) if (filters[key]) params.set(key, filters[key]);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.near) params.set('near', filters.near);
  if (filters.sort !== NO_FILTERS.sort) params.set('sort', filters.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** What the island needs to know about a group, as shipped in the page. */
export interface DirectoryGroup {
  id: string;
  district: District;
  kind: GroupKind;
  format: Format;
  languages: MeetingLanguage[];
  audience: Audience[];
  schedule: Meeting[];
  /** Its Ramadan schedule, or that it pauses; absent when Ramadan changes nothing. */
  ramadan?: Ramadan;
  /** Holiday kinds it still meets on. */
  meetsOnHolidays?: HolidayKind[];
  /** Where it meets; absent for online-only groups. */
  at?: LatLng;
  /** Lower-case, accent-free text that free-text search looks in. */
  text: string;
}

/**
 * Lower case without accents, so "kampong" finds "Kampong" and "cafe" finds "café".
 * @example normaliseText('Kampong Kiulap') // 'kampong kiulap'
 */
export function normaliseText(text: string): string {
  // The same folding as foldAccents (src/lib/text.ts), written out: importing it would make the
  // bundler move shared code into the chunk both the directory and the search islands load.
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The island's record of a group: names in both languages are searchable in either. */
export function toDirectoryGroup(id: string, group: Group, locale: Locale): DirectoryGroup {
  const words = [group.name.ms, group.name.en, group.mukim, group.address?.[locale] ?? '', group.description[locale]];
  return {
    id,
    district: group.district,
    kind: group.kind,
    format: group.format,
    languages: [...group.languages],
    audience: [...group.audience],
    schedule: group.schedule.map((m) => ({ ...m })),
    ...(group.ramadan ? { ramadan: group.ramadan } : {}),
    ...(group.meetsOnHolidays.length ? { meetsOnHolidays: [...group.meetsOnHolidays] } : {}),
    ...(group.coordinates ? { at: { lat: group.coordinates.lat, lng: group.coordinates.lng } } : {}),
    text: normaliseText(words.join(' ')),
  };
}

/**
 * Formats a reader can attend in: a hybrid group meets both in person and online,
 * so it answers both "in person" and "online".
 */
function attendableAs(format: Format): Format[] {
  return format === 'hybrid' ? ['hybrid', 'in-person', 'online'] : [format];
}

/**
 * A test for "does this group match?", prepared once per change of filters.
 * Online-only groups have no place: a district never hides them (they are listed
 * apart, "online — join from anywhere").
 * Audience is strict: "women" finds groups for women, not every open group.
 * Day and time of day apply to the same meeting: "Friday evening" means a
 * meeting on Friday that starts in the evening.
 */
export function groupMatcher(
  filters: DirectoryFilters,
  now: Date,
  holidays: readonly Holiday[] = [],
): (group: DirectoryGroup) => boolean {
  const words = normaliseText(filters.q).split(' ').filter(Boolean);
  const day = filters.day === 'today' ? bruneiDay(now) : filters.day;
  const time = filters.time;
  const today = bruneiDate(now);
  // Time of day of a prayer-relative meeting: by today's prayer time (it moves a few minutes over the year).
  const meetingMatches = (g: DirectoryGroup) => (m: Meeting) =>
    (!day || m.day === day) && (!time || time === 'now' || timeOfDay(resolveMeeting(m, today, g.at).start) === time);
  const underWay = (g: DirectoryGroup) => nextMeeting(g.schedule, now, scheduleOptions(g, holidays))?.inProgress;
  return (g) =>
    (!filters.district || g.format === 'online' || g.district === filters.district) &&
    (!filters.kind || g.kind === filters.kind) &&
    (!filters.format || attendableAs(g.format).includes(filters.format)) &&
    (!filters.language || g.languages.includes(filters.language)) &&
    (!filters.audience || g.audience.includes(filters.audience)) &&
    (!(day || time) || g.schedule.some(meetingMatches(g))) &&
    (time !== 'now' || underWay(g) === true) &&
    words.every((w) => g.text.includes(w));
}

/** What decides a group's dates besides its weekly schedule. */
export function scheduleOptions(g: DirectoryGroup, holidays: readonly Holiday[]): ScheduleOptions {
  return { ramadan: g.ramadan, holidays, meetsOnHolidays: g.meetsOnHolidays ?? [], at: g.at };
}

/** A group in the result, with what the list shows beside it. */
export interface DirectoryEntry {
  group: DirectoryGroup;
  /** Position in the built page (district, then name): the tie-breaker. */
  index: number;
  next: NextMeeting | undefined;
  /** Distance from the reader's point, when there is one and the group meets in person. */
  km: number | undefined;
}

/**
 * The groups to show, in order. Groups without a distance (online only, or no
 * point chosen) go after those with one; equal keys keep the built order.
 * The page lists online-only groups in their own part (`isOnlineOnly`), so there
 * they never sort "last by distance".
 */
export function applyDirectory(
  groups: readonly DirectoryGroup[],
  filters: DirectoryFilters,
  now: Date,
  origin?: LatLng,
  holidays: readonly Holiday[] = [],
): DirectoryEntry[] {
  const matches = groupMatcher(filters, now, holidays);
  const entries: DirectoryEntry[] = [];
  groups.forEach((group, index) => {
    if (!matches(group)) return;
    const km = origin && group.at ? distanceKm(origin, group.at) : undefined;
    entries.push({ group, index, next: nextMeeting(group.schedule, now, scheduleOptions(group, holidays)), km });
  });
  // Infinity - Infinity is NaN; two missing keys are simply equal.
  const diff = (x: number, y: number) => (x === y ? 0 : x - y);
  const soonest = (e: DirectoryEntry) => e.next?.startsIn ?? Infinity;
  const nearest = (e: DirectoryEntry) => e.km ?? Infinity;
  const by: Record<Sort, (a: DirectoryEntry, b: DirectoryEntry) => number> = {
    district: () => 0,
    next: (a, b) => diff(soonest(a), soonest(b)),
    distance: (a, b) => diff(nearest(a), nearest(b)) || diff(soonest(a), soonest(b)),
  };
  const compare = by[filters.sort];
  return entries.sort((a, b) => compare(a, b) || a.index - b.index);
}

/** How many groups have a meeting under way now (Brunei time), whatever the filters. */
export function countMeetingNow(
  groups: readonly DirectoryGroup[],
  now: Date,
  holidays: readonly Holiday[] = [],
): number {
  return groups.filter((g) => nextMeeting(g.schedule, now, scheduleOptions(g, holidays))?.inProgress).length;
}

/** Number of groups in each district, every district present (0 when none). */
export function countByDistrict(groups: readonly { district: District }[]): Record<District, number> {
  const counts = Object.fromEntries(DISTRICTS.map((d) => [d, 0])) as Record<District, number>;
  for (const g of groups) counts[g.district] += 1;
  return counts;
}

/** An online-only group: no place to go, listed apart as "join from anywhere". */
export function isOnlineOnly(group: Pick<DirectoryGroup, 'format'>): boolean {
  return group.format === 'online';
}

/**
 * Groups that meet in a place, and online-only groups, each list in the order given:
 * every list of groups shows the online ones in a part of their own (issue 12).
 */
export function splitOnline<T extends { data: Pick<Group, 'format'> }>(
  groups: readonly T[],
): { inPerson: T[]; online: T[] } {
  return {
    inPerson: groups.filter((g) => !isOnlineOnly(g.data)),
    online: groups.filter((g) => isOnlineOnly(g.data)),
  };
}

/**
 * The next meetings of any group after `now`, soonest first (an online meeting comes
 * first when it is sooner): what the page offers when nothing is meeting now, so
 * a late-night visit never ends at "no groups".
 */
export function upcomingMeetings(
  groups: readonly DirectoryGroup[],
  now: Date,
  count = 3,
  holidays: readonly Holiday[] = [],
): { group: DirectoryGroup; next: NextMeeting }[] {
  const later: { group: DirectoryGroup; next: NextMeeting }[] = [];
  for (const group of groups) {
    const options = scheduleOptions(group, holidays);
    const next = nextMeeting(
      group.schedule.filter((m) => !isMeetingNow(m, now, options)),
      now,
      options,
    );
    if (next) later.push({ group, next });
  }
  return later.sort((a, b) => a.next.startsIn - b.next.startsIn).slice(0, count);
}

/*
 * A card carries what the island needs in one attribute, instead of a JSON copy of
 * every group at the end of the page: the directory's HTML then fits the first
 * round trip. Fields are separated by "|", lists by ",", meetings by ";" as
 * "<day number> <start> <end>" or, after a prayer, "<day number> @<prayer> <offset> <duration>";
 * the Ramadan field is "" (no change), "!" (paused) or its meetings; the text the
 * reader can search is the card's own.
 */

function encodeMeetings(meetings: readonly Meeting[]): string {
  return meetings
    .map((m) =>
      m.after
        ? `${DAYS.indexOf(m.day)} @${m.after} ${m.offset ?? ''} ${m.duration ?? 0}`
        : `${DAYS.indexOf(m.day)} ${m.start} ${m.end}`,
    )
    .join(';');
}

function decodeMeetings(encoded: string): Meeting[] | undefined {
  const meetings: Meeting[] = [];
  for (const part of encoded.split(';')) {
    const [day, first, second, third] = part.split(' ');
    const name = DAYS[Number(day)];
    if (!name) return undefined;
    if (first?.startsWith('@')) {
      const after = first.slice(1);
      const offset = second ? Number(second) : undefined;
      const duration = Number(third);
      if (
        !(PRAYERS as readonly string[]).includes(after) ||
        !Number.isInteger(offset ?? 0) ||
        !Number.isInteger(duration)
      )
        return undefined;
      meetings.push({ day: name, after: after as Prayer, ...(offset === undefined ? {} : { offset }), duration });
      continue;
    }
    if (!/^\d\d:\d\d$/.test(first ?? '') || !/^\d\d:\d\d$/.test(second ?? '')) return undefined;
    meetings.push({ day: name, start: first!, end: second! });
  }
  return meetings;
}

/** A group's record as the `data-g` attribute of its card. */
export function encodeGroup(group: Omit<DirectoryGroup, 'id' | 'text'>): string {
  const at = group.at ? `${group.at.lat.toFixed(5)},${group.at.lng.toFixed(5)}` : '';
  const ramadan = !group.ramadan ? '' : group.ramadan.paused ? '!' : encodeMeetings(group.ramadan.schedule ?? []);
  return [
    group.district,
    group.kind,
    group.format,
    group.languages.join(','),
    group.audience.join(','),
    encodeMeetings(group.schedule),
    at,
    (group.meetsOnHolidays ?? []).join(','),
    ramadan,
  ].join('|');
}

/**
 * Reads a card's `data-g` back; `undefined` when it is not one we wrote (the island
 * then leaves that card alone rather than guess).
 */
export function decodeGroup(id: string, encoded: string, text: string): DirectoryGroup | undefined {
  const [district, kind, format, languages, audience, schedule, at, holidays, ramadan] = encoded.split('|');
  const member = <T extends string>(list: readonly T[], value: string | undefined): value is T =>
    (list as readonly string[]).includes(value ?? '');
  if (!member(DISTRICTS, district) || !member(GROUP_KINDS, kind) || !member(FORMATS, format)) return undefined;
  const meetings = decodeMeetings(schedule ?? '');
  if (!meetings) return undefined;
  let ramadanPlan: Ramadan | undefined;
  if (ramadan === '!') ramadanPlan = { paused: true };
  else if (ramadan) {
    const ramadanMeetings = decodeMeetings(ramadan);
    if (!ramadanMeetings) return undefined;
    ramadanPlan = { schedule: ramadanMeetings };
  }
  const meetsOnHolidays = (holidays ?? '').split(',').filter((h): h is HolidayKind => member(HOLIDAY_KINDS, h));
  const [lat, lng] = (at ?? '').split(',').map(Number);
  return {
    id,
    district,
    kind,
    format,
    languages: (languages ?? '').split(',').filter((l): l is MeetingLanguage => member(MEETING_LANGUAGES, l)),
    audience: (audience ?? '').split(',').filter((a): a is Audience => member(AUDIENCES, a)),
    schedule: meetings,
    ...(ramadanPlan ? { ramadan: ramadanPlan } : {}),
    ...(meetsOnHolidays.length ? { meetsOnHolidays } : {}),
    ...(at && Number.isFinite(lat) && Number.isFinite(lng) ? { at: { lat: lat!, lng: lng! } } : {}),
    text: normaliseText(text),
  };
}
