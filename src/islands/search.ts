/**
 * The search island: Pagefind's JS API with our own small interface, in the
 * page's language. It enhances a plain GET form. Pagefind (its script, the
 * WebAssembly and the index) loads only once the reader starts a search, so
 * opening the page costs nothing more; results render as text nodes.
 */
import type { Locale } from '../i18n/locales';
import {
  expandQuery,
  intentBoost,
  knownWords,
  searchVariants,
  type KnownWords,
  type EngineResult,
  type SearchFn,
} from '../lib/search/search-query';
import { allGroups, type SynonymGroup } from '../lib/search/search-synonyms';
import { COMMON_WORDS_FILE, loadCommonWords } from '../lib/search/common-words';
import { FEW_RESULTS, likelySections, nearWords } from '../lib/search/search-help';
import { knownWhileTyping, typingPause, type IsKnown } from '../lib/search/search-typing';
import {
  pagefindFilters,
  parseExcerpt,
  RESULTS_PER_PAGE,
  resultContext,
  sectionAddsTo,
  SEARCH_FILTERS,
  EXCERPT_OPTIONS,
  hasSearch,
  SEARCH_IN_URL_ATTRIBUTE,
  stateFromUrl,
  urlForQuery,
  type SearchState,
} from '../lib/search/search-results';

interface ResultData {
  url: string;
  // `fulltitle` when the title names the site, which the index leaves out of `title` (tools/lib/index-copy.mjs).
  meta: { title?: string; fulltitle?: string; kind?: string };
  excerpt: string;
  filters: Record<string, string[]>;
}

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search: SearchFn<ResultData>;
}

