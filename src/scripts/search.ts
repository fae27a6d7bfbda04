/**
 * The search island: Pagefind's JS API with our own small interface, in the
 * page's language. It enhances a plain GET form. Pagefind (its script, the
 * WebAssembly and the index) loads only once the reader starts a search, so
 * opening the page costs nothing more; results render as text nodes.
 */
import type { Locale } from '../i18n/locales';
import { expandQuery, knownWords, searchVariants, type EngineResult, type SearchFn } from '../lib/search-query';
import {
  pagefindFilters,
  parseExcerpt,
  RESULTS_PER_PAGE,
  resultContext,
  SEARCH_FILTERS,
  stateFromUrl,
  urlForQuery,
  type SearchState,
} from '../lib/search-results';

interface ResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  filters: Record<string, string[]>;
}

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search: SearchFn<ResultData>;
}

const TYPING_PAUSE_MS = 200;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement) {
  document.querySelector('[data-search-nojs]')?.remove();
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const selects = SEARCH_FILTERS.map((name) => [name, form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!] as const);
  const text = root.dataset;
  const locale = (text['locale'] ?? 'ms') as Locale;
  const known = knownWords(text['vocabulary']?.split(' ') ?? []);
  // The group pages' section value is the menu label "Find a group"; show the option's name instead.
  const sectionSelect = selects.find(([name]) => name === 'section')?.[1];
  const labels = new Map([...(sectionSelect?.options ?? [])].map((o) => [o.value, o.text] as const));

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (async () => {
      const bundle = '/pagefind/pagefind.js';
      const pf = (await import(/* @vite-ignore */ bundle)) as Pagefind;
      // The main thread is enough for an index this size, and skips downloading Pagefind's worker.
      await pf.options({ excerptLength: 24, noWorker: true });
      await pf.init();
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
    const items = data.map((d) => renderResult(d, labels));
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
    if (!state.query && !Object.keys(filters).length) {
      [found, shown, more.hidden, status.textContent] = [[], 0, true, ''];
      list.replaceChildren();
      return;
    }
    status.textContent = text['loading'] ?? '';
    let results: EngineResult<ResultData>[];
    try {
      const pf = await load();
      results = state.query
        ? await searchVariants(pf.search, expandQuery(state.query, locale, known), filters)
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
    status.textContent = !found.length ? (text['none'] ?? '') : state.query ? count : `${text['filterOnly'] ?? ''}: ${count}`;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), TYPING_PAUSE_MS);
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
  if (input.value || Object.keys(readState().filters).length) void update();
}

function renderResult(r: ResultData, labels: ReadonlyMap<string, string>) {
  const li = document.createElement('li');
  li.className = 'card p-4';
  const h = document.createElement('h2');
  h.className = 'text-lg font-semibold';
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  h.append(a);
  const context = document.createElement('p');
  context.className = 'muted text-sm';
  context.textContent = resultContext(r.filters, labels);
  const p = document.createElement('p');
  for (const part of parseExcerpt(r.excerpt)) {
    if (part.mark) {
      const m = document.createElement('mark');
      m.textContent = part.text;
      p.append(m);
    } else p.append(part.text);
  }
  li.append(h, context, p);
  return li;
}
