/**
 * Distance for "near me". It runs in the reader's browser: the point a reader
 * picks (or the browser gives) is never sent anywhere.
 */
import { numberFormat } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

export interface LatLng {
  lat: number;
  lng: number;
}

/** Mean Earth radius (IUGG), in km. */
export const EARTH_RADIUS_KM = 6371.0088;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Great-circle distance in km (haversine). Over Brunei's ~150 km the error
 * against the ellipsoid is well under 1%, far finer than "near me" needs.
 * @example distanceKm({ lat: 4.5833, lng: 114.2317 }, { lat: 4.6075, lng: 114.3255 }) // ≈ 10.8
 */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A distance as a reader reads it: one decimal under 10 km, whole km above.
 * @example formatKm(3.24, 'en') // '3.2 km'
 */
export function formatKm(km: number, locale: Locale): string {
  return `${numberFormat(locale, { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km)} km`;
}
