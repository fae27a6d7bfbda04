/**
 * The support group directory: which groups match the reader's filters, and in
 * what order. The build renders every group; the browser island runs these same
 * functions to filter and sort them, so both agree and one test suite covers both.
 * No schema library here: this module ships to the browser.
 */
import type { Locale } from '../i18n/locales';
import { fillSlots } from '../i18n/format';
import { DISTRICTS, type District } from './brunei';
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
import {
  bruneiDay,
  isMeetingNow,
  nextMeeting,
  TIMES_OF_DAY,
  timeOfDay,
  type NextMeeting,
  type TimeOfDay,
} from './schedule';
import type { Group, Meeting } from './schemas';

/** Directory order: district (west to east as listed), then name in the reader's language. */
export function sortGroups<T extends { data: Group }>(groups: readonly T[], locale: Locale): T[] {
  return [...groups].sort(
    (a, b) =>
      DISTRICTS.indexOf(a.data.district) - DISTRICTS.indexOf(b.data.district) ||
      a.data.name[locale].localeCompare(b.data.name[locale], locale),
  );
}

/** Ways to order the list: as built (district, then name), by next meeting, or by distance. */
export const SORTS = ['district', 'next', 'distance'] as const;
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
  sort: 'district',
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
    schedule: group.schedule.map(({ day, start, end }) => ({ day, start, end })),
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
 * Audience is strict: "women" finds groups for women, not every open group.
 * Day and time of day apply to the same meeting: "Friday evening" means a
 * meeting on Friday that starts in the evening.
 */
export function groupMatcher(filters: DirectoryFilters, now: Date): (group: DirectoryGroup) => boolean {
  const words = normaliseText(filters.q).split(' ').filter(Boolean);
  const day = filters.day === 'today' ? bruneiDay(now) : filters.day;
  const time = filters.time;
  const meetingMatches = (m: Meeting) =>
    (!day || m.day === day) && (!time || (time === 'now' ? isMeetingNow(m, now) : timeOfDay(m.start) === time));
  return (g) =>
    (!filters.district || g.district === filters.district) &&
    (!filters.kind || g.kind === filters.kind) &&
    (!filters.format || attendableAs(g.format).includes(filters.format)) &&
    (!filters.language || g.languages.includes(filters.language)) &&
    (!filters.audience || g.audience.includes(filters.audience)) &&
    (!(day || time) || g.schedule.some(meetingMatches)) &&
    words.every((w) => g.text.includes(w));
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
 */
export function applyDirectory(
  groups: readonly DirectoryGroup[],
  filters: DirectoryFilters,
  now: Date,
  origin?: LatLng,
): DirectoryEntry[] {
  const matches = groupMatcher(filters, now);
  const entries: DirectoryEntry[] = [];
  groups.forEach((group, index) => {
    if (!matches(group)) return;
    const km = origin && group.at ? distanceKm(origin, group.at) : undefined;
    entries.push({ group, index, next: nextMeeting(group.schedule, now), km });
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
export function countMeetingNow(groups: readonly Pick<DirectoryGroup, 'schedule'>[], now: Date): number {
  return groups.filter((g) => g.schedule.some((m) => isMeetingNow(m, now))).length;
}

/** Number of groups in each district, every district present (0 when none). */
export function countByDistrict(groups: readonly { district: District }[]): Record<District, number> {
  const counts = Object.fromEntries(DISTRICTS.map((d) => [d, 0])) as Record<District, number>;
  for (const g of groups) counts[g.district] += 1;
  return counts;
}

/**
 * Fills `{name}` slots in an interface string. Kept for the islands' call sites;
 * a page uses `t(key, values)` (src/i18n/ui.ts), which fills them the same way.
 * @example fillTemplate('{shown} of {total}', { shown: 3, total: 26 }) // '3 of 26'
 */
export const fillTemplate = fillSlots;
