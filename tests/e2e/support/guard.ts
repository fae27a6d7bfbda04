/**
 * A watch over one page for everything the site promises never to do: contact
 * another origin, break its Content-Security-Policy, throw a script error, load
 * something that is missing, or leave a trace on the device (cookies, storage).
 *
 *   const guard = await watchPage(page, baseURL);
 *   …visit, click, type…
 *   expect(await guard.problems()).toEqual([]);
 */
import type { Page, Request } from '@playwright/test';

/** What the init script records in the page, before any of the page's own script runs. */
interface Trace {
  csp: string[];
  writes: string[];
}

declare global {
  interface Window {
    __rakanTrace?: Trace;
  }
}

/**
 * Runs in every document before its scripts (Playwright injects it past the CSP):
 * records CSP violations and every attempt to write to the device.
 */
function recordInPage() {
  const trace: Trace = { csp: [], writes: [] };
  Object.defineProperty(window, '__rakanTrace', { value: trace });
  document.addEventListener('securitypolicyviolation', (e) => {
    trace.csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
  });
  const note = (what: string) => trace.writes.push(what);
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    note(`${this === window.sessionStorage ? 'sessionStorage' : 'localStorage'}.setItem(${key})`);
    return setItem.call(this, key, value);
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.set) {
    Object.defineProperty(document, 'cookie', {
      get: () => cookie.get?.call(document) as string,
      set: (v: string) => {
        note(`document.cookie = ${v.split('=')[0]}`);
        cookie.set?.call(document, v);
      },
    });
  }
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (name: string, version?: number) {
    note(`indexedDB.open(${name})`);
    return open.call(this, name, version);
  };
  if (typeof CacheStorage !== 'undefined') {
    const cacheOpen = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (name: string) {
      note(`caches.open(${name})`);
      return cacheOpen.call(this, name);
    };
  }
  if (navigator.serviceWorker) {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args: Parameters<typeof register>) {
      note('serviceWorker.register');
      return register.apply(this, args);
    };
  }
}

/** Whether a request URL belongs to another origin (data: and blob: URLs never leave the page). */
export function isOtherOrigin(url: string, origin: string): boolean {
  if (/^(data|blob|about):/.test(url)) return false;
  return new URL(url).origin !== origin;
}

export interface PageGuard {
  /** Requests to another origin, in order; each was stopped before it left. */
  readonly external: string[];
  /** Everything that went wrong so far, as readable lines; empty when the page kept its promises. */
  problems(): Promise<string[]>;
}

/**
 * Starts watching a page. Any request to another origin is recorded and aborted, so
 * nothing leaves even when a test fails. Call before the first navigation.
 */
export async function watchPage(
  page: Page,
  baseURL: string | undefined,
  options: { allowStatus?: (request: Request, status: number) => boolean } = {},
): Promise<PageGuard> {
  if (!baseURL) throw new Error('watchPage needs the baseURL fixture (set in playwright.config.ts)');
  const context = page.context();
  const origin = new URL(baseURL).origin;
  const external: string[] = [];
  const errors: string[] = [];

  await context.route(
    (url) => isOtherOrigin(url.href, origin),
    async (route) => {
      external.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  await page.addInitScript(recordInPage);

  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) errors.push(`CSP (console): ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`script error: ${error.message}`));
  page.on('response', (response) => {
    const request = response.request();
    const status = response.status();
    if (status >= 400 && !(options.allowStatus?.(request, status) ?? false)) {
      errors.push(`HTTP ${status} for ${request.resourceType()} ${request.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    if (!isOtherOrigin(request.url(), origin))
      errors.push(`failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`);
  });

  return {
    external,
    async problems() {
      const found = [...external.map((url) => `request to another origin: ${url}`), ...errors];
      const cookies = await context.cookies();
      if (cookies.length > 0) found.push(`cookies set: ${cookies.map((c) => c.name).join(', ')}`);
      if (page.isClosed()) return found;
      const inPage = await page.evaluate(async () => {
        const trace = window.__rakanTrace ?? { csp: ['trace missing: the init script did not run'], writes: [] };
        const databases = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
        const cacheNames = typeof caches === 'undefined' ? [] : await caches.keys();
        const workers = navigator.serviceWorker ? await navigator.serviceWorker.getRegistrations() : [];
        return {
          csp: trace.csp,
          writes: trace.writes,
          stored: [
            ...(localStorage.length ? [`localStorage has ${localStorage.length} item(s)`] : []),
            ...(sessionStorage.length ? [`sessionStorage has ${sessionStorage.length} item(s)`] : []),
            ...(document.cookie ? ['document.cookie is not empty'] : []),
            ...databases.map((d) => `IndexedDB database ${d.name ?? '?'}`),
            ...cacheNames.map((n) => `Cache Storage ${n}`),
            ...(workers.length ? ['a service worker is registered'] : []),
          ],
        };
      });
      found.push(...inPage.csp.map((v) => `CSP violation: ${v}`));
      found.push(...inPage.writes.map((w) => `storage write: ${w}`));
      found.push(...inPage.stored);
      return found;
    },
  };
}
