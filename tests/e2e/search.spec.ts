import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hostBytes } from '../../tools/lib/host-bytes.mjs';
import { DIST } from '../support/dist';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BUDGET = 100_000;

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const results = (page: Page) => page.locator('[data-search-results] > li');

test('a Malay reader finds "pemulihan" pages by typing "memulihkan" and opens one', async ({ page }) => {
  await page.goto('/ms/search/');
  await page.getByLabel('Cari dalam laman ini').fill('memulihkan');
  const hit = results(page).getByRole('link', { name: /^Iman dan pemulihan/ });
  await expect(hit).toBeVisible();
  await expect(page.locator('[data-search-status]')).toHaveText(/\d+ hasil/);
  await expect(page).toHaveURL(/\?q=memulihkan$/);
  await expectNoAxeViolations(page);
  await hit.click();
  await expect(page).toHaveURL(/\/ms\/learn\/faith-and-recovery\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Iman dan pemulihan/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ms');
});

test('while a word is being typed, search waits for a word it knows, and searches any word once the reader pauses', async ({
  page,
}) => {
  await page.goto('/ms/search/');
  const box = page.getByLabel('Cari dalam laman ini');
  // Pagefind loads when the reader heads for the box: let it, so only the typing rule decides.
  await box.focus();
  await page.waitForLoadState('networkidle');
  // "kelua" is no word search knows (Pagefind would stem it to "lua" and show pages about "luar").
  await box.pressSequentially('kelua', { delay: 60 });
  await page.waitForTimeout(500);
  await expect(results(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/\?q=/);
  // Finished, it is a word of the site's titles: searched at once.
  await box.pressSequentially('rga', { delay: 60 });
  await expect(results(page).first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=keluarga$/);
  // A word no table knows is searched when the reader stops typing.
  await box.fill('');
  await box.pressSequentially('tidur', { delay: 60 });
  await expect(page).toHaveURL(/\?q=tidur$/);
});

test('an English reader finds the relapse page by typing "relapsed" and opens it', async ({ page }) => {
  await page.goto('/en/search/');
  await page.getByLabel('Search this site').fill('relapsed');
  const hit = results(page).getByRole('link', { name: /^Relapse: what it is/ });
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(/\/en\/learn\/relapse\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a word typed in the other language finds pages in this one', async ({ page }) => {
  await page.goto('/ms/search/');
  await page.getByLabel('Cari dalam laman ini').fill('support group Tutong');
  await expect(results(page).getByRole('link', { name: 'Kumpulan Sokongan Pelangi Tutong' })).toBeVisible();
});

test('filters narrow results by district and day, in the page language, and survive a reload', async ({ page }) => {
  await page.goto('/ms/search/');
  const filters = page.getByRole('group', { name: 'Tapis hasil' });
  await expect(filters).toBeVisible();
  await page.getByLabel('Cari dalam laman ini').fill('kumpulan');
  await expect(results(page).first()).toBeVisible();

  await filters.getByLabel('Daerah').selectOption('Tutong');
  await expect(page).toHaveURL(/district=Tutong/);
  await expect(results(page).first()).toContainText('Tutong');
  for (const context of await results(page).locator('p.muted').allTextContents()) expect(context).toContain('Tutong');

  await filters.getByLabel('Hari perjumpaan').selectOption('Jumaat');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).toContainText('Kumpulan Sokongan Pelangi Tutong');
  await expect(results(page).first()).toContainText('Kumpulan sokongan · Tutong · Jumaat');

  await page.reload();
  await expect(page.getByLabel('Cari dalam laman ini')).toHaveValue('kumpulan');
  await expect(filters.getByLabel('Hari perjumpaan')).toHaveValue('Jumaat');
  await expect(results(page)).toHaveCount(1);

  // With no words, the filters alone list every page that matches them.
  await page.getByLabel('Cari dalam laman ini').fill('');
  await filters.getByLabel('Hari perjumpaan').selectOption('');
  await expect(page.locator('[data-search-status]')).toHaveText(
    /^Semua halaman yang sepadan dengan pilihan anda: \d+ hasil$/,
  );
  await expectNoAxeViolations(page);
});

test('a first query downloads at most 100 KB (as a compressing host sends it)', async ({ page }) => {
  await page.goto('/ms/search/');
  await page.waitForLoadState('networkidle');
  const bodies: Promise<{ url: string; raw: number; gzip: number; brotli: number }>[] = [];
  page.on('response', (response) => {
    bodies.push(
      response.body().then((body) => {
        const path = new URL(response.url()).pathname;
        // From the built files (tools/lib/host-bytes.mjs): tools/serve.mjs sends the search
        // files' Brotli copies to Chromium, and the body comes back decoded.
        return { url: path, raw: body.length, ...hostBytes(DIST, path, body) };
      }),
    );
  });
  await page.getByLabel('Cari dalam laman ini').fill('pemulihan');
  await expect(results(page).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const fetched = await Promise.all(bodies);
  const sum = (key: 'raw' | 'gzip' | 'brotli') => fetched.reduce((total, f) => total + f[key], 0);
  console.log(
    `First query in Chromium: ${(sum('gzip') / 1000).toFixed(1)} KB from a gzip host, ${(sum('brotli') / 1000).toFixed(1)} KB from a Brotli host (${(sum('raw') / 1000).toFixed(1)} KB uncompressed), ${fetched.length} files`,
  );
  expect(sum('gzip'), fetched.map((f) => `${f.gzip} ${f.url}`).join('\n')).toBeLessThanOrEqual(BUDGET);
});

test('a worried question finds the family guidance first, and says what each result is', async ({ page }) => {
  await page.goto('/en/search/');
  await page.getByLabel('Search this site').fill('how do I talk to my brother about drugs');
  const first = results(page).first();
  await expect(first.getByRole('link')).toHaveText('Talking to someone you are worried about');
  await expect(first.locator('p.muted')).toHaveText(/^Guide · /);
  // The site's name is no word to find, and the full title still names it.
  await page.getByLabel('Search this site').fill('privacy');
  await expect(results(page).first().getByRole('link')).toHaveText('About Rakan Pulih and your privacy');
});

test('a snippet cut from the middle of a page shows "…" where it was cut, and only there', async ({ page }) => {
  await page.goto('/en/search/?q=relapse');
  await expect(results(page).first()).toBeVisible();
  const shown = await results(page).evaluateAll((items) =>
    items.map((li) => ({
      url: li.querySelector('a')!.getAttribute('href')!,
      snippet: li.querySelector('p:last-of-type')!.textContent!,
    })),
  );
  // The page text each snippet was cut from, as the index holds it.
  const texts: Record<string, string> = await page.evaluate(async () => {
    // A string, not a literal: the module exists only in the built site, not for the type checker.
    const pagefindUrl: string = '/pagefind/pagefind.js';
    const pf = await import(/* @vite-ignore */ pagefindUrl);
    const found = await pf.search('relapse');
    const out: Record<string, string> = {};
    for (const r of found.results.slice(0, 12)) {
      const d = await r.data();
      out[d.url] = d.raw_content ?? d.content;
    }
    return out;
  });
  const words = (t: string) => t.trim().split(/\s+/).join(' ');
  let cutAtStart = 0;
  let checked = 0;
  for (const { url, snippet } of shown) {
    const text = texts[url];
    if (!text) continue;
    checked++;
    const all = words(text);
    const inner = words(snippet.replace(/^…\s*/, '').replace(/\s*…$/, ''));
    const at = all.indexOf(inner);
    expect(at, `${url}: the snippet is the page's own words`).toBeGreaterThanOrEqual(0);
    expect(snippet.startsWith('…'), `${url}: "…" at the start exactly when the text before was cut`).toBe(at > 0);
    expect(snippet.endsWith('…'), `${url}: "…" at the end exactly when the text after was cut`).toBe(
      at + inner.length < all.length,
    );
    if (at > 0) cutAtStart++;
  }
  expect(checked, 'snippets compared with their page').toBeGreaterThan(1);
  expect(cutAtStart, 'at least one snippet starts mid-page').toBeGreaterThan(0);
});

test('a search that finds nothing is no dead end: near words, likely sections, 145', async ({ page }) => {
  await page.goto('/ms/search/?q=' + encodeURIComponent('adik saya qqzzvv'));
  const help = page.locator('[data-search-help]');
  await expect(help).toBeVisible();
  await expect(help.getByRole('heading', { level: 2 })).toHaveText('Kami tidak menjumpai banyak untuk carian itu');
  await expect(help.locator('[data-search-sections] li').first()).toHaveAttribute('data-section', 'families');
  await expect(help.getByRole('link', { name: /Talian Harapan 145/ })).toHaveAttribute('href', 'tel:145');
  await expectNoAxeViolations(page);
  // A search that finds enough hides it again.
  await page.getByLabel('Cari dalam laman ini').fill('pemulihan');
  await expect(results(page).first()).toBeVisible();
  await expect(help).toBeHidden();
});

test('matches are marked readably in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/search/?q=relapse');
  const mark = results(page).locator('mark').first();
  await expect(mark).toBeVisible();
  const ratio = await mark.evaluate((el) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r ?? 0) + 0.7152 * f(g ?? 0) + 0.0722 * f(b ?? 0);
    };
    const style = getComputedStyle(el);
    const [a, b] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))].sort((x, y) => y - x);
    return ((a ?? 0) + 0.05) / ((b ?? 0) + 0.05);
  });
  expect(ratio).toBeGreaterThanOrEqual(4.5);
});

