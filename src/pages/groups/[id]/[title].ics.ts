import type { APIRoute, GetStaticPaths } from 'astro';
import { CALENDAR_TITLES, type CalendarTitle } from '../../../lib/directory/calendar';
import { calendarGroups, calendarResponse } from '../_calendar-file';

// The same calendar file under each neutral title a reader can choose: /groups/{id}/{title}.ics.
export const getStaticPaths = (async () => {
  const titles = Object.keys(CALENDAR_TITLES) as CalendarTitle[];
  return (await calendarGroups()).flatMap((props) =>
    titles.map((title) => ({ params: { id: props.group.id, title }, props })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) =>
  calendarResponse(
    String(params['id']),
    props as Awaited<ReturnType<typeof calendarGroups>>[number],
    site,
    params['title'] as CalendarTitle,
  );
