import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarGroups, calendarResponse } from './_calendar-file';

// One calendar file per group: /groups/{id}.ics (the same file for both languages), titled "Perjumpaan".
export const getStaticPaths = (async () =>
  (await calendarGroups()).map((props) => ({ params: { id: props.group.id }, props }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) =>
  calendarResponse(String(params['id']), props as Awaited<ReturnType<typeof calendarGroups>>[number], site);
