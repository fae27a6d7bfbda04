/**
 * Checks on `content/holidays.yaml` as a whole (each entry's fields, including its
 * required source, are checked by `holidaySchema`): a warning when the coming
 * year has no dates yet, so that "no meeting on Hari Raya" does not silently stop.
 */
import { bruneiDate } from '../../src/lib/directory/schedule';
import type { Issue } from './issues';

/** A warning when no entry starts in the year after `now`'s year (Brunei time). */
export function holidayYearIssues(file: string, entries: readonly unknown[], now: Date): Issue[] {
  const nextYear = bruneiDate(now).year + 1;
  const years = new Set(
    entries.map((entry) => {
      const start: unknown = (entry as { start?: unknown } | null)?.start;
      if (start instanceof Date) return start.getUTCFullYear();
      return typeof start === 'string' ? Number(start.slice(0, 4)) : NaN;
    }),
  );
  if (years.has(nextYear)) return [];
  return [
    {
      severity: 'warning',
      file,
      message: `There are no dates for ${nextYear} yet. Add next year's holidays, Ramadan and Hari Raya (as expected: true with their basis until they are announced), or groups will be shown as meeting on those days.`,
    },
  ];
}
