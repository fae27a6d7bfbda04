import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { holidayList } from '../lib/content/route-data';
import { feedProblems, meetingGuideFeed } from '../lib/directory/meeting-guide';
import { EDITOR_EMAIL } from 'astro:env/server';

// The directory as a Meeting Guide feed, announced from /{locale}/groups/ with
// <link rel="alternate" type="application/json" title="Meetings Feed">.
export const GET: APIRoute = async ({ site }) => {
  const groups = await getCollection('groups');
  const holidays = await holidayList();
  const feed = meetingGuideFeed(groups, { site: site ?? 'https://localhost/', editorEmail: EDITOR_EMAIL, holidays });
  const problems = feedProblems(feed);
  if (problems.length) throw new Error(`groups.json breaks the Meeting Guide rules:\n${problems.join('\n')}`);
  return new Response(JSON.stringify(feed, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
