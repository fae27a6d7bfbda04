/**
 * Runs the real Pagefind bundle in `dist/pagefind/` inside Node: the same
 * pagefind.js and WebAssembly a browser loads, with `fetch` reading files from
 * disk. Each call gets a fresh instance (and a fresh copy of the module, so each
 * language keeps its own stemmer) and a log of every file it fetched: what a
 * reader's first query downloads.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SearchFn } from '../../src/lib/search/search-query';

/** What Pagefind returns for one page when asked for its data. */
export interface PageData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text, as snippets are cut from it. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** One file Pagefind fetched, and its size. */
export interface Fetched {
  path: string;
  bytes: number;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): {
    init(): Promise<void>;
    options(o: Record<string, unknown>): Promise<void>;
    search: SearchFn<PageData>;
    filters(): Promise<Record<string, Record<string, number>>>;
    destroy(): Promise<void>;
  };
}

let lang = 'ms';
let log: Fetched[] = [];
let bundle = '';
let copies = 0;

function installShims() {
  const g = globalThis as Record<string, unknown>;
  // pagefind.js reads <html lang> and document.currentScript; nothing else of the DOM.
  g['document'] = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  g['fetch'] = async (input: string | URL) => {
    const url = new URL(String(input));
    const body = await readFile(url.pathname);
    log.push({ path: relative(bundle, url.pathname), bytes: body.length });
    return new Response(body);
  };
}

/**
 * A Pagefind instance for one language of a built site, and the files it has fetched so far.
 * @example const { search, fetched } = await loadPagefind('dist', 'ms')
 */
export async function loadPagefind(site: string, language: string) {
  bundle = resolve(site, 'pagefind');
  installShims();
  lang = language;
  log = [];
  const moduleUrl = `${pathToFileURL(join(bundle, 'pagefind.js')).href}?copy=${++copies}`;
  const pagefind = (await import(/* @vite-ignore */ moduleUrl)) as PagefindModule;
  const instance = pagefind.createInstance({ baseUrl: '/', noWorker: true });
  await instance.init();
  const fetched = log;
  return { search: instance.search, filters: instance.filters, fetched, destroy: () => instance.destroy() };
}
