import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { groupCalendar } from '../../lib/calendar';

// One calendar file per group: /groups/{id}.ics (the same file for both languages).
export const getStaticPaths = (async () => {
  const groups = await getCollection('groups');
  return groups.map((group) => ({ params: { id: group.id }, props: { group } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const { group } = props as { group: CollectionEntry<'groups'> };
  const body = groupCalendar(String(params['id']), group.data, { now: new Date(), site: site ?? 'https://localhost/' });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
