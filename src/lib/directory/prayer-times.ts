/**
 * Prayer times in Brunei, for meetings set "after Isyak" and the like.
 *
 * Computed with `adhan` (batoulapps/adhan-js) using its Singapore parameters:
 * Subuh at the sun 20° below the horizon, Isyak at 18°, Zohor one minute after
 * the sun's transit, times rounded up to the minute — the convention Singapore's
 * MUIS, and (by common account) Brunei's Ministry of Religious Affairs, follow.
 * We could not read Brunei's official timetable (mora.gov.bn) to check these
 * figures, so every time we show is labelled "about" (docs/directory.md).
 *
 * Ships to the browser (the directory and group page islands): no schema library here.
 */
import { CalculationMethod, Coordinates, Madhab, PrayerTimes } from 'adhan';
import { UTC_OFFSET_MINUTES } from '../brunei';

/** The prayers a meeting can follow, as Bruneians write them. */
export const PRAYERS = ['subuh', 'zohor', 'asar', 'maghrib', 'isyak'] as const;
export type Prayer = (typeof PRAYERS)[number];

/** A calendar date in Brunei. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface LatLng {
  lat: number;
  lng: number;
}

/**
 * Where times are computed for an online group (no meeting place): Bandar Seri
 * Begawan. Across Brunei's 1.2° of longitude times differ by under five minutes.
 */
export const BANDAR_SERI_BEGAWAN: LatLng = { lat: 4.8903, lng: 114.9401 };

const ADHAN_NAME: Record<Prayer, 'fajr' | 'dhuhr' | 'asr' | 'maghrib' | 'isha'> = {
  subuh: 'fajr',
  zohor: 'dhuhr',
  asar: 'asr',
  maghrib: 'maghrib',
  isyak: 'isha',
};

function parameters() {
  const params = CalculationMethod.Singapore();
  // Brunei follows the Syafi'i school: Asar when a shadow equals its object's length.
  params.madhab = Madhab.Shafi;
  return params;
}

const cache = new Map<string, number>();

/**
 * Minutes after midnight (Brunei time) at which a prayer's time begins on a date.
 * @example prayerMinute('isyak', { year: 2026, month: 12, day: 4 }) // about 19:2x → 1160-ish
 */
export function prayerMinute(prayer: Prayer, date: CalendarDate, at: LatLng = BANDAR_SERI_BEGAWAN): number {
  const key = `${prayer}|${date.year}-${date.month}-${date.day}|${at.lat.toFixed(3)},${at.lng.toFixed(3)}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  // adhan reads the date's local year, month and day; a local-midnight Date carries
  // exactly those on any device, whatever its time zone. The result is an instant.
  const times = new PrayerTimes(
    new Coordinates(at.lat, at.lng),
    new Date(date.year, date.month - 1, date.day),
    parameters(),
  );
  const instant = times[ADHAN_NAME[prayer]];
  const localMinute = Math.floor(instant.getTime() / 60_000) + UTC_OFFSET_MINUTES;
  const minute = ((localMinute % 1440) + 1440) % 1440;
  cache.set(key, minute);
  return minute;
}
