/**
 * The next meeting, worked out in Brunei time on the reader's device (the build
 * cannot know "now"): on the group page, and beside each group on a printed
 * district list. With its date in both calendars and any holiday it skips. Also
 * the stale warning for a listing that has aged past 12 months since the site was built.
 * On paper the next meeting is a date ("Friday 5 December 2026, 14:30–16:00"):
 * a printout is read on another day, where "tomorrow" would be wrong.
 */
import type { Locale } from '../i18n/locales';
import { isStale, printedMeeting } from '../lib/directory/group-page';
import { nextMeetingText, type NextMeetingData } from '../lib/directory/meeting-text';
import { nextMeeting } from '../lib/directory/schedule';

const nowrap = (text: string) => {
  const span = document.createElement('span');
  span.className = 'whitespace-nowrap';
  span.textContent = text;
  return span;
};

for (const element of document.querySelectorAll<HTMLElement>('[data-next-meeting]')) {
  const data = JSON.parse(element.dataset['next'] ?? '{}') as NextMeetingData;
  const when = element.querySelector<HTMLElement>('[data-next-when]');
  const date = element.querySelector<HTMLElement>('[data-next-date]');
  const holiday = element.querySelector<HTMLElement>('[data-next-holiday]');
  // On a group page the label is the row's <dt>, just before the answer; a district list has none.
  const before = element.previousElementSibling;
  const label = before instanceof HTMLElement && before.matches('[data-next-label]') ? before : null;
  if (!when) continue;
  // Relative words ("tomorrow") on screen only; paper gets the absolute date.
  const screen = document.createElement('span');
  const paper = document.createElement('span');
  screen.className = 'print:hidden';
  paper.className = 'hidden print:inline';
  // The words "working out the next meeting…" give way to the answer.
  when.replaceChildren(screen, paper);
  if (date) date.classList.add('print:hidden');
  const show = () => {
    const now = new Date();
    const upcoming = nextMeeting(data.schedule, now, data.options);
    if (!upcoming) {
      element.hidden = true;
      if (label) label.hidden = true;
      return;
    }
    const text = nextMeetingText(upcoming, data.words);
    // "Meeting now, until 16:00" needs no "Next meeting" above it; the label keeps its
    // room (nothing moves) and still prints, beside the date on paper.
    label?.classList.toggle('invisible', upcoming.inProgress);
    screen.textContent = text.when;
    paper.textContent = `${printedMeeting(upcoming, now, (element.dataset['locale'] ?? data.words.locale ?? 'ms') as Locale)} · ${text.hijri}`;
    // Each date whole on its line, "1448 AH" never apart from its day (review of N3); the line
    // may still break before "(approximate)", so a long month's name fits a 320 px screen.
    const [before, hijri, after] = text.hijriParts;
    if (date) date.replaceChildren(nowrap(text.date), ' · ', before, nowrap(hijri), after);
    if (holiday) {
      holiday.textContent = text.holiday;
      holiday.hidden = !text.holiday;
    }
    element.hidden = false;
    if (label) label.hidden = false;
  };
  show();
  setInterval(show, 60_000);
}

const stale = document.querySelector<HTMLElement>('[data-stale-warning]');
if (stale?.dataset['lastVerified'] && isStale(new Date(stale.dataset['lastVerified']), new Date()))
  stale.hidden = false;
