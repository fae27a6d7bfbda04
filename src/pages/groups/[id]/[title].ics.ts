import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { CALENDAR_TITLES, groupCalendar, type CalendarTitle } from '../../../lib/calendar';
import { toHoliday, type Holiday } from '../../../lib/holidays';

// The same calendar file under each neutral title a reader can choose: /groups/{id}/{title}.ics.
export const getStaticPaths = (async () => {
  const groups = await getCollection('groups');
  const holidays = (await getCollection('holidays')).map((h) => toHoliday(h.data));
  const titles = Object.keys(CALENDAR_TITLES) as CalendarTitle[];
  return groups.flatMap((group) =>
    titles.map((title) => ({ params: { id: group.id, title }, props: { group, holidays } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const { group, holidays } = props as { group: CollectionEntry<'groups'>; holidays: Holiday[] };
  const body = groupCalendar(String(params['id']), group.data, {
    now: new Date(),
    site: site ?? 'https://localhost/',
    title: params['title'] as CalendarTitle,
    holidays,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