/** Where the search index step writes Pagefind's bundle (tools/index-search.mjs). */
const PAGEFIND = '/pagefind/';

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement) {
  document.querySelector('[data-search-nojs]')?.remove();
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const selects = SEARCH_FILTERS.map(
    (name) => [name, form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!] as const,
  );
  const text = root.dataset;
  const locale = (text['locale'] ?? 'ms') as Locale;
  const groups = allGroups(JSON.parse(text['synonyms'] ?? '[]') as SynonymGroup[]);
  // Stemming every known word takes a phone tens of milliseconds: done at the first search, not before the page paints.
  let knownCache: KnownWords | undefined;
  const known = () => (knownCache ??= knownWords(text['vocabulary']?.split(' ') ?? [], groups));
  const familySection = text['familySection'] ?? '';
  const kinds = new Map(Object.entries(JSON.parse(text['kindLabels'] ?? '{}') as Record<string, string>));
  const help = root.querySelector<HTMLElement>('[data-search-help]')!;
  const near = help.querySelector<HTMLElement>('[data-search-near]')!;
  const nearLabel = near.firstElementChild;
  const sections = help.querySelector<HTMLElement>('[data-search-sections]')!;

  /** With no or few results: near words to try, the likeliest sections first, and 145 (in the markup). */
  function showHelp(query: string, count: number) {
    help.hidden = !query || count >= FEW_RESULTS;
    if (help.hidden) return;
    const words = nearWords(query, known());
    near.hidden = !words.length;
    near.replaceChildren(...(nearLabel ? [nearLabel, ' '] : []));
    words.forEach((word, i) => {
      const a = document.createElement('a');
      a.href = urlForQuery(location.pathname, word);
      a.textContent = word;
      near.append(...(i ? [', '] : []), a);
    });
    const items = new Map([...sections.children].map((li) => [(li as HTMLElement).dataset['section'] ?? '', li]));
    sections.append(...likelySections(query).flatMap((key) => items.get(key) ?? []));
  }
  // The group pages' section value is the menu label "Find a group"; show the option's name instead.
  const sectionSelect = selects.find(([name]) => name === 'section')?.[1];
  const labels = new Map([...(sectionSelect?.options ?? [])].map((o) => [o.value, o.text] as const));

  let pagefind: Promise<Pagefind> | undefined;
  // Words on nearly every page of a large site, left out of a query about a place (common-words.ts).
  let common: ReadonlySet<string> = new Set();
  const load = () =>
    (pagefind ??= (async () => {
      const bundle = `${PAGEFIND}pagefind.js`;
      const commonWords = loadCommonWords(`${PAGEFIND}${COMMON_WORDS_FILE}`, locale).then((set) => (common = set));
      const pf = (await import(/* @vite-ignore */ bundle)) as Pagefind;
      // The main thread is enough for an index this size, and skips downloading Pagefind's worker.
      await pf.options({ ...EXCERPT_OPTIONS, noWorker: true });
      await pf.init();
      // Optional: a search never waits long for it (the first would then include every word).
      await Promise.race([commonWords, new Promise((resolve) => setTimeout(resolve, 1000))]);
      return pf;
    })());

  const readState = (): SearchState => ({
    query: input.value.trim(),
    filters: Object.fromEntries(selects.map(([name, select]) => [name, select.value]).filter(([, v]) => v)),
  });

  let run = 0;
  let found: EngineResult<ResultData>[] = [];
  let shown = 0;

  async function showMore(mine: number) {
    const next = found.slice(shown, shown + RESULTS_PER_PAGE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (mine !== run) return [];
    const items = data.map((d) => renderResult(d, labels, kinds));
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= found.length;
    return items;
  }

  async function update() {
    const state = readState();
    history.replaceState(null, '', urlForQuery(location.pathname, state.query, state.filters));
    const mine = ++run;
    const filters = pagefindFilters(state.filters);
    // The results region keeps a screen's height while there is a search (SearchResults.astro).
    document.documentElement.toggleAttribute(SEARCH_IN_URL_ATTRIBUTE, hasSearch(state));
    if (!hasSearch(state)) {
      [found, shown, more.hidden, status.textContent] = [[], 0, true, ''];
      list.replaceChildren();
      showHelp('', 0);
      return;
    }
    status.textContent = text['loading'] ?? '';
    let results: EngineResult<ResultData>[];
    try {
      const pf = await load();
      results = state.query
        ? await searchVariants(
            pf.search,
            expandQuery(state.query, locale, known(), groups, common),
            filters,
            RESULTS_PER_PAGE,
            intentBoost(state.query, familySection),
          )
        : ((await pf.search(null, { filters }))?.results ?? []);
    } catch {
      if (mine === run) status.textContent = text['error'] ?? '';
      return;
    }
    if (mine !== run) return;
    [found, shown] = [results, 0];
    list.replaceChildren();
    await showMore(mine);
    if (mine !== run) return;
    const count = `${found.length} ${text['results'] ?? ''}`;
    status.textContent = !found.length
      ? (text['none'] ?? '')
      : state.query
        ? count
        : `${text['filterOnly'] ?? ''}: ${count}`;
    showHelp(state.query, found.length);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  let isKnown: IsKnown | undefined;
  const soon = () => {
    clearTimeout(timer);
    // An unfinished word ("kelu", "reco") would cost downloads the finished word does not
    // need, and show pages about some other word: soon only for a word search knows.
    const pause = typingPause(input.value, (isKnown ??= knownWhileTyping(known(), groups)));
    if (pause !== undefined) timer = setTimeout(() => void update(), pause);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void update();
  });
  input.addEventListener('input', soon);
  // Start fetching Pagefind as soon as the reader heads for the box, not after the first word.
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  for (const [, select] of selects) select.addEventListener('change', () => void update());
  more.addEventListener('click', async () => {
    const [first] = await showMore(run);
    first?.querySelector('a')?.focus();
  });

  // A shared link's ?q= and filters fill the form; keep anything typed while the script loaded.
  const fromUrl = stateFromUrl(location.search);
  if (fromUrl.query && !input.value) input.value = fromUrl.query;
  for (const [name, select] of selects) select.value = fromUrl.filters[name] ?? select.value;
  if (hasSearch(readState())) void update();
}

const siteName = document.querySelector<HTMLElement>('[data-search]')?.dataset['siteName'] ?? '';

function renderResult(r: ResultData, labels: ReadonlyMap<string, string>, kinds: ReadonlyMap<string, string>) {
  const li = document.createElement('li');
  li.className = 'card p-4';
  const h = document.createElement('h2');
  h.className = 'text-lg font-semibold';
  const a = document.createElement('a');
  a.href = r.url;
  // U+2060 stands for the site's name in `fulltitle` (tools/lib/index-copy.mjs: SITE_NAME_MARK).
  a.textContent = r.meta.fulltitle?.replaceAll('\u2060', siteName) ?? r.meta.title ?? r.url;
  h.append(a);
  const context = document.createElement('p');
  context.className = 'muted text-sm';
  const kind = r.meta.kind;
  context.textContent = resultContext(r.filters, labels, kind && kinds.get(kind), sectionAddsTo(kind));
  const p = document.createElement('p');
  for (const part of parseExcerpt(r.excerpt)) {
    if (part.mark) {
      const m = document.createElement('mark');
      // Readable in both schemes: the page's own colours, not the browser's yellow on a dark page.
      m.className = 'rounded-sm bg-[var(--accent-bg)] px-0.5 font-semibold text-[var(--fg)]';
      m.textContent = part.text;
      p.append(m);
    } else p.append(part.text);
  }
  li.append(h, context, p);
  return li;
}
