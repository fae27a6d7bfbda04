/**
 * The search island: Pagefind's JS API with our own small interface, in the
 * page's language. It enhances a plain GET form; results render as text nodes.
 */
import { parseExcerpt, queryFromUrl, urlForQuery } from '../lib/search-results';

interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string }; excerpt: string; filters: Record<string, string[]> }>;
}
interface Pagefind {
  init(): Promise<void>;
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch(q: string, o?: { filters?: Record<string, string> }, ms?: number): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

async function start(root: HTMLElement) {
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sectionSelect = form.querySelector<HTMLSelectElement>('select[name="section"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const s = root.dataset;
  const bundle = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();

  const sections = (await pagefind.filters())['section'] ?? {};
  for (const name of Object.keys(sections).sort()) sectionSelect.add(new Option(name, name));
  sectionSelect.closest('[hidden]')?.removeAttribute('hidden');

  const params = new URLSearchParams(location.search);
  input.value = queryFromUrl(location.search);
  sectionSelect.value = params.get('section') ?? '';

  let run = 0;
  async function update() {
    const query = input.value.trim();
    const section = sectionSelect.value;
    history.replaceState(null, '', urlForQuery(location.pathname, query, section));
    const mine = ++run;
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = s['loading'] ?? '';
    const found = await pagefind.debouncedSearch(query, section ? { filters: { section } } : {}, 200);
    if (found === null || mine !== run) return;
    const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    if (mine !== run) return;
    status.textContent = data.length ? `${found.results.length} ${s['results'] ?? ''}` : (s['none'] ?? '');
    list.replaceChildren(...data.map(renderResult));
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void update();
  });
  input.addEventListener('input', () => void update());
  sectionSelect.addEventListener('change', () => void update());
  if (input.value) void update();
}

function renderResult(r: { url: string; meta: { title?: string }; excerpt: string; filters: Record<string, string[]> }) {
  const li = document.createElement('li');
  li.className = 'card p-4';
  const h = document.createElement('h2');
  h.className = 'text-lg font-semibold';
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  h.append(a);
  const section = r.filters['section']?.[0];
  const meta = document.createElement('p');
  meta.className = 'muted text-sm';
  meta.textContent = [section, r.filters['district']?.[0]].filter(Boolean).join(' · ');
  const p = document.createElement('p');
  for (const part of parseExcerpt(r.excerpt)) {
    if (part.mark) {
      const m = document.createElement('mark');
      m.textContent = part.text;
      p.append(m);
    } else p.append(part.text);
  }
  li.append(h, meta, p);
  return li;
}
