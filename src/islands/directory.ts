/**
 * The directory island. The page already lists every group; this adds filters,
 * sorting, "meeting now" and "near me", using the same functions from src/lib
 * that the build and the unit tests use. Each card carries its own record
 * (`data-g`), so the page needs no JSON copy of the groups; the interface words and
 * holidays come from the root's `data-directory-data` (docs/architecture.md). The filters live in
 * the URL (replacing the history entry: one entry per visit, so Back and the
 * quick exit leave the page), so a filtered list can be shared. A device
 * location, when the reader asks for it, stays in this page's memory: it is
 * never put in the URL, stored, or sent.
 */
import { formatMessage } from '../i18n/format';
import {
  applyDirectory,
  countMeetingNow,
  decodeGroup,
  filtersFromQuery,
  isOnlineOnly,
  listStatus,
  moreChosen,
  NO_FILTERS,
  queryFromFilters,
  upcomingMeetings,
  withEarlyChoices,
  type DirectoryFilters,
  type DirectoryGroup,
} from '../lib/directory/directory';
import { formatKm, type LatLng } from '../lib/directory/distance';
import type { DirectoryIslandData } from '../lib/directory/directory-page';
import type { PlaceMenu } from '../lib/directory/places';
import { nextMeetingWhen } from '../lib/directory/meeting-text';
import { bruneiWeekMinute, clockOf, nextMeetingLabel } from '../lib/directory/schedule';
import './keep-query';

const root = document.querySelector<HTMLElement>('[data-directory]');
const islandData = root?.dataset['directoryData'];
if (root && islandData) start(root, JSON.parse(islandData) as DirectoryIslandData);

interface Card {
  card: HTMLElement;
  list: HTMLElement;
  next: HTMLElement;
  holiday: HTMLElement;
  distance: HTMLElement;
  name: string;
  href: string;
}

