import { getCollection, type CollectionEntry } from 'astro:content';
import { groupCalendar, type CalendarTitle } from '../../lib/directory/calendar';
import { holidayList } from '../../lib/content/route-data';
import type { Holiday } from '../../lib/directory/holidays';

/** What every calendar route needs: each group, and the holidays its file skips. */
export async function calendarGroups(): Promise<{ group: CollectionEntry<'groups'>; holidays: Holiday[] }[]> {
  const holidays = await holidayList();
  return (await getCollection('groups')).map((group) => ({ group, holidays }));
}

/** The iCalendar file of one group as a response, titled with the reader's neutral choice. */
export function calendarResponse(
  id: string,
  { group, holidays }: { group: CollectionEntry<'groups'>; holidays: Holiday[] },
  site: URL | undefined,
  title?: CalendarTitle,
): Response {
  const body = groupCalendar(id, group.data, {
    now: new Date(),
    site: site ?? 'https://localhost/',
    holidays,
    ...(title ? { title } : {}),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
