/**
 * The group page's small island: the next meeting, worked out in Brunei time
 * on the reader's device (the build cannot know "now"), and the stale warning
 * for a listing that has aged past 12 months since the site was built.
 * On paper the next meeting is a date ("Friday 5 December 2026, 14:30–16:00"):
 * a printout is read on another day, where "tomorrow" would be wrong.
 */
import type { Locale } from '../i18n/locales';
import { isStale, printedMeeting } from '../lib/group-page';
import { nextMeeting, nextMeetingLabel, type ScheduleWords } from '../lib/schedule';
import type { Meeting } from '../lib/schemas';

const next = document.querySelector<HTMLElement>('[data-next-meeting]');
if (next) {
  const schedule = JSON.parse(next.dataset['schedule'] ?? '[]') as Meeting[];
  const words = JSON.parse(next.dataset['words'] ?? '{}') as ScheduleWords;
  const screen = document.createElement('span');
  const paper = document.createElement('span');
  screen.className = 'screen-only';
  paper.className = 'print-only';
  next.append(screen, paper);
  const show = () => {
    const now = new Date();
    const upcoming = nextMeeting(schedule, now);
    if (!upcoming) return;
    const when = nextMeetingLabel(upcoming, words);
    const label = next.dataset['label'] ?? '';
    screen.textContent = upcoming.inProgress ? when : `${label}: ${when}`;
    paper.textContent = `${label}: ${printedMeeting(upcoming, now, (next.dataset['locale'] ?? 'ms') as Locale)}`;
    next.hidden = false;
  };
  show();
  setInterval(show, 60_000);
}

const stale = document.querySelector<HTMLElement>('[data-stale-warning]');
if (stale?.dataset['lastVerified'] && isStale(new Date(stale.dataset['lastVerified']), new Date()))
  stale.hidden = false;