function start(root: HTMLElement, data: DirectoryIslandData) {
  const { words, locale } = data;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('[data-directory-form]');
  const placeList = $('[data-directory-list]');
  const onlineList = $('[data-online-list]');
  const onlinePart = $('[data-online-part]');
  const status = $('[data-directory-status]');
  const locateStatus = $('[data-locate-status]');
  const banner = $('[data-now-banner]');
  const upcoming = document.querySelector<HTMLElement>('[data-upcoming]')!;
  const more = $<HTMLDetailsElement>('[data-more]');
  const moreCount = $('[data-more-count]');
  const see = $<HTMLAnchorElement>('[data-see-results]');

  const groups: DirectoryGroup[] = [];
  const cards = new Map<string, Card>();
  for (const card of root.querySelectorAll<HTMLElement>('[data-g]')) {
    const id = card.dataset['group']!;
    const link = card.querySelector('a')!;
    const group = decodeGroup(id, card.dataset['g']!, card.textContent ?? '');
    if (!group) continue;
    groups.push(group);
    cards.set(id, {
      card,
      list: card.parentElement!,
      next: card.querySelector<HTMLElement>('[data-next]')!,
      holiday: card.querySelector<HTMLElement>('[data-holiday]')!,
      distance: card.querySelector<HTMLElement>('[data-distance]')!,
      name: link.textContent ?? '',
      href: link.getAttribute('href') ?? '',
    });
  }
  // The "near" menu is fetched, not written into the page, so the page's HTML stays small.
  const places = new Map<string, LatLng>();
  const nearSelect = form.elements.namedItem('near') as HTMLSelectElement;
  async function loadPlaces() {
    const menu = (await (await fetch(nearSelect.dataset['places']!)).json()) as PlaceMenu;
    for (const [district, list] of menu) {
      const group = document.createElement('optgroup');
      group.label = words.districts[district] ?? district;
      for (const [id, name, lat, lng] of list) {
        group.append(new Option(name, id));
        places.set(id, { lat, lng });
      }
      nearSelect.append(group);
    }
    writeForm(filters);
    if (filters.near) render();
  }

  const districtLinks = [...root.querySelectorAll<SVGAElement>('a[data-district-link]')];
  let filters = filtersFromQuery(location.search);
  /** Set only by "use my location"; cleared when a place is chosen from the list. */
  let deviceOrigin: LatLng | undefined;

  function readForm(): DirectoryFilters {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.set(key, value);
    return filtersFromQuery(`?${params}`);
  }

  function writeForm(f: DirectoryFilters) {
    for (const [key, value] of Object.entries(f)) {
      const field = form.elements.namedItem(key);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
    }
    moreCount.textContent = formatMessage(words.more, locale, {}, moreChosen(f));
  }

  function setText(element: HTMLElement, text: string) {
    if (element.textContent !== text) element.textContent = text;
    if (element.hidden !== !text) element.hidden = !text;
  }

  function render() {
    const now = new Date();
    const origin = (filters.near && places.get(filters.near)) || deviceOrigin;
    const entries = applyDirectory(groups, filters, now, origin, data.holidays);
    const shown = new Set(entries.map((e) => e.group.id));
    for (const [id, { card }] of cards) if (card.hidden === shown.has(id)) card.hidden = !shown.has(id);
    // Moving nodes is costly: move them only when a list's shown cards are out of order,
    // not when a filter merely hides some. Never while the reader is on a card (moving
    // it would drop the focus): the minute tick then leaves the order for later.
    for (const list of [placeList, onlineList]) {
      const ids = entries.map((e) => e.group.id).filter((id) => cards.get(id)!.list === list);
      const current = [...list.children]
        .filter((c) => !(c as HTMLElement).hidden)
        .map((c) => (c as HTMLElement).dataset['group']);
      if (ids.join() !== current.join() && !list.contains(document.activeElement)) {
        const rest = [...list.children].filter((c) => (c as HTMLElement).hidden);
        list.replaceChildren(...ids.map((id) => cards.get(id)!.card), ...rest);
      }
    }
    onlinePart.hidden = !entries.some((e) => isOnlineOnly(e.group));
    for (const { group, next, km } of entries) {
      const slots = cards.get(group.id)!;
      const text = next ? nextMeetingWhen(next, words) : undefined;
      const when = text?.when ?? '';
      setText(slots.next, next && !next.inProgress ? formatMessage(words.next, locale, { when }) : when);
      setText(slots.holiday, text?.holiday ?? '');
      setText(slots.distance, km === undefined ? '' : formatMessage(words.away, locale, { km: formatKm(km, locale) }));
    }
    for (const link of districtLinks) {
      link.setAttribute('aria-current', String(link.dataset['districtLink'] === filters.district));
    }
    status.textContent = listStatus(entries.length, groups.length, words, locale);
    // Nothing to show (late at night, "now"): offer the next meetings rather than a dead end.
    if (entries.length) upcoming.hidden = true;
    else {
      upcoming
        .querySelector('ul')!
        .replaceChildren(...upcomingMeetings(groups, now, 3, data.holidays).map(meetingItem));
      upcoming.hidden = false;
    }
    nowLink.hidden = meetingNow === 0 || filters.time === 'now';
    see.textContent = formatMessage(words.see, locale, {}, entries.length);
  }

  /** A list item: the group's name linking to its page, and when it next meets. */
  function meetingItem({ group, next }: ReturnType<typeof upcomingMeetings>[number]) {
    const { name, href } = cards.get(group.id)!;
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = href;
    link.textContent = name;
    item.append(link, ` — ${nextMeetingLabel(next, words)}`);
    return item;
  }

  // The banner follows the clock, not the filters: it counts every group meeting now.
  const nowLink = banner.querySelector<HTMLElement>('[data-now-link]')!;
  let meetingNow = 0;
  function renderBanner() {
    const now = new Date();
    meetingNow = countMeetingNow(groups, now, data.holidays);
    const time = clockOf(bruneiWeekMinute(now));
    setText(
      banner.querySelector<HTMLElement>('[data-now-text]')!,
      formatMessage(words.banner, locale, { time }, meetingNow),
    );
    // The next meeting to start (online first when it is sooner), at any hour: late at night it
    // is where to go next, and beside the groups meeting now it is one a reader can arrive at on time.
    const soonest = banner.querySelector<HTMLElement>('[data-soonest]')!;
    const [first] = upcomingMeetings(groups, now, 1, data.holidays);
    if (first) {
      const item = meetingItem(first);
      soonest.replaceChildren(`${words.soonest} `, ...item.childNodes, '.');
    }
    soonest.hidden = !first;
  }

  /** Applies new filters to the form, the URL (replacing this visit's entry) and the list. */
  function update(next: DirectoryFilters) {
    filters = next;
    writeForm(filters);
    const url = `${location.pathname}${queryFromFilters(filters)}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
    render();
    showSeeResults();
  }

  /** Under "more filters" the results may be off screen: a pinned "see N groups" leads to them. */
  function showSeeResults() {
    // Measured only when "more filters" is open: no layout is forced while the page starts.
    see.hidden = !(more.open && status.getBoundingClientRect().top > innerHeight - 48);
  }
  addEventListener('scroll', showSeeResults, { passive: true });
  more.addEventListener('toggle', showSeeResults);
  see.addEventListener('click', (event) => {
    event.preventDefault();
    status.scrollIntoView({ block: 'start' });
    status.focus({ preventScroll: true });
    see.hidden = true;
  });

  form.addEventListener('change', (event) => {
    const next = readForm();
    // Choosing a place means "near here": sort by distance, and forget any device location.
    if ((event.target as HTMLElement).getAttribute('name') === 'near') {
      deviceOrigin = undefined;
      setText(locateStatus, '');
      if (next.near && next.sort === NO_FILTERS.sort) next.sort = 'distance';
      if (!next.near && next.sort === 'distance') next.sort = NO_FILTERS.sort;
    }
    update(next);
  });
  // Typing narrows the list as it goes.
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).getAttribute('name') === 'q') update(readForm());
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(readForm());
    status.scrollIntoView({ block: 'start' });
  });
  form.querySelector('[data-clear]')!.addEventListener('click', (event) => {
    event.preventDefault();
    deviceOrigin = undefined;
    setText(locateStatus, '');
    update({ ...NO_FILTERS });
  });

  form.querySelector('[data-locate]')!.addEventListener('click', () => {
    if (!('geolocation' in navigator)) return setText(locateStatus, words.locateFailed);
    setText(locateStatus, words.locating);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        deviceOrigin = { lat: coords.latitude, lng: coords.longitude };
        update({ ...filters, near: '', sort: 'distance' });
        setText(locateStatus, words.locateDone);
      },
      () => setText(locateStatus, words.locateFailed),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  });

  // Map districts filter in place; without JavaScript they lead to each district's own list.
  for (const link of districtLinks) {
    const district = link.dataset['districtLink'] as DirectoryFilters['district'];
    // An <a> in SVG has a read-only `href` property; the attribute is writable.
    link.setAttribute('href', `?district=${district}`);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      update({ ...filters, district });
      status.scrollIntoView({ block: 'start' });
    });
  }
  nowLink.addEventListener('click', (event) => {
    event.preventDefault();
    update({ ...filters, time: 'now' });
  });

  // "Now" and "next" move with the clock.
  setInterval(() => {
    renderBanner();
    render();
  }, 60_000);

  // Read before anything writes the form: what a reader typed or chose before this script ran is kept.
  const early = readForm();
  root.querySelector<HTMLElement>('[data-directory-nojs]')!.hidden = true;
  renderBanner();
  // Fills the form, puts any early choice in the URL and renders the list.
  update(withEarlyChoices(filters, early));
  // Said on the page once the list is filtered and in order (the "without script" note is hidden
  // by CSS alone, before this runs): what a test waits for before it measures or clicks.
  root.dataset['directoryReady'] = '';
  loadPlaces().catch(() => setText(locateStatus, words.locateFailed));
}
