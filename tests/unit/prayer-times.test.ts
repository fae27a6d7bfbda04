import { CalculationMethod, Coordinates, Madhab, PrayerTimes } from 'adhan';
import { describe, expect, it } from 'vitest';
import {
  BANDAR_SERI_BEGAWAN,
  PRAYERS,
  prayerMinute,
  type CalendarDate,
  type Prayer,
} from '../../src/lib/directory/prayer-times';

/**
 * An independent check of the library's use (date, time zone, angles): the
 * NOAA solar-position equations, written out here, give the minute at which
 * the sun reaches each prayer's altitude. adhan rounds up to the minute and
 * adds a minute to Zohor, so the two agree within 2 minutes when adhan is
 * called right; a wrong day, zone or angle is off by far more.
 */
function noaaMinute(prayer: Prayer, { year, month, day }: CalendarDate, { lat, lng } = BANDAR_SERI_BEGAWAN): number {
  const rad = Math.PI / 180;
  const sun = (utcMinute: number) => {
    const jd = Date.UTC(year, month - 1, day) / 86_400_000 + 2440587.5 + utcMinute / 1440;
    const t = (jd - 2451545) / 36525;
    const l0 = (280.46646 + t * (36000.76983 + t * 0.0003032)) % 360;
    const m = 357.52911 + t * (35999.05029 - 0.0001537 * t);
    const e = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
    const c =
      Math.sin(m * rad) * (1.914602 - t * (0.004817 + 0.000014 * t)) +
      Math.sin(2 * m * rad) * (0.019993 - 0.000101 * t) +
      Math.sin(3 * m * rad) * 0.000289;
    const lambda = l0 + c - 0.00569 - 0.00478 * Math.sin((125.04 - 1934.136 * t) * rad);
    const eps =
      23 +
      (26 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60) / 60 +
      0.00256 * Math.cos((125.04 - 1934.136 * t) * rad);
    const dec = Math.asin(Math.sin(eps * rad) * Math.sin(lambda * rad)) / rad;
    const y = Math.tan((eps / 2) * rad) ** 2;
    const eqTime =
      (4 / rad) *
      (y * Math.sin(2 * l0 * rad) -
        2 * e * Math.sin(m * rad) +
        4 * e * y * Math.sin(m * rad) * Math.cos(2 * l0 * rad) -
        0.5 * y * y * Math.sin(4 * l0 * rad) -
        1.25 * e * e * Math.sin(2 * m * rad));
    return { dec, noon: 720 - 4 * lng - eqTime };
  };
  let utc = 720 - 4 * lng;
  for (let i = 0; i < 3; i++) {
    const { dec, noon } = sun(utc);
    if (prayer === 'zohor') {
      utc = noon;
      continue;
    }
    const altitude =
      prayer === 'subuh'
        ? -20
        : prayer === 'isyak'
          ? -18
          : prayer === 'maghrib'
            ? -0.833
            : Math.atan(1 / (1 + Math.tan(Math.abs(lat - dec) * rad))) / rad;
    const cosH =
      (Math.sin(altitude * rad) - Math.sin(lat * rad) * Math.sin(dec * rad)) /
      (Math.cos(lat * rad) * Math.cos(dec * rad));
    const h = Math.acos(cosH) / rad;
    utc = prayer === 'subuh' ? noon - 4 * h : noon + 4 * h;
  }
  return utc + 8 * 60;
}

// Dates across the year, including both solstices and an equinox.
const DATES: CalendarDate[] = [
  { year: 2026, month: 1, day: 15 },
  { year: 2026, month: 3, day: 20 },
  { year: 2026, month: 6, day: 21 },
  { year: 2026, month: 9, day: 23 },
  { year: 2026, month: 12, day: 4 },
  { year: 2027, month: 2, day: 20 },
];

describe('prayer times in Brunei', () => {
  for (const date of DATES) {
    for (const prayer of PRAYERS) {
      it(`${prayer} on ${date.year}-${date.month}-${date.day} agrees with the NOAA equations within 2 minutes`, () => {
        const ours = prayerMinute(prayer, date);
        const reference = noaaMinute(prayer, date);
        expect(Math.abs(ours - reference)).toBeLessThanOrEqual(2);
      });
    }
  }

  it('puts Isyak in the Brunei evening (19:00–20:00) all year: not a UTC time, not the wrong day', () => {
    for (let month = 1; month <= 12; month++) {
      const m = prayerMinute('isyak', { year: 2027, month, day: 1 });
      expect(m).toBeGreaterThanOrEqual(19 * 60);
      expect(m).toBeLessThanOrEqual(20 * 60);
    }
  });

  it('is later in Kuala Belait than in Bangar, as the sun sets later further west', () => {
    const date = { year: 2026, month: 12, day: 4 };
    const kualaBelait = prayerMinute('maghrib', date, { lat: 4.5836, lng: 114.2312 });
    const bangar = prayerMinute('maghrib', date, { lat: 4.7088, lng: 115.0726 });
    expect(kualaBelait - bangar).toBeGreaterThanOrEqual(2);
    expect(kualaBelait - bangar).toBeLessThanOrEqual(5);
  });

  it("matches adhan (Singapore method, Syafi'i Asar) to the minute on every day of 2025–2032 across Brunei", () => {
    // adhan is what the arithmetic was written out from; it stays a dev dependency
    // so this comparison can run. Points: Bandar Seri Begawan, Kuala Belait, the
    // south of Belait, Temburong's north-east corner and Muara.
    const places = [
      BANDAR_SERI_BEGAWAN,
      { lat: 4.5836, lng: 114.2312 },
      { lat: 4.0, lng: 114.1 },
      { lat: 5.05, lng: 115.36 },
      { lat: 5.03, lng: 115.07 },
    ];
    const params = CalculationMethod.Singapore();
    params.madhab = Madhab.Shafi;
    const adhanName = { subuh: 'fajr', zohor: 'dhuhr', asar: 'asr', maghrib: 'maghrib', isyak: 'isha' } as const;
    const differences: string[] = [];
    let compared = 0;
    for (const at of places) {
      for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2033, 0, 1); ms += 86_400_000) {
        const day = new Date(ms);
        const date = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
        const times = new PrayerTimes(
          new Coordinates(at.lat, at.lng),
          new Date(date.year, date.month - 1, date.day),
          params,
        );
        for (const prayer of PRAYERS) {
          compared++;
          const reference = (((Math.floor(times[adhanName[prayer]].getTime() / 60_000) + 8 * 60) % 1440) + 1440) % 1440;
          const ours = prayerMinute(prayer, date, at);
          if (ours !== reference)
            differences.push(`${prayer} ${JSON.stringify(date)} ${JSON.stringify(at)}: ${ours} ≠ ${reference}`);
        }
      }
    }
    expect(compared).toBeGreaterThan(70_000);
    expect(differences.slice(0, 10)).toEqual([]);
  });
});
