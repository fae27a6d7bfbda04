/**
 * The real group and place data, read and validated as the build does, for tests
 * that check the directory's output over what editors actually wrote.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { toHoliday, type Holiday } from '../../src/lib/directory/holidays';
import { groupSchema, holidaySchema, placeSchema, type Group, type Place } from '../../src/lib/content/schemas';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** Every group in content/groups, as `{ id, data }` like a collection entry. */
export function loadGroups(): { id: string; data: Group }[] {
  const dir = join(CONTENT, 'groups');
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({
      id: f.replace(/\.ya?ml$/, ''),
      data: groupSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))),
    }));
}

/** Every place in content/places.yaml. */
export function loadPlaces(): Place[] {
  return (parse(readFileSync(join(CONTENT, 'places.yaml'), 'utf8')) as unknown[]).map((p) => placeSchema.parse(p));
}

/** An instant given as Brunei wall-clock time. @example brunei('2026-11-27 11:00') */
export function brunei(when: string): Date {
  return new Date(`${when.replace(' ', 'T')}:00+08:00`);
}

/** Every entry in content/holidays.yaml, as the pages and islands receive it. */
export function loadHolidays(): Holiday[] {
  return (parse(readFileSync(join(CONTENT, 'holidays.yaml'), 'utf8')) as unknown[]).map((h) =>
    toHoliday(holidaySchema.parse(h)),
  );
}
