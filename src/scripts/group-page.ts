/**
 * The next meeting, worked out in Brunei time on the reader's device (the build
 * cannot know "now"): on the group page, and beside each group on a printed
 * district list. With its date in both calendars and any holiday it skips. Also
 * the stale warning for a listing that has aged past 12 months since the site was built.
 */
import { isStale } from '../lib/group-page';
import { nextMeetingText, type MeetingWords } from '../lib/meeting-text';
import { nextMeeting, type ScheduleOptions } from '../lib/schedule';
import type { Meeting } from '../lib/schemas';

interface NextData {
  schedule: Meeting[];
  options: ScheduleOptions;
  words: MeetingWords;
}

for (const element of document.querySelectorAll<HTMLElement>('[data-next-meeting]')) {
  const data = JSON.parse(element.dataset['next'] ?? '{}') as NextData;
  const when = element.querySelector<HTMLElement>('[data-next-when]');
  const date = element.querySelector<HTMLElement>('[data-next-date]');
  const holiday = element.querySelector<HTMLElement>('[data-next-holiday]');
  const show = () => {
    const upcoming = nextMeeting(data.schedule, new Date(), data.options);
    if (!upcoming || !when) return;
    const text = nextMeetingText(upcoming, data.words);
    when.textContent = upcoming.inProgress ? text.when : `${element.dataset['label'] ?? ''}: ${text.when}`;
    if (date) date.textContent = `${text.date} · ${text.hijri}`;
    if (holiday) {
      holiday.textContent = text.holiday;
      holiday.hidden = !text.holiday;
    }
    element.hidden = false;
  };
  show();
  setInterval(show, 60_000);
}

const stale = document.querySelector<HTMLElement>('[data-stale-warning]');
if (stale?.dataset['lastVerified'] && isStale(new Date(stale.dataset['lastVerified']), new Date()))
  stale.hidden = false;
