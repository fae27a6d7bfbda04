/**
 * Prayer times in Brunei, for meetings set "after Isyak" and the like.
 *
 * The method is the one Singapore's MUIS uses and (by common account) Brunei's
 * Ministry of Religious Affairs follows: Subuh when the sun is 20° below the
 * horizon, Isyak at 18°, Asar when a shadow equals its object's length (Syafi'i),
 * Zohor one minute after the sun's transit, every time rounded up to the minute.
 * We could not read Brunei's official timetable (mora.gov.bn) to check these
 * figures, so every time we show is labelled "about" (docs/directory.md).
 *
 * The arithmetic is adhan's (batoulapps/adhan-js, MIT), after Meeus, *Astronomical
 * Algorithms*: the sun's position on the day before, the day and the day after,
 * interpolated to the moment of each prayer. It is written out here, for a latitude
 * near the equator only, because the whole library was 4.5 KB of the directory's
 * JavaScript (gzip); tests/unit/prayer-times.test.ts checks it against adhan, minute
 * for minute, at points across Brunei on every day of several years.
 *
 * Ships to the browser (the directory and group page islands): no schema library here.
 */
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

const RAD = Math.PI / 180;
const sin = (degrees: number) => Math.sin(degrees * RAD);
const cos = (degrees: number) => Math.cos(degrees * RAD);
const unwind = (degrees: number) => degrees - 360 * Math.floor(degrees / 360);

interface Sun {
  /** Declination, degrees. */
  dec: number;
  /** Right ascension, degrees. */
  ra: number;
  /** Apparent sidereal time at Greenwich, degrees. */
  sidereal: number;
}

/** The sun's place at 0h UT on a Julian day (Meeus, chapters 12, 22 and 25). */
function sunOn(julianDay: number): Sun {
  const t = (julianDay - 2451545) / 36525;
  const l0 = unwind(280.4664567 + 36000.76983 * t + 0.0003032 * t * t);
  const lunar = unwind(218.3165 + 481267.8813 * t);
  const node = unwind(125.04452 - 1934.136261 * t + 0.0020708 * t * t + t ** 3 / 450000);
  const m = unwind(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
  const centre =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) +
    (0.019993 - 0.000101 * t) * sin(2 * m) +
    0.000289 * sin(3 * m);
  const omega = 125.04 - 1934.136 * t;
  const lambda = unwind(l0 + centre - 0.00569 - 0.00478 * sin(omega));
  const sidereal = unwind(
    280.46061837 + 360.98564736629 * (julianDay - 2451545) + 0.000387933 * t * t - t ** 3 / 38710000,
  );
  const dPsi = (-17.2 * sin(node) - 1.32 * sin(2 * l0) - 0.23 * sin(2 * lunar) + 0.21 * sin(2 * node)) / 3600;
  const dEps = (9.2 * cos(node) + 0.57 * cos(2 * l0) + 0.1 * cos(2 * lunar) - 0.09 * cos(2 * node)) / 3600;
  const eps0 = 23.439291 - 0.013004167 * t - 0.0000001639 * t * t + 0.0000005036 * t ** 3;
  const eps = eps0 + 0.00256 * cos(omega);
  return {
    dec: Math.asin(sin(eps) * sin(lambda)) / RAD,
    ra: unwind(Math.atan2(cos(eps) * sin(lambda), cos(lambda)) / RAD),
    sidereal: sidereal + dPsi * cos(eps0 + dEps),
  };
}

/** Meeus's three-point interpolation; `angles` unwinds the differences first. */
function interpolate(y1: number, y2: number, y3: number, n: number, angles = false): number {
  const a = angles ? unwind(y2 - y1) : y2 - y1;
  const b = angles ? unwind(y3 - y2) : y3 - y2;
  return y2 + (n / 2) * (a + b + n * (b - a));
}

/** Julian day at 0h UT of a calendar date (Meeus, chapter 7). */
function julianDay({ year, month, day }: CalendarDate): number {
  const y = month > 2 ? year : year - 1;
  const m = month > 2 ? month : month + 12;
  const a = Math.trunc(y / 100);
  return Math.trunc(365.25 * (y + 4716)) + Math.trunc(30.6001 * (m + 1)) + day + (2 - a + Math.trunc(a / 4)) - 1524.5;
}

/** Hours after 0h UT at which the sun is at `altitude` (or, with no altitude, crosses the meridian). */
function solarHour(date: CalendarDate, { lat, lng }: LatLng, altitude?: number, afterNoon = true): number {
  const jd = julianDay(date);
  const [before, today, after] = [sunOn(jd - 1), sunOn(jd), sunOn(jd + 1)];
  const ra = (n: number) => unwind(interpolate(before.ra, today.ra, after.ra, n, true));
  // The approximate transit, kept near local noon.
  let m0 = unwind(today.ra - lng - today.sidereal) / 360;
  const expected = unwind(12 - lng / 15) / 24;
  if (m0 - expected > 0.5) m0 -= 1;
  else if (expected - m0 > 0.5) m0 += 1;
  if (altitude === undefined) {
    const h = unwind(today.sidereal + 360.985647 * m0) + lng - ra(m0);
    const shifted = h >= -180 && h <= 180 ? h : h - 360 * Math.round(h / 360);
    return (m0 - shifted / 360) * 24;
  }
  const h0 = Math.acos((sin(altitude) - sin(lat) * sin(today.dec)) / (cos(lat) * cos(today.dec))) / RAD;
  const m = afterNoon ? m0 + h0 / 360 : m0 - h0 / 360;
  const dec = interpolate(before.dec, today.dec, after.dec, m);
  const h = unwind(today.sidereal + 360.985647 * m) + lng - ra(m);
  const reached = Math.asin(sin(lat) * sin(dec) + cos(lat) * cos(dec) * cos(h)) / RAD;
  return (m + (reached - altitude) / (360 * cos(dec) * cos(lat) * sin(h))) * 24;
}

/** The sun's altitude at Asar: a shadow one object-length longer than at noon (Syafi'i). */
function asarAltitude(date: CalendarDate, { lat }: LatLng): number {
  const dec = sunOn(julianDay(date)).dec;
  return Math.atan(1 / (1 + Math.tan(Math.abs(lat - dec) * RAD))) / RAD;
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
  const hours =
    prayer === 'zohor'
      ? solarHour(date, at)
      : prayer === 'subuh'
        ? solarHour(date, at, -20, false)
        : prayer === 'asar'
          ? solarHour(date, at, asarAltitude(date, at))
          : solarHour(date, at, prayer === 'maghrib' ? -50 / 60 : -18);
  // Whole hours and minutes (seconds dropped), then rounded up to the next minute;
  // Zohor one minute more.
  const whole = Math.floor(hours);
  const utcMinute = whole * 60 + Math.floor((hours - whole) * 60) + 1 + (prayer === 'zohor' ? 1 : 0);
  const minute = (((utcMinute + UTC_OFFSET_MINUTES) % 1440) + 1440) % 1440;
  cache.set(key, minute);
  return minute;
}
