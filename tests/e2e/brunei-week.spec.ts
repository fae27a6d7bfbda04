/**
 * Schedules that follow Brunei's week, in real Chromium with the clock set inside
 * Ramadan and on Hari Raya. Dates come from content/holidays.yaml (as the site's
 * do), so the test follows the file when editors correct a date.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { resolveMeeting } from '../../src/lib/directory/schedule';

interface Entry {
  kind: string;
  start: string;
}
// The yaml package reads an unquoted date as text: YYYY-MM-DD.
const holidays = (parse(readFileSync('content/holidays.yaml', 'utf8')) as Entry[]).map((h) => ({
  kind: h.kind,
  start: new Date(`${String(h.start)}T00:00:00Z`),
}));
const ramadan = holidays.find((h) => h.kind === 'ramadan')!;
const hariRaya = holidays.find((h) => h.kind === 'hari-raya-aidilfitri')!;

/** Midday (Brunei) `days` after a date from the file. */
function middayAfter(date: Date, days: number, hour = 12): Date {
  return new Date(date.getTime() + days * 86_400_000 + (hour - 8) * 3_600_000);
}
const calendarDate = (d: Date) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });

test('inside Ramadan the directory and the group page show the Ramadan time', async ({ page }) => {
  // The first Tuesday of Ramadan: the Lambak Kanan circle meets tomorrow, after tarawih.
  let tuesday = middayAfter(ramadan.start, 1);
  while (tuesday.getUTCDay() !== 2) tuesday = new Date(tuesday.getTime() + 86_400_000);
  await page.clock.install({ time: tuesday });
  const wednesday = calendarDate(new Date(tuesday.getTime() + 86_400_000));
  const ramadanTime = resolveMeeting({ day: 'wednesday', after: 'isyak', offset: 75, duration: 60 }, wednesday, {
    lat: 4.976,
    lng: 114.943,
  }).start;

  await page.goto('/en/groups/');
  const card = page.locator('[data-group="keluarga-lambak-kanan"]');
  await expect(card.locator('[data-next]')).toHaveText(
    `Next: Tomorrow, 75 min after Isyak (about ${ramadanTime}) (Ramadan schedule)`,
  );
  // A group that pauses for Ramadan shows its first meeting after it.
  await expect(page.locator('[data-group="bangkit-kiudang"] [data-next]')).not.toContainText('Tomorrow');

  await page.goto('/en/groups/keluarga-lambak-kanan/');
  await expect(page.locator('[data-schedule-line]')).toHaveText(
    /^Wednesday, 15 min after Isyak \(about \d\d:\d\d\)–\d\d:\d\d$/,
  );
  await expect(page.locator('[data-ramadan-schedule]')).toContainText('In Ramadan');
  await expect(page.locator('[data-ramadan-schedule]')).toContainText('Wednesday, 75 min after Isyak');
  // innerText: the next meeting carries its screen words and its printed date; only one shows.
  await expect(page.locator('[data-next-when]')).toHaveText(
    `Tomorrow, 75 min after Isyak (about ${ramadanTime}) (Ramadan schedule)`,
    { useInnerText: true },
  );
  await expect(page.locator('[data-next-date]')).toContainText(/\sAH \(approximate\)/);
  await expect(page.locator('[data-next-date]')).toContainText('Ramadan 1448\u00a0AH');
  await expect(page.locator('[data-calendar-window-note]')).toContainText('12 weeks');
});

test('on Hari Raya the directory says there is no meeting, and "now / next" skips it', async ({ page }) => {
  await page.clock.install({ time: middayAfter(hariRaya.start, 0, 10) });
  const rayaDate = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(hariRaya.start);
  await page.goto('/en/groups/');
  const notices = page.locator('[data-directory-list] [data-holiday]:visible');
  await expect(notices.first()).toBeVisible();
  await expect(notices.first()).toContainText(`No meeting on Hari Raya Aidilfitri (`);
  await expect(notices.first()).toContainText('unless the group says otherwise');
  // A group meeting on the first day of Hari Raya is not shown as meeting today.
  const texts = await page.locator('[data-directory-list] [data-next]:visible').allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.filter((t) => t.startsWith('Next: Today'))).toEqual([]);
  await expect(page.getByText(`No meeting on Hari Raya Aidilfitri (${rayaDate})`).first()).toBeVisible();

  await page.goto('/ms/groups/teguh-bersama-gadong/');
  await expect(page.locator('[data-next-holiday]')).toContainText('Tiada perjumpaan pada Hari Raya Aidilfitri');
});

test('a printed district list has each group’s next meeting with its approximate Hijri date', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-04T04:00:00Z') });
  await page.goto('/en/groups/district/tutong/');
  await page.emulateMedia({ media: 'print' });
  const next = page.locator('[data-group="bangkit-kiudang"] [data-next-meeting]');
  await expect(next).toBeVisible();
  await expect(next).toContainText('after Asar (about');
  await expect(next).toContainText(/\sAH \(approximate\)/);
});
