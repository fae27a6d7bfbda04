import type { Locale } from '../i18n/locales';
import { monthsBetween } from './dates';
import type { Group } from './schemas';

/** Information older than this many months carries a warning on the group page. */
export const STALE_AFTER_MONTHS = 12;

/**
 * True when the listing was last verified more than 12 months before `now`.
 * @example isStale(new Date('2025-07-20'), new Date('2026-11-26')) // true
 */
export function isStale(lastVerified: Date, now: Date = new Date()): boolean {
  const months = monthsBetween(lastVerified, now);
  return (
    months > STALE_AFTER_MONTHS || (months === STALE_AFTER_MONTHS && now.getUTCDate() !== lastVerified.getUTCDate())
  );
}

/** A plain link that opens the reader's maps app; followed only when clicked. */
export function mapsHref({ lat, lng }: { lat: number; lng: number }): string {
  return `https://www.google.com/maps/search/?api=1&query=${lat.toFixed(5)}%2C${lng.toFixed(5)}`;
}

/** "Suggest a correction": a mailto with the group and page filled in. */
export function correctionMailto(email: string, group: Pick<Group, 'name'>, pageUrl: string, locale: Locale): string {
  const subject = locale === 'ms' ? `Pembetulan: ${group.name.ms}` : `Correction: ${group.name.en}`;
  const body =
    locale === 'ms'
      ? `Halaman: ${pageUrl}\n\nApa yang perlu dibetulkan?\n\n`
      : `Page: ${pageUrl}\n\nWhat needs correcting?\n\n`;
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The same place on OpenStreetMap, for readers who prefer not to open Google. */
export function osmHref({ lat, lng }: { lat: number; lng: number }): string {
  const [la, ln] = [lat.toFixed(5), lng.toFixed(5)];
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${ln}#map=16/${la}/${ln}`;
}
