/**
 * The directory island. The page already lists every group; this adds filters,
 * sorting, "meeting now" and "near me", using the same functions from src/lib
 * that the build and the unit tests use. The filters live in the URL, so a
 * filtered list can be shared and Back works. A device location, when the
 * reader asks for it, stays in this page's memory: it is never put in the URL,
 * stored, or sent.
 */
import { formatMessage, type Plural } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import {
  applyDirectory,
  countMeetingNow,
  fillTemplate,
  filtersFromQuery,
  NO_FILTERS,
  queryFromFilters,
  type DirectoryFilters,
  type DirectoryGroup,
} from '../lib/directory';
import { formatKm, type LatLng } from '../lib/distance';
import { pointOfPlace } from '../lib/places';
import { bruneiWeekMinute, clockOf, nextMeetingLabel, type ScheduleWords } from '../lib/schedule';

interface IslandData {
  locale: Locale;
  groups: DirectoryGroup[];
  places: Record<string, [number, number]>;
  words: ScheduleWords &
    Record<
      | 'next'
      | 'away'
      | 'showing'
      | 'none'
      | 'locating'
      | 'locateFailed'
      | 'locateDone',
      string
    > & { banner: Plural };
}

const root = document.querySelector<HTMLElement>('[data-directory]');
const dataElement = document.getElementById('directory-data');
if (root && dataElement?.textContent) start(root, JSON.parse(dataElement.textContent) as IslandData);

function start(root: HTMLElement, data: IslandData) {
  const { words, locale } = data;
  const form = root.querySelector<HTMLFormElement>('[data-directory-form]')!;
  const list = root.querySelector<HTMLElement>('[data-directory-list]')!;
  const status = root.querySelector<HTMLElement>('[data-directory-status]')!;
  const locateStatus = root.querySelector<HTMLElement>('[data-locate-status]')!;
  const banner = root.querySelector<HTMLElement>('[data-now-banner]')!;
  const cards = new Map<string, { card: HTMLElement; next: HTMLElement; distance: HTMLElement }>();
  for (const card of list.querySelectorAll<HTMLElement>(':scope > [data-group]')) {
    cards.set(card.dataset['group']!, {
      card,
      next: card.querySelector<HTMLElement>('[data-next]')!,
      distance: card.querySelector<HTMLElement>('[data-distance]')!,
    });
  }

  const districtLinks = [...root.querySelectorAll<SVGAElement>('a[data-district-link]')];
  let filters = filtersFromQuery(location.search);
  /** Set only by "use my location"; cleared when a place is chosen from the list. */
  let deviceOrigin: LatLng | undefined;
  /** Each card's position in the list as it now stands in the DOM. */
  const position = new Map([...cards.keys()].map((id, i) => [id, i]));

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
  }

  function setText(element: HTMLElement, text: string) {
    if (element.textContent !== text) element.textContent = text;
    if (element.hidden !== !text) element.hidden = !text;
  }

  function render() {
    const now = new Date();
    const origin = (filters.near && pointOfPlace(data.places, filters.near)) || deviceOrigin;
    const entries = applyDirectory(data.groups, filters, now, origin);
    const shown = new Set(entries.map((e) => e.group.id));
    for (const [id, { card }] of cards) if (card.hidden === shown.has(id)) card.hidden = !shown.has(id);
    // Moving nodes is costly: move them only when the shown cards are out of order,
    // not when a filter merely hides some. Never while the reader is on a card (moving
    // it would drop the focus): the minute tick then leaves the order for later.
    const inOrder = entries.every(
      (e, i) => i === 0 || position.get(e.group.id)! > position.get(entries[i - 1]!.group.id)!,
    );
    if (!inOrder && !list.contains(document.activeElement)) {
      const hidden = [...cards.keys()].filter((id) => !shown.has(id));
      const ids = [...entries.map((e) => e.group.id), ...hidden];
      list.replaceChildren(...ids.map((id) => cards.get(id)!.card));
      ids.forEach((id, i) => position.set(id, i));
    }
    for (const { group, next, km } of entries) {
      const slots = cards.get(group.id)!;
      const when = next ? nextMeetingLabel(next, words) : '';
      setText(slots.next, next && !next.inProgress ? fillTemplate(words.next, { when }) : when);
      setText(slots.distance, km === undefined ? '' : fillTemplate(words.away, { km: formatKm(km, locale) }));
    }
    for (const link of districtLinks) {
      link.setAttribute('aria-current', String(link.dataset['districtLink'] === filters.district));
    }
    status.textContent = entries.length
      ? fillTemplate(words.showing, { shown: entries.length, total: data.groups.length })
      : words.none;
    nowLink.hidden = meetingNow === 0 || filters.time === 'now';
  }

  // The banner follows the clock, not the filters: it counts every group meeting now.
  const nowLink = banner.querySelector<HTMLElement>('[data-now-link]')!;
  let meetingNow = 0;
  function renderBanner() {
    const now = new Date();
    meetingNow = countMeetingNow(data.groups, now);
    const time = clockOf(bruneiWeekMinute(now));
    setText(banner.querySelector<HTMLElement>('[data-now-text]')!, formatMessage(words.banner, locale, { time }, meetingNow));
    banner.hidden = false;
  }

  /** Applies new filters: to the form, the URL (a new history entry unless `replace`) and the list. */
  function update(next: DirectoryFilters, replace = false) {
    filters = next;
    writeForm(filters);
    const url = `${location.pathname}${queryFromFilters(filters)}`;
    if (url !== `${location.pathname}${location.search}`)
      history[replace ? 'replaceState' : 'pushState'](null, '', url);
    render();
  }

  form.addEventListener('change', (event) => {
    const next = readForm();
    // Choosing a place means "near here": sort by distance, and forget any device location.
    if ((event.target as HTMLElement).getAttribute('name') === 'near') {
      deviceOrigin = undefined;
      setText(locateStatus, '');
      if (next.near && next.sort === 'district') next.sort = 'distance';
    }
    update(next);
  });
  // Typing narrows the list as it goes, replacing (not adding) history entries.
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).getAttribute('name') === 'q') update(readForm(), true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(readForm());
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
      status.scrollIntoView({ block: 'nearest' });
    });
  }
  nowLink.addEventListener('click', (event) => {
    event.preventDefault();
    update({ ...filters, time: 'now' });
  });

  window.addEventListener('popstate', () => {
    filters = filtersFromQuery(location.search);
    writeForm(filters);
    render();
  });
  // "Now" and "next" move with the clock.
  setInterval(() => {
    renderBanner();
    render();
  }, 60_000);

  writeForm(filters);
  form.hidden = false;
  root.querySelector<HTMLElement>('[data-directory-nojs]')!.hidden = true;
  renderBanner();
  render();
}