test('the search page does not shift when its script starts', async ({ page }) => {
  await page.goto('/ms/search/');
  await page.waitForLoadState('networkidle');
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!e.hadRecentInput) total += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
  expect(shift).toBeLessThan(0.01);
  await expect(page.getByRole('group', { name: 'Tapis hasil' })).toBeVisible();
});

interface SeenPaints {
  candidates: (Element | null)[];
  shift: number;
  moved: string[];
}

/**
 * Runs in the page before its own code: every largest-contentful-paint candidate (the
 * element itself, to ask later whether it is still in the page) and the sum of layout
 * shifts, with what moved. tools/measure-search.mjs measures the same on a slower CPU.
 */
function recordPaints() {
  type Shift = PerformanceEntry & {
    value: number;
    hadRecentInput: boolean;
    sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
  };
  const seen: SeenPaints = { candidates: [], shift: 0, moved: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { element: Element | null })[])
      seen.candidates.push(e.element);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // The site header can shift by itself while the page is still being read (the same on every
  // page, not this page's doing: on a loaded machine Chromium sometimes lays the header out a
  // frame late even with JavaScript off); what this measures is the search page below it.
  const inHeader = (n: Node | null) =>
    n instanceof Element && n.closest('[data-site-header], [data-site-nav]') !== null;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Shift[]) {
      if (e.hadRecentInput || (e.sources.length > 0 && e.sources.every((s) => inHeader(s.node)))) continue;
      seen.shift += e.value;
      for (const s of e.sources) seen.moved.push(`${s.node?.nodeName ?? '?'} ${s.previousRect.y}→${s.currentRect.y}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  Object.assign(window, { seenPaints: seen });
}

for (const { locale, query } of [
  { locale: 'ms', query: 'keluarga' },
  { locale: 'en', query: 'family' },
]) {
  for (const [width, height, search] of [
    [360, 740, `?q=${query}`],
    [1280, 800, `?q=${query}`],
    [360, 740, ''],
  ] as const) {
    test(`/${locale}/search/${search} at ${width} px: nothing moves, and what was painted first stays`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.addInitScript(recordPaints);
      await page.goto(`/${locale}/search/${search}`);
      if (search) await expect(results(page).first()).toBeVisible({ timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      // Two frames, so the last shifts and paints are reported.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const seen = await page.evaluate(() => {
        const { candidates, shift, moved } = (window as unknown as { seenPaints: SeenPaints }).seenPaints;
        // The largest paint before any result: what the server made and the reader saw first.
        const first = candidates.filter((el) => !el?.closest('[data-search-results]')).at(-1);
        return {
          shift,
          moved,
          first: first
            ? `${first.nodeName}${first.id ? `#${first.id}` : ''} "${first.textContent?.trim()}"`
            : String(first),
          stillThere: first?.isConnected ?? false,
        };
      });
      expect.soft(seen.shift, `moved: ${seen.moved.join(', ')}`).toBeLessThan(0.01);
      // The island enhances the page and re-renders none of it. (Null here was text inside a form
      // field, a placeholder, which the browser does not expose: an example the reader loses on typing.)
      expect(seen.stillThere, `largest paint before any result: ${seen.first}`).toBe(true);
    });
  }
}
