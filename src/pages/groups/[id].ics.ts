import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { groupCalendar } from '../../lib/calendar';
import { toHoliday, type Holiday } from '../../lib/holidays';

// One calendar file per group: /groups/{id}.ics (the same file for both languages).
export const getStaticPaths = (async () => {
  const groups = await getCollection('groups');
  const holidays = (await getCollection('holidays')).map((h) => toHoliday(h.data));
  return groups.map((group) => ({ params: { id: group.id }, props: { group, holidays } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const { group, holidays } = props as { group: CollectionEntry<'groups'>; holidays: Holiday[] };
  const body = groupCalendar(String(params['id']), group.data, {
    now: new Date(),
    site: site ?? 'https://localhost/',
    holidays,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
