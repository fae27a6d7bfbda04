/**
 * The built-in list of Brunei places (`content/places.yaml`) for "near me":
 * a reader picks where they are instead of sharing their location.
 */
import { DISTRICTS, type District } from '../brunei';
import type { LatLng } from './distance';
import type { Group, Place } from '../content/schemas';

const KIND_ORDER: readonly Place['kind'][] = ['town', 'kampong', 'mukim'];

/**
 * Places grouped by district (in the usual district order), towns and kampongs
 * before mukims, then by name: the order of the "where are you?" list.
 */
export function placesByDistrict(places: readonly Place[]): { district: District; places: Place[] }[] {
  return DISTRICTS.map((district) => ({
    district,
    places: places
      .filter((p) => p.district === district)
      .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name, 'ms')),
  }));
}

/** Place id → [lat, lng], the compact form the directory page ships to the browser. */
export function placePoints(places: readonly Place[]): Record<string, [number, number]> {
  return Object.fromEntries(places.map((p) => [p.id, [p.lat, p.lng]]));
}

/** The point of a place id from that compact form, if the id is known. */
export function pointOfPlace(points: Record<string, [number, number]>, id: string): LatLng | undefined {
  const point = Object.hasOwn(points, id) ? points[id] : undefined;
  return point ? { lat: point[0], lng: point[1] } : undefined;
}

/** The "near" menu as the directory fetches it: districts in order, each with `[id, name, lat, lng]` places. */
export type PlaceMenu = [District, [string, string, number, number][]][];

/**
 * The places for the "near" menu, fetched by the directory after it starts rather than
 * written into the page: the page's HTML then fits the first round trip.
 */
export function placeMenu(places: readonly Place[]): PlaceMenu {
  return placesByDistrict(places).map(({ district, places: list }) => [
    district,
    list.map((p) => [p.id, p.name, p.lat, p.lng] as [string, string, number, number]),
  ]);
}

/**
 * The town or kampong a card names: the one of the listed places (content/places.yaml) in
 * the group's mukim that its own address names — so a card says "Kiulap" where the group
 * wrote "…, Kampong Kiulap, Mukim Gadong B" — or nothing, and the card names the mukim.
 * Never a guess from coordinates: only what the editor wrote.
 * @example townOf({ mukim: 'Gadong B', address: { ms: '…', en: 'Hall, Kampong Kiulap, Mukim Gadong B' } }, places) // 'Kiulap'
 */
export function townOf(
  group: Pick<Group, 'mukim' | 'address'>,
  places: readonly Pick<Place, 'name' | 'mukim' | 'kind'>[],
): string | undefined {
  if (!group.address) return undefined;
  // The mukim's own name is not a town: "Mukim Gadong B" must not read as Gadong.
  const written = Object.values(group.address).join(' | ').replaceAll(`Mukim ${group.mukim}`, '');
  const named = places.filter(
    (p) =>
      p.kind !== 'mukim' &&
      p.mukim === group.mukim &&
      new RegExp(`(^|[^\\p{L}])${p.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(written),
  );
  return named.sort((a, b) => b.name.length - a.name.length)[0]?.name;
}

/**
 * The place a card and a group page name before the district: the town its address names,
 * else its mukim, and the mukim too where the town shares the district's name ("Pekan
 * Tutong, Tutong", not "Tutong, Tutong").
 * @example placeName({ mukim: 'Pekan Tutong', address: { ms: '…', en: 'Hall, Tutong town, Mukim Pekan Tutong' } }, places, 'Tutong') // 'Pekan Tutong'
 */
export function placeName(
  group: Pick<Group, 'mukim' | 'address'>,
  places: readonly Pick<Place, 'name' | 'mukim' | 'kind'>[],
  district: string,
): string {
  const town = townOf(group, places);
  return town && town !== district ? town : group.mukim;
}
