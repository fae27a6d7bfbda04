/**
 * The group page's small island: the next meeting, worked out in Brunei time
 * on the reader's device (the build cannot know "now"), and the stale warning
 * for a listing that has aged past 12 months since the site was built.
 */
import { isStale } from '../lib/group-page';
import { nextMeeting, nextMeetingLabel, type ScheduleWords } from '../lib/schedule';
import type { Meeting } from '../lib/schemas';

const next = document.querySelector<HTMLElement>('[data-next-meeting]');
if (next) {
  const schedule = JSON.parse(next.dataset['schedule'] ?? '[]') as Meeting[];
  const words = JSON.parse(next.dataset['words'] ?? '{}') as ScheduleWords;
  const show = () => {
    const upcoming = nextMeeting(schedule, new Date());
    if (!upcoming) return;
    const when = nextMeetingLabel(upcoming, words);
    next.textContent = upcoming.inProgress ? when : `${next.dataset['label'] ?? ''}: ${when}`;
    next.hidden = false;
  };
  show();
  setInterval(show, 60_000);
}

const stale = document.querySelector<HTMLElement>('[data-stale-warning]');
if (stale?.dataset['lastVerified'] && isStale(new Date(stale.dataset['lastVerified']), new Date()))
  stale.hidden = false;
